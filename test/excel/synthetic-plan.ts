import type { ChartSpec, PlanValue, SheetPlan, StyledRect, ValueBlock } from '../../src/report/plan';

/**
 * A results-like sheet plan for n suppliers, built by hand (not by report/):
 * header row, a user-text column of supplier names, six numeric columns, a
 * label column, a few styled rectangles, and a scatter chart with labelled
 * points and two divider lines.
 */
export function supplierPlan(n: number, opts: { key?: string; name?: string; names?: (i: number) => string } = {}): SheetPlan {
  const name = (i: number) => (opts.names ? opts.names(i) : `Supplier ${i + 1}`);
  const header: ValueBlock = {
    row: 0,
    col: 0,
    values: [['Supplier', 'Affective', 'Calculative', 'Activity', 'Constructive', 'Service', 'Business', 'Type']],
  };
  const names: ValueBlock = {
    row: 1,
    col: 0,
    userText: true,
    values: Array.from({ length: n }, (_, i) => [name(i)]),
  };
  const numbers: ValueBlock = {
    row: 1,
    col: 1,
    values: Array.from({ length: n }, (_, i): PlanValue[] => [
      1 + (i % 5),
      1 + ((i * 3) % 5),
      2.5,
      (i % 7) / 2,
      i,
      0.125 * i,
    ]),
  };
  const labels: ValueBlock = {
    row: 1,
    col: 7,
    values: Array.from({ length: n }, (_, i) => [i % 2 === 0 ? 'Pillar' : 'Free rider']),
  };
  const dividers: ValueBlock = { row: 0, col: 10, values: [[3, 1], [3, 5], [1, 3], [5, 3]] };
  const styles: StyledRect[] = [
    { rect: { row: 0, col: 0, rows: 1, cols: 8 }, style: { fill: '#1F4E78', fontColor: '#FFFFFF', bold: true, border: true } },
    { rect: { row: 1, col: 1, rows: n, cols: 2 }, style: { numberFormat: '0.00', hAlign: 'right' } },
    { rect: { row: 1, col: 7, rows: Math.ceil(n / 2), cols: 1 }, style: { fill: '#C6EFCE' } },
    { rect: { row: 1 + Math.ceil(n / 2), col: 7, rows: Math.max(1, Math.floor(n / 2)), cols: 1 }, style: { fill: '#FFC7CE', italic: true } },
    { rect: { row: 1, col: 0, rows: n, cols: 1 }, style: { wrap: true, vAlign: 'top' } },
  ];
  const chart: ChartSpec = {
    kind: 'scatter',
    title: 'Typology',
    xTitle: 'Calculative',
    yTitle: 'Affective',
    xMin: 1,
    xMax: 5,
    yMin: 1,
    yMax: 5,
    anchor: { row: 1, col: 13, rows: 20, cols: 8 },
    series: [
      {
        name: 'Suppliers',
        x: { row: 1, col: 2, rows: n, cols: 1 },
        y: { row: 1, col: 1, rows: n, cols: 1 },
        labels: { row: 1, col: 0, rows: n, cols: 1 },
        line: false,
        marker: true,
        color: '#1F4E78',
      },
      { name: 'split x', x: { row: 0, col: 10, rows: 2, cols: 1 }, y: { row: 0, col: 11, rows: 2, cols: 1 }, line: true, marker: false },
      { name: 'split y', x: { row: 2, col: 10, rows: 2, cols: 1 }, y: { row: 2, col: 11, rows: 2, cols: 1 }, line: true, marker: false },
    ],
  };
  return {
    key: opts.key ?? 'rmo.results',
    name: opts.name ?? 'Results',
    blocks: [header, names, numbers, labels, dividers],
    styles,
    columnWidths: { 0: 28, 7: 14 },
    charts: [chart],
    freezeRows: 1,
  };
}

/** Rows of an input table: header + n supplier rows. */
export function supplierInput(n: number): (string | number)[][] {
  return [['Supplier', 'Affective', 'Calculative'], ...Array.from({ length: n }, (_, i) => [`S${i + 1}`, 1 + (i % 5), 5 - (i % 5)])];
}

/** A 500-character incident description (Dutch text with a few accented letters), different per row. */
export function longDescription(i: number, chars = 500): string {
  const base = `Incident ${i + 1}: levering te laat, overleg met de leverancier gepland; privé-afspraak verschoven, geëscaleerd naar het management. `;
  let s = '';
  while (s.length < chars) s += base;
  return s.slice(0, chars);
}

/** An incident table of n rows with 500-character descriptions: Supplier, Date, Category, Impact, Description. */
export function longTextInput(n: number, chars = 500): (string | number)[][] {
  const rows: (string | number)[][] = [['Supplier', 'Date', 'Category', 'Impact', 'Description']];
  for (let i = 0; i < n; i++) rows.push([`Supplier ${(i % 500) + 1}`, 45292 + (i % 365), i % 2 ? 'Extern' : 'Zakelijk', (i % 11) - 5, longDescription(i, chars)]);
  return rows;
}

/** A review-like sheet plan: n rows of supplier name, impact and a 500-character description (user text). */
export function longTextPlan(n: number, chars = 500): SheetPlan {
  return {
    key: 'rmo.review',
    name: 'Review',
    blocks: [
      { row: 0, col: 0, values: [['Supplier', 'Impact', 'Description']] },
      { row: 1, col: 0, userText: true, values: Array.from({ length: n }, (_, i) => [`Supplier ${(i % 500) + 1}`]) },
      { row: 1, col: 1, values: Array.from({ length: n }, (_, i) => [(i % 11) - 5]) },
      { row: 1, col: 2, userText: true, values: Array.from({ length: n }, (_, i) => [longDescription(i, chars)]) },
    ],
    styles: [{ rect: { row: 1, col: 2, rows: n, cols: 1 }, style: { wrap: true, vAlign: 'top' } }],
    columnWidths: { 0: 24, 2: 80 },
    charts: [],
    freezeRows: 1,
  };
}
