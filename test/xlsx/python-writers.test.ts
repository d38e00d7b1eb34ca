/**
 * Workbooks written by Python's two common writers, openpyxl and xlsxwriter (Debian's
 * packages, run by exactly /usr/bin/python3; scripts/setup.sh installs them). The scripts
 * below are written to a temp folder and run during the test, so no binary is committed.
 * Each workbook holds what an analyst's file holds besides the data: an Excel table,
 * a chart, an image or a chartsheet, notes, a defined name, a validation, protection,
 * an autofilter, rich text and a formula with its cached value.
 *
 * `rmo analyze` must read them as the user meant and keep every part it does not own
 * byte for byte. The results are read back by openpyxl, the writer itself (exceljs cannot
 * open openpyxl's drawings at all, the very failure the issue reports), and for the
 * xlsxwriter file by exceljs too.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { main, EXIT_OK } from '../../src/cli/main';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { parseTables } from '../../src/input';
import { loadWorkbookFile, readTables } from '../../src/xlsx/read';
import { tempDir } from './helpers';

const PYTHON = '/usr/bin/python3';
/** The parts the add-in edits in place (adding its sheets, names and styles); every other user part must be untouched. */
const EDITED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

/** The data both writers write. Dutch headers; Bolt's calculative score is text with a decimal comma. */
const DATA = `
SUPPLIERS = [['Acme Print', 4, 4], ['Bolt Logistics', 2, '4,5'], ['Cora Cleaning', 5, 1], ['Delta IT', 1, 2]]
HEADERS = ['Leverancier', 'Affectieve betrokkenheid', 'Berekende betrokkenheid']
INCIDENTS = [['Acme Print', datetime.date(2025, 3, 15), 'zakelijk', -2, 'Late levering'],
             ['Cora Cleaning', datetime.date(2025, 4, 1), 'extern', 1, 'Nieuwe marktprijs']]
INCIDENT_HEADERS = ['Leverancier', 'Datum', 'Categorie', 'Impact', 'Omschrijving']
`;

const OPENPYXL = `
import sys, datetime, io, struct, zlib
from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.image import Image
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
${DATA}
def png():
    # A 1x1 red RGB PNG, built from its chunks.
    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)
    return (b'\\x89PNG\\r\\n\\x1a\\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(b'\\x00\\xff\\x00\\x00')) + chunk(b'IEND', b''))

wb = Workbook()
ws = wb.active
ws.title = 'Leveranciers'
ws.append(HEADERS)
for row in SUPPLIERS: ws.append(row)
table = Table(displayName='Scores', ref='A1:C5')
table.tableStyleInfo = TableStyleInfo(name='TableStyleMedium9', showRowStripes=True)
ws.add_table(table)
ws['A2'].comment = Comment('Drukwerk, contract tot 2026', 'Analist')
chart = BarChart()
chart.title = 'Betrokkenheid'
chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=5), titles_from_data=True)
chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=5))
ws.add_chart(chart, 'E2')
ws.add_image(Image(io.BytesIO(png())), 'E20')
dv = DataValidation(type='whole', operator='between', formula1='1', formula2='5')
ws.add_data_validation(dv)
dv.add('B2:B5')
inc = wb.create_sheet('Incidenten')
inc.append(INCIDENT_HEADERS)
for row in INCIDENTS: inc.append(row)
for r in (2, 3): inc.cell(r, 2).number_format = 'DD-MM-YYYY'
inc['E2'].comment = Comment('Zie mail van 16 maart', 'Analist')
inc.protection.sheet = True
inc.protection.password = 'geheim'
wb.defined_names.append(DefinedName('Drempel', attr_text='Leveranciers!$B$2:$C$5'))
wb.save(sys.argv[1])
`;

const XLSXWRITER = `
import sys, datetime
import xlsxwriter
${DATA}
wb = xlsxwriter.Workbook(sys.argv[1])
bold = wb.add_format({'bold': True})
date = wb.add_format({'num_format': 'dd-mm-yyyy'})
ws = wb.add_worksheet('Leveranciers')
ws.add_table('A1:C5', {'name': 'Scores', 'data': SUPPLIERS, 'columns': [{'header': h} for h in HEADERS]})
# A supplier name in rich text, and a score that is a formula with its cached value (B5 + 1 = 2).
ws.write_rich_string('A2', bold, 'Acme', ' Print')
ws.write_formula('C5', '=B5+1', None, 2)
ws.write_comment('A3', 'Tekst met komma', {'author': 'Analist'})
chart = wb.add_chart({'type': 'bar'})
chart.add_series({'name': '=Leveranciers!$B$1', 'categories': '=Leveranciers!$A$2:$A$5', 'values': '=Leveranciers!$B$2:$B$5'})
ws.insert_chart('E2', chart)
inc = wb.add_worksheet('Incidenten')
inc.write_row(0, 0, INCIDENT_HEADERS)
for i, (supplier, day, category, impact, text) in enumerate(INCIDENTS, start=1):
    inc.write_string(i, 0, supplier)
    inc.write_datetime(i, 1, datetime.datetime(day.year, day.month, day.day), date)
    inc.write_row(i, 2, [category, impact, text])
inc.autofilter('A1:E3')
inc.write_comment('E2', 'Zie mail van 16 maart')
sheet = wb.add_chartsheet('Grafiek')
column = wb.add_chart({'type': 'column'})
column.add_series({'name': '=Leveranciers!$C$1', 'categories': '=Leveranciers!$A$2:$A$5', 'values': '=Leveranciers!$C$2:$C$5'})
sheet.set_chart(column)
wb.define_name('Drempel', '=Leveranciers!$B$2:$C$5')
wb.close()
`;

