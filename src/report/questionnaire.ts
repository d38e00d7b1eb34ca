import { catalogue, Language } from '../i18n';
import { Construct, CONSTRUCTS, ItemCode, itemsOf, SURVEY_SCALE } from '../model';
import type { NoteSpec, PlanValue, SheetPlan, ValidationSpec } from './plan';
import { PlanBuilder, rect, TITLE_STYLE } from './builder';
import { rowHeight } from './fit';

export const QUESTIONNAIRE_KEYS = { responses: 'rmo.questionnaire', legend: 'rmo.questionnaireItems', form: 'rmo.questionnaireForm' } as const;
/** Name of the response table; the shell makes it unique in the workbook. */
export const RESPONSE_TABLE_NAME = 'RMO_Responses';

export interface QuestionnaireOptions {
  /** Which constructs to ask; default all (commitment, reactions, the manager's approach and core tasks). */
  readonly constructs?: readonly Construct[];
  /** Empty rows of the response table (with drop-downs); default 100. */
  readonly rows?: number;
  /** Also write a form for one respondent; default false. */
  readonly form?: boolean;
}

export const DEFAULT_RESPONSE_ROWS = 100;

/** The columns before the items: who answered, for which party, supplier and period. */
const LEAD = 4;
const INSTRUCTION_ROWS = 6;

/** Item codes of the chosen constructs, in bank order. */
export function questionnaireItems(constructs: readonly Construct[] = CONSTRUCTS): ItemCode[] {
  return CONSTRUCTS.filter((c) => constructs.includes(c)).flatMap((c) => itemsOf(c).map((i) => i.code));
}

/** The answer scale as the items sheet shows it. */
const SCALE_TEXT = `${SURVEY_SCALE.min}–${SURVEY_SCALE.max}`;

const answerItems = (): string[] => {
  const out: string[] = [];
  for (let x = SURVEY_SCALE.min; x <= SURVEY_SCALE.max; x++) out.push(String(x));
  return out;
};

/**
 * The questionnaire as sheets written once for the user (never ours, never replaced):
 * a response table (an Excel table: respondent, party, supplier, period and one column
 * per item with a 1–5 drop-down, the item's statement as the header's note) under a short
 * instruction; a sheet with every statement, its construct, reverse coding and source; and
 * optionally a form for one respondent whose answer column pastes back as a table row.
 */
export function questionnairePlans(language: Language, options: QuestionnaireOptions = {}): SheetPlan[] {
  const codes = questionnaireItems(options.constructs);
  const plans = [responsesSheet(language, codes, options.rows ?? DEFAULT_RESPONSE_ROWS), legendSheet(language, codes)];
  if (options.form) plans.push(formSheet(language, codes));
  return plans;
}

function responsesSheet(lang: Language, codes: readonly ItemCode[], rows: number): SheetPlan {
  const s = catalogue(lang).survey;
  const h = s.columns;
  const b = new PlanBuilder();
  const i = s.instruction;
  b.block(0, 0, [[i.title]]).style(rect(0, 0, 1, 1), TITLE_STYLE);
  b.block(1, 0, [[i.who], [i.how], [i.scale], [i.paste], [i.analyse]]);
  const top = INSTRUCTION_ROWS + 1;
  b.header(top, 0, [h.respondent, h.party, h.supplier, h.period, ...codes]);
  const body = rect(top + 1, 0, Math.max(1, rows), LEAD + codes.length);
  // The supplier and period columns hold the user's text: text format so "2025-03" stays a period.
  b.style(rect(body.row, 0, body.rows, LEAD), { numberFormat: '@' });
  b.style(rect(body.row, LEAD, body.rows, codes.length), { hAlign: 'center' });
  b.widthsFrom(0, [22, 18, 26, 12, ...codes.map(() => 7)]);
  const validations: ValidationSpec[] = [
    { kind: 'list', rect: rect(body.row, 1, body.rows, 1), items: [s.parties.client, s.parties.supplier], prompt: s.validation.partyPrompt },
    { kind: 'list', rect: rect(body.row, LEAD, body.rows, codes.length), items: answerItems(), prompt: s.validation.answerPrompt, error: s.validation.answerError },
  ];
  const notes: NoteSpec[] = codes.map((code, j) => ({ row: top, col: LEAD + j, text: `${code}: ${s.items[code]}` }));
  return {
    ...b.build(QUESTIONNAIRE_KEYS.responses, s.sheets.responses, top + 1),
    tables: [{ name: RESPONSE_TABLE_NAME, rect: rect(top, 0, body.rows + 1, body.cols) }],
    validations,
    notes,
    userSheet: true,
  };
}

