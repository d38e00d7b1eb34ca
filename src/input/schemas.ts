import { matchCategory } from './categories';
import { matchParty } from './party';
import type { Party } from '../model';
import { coerceNumber, coerceText, displayValue, isBlank, unwrapCell } from './coerce';
import { coerceDate, isDateFormat, isoFromSerial } from './dates';
import type { DetectedTable } from './detect';
import type { ColumnInfo, Field, IncidentRow, InputSettings, ManagerRow, Problem, ProblemCode, SupplierRow } from './types';

/** "<header as typed> (<letter>)", the way every problem names a column. */
export function columnLabel(info: ColumnInfo): string {
  return `${info.header} (${info.letter})`;
}

/** One data row being converted: reads cells by field and records problems with their place. */
export class RowReader {
  constructor(
    private readonly table: DetectedTable,
    private readonly index: number,
    private readonly problems: Problem[],
  ) {}

  get sheet(): string {
    return this.table.raw.sheet;
  }

  get sheetRow(): number {
    return this.table.raw.firstRow + this.index;
  }

  has(field: Field): boolean {
    return this.table.columns.has(field);
  }

  cell(field: Field): unknown {
    const c = this.table.columns.get(field);
    return c === undefined ? undefined : this.table.raw.values[this.index][c.index];
  }

  /** True when every recognised column of this row is blank (notes in other columns don't count). */
  allBlank(): boolean {
    for (const c of this.table.columns.values()) if (!isBlank(this.table.raw.values[this.index][c.index])) return false;
    return true;
  }

  report(code: ProblemCode, severity: Problem['severity'], field: Field, value?: string, params?: Problem['params']): void {
    const c = this.table.columns.get(field);
    this.problems.push({
      code,
      severity,
      sheet: this.table.raw.sheet,
      row: this.sheetRow,
      column: c === undefined ? undefined : columnLabel(c),
      ...(value === undefined ? {} : { value }),
      ...(params === undefined ? {} : { params }),
    });
  }

  /** Text; a blank is reported when required; an error value always. */
  text(field: Field, required: boolean): string | undefined {
    const r = coerceText(this.cell(field));
    if (r.kind === 'ok') return r.value;
    const severity = required ? 'error' : 'warning';
    if (r.kind === 'blank') {
      if (required) this.report('blankRequired', 'error', field);
    } else this.report('errorValue', severity, field, r.text); // an error value, or an unreadable object
    return undefined;
  }

  /** Period as text: a date (Date object, or a serial in a date format) becomes yyyy-mm-dd so periods sort. */
  period(): string | undefined {
    if (!this.has('period')) return undefined;
    const v = unwrapCell(this.cell('period'));
    const c = this.table.columns.get('period');
    const format = c === undefined ? undefined : this.table.raw.numberFormats?.[this.index]?.[c.index];
    if (v instanceof Date || (typeof v === 'number' && isDateFormat(format))) {
      const d = coerceDate(v);
      if (d.kind === 'ok') return isoFromSerial(d.value);
    }
    return this.text('period', false);
  }

  /**
   * The Party column: undefined when absent or blank. An unknown value is a warning and
   * the row is used as if no party was given (the caller says what that means).
   */
  party(): Party | undefined {
    if (!this.has('party')) return undefined;
    const text = this.text('party', false);
    if (text === undefined) return undefined;
    const party = matchParty(text);
    if (party === undefined) this.report('unknownParty', 'warning', 'party', text);
    return party;
  }

  /** A number with its problems; 'blank' lets the caller decide whether that matters. */
  number(field: Field, min: number, max: number, outOfRange: ProblemCode): number | 'blank' | undefined {
    const r = coerceNumber(this.cell(field));
    if (r.kind === 'blank') return 'blank';
    if (r.kind === 'error') this.report('errorValue', 'error', field, r.text);
    else if (r.kind === 'invalid') this.report('notANumber', 'error', field, r.text);
    else if (r.value < min || r.value > max) this.report(outOfRange, 'error', field, displayValue(r.value), { min, max });
    else return r.value;
    return undefined;
  }

