/**
 * Input tables the way a user's workbook holds them, for n suppliers: a title row
 * above the header, Dutch and English headers, scores as numbers with every tenth as
 * Dutch decimal-comma text, dates as serials with some as text, and a few bad cells
 * (text in a score, an error value, an unknown category) so the problem paths run too.
 * Deterministic: the same n always gives the same tables.
 */
import type { RawTable } from '../src/input/types';

export type Cell = string | number | boolean;

/** Incidents per supplier. */
export const INCIDENTS_PER_SUPPLIER = 3;
/** One relationship manager per this many suppliers (at least one). */
export const SUPPLIERS_PER_MANAGER = 100;

const CATEGORIES = ['Extern', 'Interpersonal', 'Zakelijk', 'business', 'persoonlijk'];
/** Serial day of 2024-01-01. */
const FIRST_DAY = 45292;

function supplierName(i: number): string {
  return `Leverancier ${i + 1}`;
}

function managerName(m: number): string {
  return `Manager ${m + 1}`;
}

/** A score on 1–5 in half steps; every tenth as decimal-comma text. */
function score(seed: number): Cell {
  const v = 1 + ((seed * 7919) % 9) / 2;
  return seed % 10 === 0 ? String(v).replace('.', ',') : v;
}

export function supplierRows(n: number): Cell[][] {
  const rows: Cell[][] = [
    ['Overzicht leveranciers 2025', '', '', '', '', '', '', '', ''],
    ['Leverancier', 'Periode', 'Affectieve betrokkenheid', 'Calculative', 'Activiteit', 'Constructiveness', 'Service', 'Business', 'Relatiemanager'],
  ];
  const managers = Math.max(1, Math.ceil(n / SUPPLIERS_PER_MANAGER));
  for (let i = 0; i < n; i++) {
    const s = i * 6;
    const row: Cell[] = [supplierName(i), '2025', score(s), score(s + 1), score(s + 2), score(s + 3), score(s + 4), score(s + 5), managerName(i % managers)];
    if (i % 997 === 5) row[2] = 'n.v.t.'; // text in a score
    if (i % 1009 === 7) row[3] = '#N/A'; // an error value
    if (i % 1013 === 9) row[4] = 7; // outside the 1–5 scale
    rows.push(row);
  }
  return rows;
}

export function incidentRows(n: number): Cell[][] {
  const rows: Cell[][] = [['Supplier', 'Datum', 'Categorie', 'Impact', 'Omschrijving']];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < INCIDENTS_PER_SUPPLIER; k++) {
      const j = i * INCIDENTS_PER_SUPPLIER + k;
      const day = FIRST_DAY + ((j * 37) % 500);
      const impact = ((j * 13) % 11) - 5;
      const date: Cell = j % 7 === 0 ? `${(day - FIRST_DAY) % 28 + 1}-${((day - FIRST_DAY) % 12) + 1}-2024` : day;
      const row: Cell[] = [supplierName(i), date, CATEGORIES[j % CATEGORIES.length], j % 4 === 0 ? String(impact) : impact, `Incident ${j + 1}: levering te laat`];
      if (j % 1499 === 11) row[2] = 'onbekend'; // unknown category
      if (j % 1511 === 13) row[1] = '31-02-2024'; // no such date
      rows.push(row);
    }
  }
  return rows;
}

export function managerRows(n: number): Cell[][] {
  const rows: Cell[][] = [['Relatiemanager', 'Servicegerichtheid', 'Businessgerichtheid']];
  const managers = Math.max(1, Math.ceil(n / SUPPLIERS_PER_MANAGER));
  for (let m = 0; m < managers; m++) rows.push([managerName(m), score(m * 2), score(m * 2 + 1)]);
  return rows;
}

/** The three input tables as a shell would hand them over (used ranges from A1). */
export function syntheticTables(n: number): RawTable[] {
  const sheet = (name: string, values: Cell[][]): RawTable => ({ sheet: name, firstRow: 1, firstCol: 1, values });
  return [sheet('Leveranciers', supplierRows(n)), sheet('Incidenten', incidentRows(n)), sheet('Managers', managerRows(n))];
}