/**
 * What openpyxl sees in a workbook, as JSON: every user sheet's values and features, the
 * workbook's names, and the RMO Results sheet when there is one.
 */
const DESCRIBE = `
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def value(v):
    return v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v
out = {'sheets': wb.sheetnames, 'chartsheets': [[c.title, len(c._charts)] for c in wb.chartsheets],
       'names': sorted([n.name, n.attr_text, n.localSheetId] for n in wb.defined_names.definedName), 'user': {}}
for ws in wb.worksheets:
    rows = [[value(v) for v in row] for row in ws.iter_rows(values_only=True)]
    if ws.title == 'RMO Results':
        out['results'] = rows
        continue
    if ws.title.startswith('RMO '): continue
    out['user'][ws.title] = {
        'values': rows,
        'comments': sorted([c.coordinate, c.comment.text] for row in ws.iter_rows() for c in row if c.comment),
        'tables': sorted([t.name, t.ref] for t in ws.tables.values()),
        'charts': len(ws._charts), 'images': len(ws._images),
        'validations': sorted(str(dv.sqref) for dv in ws.data_validations.dataValidation),
        'protected': bool(ws.protection.sheet), 'password': ws.protection.password,
        'autofilter': ws.auto_filter.ref,
    }
print(json.dumps(out))
`;

interface Described {
  sheets: string[];
  chartsheets: [string, number][];
  names: [string, string, number | null][];
  user: Record<string, { values: unknown[][]; comments: [string, string][]; tables: [string, string][]; charts: number; images: number; validations: string[]; protected: boolean; password: string | null; autofilter: string | null }>;
  results?: unknown[][];
}

