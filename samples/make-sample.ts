/**
 * Generates samples/rmo-sample.xlsx: a deliberately messy workbook as a Dutch/international
 * procurement team might keep it. Run with `npx tsx samples/make-sample.ts`.
 *
 * What is in it, on purpose:
 * - "Leveranciers": a title row and a blank row above Dutch headers; 12 suppliers × 3
 *   quarters covering the four types and the four reactions; Nordic Cloud Services slides
 *   from prospect to free rider (loyalty → neglect → exit); bad cells: the text "goed",
 *   a blank, a VLOOKUP with a cached #N/A, Dutch decimal commas typed as text ("3,5"),
 *   an out-of-range 7, an exact duplicate row, a supplier called "@Acme Print" and one
 *   pasted as "=HYPERLINK(…)" text; one supplier name is a hyperlink.
 * - "Incidenten": an Excel table with English headers; dates as real dates, as text
 *   "15-03-2025" and as bare serial numbers; categories in English and Dutch and one
 *   unknown category; an unknown supplier; descriptions starting with "=", "-" and "+".
 * - "Relatiemanagers": four managers, one per role.
 * - Issue 6 (two parties): a Partij column on "Leveranciers", blank on the original rows
 *   (our organisation's view by the default setting) and "Leverancier" on three rows the
 *   supplier scored itself for 2025-Q4, below the original rows so their row numbers stay.
 * - Issue 7 (questionnaire): "Enquête", a response table of six respondents on Rijnmond
 *   Security, 2025-Q4: three of ours ("Wij") and three of the supplier's, so the RMO Survey
 *   sheet appears and the two measured views show the perception gap.
 */
import ExcelJS from 'exceljs';
import * as path from 'node:path';

type Score = number | string | null | ExcelJS.CellValue;
type Row = [supplier: ExcelJS.CellValue, period: string, affective: Score, calculative: Score, activity: Score, constructiveness: Score, manager: string, party?: string];

const Q = ['2025-Q2', '2025-Q3', '2025-Q4'];
const ZENITH = '=HYPERLINK("https://zenith.example","Zenith Telecom")';
const NA_LOOKUP: ExcelJS.CellValue = { formula: 'VLOOKUP("Iberia Translations SL",$M$2:$N$5,2,FALSE)', result: { error: '#N/A' } } as ExcelJS.CellValue;
const VAN_DIJK: ExcelJS.CellValue = { text: 'Van Dijk Logistiek', hyperlink: 'https://vandijk-logistiek.example' };

/** [affective, calculative, activity, constructiveness] per quarter. */
function rows(supplier: ExcelJS.CellValue, manager: string, scores: Score[][]): Row[] {
  return scores.map((s, i) => [supplier, Q[i], s[0], s[1], s[2], s[3], manager]);
}

const SANNE = 'Sanne de Vries';
const PIETER = 'Pieter Jansen';
const AISHA = 'Aisha Bakker';
const TOM = 'Tom Willems';

const SUPPLIERS: Row[] = [
  ...rows(VAN_DIJK, SANNE, [[4.5, 4, 4, 4.5], [4.2, 4.1, 3.5, 4], [4.4, 4.3, 3, 4]]),
  // The guide's closing example: a prospect neglected into a free rider that leaves.
  ...rows('Nordic Cloud Services', PIETER, [[4, 2, 2.5, 4], [3, 2.5, 2, 2], [2, 2, 4, 1.5]]),
  ...rows('Brabant Facilitair', AISHA, [[2, 4.5, 2, 2], [2.5, 4, 4, 3.5], [2, 4.2, 4, 2]]),
  ...rows('Tulip IT Consultancy', TOM, [[1.5, 2, 1.5, 3.5], [2, 2, 2, 3.5], [1.5, 1.5, 1, 2]]),
  ...rows('Delta Schoonmaak', SANNE, [[4, 4, 4, 4], ['3,5', '4', 3, '3,5'], [2.5, 4, 4.5, 2]]),
  ...rows('Atlas Catering', PIETER, [[4, 2.5, 4, 4], [4, 3, 4, 4], [4.5, 3.5, 3, 4.5]]),
  ...rows('Rijnmond Security', AISHA, [[2.5, 4, 3.5, 4], [3, 4, 4, 4], [3.5, 4.5, 3, 4]]),
  ...rows('Quantum Payroll BV', TOM, [[4, 4.5, 2, 4], [4, 4, 'goed', 4], [4.5, 4, 2, 4.5]]),
  ...rows('Hollandse Drukkerij', 'sanne de vries ', [[2, null, 2, 2], [2, 2.5, 2, 2], [1.5, 2, 1.5, 1.5]]),
  ...rows('Iberia Translations SL', PIETER, [[4, 2, 3, 4], [NA_LOOKUP, 2, 3.5, 4], [4, 2.5, 3, 4]]),
  ...rows('@Acme Print', AISHA, [[2, 4, 2, 4], [2, 7, 2, 4], [2.5, 4, 2, 3.5]]),
  ...rows(ZENITH, TOM, [[3.5, 3.5, 3.5, 3.5], [3.5, 3, 4, 4], [4, 3.5, 4, 4]]),
];
// Pasted twice by accident.
SUPPLIERS.push([...SUPPLIERS.find((r) => r[0] === 'Atlas Catering' && r[1] === '2025-Q3')!]);