  /**
   * Both scores of a model. One blank while the other is filled in is a warning for that
   * model only; both blank means this model is not scored for the row (no problem).
   */
  pair(a: Field, b: Field, settings: InputSettings): [number | undefined, number | undefined] {
    if (!this.has(a) || !this.has(b)) return [undefined, undefined];
    const { min, max } = settings.scale;
    const x = this.number(a, min, max, 'scoreOutOfRange');
    const y = this.number(b, min, max, 'scoreOutOfRange');
    if (x === 'blank' && y !== 'blank') this.report('blankRequired', 'warning', a);
    if (y === 'blank' && x !== 'blank') this.report('blankRequired', 'warning', b);
    return [x === 'blank' ? undefined : x, y === 'blank' ? undefined : y];
  }
}

/** A supplier table row; undefined (row skipped) only when the supplier name is missing. */
export function supplierRow(r: RowReader, settings: InputSettings): SupplierRow | undefined {
  const supplier = r.text('supplier', true);
  const period = r.period();
  const manager = r.has('manager') ? r.text('manager', false) : undefined;
  const [affective, calculative] = r.pair('affective', 'calculative', settings);
  const [activity, constructiveness] = r.pair('activity', 'constructiveness', settings);
  const [service, business] = r.pair('service', 'business', settings);
  const party = r.party();
  if (supplier === undefined) return undefined;
  return compact({ supplier, period, affective, calculative, activity, constructiveness, service, business, manager, party, source: { sheet: '', row: 0 } }, r);
}

/** An incident row; supplier, date and impact are required, category and description optional. */
export function incidentRow(r: RowReader, settings: InputSettings): IncidentRow | undefined {
  const supplier = r.text('supplier', true);
  const d = coerceDate(r.cell('date'));
  let day: number | undefined;
  if (d.kind === 'ok') day = d.value;
  else if (d.kind === 'blank') r.report('blankRequired', 'error', 'date');
  else if (d.kind === 'error') r.report('errorValue', 'error', 'date', d.text);
  else r.report('notADate', 'error', 'date', d.text);
  const impact = r.number('impact', settings.impactMin, settings.impactMax, 'impactOutOfRange');
  if (impact === 'blank') r.report('blankRequired', 'error', 'impact');
  const categoryText = r.has('category') ? r.text('category', false) : undefined;
  const category = categoryText === undefined ? undefined : matchCategory(categoryText);
  if (categoryText !== undefined && category === undefined) r.report('unknownCategory', 'warning', 'category', categoryText);
  const description = r.has('description') ? r.text('description', false) : undefined;
  const party = r.party();
  if (supplier === undefined || day === undefined || impact === undefined || impact === 'blank') return undefined;
  return compact({ supplier, day, category, impact, description, party, source: { sheet: '', row: 0 } }, r);
}

/** A manager table row; both orientation scores are required. */
export function managerRow(r: RowReader, settings: InputSettings): ManagerRow | undefined {
  const manager = r.text('manager', true);
  const period = r.period();
  const { min, max } = settings.scale;
  const service = r.number('service', min, max, 'scoreOutOfRange');
  const business = r.number('business', min, max, 'scoreOutOfRange');
  if (service === 'blank') r.report('blankRequired', 'error', 'service');
  if (business === 'blank') r.report('blankRequired', 'error', 'business');
  if (manager === undefined || typeof service !== 'number' || typeof business !== 'number') return undefined;
  return compact({ manager, period, service, business, source: { sheet: '', row: 0 } }, r);
}

/** Drops undefined fields (so rows compare and print cleanly) and fills in the source. */
function compact<T extends { source: unknown }>(row: T, r: RowReader): T {
  const out: Record<string, unknown> = {};
  const src = row as Record<string, unknown>;
  for (const k in src) if (src[k] !== undefined) out[k] = src[k];
  out.source = { sheet: r.sheet, row: r.sheetRow };
  return out as T;
}