function legendSheet(lang: Language, codes: readonly ItemCode[]): SheetPlan {
  const s = catalogue(lang).survey;
  const h = s.columns;
  const b = new PlanBuilder();
  b.block(0, 0, [[s.legendTitle]]).style(rect(0, 0, 1, 1), TITLE_STYLE);
  b.header(2, 0, [h.code, h.construct, h.text, h.reversed, h.scale, h.source]);
  const byCode = new Map(CONSTRUCTS.flatMap((c) => itemsOf(c).map((i) => [i.code, i] as const)));
  const rows = codes.map((code): PlanValue[] => {
    const item = byCode.get(code);
    const construct = item?.construct ?? 'affective';
    return [code, s.constructs[construct], s.items[code], item?.reversed ? s.yes : s.no, SCALE_TEXT, s.sources[construct]];
  });
  const widths = [8, 34, 60, 14, 8, 60];
  b.block(3, 0, rows).style(rect(3, 0, rows.length, 6), { wrap: true, vAlign: 'top' });
  rows.forEach((r, i) => b.height(3 + i, rowHeight([{ text: String(r[2]), width: widths[2] }, { text: String(r[5]), width: widths[5] }])));
  const scaleRow = 4 + rows.length;
  b.header(scaleRow, 0, [h.answer, h.meaning]);
  b.block(scaleRow + 1, 0, Object.entries(s.scale).map(([n, label]): PlanValue[] => [Number(n), label]));
  b.widthsFrom(0, widths);
  return { ...b.build(QUESTIONNAIRE_KEYS.legend, s.sheets.legend, 3), userSheet: true };
}

/**
 * One respondent's form: the answers go down column C in the response table's column
 * order (respondent, party, supplier, period, then the items), so copying C and pasting it
 * with Paste Special → Transpose onto an empty table row gives that respondent's row.
 */
function formSheet(lang: Language, codes: readonly ItemCode[]): SheetPlan {
  const s = catalogue(lang).survey;
  const h = s.columns;
  const b = new PlanBuilder();
  b.block(0, 0, [[s.form.title]]).style(rect(0, 0, 1, 1), TITLE_STYLE);
  b.block(1, 0, [[s.form.how]]);
  const top = 3;
  b.header(top, 0, [h.code, h.text, h.answer]);
  const lead: PlanValue[][] = [
    [null, h.respondent],
    [null, h.party],
    [null, h.supplier],
    [null, h.period],
  ];
  const items = codes.map((code): PlanValue[] => [code, s.items[code]]);
  const first = top + 1;
  b.block(first, 0, [...lead, ...items]);
  b.style(rect(first, 0, LEAD, 2), { bold: true });
  b.style(rect(first + LEAD, 1, items.length, 1), { wrap: true, vAlign: 'top' });
  b.style(rect(first, 2, LEAD + items.length, 1), { border: true, hAlign: 'center' });
  b.style(rect(first, 2, LEAD, 1), { numberFormat: '@', hAlign: 'left' });
  items.forEach((r, i) => b.height(first + LEAD + i, rowHeight([{ text: String(r[1]), width: 70 }])));
  b.widthsFrom(0, [8, 70, 24]);
  const validations: ValidationSpec[] = [
    { kind: 'list', rect: rect(first + 1, 2, 1, 1), items: [s.parties.client, s.parties.supplier], prompt: s.validation.partyPrompt },
    { kind: 'list', rect: rect(first + LEAD, 2, items.length, 1), items: answerItems(), prompt: s.validation.answerPrompt, error: s.validation.answerError },
  ];
  return { ...b.build(QUESTIONNAIRE_KEYS.form, s.sheets.form, first), validations, userSheet: true };
}
