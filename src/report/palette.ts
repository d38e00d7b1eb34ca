import type { Reaction, RelationshipType, Role } from '../model';

/**
 * Light fills that all keep dark text readable (contrast above 4.5:1 with
 * TEXT_COLOR) and stay distinct for common colour-vision deficiencies: hue and
 * lightness differ, and every coloured area also carries its label. The
 * typology and reactions share a "good to bad" order by quadrant position
 * (both-high green … both-low red); roles get neutral hues because no role is wrong.
 */
export const TEXT_COLOR = '#1F1F1F';

export const TYPE_FILL: Readonly<Record<RelationshipType, string>> = {
  pillar: '#C6E8C6',
  prospect: '#CFE0F5',
  hostage: '#FBE2B0',
  freeRider: '#F5C6C6',
};

export const REACTION_FILL: Readonly<Record<Reaction, string>> = {
  voice: '#C6E8C6',
  loyalty: '#CFE0F5',
  exit: '#FBE2B0',
  neglect: '#F5C6C6',
};

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
