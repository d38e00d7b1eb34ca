import { Catalogue, format } from '../i18n';
import type { Party } from '../model';
import type { PartyView, SupplierResult } from '../analysis';

/** "Hostage · Neglect" for one party's current view, "… (setting)" when the default-party setting gave it; null when that party is not scored. */
export function viewCell(view: PartyView | undefined, c: Catalogue): string | null {
  if (!view || (!view.type && !view.reaction)) return null;
  const text = !view.reaction
    ? c.types[view.type!]
    : !view.type
      ? c.reactions[view.reaction]
      : format(c.method.viewPair, { type: c.types[view.type], reaction: c.reactions[view.reaction] });
  return view.assumed ? format(c.method.assumedView, { view: text }) : text;
}

/** "Pillar (us) ↔ Hostage (supplier)" for the type gap, else the reaction gap; null without a gap. */
export function gapCell(s: SupplierResult, c: Catalogue): string | null {
  const g = s.perceptionGap;
  if (g?.type) return format(c.method.gapPair, { client: c.types[g.type.client], supplier: c.types[g.type.supplier] });
  if (g?.reaction) return format(c.method.gapPair, { client: c.reactions[g.reaction.client], supplier: c.reactions[g.reaction.supplier] });
  return null;
}

/** "Damaged (outside the bounds for too long)"; null without a state. */
export function stateCell(s: SupplierResult, c: Catalogue): string | null {
  const steps = s.stateSteps;
  if (!s.state || !steps?.length) return null;
  return format(c.method.stateCell, { state: c.method.states[s.state], cause: c.method.causes[steps[steps.length - 1].cause] });
}

export function view(s: SupplierResult, party: Party): PartyView | undefined {
  return s.views?.find((v) => v.party === party);
}
