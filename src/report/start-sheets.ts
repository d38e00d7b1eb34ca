/**
 * Sheets a new user starts from: the example tables (the sample's data) and empty input
 * tables to fill in. Pure plans: each sheet holds one Excel table whose headers are the
 * names the input layer recognises in the chosen language, with data validation that
 * keeps typed scores on the scale, impacts in range, categories and dates valid. They
 * are `userSheet` plans: written once, never marked as ours, so no run replaces them.
 */
import { catalogue, format, formatNumber, INCIDENT_CATEGORIES, Language } from '../i18n';
import type { Field } from '../input/types';
import { serialFromDate } from '../model/serial-days';
import type { Scale } from '../model';
import type { PlanValue, SheetPlan, ValidationSpec } from './plan';
import { PlanBuilder, rect } from './builder';
import { fitWidth, NAME_WIDTH } from './fit';
import { EXAMPLE_INCIDENTS, EXAMPLE_MANAGERS, EXAMPLE_SUPPLIERS } from './example-data';

/** What the templates need from the settings: the language and the ranges to validate against. */
export interface StartSettings {
  readonly language: Language;
  readonly scale: Scale;
  readonly impactMin: number;
  readonly impactMax: number;
}

export type StartTableKind = 'supplier' | 'incident' | 'manager';

export const START_COLUMNS: Readonly<Record<StartTableKind, readonly Field[]>> = {
  supplier: ['supplier', 'period', 'affective', 'calculative', 'activity', 'constructiveness', 'manager'],
  incident: ['supplier', 'date', 'category', 'impact', 'description'],
  manager: ['manager', 'service', 'business'],
};

/**
 * The empty tables also get the optional Party column (docs/input-format.md) with a
 * drop-down of the two words in the chosen language; the example keeps the sample's
 * columns (its rows are the client's view, the default, so no Party is needed).
 */
export const EMPTY_COLUMNS: Readonly<Record<StartTableKind, readonly Field[]>> = {
  supplier: ['supplier', 'period', 'party', 'affective', 'calculative', 'activity', 'constructiveness', 'manager'],
  incident: ['supplier', 'date', 'category', 'impact', 'party', 'description'],
  manager: START_COLUMNS.manager,
};

const SCORE_FIELDS: ReadonlySet<Field> = new Set<Field>(['affective', 'calculative', 'activity', 'constructiveness', 'service', 'business']);

/** Rows an empty table gets to start with; Excel extends a table (and its validation) as the user types below it. */
export const EMPTY_TABLE_ROWS = 10;

/** Format of every date cell: unambiguous in both languages and what the input layer documents. */
export const START_DATE_FORMAT = 'yyyy-mm-dd';

const KINDS: readonly StartTableKind[] = ['supplier', 'incident', 'manager'];

/** The sample's three tables with their data, as new sheets. */
export function exampleTablesPlans(settings: StartSettings): SheetPlan[] {
  const c = catalogue(settings.language);
  const data: Record<StartTableKind, PlanValue[][]> = {
    supplier: EXAMPLE_SUPPLIERS.map((r) => [...r]),
    incident: EXAMPLE_INCIDENTS.map(([s, [y, m, d], cat, impact, text]) => [s, serialFromDate(y, m, d) ?? null, c.categories[cat], impact, text]),
    manager: EXAMPLE_MANAGERS.map((r) => [...r]),
  };
  return KINDS.map((kind) => startPlan(kind, START_COLUMNS[kind], settings, data[kind], c.start.sheets.example[kind], 'example'));
}

/** The three input tables with headers, validation and formats but no data. */
export function emptyTablesPlans(settings: StartSettings): SheetPlan[] {
  const c = catalogue(settings.language);
  return KINDS.map((kind) => startPlan(kind, EMPTY_COLUMNS[kind], settings, [], c.start.sheets.empty[kind], 'empty'));
}

