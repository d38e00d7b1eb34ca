import { catalogue, format, formatFixed, formatNumber, INCIDENT_CATEGORIES } from '../i18n';
import type { Move, RelationshipType } from '../model';
import type { CategoryKey, Settings, SupplierResult } from '../analysis';
import type { Catalogue } from '../i18n/catalogue';
import { dominantNegativeCategory, totalNegative } from '../analysis';

type ReviewDoTexts = Catalogue['report']['review']['do'];

/** The three questions of the review conversation (domain §6), answered for one supplier. */
export interface ReviewTexts {
  readonly see: string;
  readonly want: string;
  readonly do: string;
}

/** First period of the run of unchanged types that ends with the latest period. */
function unchangedSince(moves: readonly Move<RelationshipType>[]): string {
  let i = moves.length - 1;
  while (i > 0 && moves[i - 1].direction === 'same') i--;
  return moves[i].fromPeriod;
}

/**
 * Guide 002 on business incidents: while relationship management keeps the goals
 * aligned they "meestal wel een oplossing" find; once goals diverge they undermine the
 * relationship, and only where the goals cannot be aligned again is it "tijd voor
 * besluitvorming over afscheid nemen". Signs that they undermine it: the appreciation is
 * still below the critical bound, a party reacts destructively (neglect, exit), the
 * type just moved to a worse quadrant, or it is a free rider. Otherwise the problem is
 * being solved and the remedy is to keep the goals aligned, not to part.
 */
export function businessIncidentsUndermine(s: SupplierResult): boolean {
  return (
    s.timeline?.status === 'critical' ||
    s.reaction === 'neglect' ||
    s.reaction === 'exit' ||
    s.lastMove?.direction === 'worse' ||
    s.type === 'freeRider'
  );
}

/** The remedy for the incident category with the most negative impact. */
function categoryRemedy(worst: CategoryKey, s: SupplierResult, d: ReviewDoTexts): string {
  if (worst === 'business' && !businessIncidentsUndermine(s)) return d.businessHolding;
  return d.category[worst];
}

function sentences(parts: readonly (string | undefined | false)[]): string {
  return parts.filter((p): p is string => !!p).join(' ');
}

/**
 * Composes the answers from the catalogue: what we observe (type, reaction,
 * appreciation, the incident category with the most negative impact, last move),
 * what we aim for (a target per type, nuanced by the reaction: loyalty and neglect
 * look alike), and what we will do about it (including the guide's remedy for
 * that incident category).
 */
export function reviewTexts(s: SupplierResult, settings: Settings): ReviewTexts {
  const lang = settings.language;
  const c = catalogue(lang);
  const r = c.report.review;
  const num = (n: number | undefined): string => (n === undefined ? '' : formatNumber(n, lang));
  const scores = s.current?.scores;
  const typeLabel = s.type && c.types[s.type];

  let typeSeen: string;
  if (s.type) {
    const p = { type: typeLabel!, calculative: num(scores?.calculative), affective: num(scores?.affective), period: s.period ?? '' };
    typeSeen = format(s.period ? r.see.typeInPeriod : r.see.type, p);
  } else typeSeen = r.see.noType;

  let appreciation: string;
  const t = s.timeline;
  if (!t) appreciation = r.see.noIncidents;
  else if (t.status === 'normal') appreciation = format(r.see.withinBounds, { value: formatFixed(t.value, lang, 1) });
  else {
    const p = { value: formatFixed(t.value, lang, 1), status: c.status[t.status], days: Math.round(t.currentDaysOutside), limit: t.settings.prolongedDays };
    appreciation = format(t.prolonged ? r.see.outsideProlonged : r.see.outside, p);
  }

  let move: string | undefined;
  const last = s.lastMove;
  if (last && last.direction === 'same') move = format(r.see.unchanged, { type: c.types[last.to], fromPeriod: unchangedSince(s.typeMoves) });
  else if (last)
    move = format(r.see.moved, { from: c.types[last.from], to: c.types[last.to], fromPeriod: last.fromPeriod, toPeriod: last.toPeriod, direction: c.directions[last.direction] });
  else if (s.type) move = r.see.onePeriod;

  // Which kind of incident hurts most decides the remedy (domain §4). Silent without
  // negative incidents, and when none of the supplier's incidents has a category
  // (the user does not record them: no point repeating "without a category").
  const tallies = s.incidentCategories;
  const categorised = INCIDENT_CATEGORIES.some((k) => tallies[k].count > 0);
  const worst = categorised ? dominantNegativeCategory(tallies) : undefined;
  const categorySeen = worst && format(r.see.category[worst], { negative: num(tallies[worst].negative), total: num(totalNegative(tallies)) });

  const see = sentences([typeSeen, s.reaction ? format(r.see.reaction, { reaction: c.reactions[s.reaction] }) : r.see.noReaction, appreciation, categorySeen, move]);
  const want = sentences([s.type ? r.want.target[s.type] : r.want.noType, s.reaction && r.want.reaction[s.reaction]]);
  const act = sentences([
    s.type ? r.do.type[s.type] : r.do.noType,
    s.reaction && r.do.reaction[s.reaction],
    t?.status === 'critical' && r.do.critical,
    t?.status === 'euphoria' && r.do.euphoria,
    worst && categoryRemedy(worst, s, r.do),
    t?.prolonged && format(r.do.prolonged, { days: Math.round(t.currentDaysOutside) }),
    last?.direction === 'worse' && r.do.worse,
  ]);
  return { see, want, do: act };
}