/**
 * The supplier's own view of 2025-Q4 (guide 002: relationships are mutual). Nordic Cloud
 * sees a prospect it works for (voice) where we see a free rider leaving; Brabant sees a
 * pillar where we see a hostage; Van Dijk agrees with us (pillar on both sides).
 */
const SUPPLIER_VIEWS: Row[] = [
  ['Nordic Cloud Services', '2025-Q4', 3.5, 2, 4, 4, PIETER, 'Leverancier'],
  ['Brabant Facilitair', '2025-Q4', 3.5, 4, 4, 4, AISHA, 'Leverancier'],
  ['Van Dijk Logistiek', '2025-Q4', 4.2, 4.5, 3.5, 4, SANNE, 'Leverancier'],
];
SUPPLIERS.push(...SUPPLIER_VIEWS);

/**
 * Questionnaire answers (1–5; AFF3, AFF4 and CAL4 are reverse-coded, scored 6 − answer) on
 * Rijnmond Security, 2025-Q4. Scores after reversal, by hand:
 *   ours  affective R1 4,4,4,4 · R2 3,3,3,4 · R3 3,4,3,3 → 4, 3.25, 3.25: mean 3.5
 *         calculative R1 5,4,4,5 · R2 4,4,3,4 · R3 5,5,4,4 → 4.5, 3.75, 4.5: mean 4.25 → Pillar
 *   theirs affective S1 2,3,2,2 · S2 3,3,3,3 · S3 2,2,2,3 → 2.25, 3, 2.25: mean 2.5
 *         calculative S1 4,4,4,4 · S2 5,5,4,5 · S3 5,5,5,5 → 4, 4.75, 5: mean 4.58 → Hostage
 * Our measured scores replace the typed 3.5 / 4.5 of the Q4 row (a warning says so); the
 * supplier's make its view of Q4.
 */
const RESPONSE_HEADER = ['Respondent', 'Partij', 'Leverancier', 'Periode', 'AFF1', 'AFF2', 'AFF3', 'AFF4', 'CAL1', 'CAL2', 'CAL3', 'CAL4'];
const RESPONSES: (string | number)[][] = [
  ['m.visser@inkoop.example', 'Wij', 'Rijnmond Security', '2025-Q4', 4, 4, 2, 2, 5, 4, 4, 1],
  ['j.smit@inkoop.example', 'Wij', 'Rijnmond Security', '2025-Q4', 3, 3, 3, 2, 4, 4, 3, 2],
  ['a.bakker@inkoop.example', 'Wij', 'Rijnmond Security', '2025-Q4', 3, 4, 3, 3, 5, 5, 4, 2],
  ['k.dewit@rijnmond.example', 'Leverancier', 'Rijnmond Security', '2025-Q4', 2, 3, 4, 4, 4, 4, 4, 2],
  ['l.peeters@rijnmond.example', 'Leverancier', 'Rijnmond Security', '2025-Q4', 3, 3, 3, 3, 5, 5, 4, 1],
  ['s.janssen@rijnmond.example', 'Leverancier', 'Rijnmond Security', '2025-Q4', 2, 2, 4, 3, 5, 5, 5, 1],
];

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** Supplier, Date, Category, Impact, Description. */
const INCIDENTS: ExcelJS.CellValue[][] = [
  ['Van Dijk Logistiek', '15-03-2025', 'Interpersoonlijk', 2, 'Gezamenlijke planningsworkshop'],
  ['Van Dijk Logistiek', utc(2025, 4, 3), 'Business', 3, 'On-time delivery record Q1'],
  ['Nordic Cloud Services', utc(2025, 5, 12), 'Interpersonal', -3, 'Account manager replaced without notice'],
  ['Nordic Cloud Services', '15-06-2025', 'zakelijk', -4, 'SLA breach: three outages in June'],
  // A serial typed into an unformatted cell: 45853 = 2025-07-15.
  ['Nordic Cloud Services', 45853, 'Business', -4, '=escalation: disputed extra-work invoice'],
  ['Nordic Cloud Services', utc(2025, 9, 2), 'External', -2, 'Price increase after takeover'],
  ['Delta Schoonmaak', 45870, 'extern', -3, 'Cao-wijziging: hogere tarieven'],
  ['Delta Schoonmaak', utc(2025, 10, 20), 'Zakelijk', -4, 'Kwaliteit schoonmaak onder de maat'],
  ['Atlas Catering', utc(2025, 6, 30), 'Business', 4, 'New menu well received'],
  ['Globex Ltd', utc(2025, 7, 7), 'Business', -2, 'Late delivery of spare parts'],
  ['Brabant Facilitair', utc(2025, 11, 12), 'interpersonal', -5, 'Conflict over access badges'],
  ['Tulip IT Consultancy', '2025-08-19', 'External', 1, '- minor: new CTO introduced'],
  ['Rijnmond Security', utc(2025, 9, 15), 'Business', 2, '+ extra patrols at no cost'],
  ['Quantum Payroll BV', utc(2025, 12, 1), 'Technisch', -1, 'Payslip layout changed'],
];

