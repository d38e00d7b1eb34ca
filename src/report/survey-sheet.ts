import { catalogue, format, formatNumber } from '../i18n';
import { ALPHA_THRESHOLD, Construct, CONSTRUCTS, constructScore, itemsOf, MIN_ALPHA_RESPONDENTS, SURVEY_SCALE, surveyItem } from '../model';
import type { ConstructMeasure, Problem, SurveyGroup } from '../input/types';
import type { AnalysisResult, Settings } from '../analysis';
import { nameKey, naturalCompare } from '../analysis';
import type { PlanValue, SheetPlan } from './plan';
import { PlanBuilder, rect, TITLE_STYLE } from './builder';
import { rowHeight } from './fit';

export const SURVEY_SHEET_KEY = 'rmo.survey';

/** Notes are one long line that runs over the empty cells to its right. */
const NOTE_STYLE = { italic: true } as const;
/** Widths of the sheet's columns; the sections share them (long texts wrap). */
const WIDTHS = [30, 24, 60, 16, 16, 14, 14, 18, 22, 16, 16, 16, 16] as const;

/**
 * The RMO Survey sheet: how reliable the measurement is (alpha per construct, for all
 * respondents and per party), the measured scores per supplier, period and party with
 * their spread, agreement and the gap between the parties, the warnings, the items used,
 * and every respondent's construct scores (what RMO.SCORE gives on their row).
 */
export function surveySheet(result: AnalysisResult, settings: Settings, render: (p: Problem) => string): SheetPlan | undefined {
  const survey = result.survey;
  if (!survey) return undefined;
  const lang = settings.language;
  const c = catalogue(lang);
  const s = c.survey;
  const h = s.columns;
  const b = new PlanBuilder();
  const party = (g: string) => (g === 'all' ? s.allParties : s.parties[g as 'client' | 'supplier']);
  let row = 0;

  const title = (text: string) => {
    b.block(row, 0, [[text]]).style(rect(row, 0, 1, 1), TITLE_STYLE);
    row++;
  };
  const note = (text: string) => {
    b.block(row, 0, [[text]]).style(rect(row, 0, 1, 1), NOTE_STYLE);
    row += 2;
  };

  // Reliability per construct.
  title(s.titles.reliability);
  b.header(row++, 0, [h.construct, h.items, h.group, h.complete, h.alpha]);
  const rel = survey.reliability.map((r): PlanValue[] => [
    s.constructs[r.construct],
    itemsOf(r.construct).map((i) => i.code).join(', '),
    party(r.group),
    r.complete,
    typeof r.alpha === 'number' ? r.alpha : c.messages[r.alpha],
  ]);
  b.block(row, 0, rel).style(rect(row, 4, rel.length, 1), { numberFormat: '0.00', hAlign: 'right' });
  row += rel.length;
  note(format(s.reliabilityNote, { alpha: formatNumber(ALPHA_THRESHOLD, lang), respondents: MIN_ALPHA_RESPONDENTS }));

  // Measured scores, one row per group and construct, with the gap to the other party.
  title(s.titles.scores);
  b.header(row++, 0, [h.supplier, h.period, h.construct, h.party, h.respondents, h.mean, h.sd, h.rwg, h.gap]);
  const groups = [...survey.groups].sort(groupOrder);
  const theirs = new Map(survey.groups.filter((g) => g.party === 'supplier').map((g) => [relationKey(g), g]));
  const texts: PlanValue[][] = [];
  const numbers: PlanValue[][] = [];
  for (const g of groups) {
    const other = g.party === 'client' ? theirs.get(relationKey(g)) : undefined;
    for (const m of g.measures) {
      texts.push([g.supplier, g.period ?? null]);
      numbers.push([s.constructs[m.construct], s.parties[g.party], m.n, m.mean, m.sd ?? null, m.rwg ?? null, gap(m, other)]);
    }
  }
  b.block(row, 0, texts, true).block(row, 2, numbers);
  b.style(rect(row, 5, numbers.length, 4), { numberFormat: '0.00' });
  row += numbers.length;
  note(s.scoresNote);

  // Warnings (also on the problems sheet), in the user's language.
  title(s.titles.warnings);
  const warnings = survey.warnings.map((p) => [render(p)]);
  if (warnings.length === 0) b.block(row++, 0, [[s.noWarnings]]);
  b.block(row, 0, warnings, true);
  row += warnings.length + 1;

  // The items the responses used.
  title(s.titles.legend);
  b.header(row++, 0, [h.code, h.construct, h.text, h.reversed, h.scale, h.source]);
  const legend = survey.items.map((code): PlanValue[] => {
    const item = surveyItem(code);
    const construct = item?.construct as Construct;
    return [code, s.constructs[construct], s.items[code], item?.reversed ? s.yes : s.no, `${SURVEY_SCALE.min}–${SURVEY_SCALE.max}`, s.sources[construct]];
  });
  // The source, last, is not wrapped: it runs on over the empty cells to its right.
  b.block(row, 0, legend).style(rect(row, 0, legend.length, 5), { wrap: true, vAlign: 'top' }).style(rect(row, 5, legend.length, 1), { vAlign: 'top' });
  legend.forEach((l, i) => b.height(row + i, rowHeight([{ text: String(l[2]), width: WIDTHS[2] }])));
  row += legend.length + 1;

  // Every respondent's construct scores.
  title(s.titles.respondentScores);
  const constructs = CONSTRUCTS.filter((k) => survey.responses.some((r) => constructScore(r.answers, k) !== undefined));
  b.header(row++, 0, [h.respondent, h.supplier, h.period, h.party, ...constructs.map((k) => s.constructs[k])]);
  // Each supplier as spelled on the rest of the sheet (its first spelling), not as this respondent typed it.
  const spelling = new Map(survey.groups.map((g) => [nameKey(g.supplier), g.supplier]));
  const supplierOf = (name: string) => spelling.get(nameKey(name)) ?? name;
  const responses = [...survey.responses].sort(
    (a, b2) => naturalCompare(supplierOf(a.supplier), supplierOf(b2.supplier)) || naturalCompare(a.period ?? '', b2.period ?? '') || a.source.row - b2.source.row,
  );
  b.block(row, 0, responses.map((r): PlanValue[] => [r.respondent, supplierOf(r.supplier), r.period ?? null]), true);
  b.block(row, 3, responses.map((r): PlanValue[] => [s.parties[r.party], ...constructs.map((k) => constructScore(r.answers, k) ?? null)]));
  b.style(rect(row, 4, responses.length, constructs.length), { numberFormat: '0.00' });
  b.style(rect(row - 1, 4, 1, constructs.length), { wrap: true });

  b.widthsFrom(0, WIDTHS);
  return b.build(SURVEY_SHEET_KEY, s.sheets.survey);
}

function groupOrder(a: SurveyGroup, b: SurveyGroup): number {
  return naturalCompare(a.supplier, b.supplier) || naturalCompare(a.period ?? '', b.period ?? '') || (a.party === b.party ? 0 : a.party === 'client' ? -1 : 1);
}

/** Supplier and period: the relationship both parties' groups describe. */
function relationKey(g: SurveyGroup): string {
  return `${g.supplier}\u0000${g.period ?? ''}`;
}

/** Our organisation's score minus the supplier's, on our organisation's row, when both parties measured the construct. */
function gap(ours: ConstructMeasure, theirGroup: SurveyGroup | undefined): number | null {
  const theirs = theirGroup?.measures.find((m) => m.construct === ours.construct);
  return theirs ? ours.mean - theirs.mean : null;
}