function python(dir: string, name: string, script: string, ...args: string[]): string {
  // "make-" so that a script never shadows the module it imports; -I: no PYTHONPATH, no user site.
  const file = path.join(dir, `make-${name}.py`);
  fs.writeFileSync(file, script);
  return execFileSync(PYTHON, ['-I', file, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
}

function describeWorkbook(dir: string, file: string): Described {
  return JSON.parse(python(dir, 'describe', DESCRIBE, file)) as Described;
}

/** Supplier → type from a Results sheet's rows (header first), by the header names. */
function typesOf(rows: readonly (readonly unknown[])[]): Record<string, unknown> {
  const header = rows[0].map(String);
  const [s, t] = [header.indexOf('Supplier'), header.indexOf('Type')];
  return Object.fromEntries(rows.slice(1).filter((r) => r[s]).map((r) => [String(r[s]), r[t]]));
}

/**
 * Hand-derived on the 1–5 scale with split 3 (a score on the split counts as high):
 * Acme 4/4 → Pillar; Bolt 2/4.5 → Hostage; Cora 5/1 → Prospect; Delta 1/2 → Free rider.
 */
const EXPECTED_TYPES = { 'Acme Print': 'Pillar', 'Bolt Logistics': 'Hostage', 'Cora Cleaning': 'Prospect', 'Delta IT': 'Free rider' };

/** Text that belongs to a library or the runtime, never to a message for the user. */
const INTERNAL = /TypeError|ReferenceError|Cannot read propert|undefined|null|\bat \S+ \(|\.(?:js|ts):\d+|Corrupted zip|stuk\.github|lxml|Traceback/;

describe.each([
  ['openpyxl', OPENPYXL],
  ['xlsxwriter', XLSXWRITER],
])('a workbook written by %s', (writer, script) => {
  const dir = tempDir();
  const input = path.join(dir, `${writer}.xlsx`);
  const output = path.join(dir, `${writer}-analysed.xlsx`);
  const lines: string[] = [];
  let code: number;
  let before: Described;
  let after: Described;
  /** Why openpyxl could not open our output, if it could not (it checks namespaces, as Excel does). */
  let unreadable: string | undefined;

  beforeAll(async () => {
    python(dir, writer, script, input);
    code = await main(['analyze', input, '-o', output, '--lang', 'en'], { out: (l) => lines.push(l), err: (l) => lines.push(l), env: {} });
    before = describeWorkbook(dir, input);
    try {
      after = describeWorkbook(dir, output);
    } catch (e) {
      unreadable = String(e);
    }
  }, 120_000);

  it('is analysed: exit 0, four suppliers of the four types, no problems, no library text on the console', () => {
    expect({ code, lines }).toEqual({ code: EXIT_OK, lines: expect.any(Array) });
    const text = lines.join('\n');
    expect(text).toMatch(/Suppliers analysed: 4\b/);
    for (const t of ['Pillar', 'Prospect', 'Hostage', 'Free rider']) expect(text).toMatch(new RegExp(`^\\s*${t}: 1$`, 'm'));
    expect(text).toMatch(/Problems: 0 errors, 0 warnings/);
    expect(lines.filter((l) => INTERNAL.test(l))).toEqual([]);
  });

  it('reads the table as typed: rich text as text, a decimal-comma text score, cached formula values, real dates', async () => {
    const input0 = parseTables(readTables(await loadWorkbookFile(input)).tables, DEFAULT_SETTINGS);
    expect(input0.suppliers.map((s) => [s.supplier, s.affective, s.calculative])).toEqual([
      ['Acme Print', 4, 4],
      ['Bolt Logistics', 2, 4.5],
      ['Cora Cleaning', 5, 1],
      ['Delta IT', 1, 2],
    ]);
    // 15 March 2025 is serial 45731 (45658 = 1 January 2025, + 31 + 28 + 14); 1 April 2025 is 45731 + 17.
    expect(input0.incidents.map((i) => [i.supplier, i.day])).toEqual([
      ['Acme Print', 45731],
      ['Cora Cleaning', 45748],
    ]);
    expect(input0.problems).toEqual([]);
  });

  it('writes the types on the Results sheet, as openpyxl reads it back', () => {
    expect(unreadable).toBeUndefined();
    expect(after.results).toBeDefined();
    expect(typesOf(after.results!)).toEqual(EXPECTED_TYPES);
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.sheets).toEqual(expect.arrayContaining(['RMO Results', 'RMO Typology', 'RMO Problems']));
  });

  it('keeps every part the writer wrote byte for byte, and every element of the parts it edits', () => {
    const [old, now] = [unzipSync(fs.readFileSync(input)), unzipSync(fs.readFileSync(output))];
    const changed = Object.keys(old).filter((n) => !EDITED.includes(n) && Buffer.compare(Buffer.from(old[n]), Buffer.from(now[n] ?? new Uint8Array())) !== 0);
    expect(changed).toEqual([]);
    expect(Object.keys(old).length).toBeGreaterThan(15);
    for (const name of EDITED.filter((n) => old[n])) {
      const kept = strFromU8(now[name]);
      for (const el of strFromU8(old[name]).match(/<[^/?!][^>]*\/>/g) ?? []) if (!/\scount="/.test(el)) expect({ name, el, kept: kept.includes(el) }).toEqual({ name, el, kept: true });
    }
  });

  it("keeps what openpyxl sees of the user's sheets: values, notes, tables, charts, images, validations, protection, names", () => {
    expect(unreadable).toBeUndefined();
    expect(after.user).toEqual(before.user);
    expect(after.chartsheets).toEqual(before.chartsheets);
    // Our own names are hidden markers (_rmo.…); the user's names are all still there.
    expect(after.names.filter(([n]) => !n.startsWith('_rmo.'))).toEqual(before.names);
    const user = before.user;
    expect(user.Leveranciers.tables).toEqual([['Scores', 'A1:C5']]);
    expect(user.Leveranciers.charts).toBe(1);
    expect(before.names.map(([n]) => n)).toContain('Drempel');
    if (writer === 'openpyxl') {
      expect(user.Leveranciers.images).toBe(1);
      expect(user.Leveranciers.validations).toEqual(['B2:B5']);
      expect(user.Incidenten.protected).toBe(true);
      expect(user.Incidenten.comments).toEqual([['E2', 'Zie mail van 16 maart']]);
    } else {
      expect(before.chartsheets).toEqual([['Grafiek', 1]]);
      expect(user.Incidenten.autofilter).toBe('A1:E3');
      // The formula keeps its text and its cached value is still in the sheet part (byte for byte, above).
      expect(user.Leveranciers.values[4]).toEqual(['Delta IT', 1, '=B5+1']);
    }
  });

  if (writer === 'xlsxwriter') {
    it('writes the types on the Results sheet, as exceljs reads it back', async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(output);
      const rows: unknown[][] = [];
      wb.getWorksheet('RMO Results')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
      expect(typesOf(rows)).toEqual(EXPECTED_TYPES);
    });
  }
});
