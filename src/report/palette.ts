import { REACTION_SEVERITY, REACTIONS } from '../model';
import type { Reaction, RelationshipType, Role } from '../model';

/**
 * Light fills that all keep dark text readable (contrast above 4.5:1 with
 * TEXT_COLOR) and stay distinct for common colour-vision deficiencies: hue and
 * lightness differ, and every coloured area also carries its label. The
 * typology and reactions share one "good to bad" scale (green, blue, amber, red):
 * types by quadrant position (both-high green … both-low red), reactions by how far
 * down the road of decline they are (REACTION_SEVERITY: voice … exit), so the colour
 * never says a reaction is worse than the trajectories do. Roles get neutral hues
 * because no role is wrong.
 */
export const TEXT_COLOR = '#1F1F1F';

/** The shared scale, best first. */
export const GOOD_TO_BAD_FILLS = ['#C6E8C6', '#CFE0F5', '#FBE2B0', '#F5C6C6'] as const;

export const TYPE_FILL: Readonly<Record<RelationshipType, string>> = {
  pillar: GOOD_TO_BAD_FILLS[0],
  prospect: GOOD_TO_BAD_FILLS[1],
  hostage: GOOD_TO_BAD_FILLS[2],
  freeRider: GOOD_TO_BAD_FILLS[3],
};

/** Derived from the severity itself, so the two cannot drift apart again. */
export const REACTION_FILL: Readonly<Record<Reaction, string>> = Object.fromEntries(
  REACTIONS.map((r) => [r, GOOD_TO_BAD_FILLS[REACTION_SEVERITY[r]]]),
) as Record<Reaction, string>;

export const ROLE_FILL: Readonly<Record<Role, string>> = {
  representative: '#DCD3EE',
  butler: '#CDE8E6',
  nanny: '#FFF0C2',
  accountant: '#E4E4E4',
};

export const HEADER_FILL = '#D9D9D9';
/** Rows that need attention (a move to a worse quadrant). */
export const WARN_FILL = '#F5C6C6';

export const SERIES_COLOR = {
  points: '#1F4E79',
  divider: '#595959',
  appreciation: '#1F4E79',
  critical: '#C00000',
  euphoria: '#7030A0',
  /** The line joining a supplier's two views on a matrix chart, and the personal and business lines. */
  link: '#ED7D31',
  personal: '#00B050',
  business: '#BF8F00',
} as const;
