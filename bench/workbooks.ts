/**
 * Workbooks for the file benchmarks, written with the test suite's own OOXML writer
 * (test/support/rich-workbook.ts): a supplier sheet of n rows and an incident sheet
 * of m rows, cells as Excel writes them (shared strings, numbers, dates as serials).
 */
import { incidentRows, supplierRows, type Cell as SynthCell } from './synthetic-input';
import { richWorkbook, type Cell } from '../test/support/rich-workbook';

export interface BenchCase {
  readonly label: string;
  readonly suppliers: number;
  readonly incidents: number;
}

export const CASES: readonly BenchCase[] = [
  { label: '1k', suppliers: 1_000, incidents: 1_000 },
  { label: '10k', suppliers: 10_000, incidents: 10_000 },
  { label: '100k', suppliers: 100_000, incidents: 100_000 },
  { label: '200k+200k', suppliers: 200_000, incidents: 200_000 },
];

const asCells = (rows: SynthCell[][]): Cell[][] => rows.map((r) => r.map((v) => (v === '' ? null : v)));

export function benchWorkbook(c: BenchCase): Uint8Array {
  const suppliers = asCells(supplierRows(c.suppliers));
  const incidents = asCells(incidentRows(Math.ceil(c.incidents / 3))).slice(0, c.incidents + 1);
  return richWorkbook({ rows: suppliers, incidents, features: false });
}