function startPlan(
  kind: StartTableKind,
  fields: readonly Field[],
  settings: StartSettings,
  rows: PlanValue[][],
  sheetName: string,
  variant: 'example' | 'empty',
): SheetPlan {
  const c = catalogue(settings.language);
  const headers = fields.map((f) => c.inputFields[f]);
  const bodyRows = rows.length > 0 ? rows.length : EMPTY_TABLE_ROWS;
  const b = new PlanBuilder();
  // The table's own style draws the header; no fill of ours that would fight it.
  b.block(0, 0, [headers]);
  if (rows.length > 0) {
    // Names and descriptions are text the user will edit: written as text, never evaluated.
    const textCols = fields.map((f, j) => (isTextField(f) ? j : -1)).filter((j) => j >= 0);
    for (const j of textCols) b.block(1, j, rows.map((r) => [r[j]]), true);
    fields.forEach((f, j) => {
      if (!isTextField(f)) b.block(1, j, rows.map((r) => [r[j]]));
    });
  }
  fields.forEach((f, j) => {
    if (f === 'date') b.style(rect(1, j, bodyRows, 1), { numberFormat: START_DATE_FORMAT });
    else if (isTextField(f)) b.style(rect(1, j, bodyRows, 1), { numberFormat: '@' });
    else if (SCORE_FIELDS.has(f)) b.style(rect(1, j, bodyRows, 1), { numberFormat: '0.0' });
  });
  fields.forEach((f, j) => b.width(j, columnWidth(f, headers[j])));
  const plan = b.build(`rmo.start.${variant}.${kind}`, sheetName, 1);
  return {
    ...plan,
    tables: [{ name: c.start.tables[kind], rect: rect(0, 0, bodyRows + 1, fields.length), style: 'TableStyleMedium2' }],
    validations: fields.flatMap((f, j) => validationFor(f, kind, rect(1, j, bodyRows, 1), settings)),
    userSheet: true,
  };
}

/** Columns whose values are names or free text; the category is a drop-down of words, also text. */
function isTextField(f: Field): boolean {
  return f === 'supplier' || f === 'period' || f === 'manager' || f === 'description' || f === 'category' || f === 'party';
}

function columnWidth(f: Field, header: string): number {
  if (f === 'supplier' || f === 'manager') return Math.min(28, NAME_WIDTH);
  if (f === 'description') return 44;
  return fitWidth([header], 10, 28);
}

function validationFor(f: Field, kind: StartTableKind, r: ReturnType<typeof rect>, settings: StartSettings): ValidationSpec[] {
  const t = catalogue(settings.language).start;
  const n = (x: number) => formatNumber(x, settings.language);
  if (SCORE_FIELDS.has(f)) {
    const p = { min: n(settings.scale.min), max: n(settings.scale.max) };
    return [{ kind: 'decimal', rect: r, min: settings.scale.min, max: settings.scale.max, prompt: format(t.scorePrompt, p), error: format(t.scoreError, p) }];
  }
  if (f === 'impact') {
    const p = { min: n(settings.impactMin), max: n(settings.impactMax) };
    return [{ kind: 'decimal', rect: r, min: settings.impactMin, max: settings.impactMax, prompt: format(t.impactPrompt, p), error: format(t.impactError, p) }];
  }
  if (f === 'category') {
    const items = INCIDENT_CATEGORIES.map((k) => catalogue(settings.language).categories[k]);
    return [{ kind: 'list', rect: r, items, prompt: t.categoryPrompt, error: format(t.categoryError, { categories: items.join(', ') }) }];
  }
  if (f === 'party') {
    const items = [t.parties.client, t.parties.supplier];
    const prompt = kind === 'incident' ? t.incidentPartyPrompt : t.partyPrompt;
    return [{ kind: 'list', rect: r, items, prompt, error: format(t.partyError, { parties: items.join(', ') }) }];
  }
  if (f === 'date') return [{ kind: 'date', rect: r, prompt: t.datePrompt, error: t.dateError }];
  return [];
}