const MANAGERS: [string, number, number][] = [
  [SANNE, 4.5, 4.2], // representative
  [PIETER, 4.2, 2], // butler
  [AISHA, 2, 4.5], // nanny
  [TOM, 2, 1.5], // accountant
];

export function buildSample(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'RMO for Excel sample generator';
  wb.created = utc(2025, 12, 31);
  wb.modified = utc(2025, 12, 31);

  const lev = wb.addWorksheet('Leveranciers');
  lev.getCell('A1').value = 'Leveranciersbeoordeling 2025 — Inkoop & Regie (schaal 1–5)';
  lev.getCell('A1').font = { name: 'Calibri', family: 2, bold: true, size: 14 };
  lev.mergeCells('A1:H1');
  const header = ['Leverancier', 'Periode', 'Affectieve betrokkenheid', 'Berekende betrokkenheid', 'Activiteit', 'Constructiviteit', 'Relatiemanager', 'Partij'];
  lev.getRow(3).values = header;
  lev.getRow(3).font = { name: 'Calibri', family: 2, size: 11, bold: true };
  SUPPLIERS.forEach((r, i) => {
    const row = lev.getRow(4 + i);
    r.forEach((v, j) => {
      if (v !== null) row.getCell(j + 1).value = v as ExcelJS.CellValue;
    });
  });
  // Text that must stay text in the source too (a user typed it with an apostrophe).
  for (let r = 4; r < 4 + SUPPLIERS.length; r++) lev.getCell(r, 1).numFmt = '@';
  lev.columns.forEach((c, i) => (c.width = [52, 10, 24, 24, 11, 15, 18, 12][i] ?? 12));
  lev.views = [{ state: 'frozen', ySplit: 3 }];

  const inc = wb.addWorksheet('Incidenten');
  inc.addTable({
    name: 'Incidenten',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: ['Supplier', 'Date', 'Category', 'Impact', 'Description'].map((name) => ({ name, filterButton: true })),
    rows: INCIDENTS,
  });
  INCIDENTS.forEach((r, i) => {
    const cell = inc.getCell(2 + i, 2);
    if (r[1] instanceof Date) cell.numFmt = 'dd-mm-yyyy';
  });
  inc.columns.forEach((c, i) => (c.width = [24, 13, 16, 8, 44][i] ?? 12));

  const man = wb.addWorksheet('Relatiemanagers');
  man.addRow(['Relatiemanager', 'Servicegerichtheid', 'Businessgerichtheid']);
  man.getRow(1).font = { name: 'Calibri', family: 2, size: 11, bold: true };
  for (const m of MANAGERS) man.addRow(m);
  man.columns.forEach((c) => (c.width = 20));

  const enq = wb.addWorksheet('Enquête');
  enq.addRow(RESPONSE_HEADER);
  enq.getRow(1).font = { name: 'Calibri', family: 2, size: 11, bold: true };
  for (const r of RESPONSES) enq.addRow(r);
  enq.columns.forEach((c, i) => (c.width = [28, 12, 20, 10][i] ?? 7));
  return wb;
}

async function write(): Promise<void> {
  const out = path.join(__dirname, 'rmo-sample.xlsx');
  await buildSample().xlsx.writeFile(out);
  process.stdout.write(`Wrote ${out}\n`);
}

if (require.main === module) void write();
