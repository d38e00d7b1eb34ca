/**
 * What the file shell keeps of a user's workbook: every part it does not own, byte for
 * byte; the four parts it edits (workbook, its relationships, content types, styles)
 * keep every element they had. Checked on the rich test workbook (chart, chartsheet,
 * pivot, sparklines, text box, VBA, names, protection, validation, autofilter sort,
 * hyperlink, Arial 10, cached formula values) through the whole command-line pipeline.
 */
import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { runPipeline } from '../../src/cli/pipeline';
import { applyPlans } from '../../src/xlsx/apply';
import { openWorkbook, readTables } from '../../src/xlsx/read';
import { FEATURES, packageFeatures } from '../support/package-features';
import { DEFAULT_ROWS, richWorkbook, richWorkbookParts, zipParts } from '../support/rich-workbook';

const EDITED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

function analyse(bytes: Uint8Array, runs = 1): Uint8Array {
  let current = bytes;
  for (let i = 0; i < runs; i++) {
    const file = openWorkbook(current);
    const read = readTables(file);
    applyPlans(file, runPipeline(read, DEFAULT_SETTINGS).plans);
    current = file.pkg.save();
  }
  return current;
}

/** Every element of a part as written, e.g. '<definedName name="Rate">0.21</definedName>' or '<sheet …/>'. */
function elements(xml: string): string[] {
  return xml.match(/<[^/?!][^>]*\/>|<[^/?!][^>]*>(?:[^<]*<\/[^>]+>)?/g) ?? [];
}

describe('a round trip through the file shell', () => {
  const input = richWorkbook();
  const before = unzipSync(input);

  it.each([1, 2])('keeps every feature of the user workbook (%i run(s))', (runs) => {
    const kept = packageFeatures(analyse(input, runs));
    expect(FEATURES.filter((f) => !kept[f])).toEqual([]);
  });

  it('keeps every part it does not own byte for byte, also after a second run', () => {
    for (const out of [analyse(input), analyse(input, 2)]) {
      const after = unzipSync(out);
      for (const [name, bytes] of Object.entries(before)) {
        expect(after[name]).toBeDefined();
        if (EDITED.includes(name)) continue;
        expect({ name, same: Buffer.compare(Buffer.from(after[name]), Buffer.from(bytes)) === 0 }).toEqual({ name, same: true });
      }
    }
  });

  it('keeps every element of the parts it edits, and adds its own after them', () => {
    const after = unzipSync(analyse(input, 2));
    for (const name of EDITED) {
      const old = strFromU8(before[name]);
      const now = strFromU8(after[name]);
      // Counts change where styles were appended; every other element is there as written.
      for (const el of elements(old).filter((e) => !/\scount="/.test(e))) expect({ name, el, kept: now.includes(el) }).toEqual({ name, el, kept: true });
    }
    const styles = strFromU8(after['xl/styles.xml']);
    // The user's three cell styles are still the first three: their cells look as before.
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
    expect(xfs.startsWith(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(strFromU8(before['xl/styles.xml']))![1])).toBe(true);
    // Our fonts start from the workbook's default font, Arial 10.
    expect(styles.match(/<font><b\/><sz val="10"\/>(?:<color [^>]*\/>)?<name val="Arial"\/>/g)?.length).toBeGreaterThan(0);
  });

  it('reads the data sheet and says what it skipped', () => {
    const read = readTables(openWorkbook(richWorkbook({ veryHidden: true })));
    expect(read.tables.map((t) => t.sheet)).toEqual(['Data']);
    expect(read.tables[0].values).toEqual(DEFAULT_ROWS.map((r) => r.map((v) => (v !== null && typeof v === 'object' && 'f' in v ? v.v : v))));
    expect(read.problems.map((p) => [p.code, p.sheet, p.severity])).toEqual([
      ['pivotSkipped', 'Pivot', 'warning'],
      ['veryHiddenSheet', 'Secret', 'warning'],
    ]);
    expect(read.problems[0].params).toEqual({ name: 'PivotTable1', range: 'A3:B6' });
  });
});

describe('reading workbooks as other programs write them', () => {
  const rows = [
    ['Supplier', 'Affective', 'Calculative', 'Note'],
    ['Acme & Sons <NL>', 4, 3.5, 'line_x000D_break'],
    ['Bolt', { error: '#DIV/0!' }, true, null],
    ['=Cora', 2, { f: 'B4*2', v: 4 }, { f: 'A2&"!"', v: 'Acme!' }],
  ] as const;
  const expected = [
    ['Supplier', 'Affective', 'Calculative', 'Note'],
    ['Acme & Sons <NL>', 4, 3.5, 'line\rbreak'],
    ['Bolt', '#DIV/0!', true, null],
    ['=Cora', 2, 4, 'Acme!'],
  ];

  it.each([
    ['shared strings (Excel, openpyxl)', {}],
    ['inline strings (xlsxwriter constant memory, streaming writers)', { inlineStrings: true }],
    ['x: prefixes (.NET writers)', { prefixed: true }],
    ['no cell references (allowed by the format)', { noRefs: true }],
  ])('%s', (_name, options) => {
    const { tables, problems } = readTables(openWorkbook(richWorkbook({ rows: rows as never, features: false, ...options })));
    expect(tables).toHaveLength(1);
    expect(tables[0].values).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it('reports formulas that were never calculated (openpyxl writes none) and tells what to do', () => {
    const uncalculated = [['Supplier', 'Affective', 'Calculative'], ['Acme', { f: '1+3' }, 3], ['Bolt', { f: '2+2' }, { f: '1+1' }]];
    const { tables, problems } = readTables(openWorkbook(richWorkbook({ rows: uncalculated as never, features: false })));
    expect(tables[0].values[1]).toEqual(['Acme', null, 3]);
    expect(problems).toEqual([{ code: 'formulaWithoutValue', severity: 'error', sheet: 'Data', params: { count: 3, first: 'B2' } }]);
  });
});

describe('a workbook in the 1904 date system (old Mac Excel)', () => {
  it('gives dates as 1900-system serials, like every other workbook', () => {
    const parts = richWorkbookParts({ rows: [['Supplier', 'Date'], ['Acme', 44269]] as never, features: false });
    // 44269 days after 1 January 1904 is 15 March 2025, serial 45731 in the 1900 system (44269 + 1462).
    parts.set('xl/workbook.xml', String(parts.get('xl/workbook.xml')).replace('<workbookPr/>', '<workbookPr date1904="1"/>'));
    const sheet = String(parts.get('xl/worksheets/sheet1.xml')).replace('<c r="B2">', '<c r="B2" s="2">');
    parts.set('xl/worksheets/sheet1.xml', sheet);
    const { tables } = readTables(openWorkbook(zipParts(parts)));
    expect(tables[0].values[1]).toEqual(['Acme', 45731]);
  });
});
