import { catalogue, format, formatFixed, formatNumber, INCIDENT_CATEGORIES } from '../i18n';
import { isoFromSerial } from '../model';
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
  const m = c.method.review;
  // Every scored party's view, named: the texts never guess who scored or who reacts.
  const views = s.views?.length ? s.views : s.current ? [{ party: s.party ?? 'client', current: s.current, type: s.type, reaction: s.reaction }] : [];
  const typeSeen: string[] = [];
  for (const v of views) {
    if (!v.type) continue;
    const sc = v.current?.scores;
    const period = v.current?.period;
    const p = { type: c.types[v.type], calculative: num(sc?.calculative), affective: num(sc?.affective), period: period ?? '' };
    typeSeen.push(format(period ? m.see.typeByInPeriod[v.party] : m.see.typeBy[v.party], p));
  }
  if (typeSeen.length === 0) typeSeen.push(r.see.noType);
  const reactions = views.filter((v) => v.reaction).map((v) => ({ party: v.party, reaction: v.reaction! }));
  const reactionSeen = reactions.length ? reactions.map((x) => format(m.see.reactionBy[x.party], { reaction: c.reactions[x.reaction] })) : [r.see.noReaction];
  const gap = s.perceptionGap;
  const gapSeen = [
    gap?.type && format(m.see.typeGap, { client: c.types[gap.type.client], supplier: c.types[gap.type.supplier] }),
    gap?.reaction && format(m.see.reactionGap, { client: c.reactions[gap.reaction.client], supplier: c.reactions[gap.reaction.supplier] }),
  ];

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

  // Both appreciations of the guide, goal changes, and whom the incidents hit.
  const personal = s.lines?.personal.timeline;
  const business = s.lines?.business.timeline;
  // Told when one of the two is outside the bounds: then it says which appreciation is in trouble.
  const linesSeen =
    t && personal && business && (personal.status !== 'normal' || business.status !== 'normal')
      ? format(m.see.lines, {
          personal: formatFixed(personal.value, lang, 1),
          personalStatus: c.status[personal.status].toLowerCase(),
          business: formatFixed(business.value, lang, 1),
          businessStatus: c.status[business.status].toLowerCase(),
        })
      : undefined;
  const goals = s.goalChanges ?? 0;
  const goalsSeen = goals > 0 ? format(goals === 1 ? m.see.goalChangesOne : m.see.goalChanges, { count: goals }) : undefined;
  const hit = s.incidentParties;
  const hitSeen = hit && hit.client.count + hit.supplier.count > 0 ? format(m.see.hitParties, { client: hit.client.count, supplier: hit.supplier.count }) : undefined;

  // The state remembers damage: a prolonged excursion that has ended is still told.
  const steps = s.stateSteps;
  // Silent while nothing ever changed the state (a partnership from the start).
  const stateSeen = s.state && steps && steps.length > 1 ? format(m.see.state, { state: c.method.states[s.state], cause: c.method.causes[steps[steps.length - 1].cause] }) : undefined;
  const lp = s.lastProlonged;
  const lpDays = lp ? Math.round(lp.days) : 0;
  const lastProlongedSeen =
    lp && !lp.ongoing
      ? format(lpDays === 1 ? m.see.lastProlongedOne : m.see.lastProlonged, {
          line: c.method.lines[lp.line].toLowerCase(),
          side: c.status[lp.side].toLowerCase(),
          start: isoFromSerial(Math.floor(lp.start)),
          end: isoFromSerial(Math.floor(lp.end)),
          days: lpDays,
        })
      : undefined;
  // The role's character (guide 000) tells the reader what kind of manager the relationship has.
  const character = s.role && c.roleCharacter[s.role].replace(/^./, (ch) => ch.toLowerCase());
  const roleSeen = s.role ? format(s.manager ? m.see.role : m.see.roleNoManager, { manager: s.manager ?? '', role: c.roles[s.role], character: character! }) : undefined;

  const see = sentences([
    ...typeSeen,
    ...reactionSeen,
    ...gapSeen,
    appreciation,
    linesSeen,
    goalsSeen,
    hitSeen,
    categorySeen,
    move,
    stateSeen,
    lastProlongedSeen,
    roleSeen,
  ]);
  const want = sentences([s.type ? r.want.target[s.type] : r.want.noType, ...reactions.map((x) => m.want.reaction[x.party][x.reaction])]);
  const act = sentences([
    s.type ? r.do.type[s.type] : r.do.noType,
    ...reactions.map((x) => m.do.reaction[x.party][x.reaction]),
    s.state && s.state !== 'partnership' && m.do.state[s.state],
    tallies.external.negative < 0 && worst !== 'external' && m.do.goalChanges,
    t?.status === 'critical' && r.do.critical,
    t?.status === 'euphoria' && r.do.euphoria,
    worst && categoryRemedy(worst, s, r.do),
    t?.prolonged && format(r.do.prolonged, { days: Math.round(t.currentDaysOutside) }),
    last?.direction === 'worse' && r.do.worse,
  ]);
  return { see, want, do: act };
}
