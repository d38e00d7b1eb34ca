/**
 * A small OOXML writer for test workbooks that hold what real users' files hold and
 * what the file shell must keep: a chart and a text box in a drawing, a chartsheet,
 * a pivot table with its cache, sparklines, a VBA project, defined names (a constant
 * among them), sheet and workbook protection, data validation, an autofilter with its
 * sort state, an internal hyperlink, a non-default font (Arial 10, as LibreOffice
 * writes), a formula with its cached value and a text number. Written part by part
 * from literal XML, in the ways other programs write it, so no library's own
 * writer is between the test and the format. Nothing here is committed as a binary.
 */
import { strToU8, zipSync } from 'fflate';

export type Cell = string | number | boolean | null | { readonly f: string; readonly v?: number | string } | { readonly error: string };

export interface RichOptions {
  /** Rows of the data sheet, header first. Default: a small supplier table. */
  readonly rows?: readonly (readonly Cell[])[];
  /** Second sheet (incidents) rows; none when absent. */
  readonly incidents?: readonly (readonly Cell[])[];
  /** Include the chart, chartsheet, pivot, sparklines, VBA, protection… (default true). */
  readonly features?: boolean;
  /** "x:" prefixes on every spreadsheetml element, as some .NET writers do. */
  readonly prefixed?: boolean;
  /** Leave out the r attributes of rows and cells (allowed, used by streaming writers). */
  readonly noRefs?: boolean;
  /** Strings as inline strings instead of the shared-string table. */
  readonly inlineStrings?: boolean;
  /** An extra very hidden sheet with supplier-like data. */
  readonly veryHidden?: boolean;
}

export const VBA_BYTES = Uint8Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256);

export const DEFAULT_ROWS: Cell[][] = [
  ['Supplier', 'Manager', 'Affective', 'Calculative', 'Code', 'Total'],
  ['Acme Print', 'An', 4, 3, '0012', { f: 'C2+D2', v: 7 }],
  ['Bolt Logistics', 'Bo', 2, 5, '0013', { f: 'C3+D3', v: 7 }],
  ['Cora Cleaning', 'An', 5, 4.5, '0014', { f: 'C4+D4', v: 9.5 }],
];

function col(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function rels(list: readonly [string, string, string][]): string {
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
}

class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

function sheetData(rows: readonly (readonly Cell[])[], sst: Strings, o: RichOptions, p: string): string {
  return rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = o.noRefs ? '' : ` r="${col(c + 1)}${r + 1}"`;
          if (v === null) return '';
          if (typeof v === 'number') return `<${p}c${ref}><${p}v>${v}</${p}v></${p}c>`;
          if (typeof v === 'boolean') return `<${p}c${ref} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
          if (typeof v === 'string') {
            if (o.inlineStrings) return `<${p}c${ref} t="inlineStr"><${p}is><${p}t>${esc(v)}</${p}t></${p}is></${p}c>`;
            return `<${p}c${ref} t="s"><${p}v>${sst.id(v)}</${p}v></${p}c>`;
          }
          if ('error' in v) return `<${p}c${ref} t="e"><${p}v>${esc(v.error)}</${p}v></${p}c>`;
          const t = typeof v.v === 'string' ? ' t="str"' : '';
          return `<${p}c${ref}${t}><${p}f>${esc(v.f)}</${p}f>${v.v === undefined ? '' : `<${p}v>${esc(String(v.v))}</${p}v>`}</${p}c>`;
        })
        .join('');
      return `<${p}row${o.noRefs && r > 0 ? '' : ` r="${r + 1}"`}>${cells}</${p}row>`;
    })
    .join('');
}

const CHART_XML = (ref: string) =>
  `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">` +
  `<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>${ref}</c:f></c:numRef></c:val></c:ser>` +
  '<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
  '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>';

const DRAWING_XML =
  `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
  `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1000000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>' +
  '<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Note box: scores from the Q3 survey</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';

const CHARTSHEET_DRAWING =
  `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
  '<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="9000000" cy="6000000"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 2"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
  `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`;

const STYLES = (p: string) =>
  `${XML}<${p}styleSheet xmlns${p ? ':' + p.slice(0, -1) : ''}="${MAIN}"><${p}numFmts count="1"><${p}numFmt numFmtId="164" formatCode="dd-mm-yyyy"/></${p}numFmts>` +
  `<${p}fonts count="2"><${p}font><${p}sz val="10"/><${p}name val="Arial"/><${p}family val="2"/></${p}font><${p}font><${p}b/><${p}sz val="10"/><${p}name val="Arial"/><${p}family val="2"/></${p}font></${p}fonts>` +
  `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>` +
  `<${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders>` +
  `<${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs>` +
  `<${p}cellXfs count="3"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><${p}xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><${p}xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></${p}cellXfs>` +
  `<${p}cellStyles count="1"><${p}cellStyle name="Normal" xfId="0" builtinId="0"/></${p}cellStyles></${p}styleSheet>`;

/** Parts of the workbook, name → text or bytes. */
export function richWorkbookParts(o: RichOptions = {}): Map<string, string | Uint8Array> {
  const features = o.features ?? true;
  const p = o.prefixed ? 'x:' : '';
  const ns = o.prefixed ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  const rows = o.rows ?? DEFAULT_ROWS;
  const sst = new Strings();
  const parts = new Map<string, string | Uint8Array>();
  const n = rows.length;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const last = `${col(width)}${n}`;

  const sheet1Tail: string[] = [];
  const sheet1Rels: [string, string, string][] = [];
  if (features) {
    sheet1Tail.push(`<${p}sheetProtection password="CC1A" sheet="1" objects="1" scenarios="1"/>`);
    sheet1Tail.push(`<${p}autoFilter ref="A1:${last}"><${p}sortState ref="A2:${last}"><${p}sortCondition ref="A2:A${n}"/></${p}sortState></${p}autoFilter>`);
    sheet1Tail.push(`<${p}dataValidations count="1"><${p}dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B2:B${n}"><${p}formula1>"An,Bo,Cy"</${p}formula1></${p}dataValidation></${p}dataValidations>`);
    sheet1Tail.push(`<${p}hyperlinks><${p}hyperlink ref="A2" location="'Pivot'!A1" display="Pivot"/></${p}hyperlinks>`);
    sheet1Tail.push(`<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
    sheet1Tail.push(`<${p}drawing r:id="rId1"/>`);
    sheet1Tail.push(
      `<${p}extLst><${p}ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
        `<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Data!C2:D2</xm:f><xm:sqref>G2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup>` +
        `</x14:sparklineGroups></${p}ext></${p}extLst>`,
    );
    sheet1Rels.push(['rId1', `${RT}/drawing`, '../drawings/drawing1.xml']);
  }
  parts.set(
    'xl/worksheets/sheet1.xml',
    `${XML}<${p}worksheet ${ns} xmlns:r="${R}"><${p}dimension ref="A1:${last}"/><${p}sheetData>${sheetData(rows, sst, o, p)}</${p}sheetData>${sheet1Tail.join('')}</${p}worksheet>`,
  );
  if (sheet1Rels.length) parts.set('xl/worksheets/_rels/sheet1.xml.rels', rels(sheet1Rels));

  const sheets: { name: string; state?: string; type: string; target: string }[] = [{ name: 'Data', type: 'worksheet', target: 'worksheets/sheet1.xml' }];
  const contentOverrides: [string, string][] = [['/xl/worksheets/sheet1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml']];
  let nextSheet = 2;
  const addWorksheet = (name: string, data: readonly (readonly Cell[])[], state?: string, tail = '', sheetRels?: [string, string, string][]) => {
    const file = `sheet${nextSheet++}.xml`;
    parts.set(`xl/worksheets/${file}`, `${XML}<${p}worksheet ${ns} xmlns:r="${R}"><${p}sheetData>${sheetData(data, sst, o, p)}</${p}sheetData>${tail}</${p}worksheet>`);
    if (sheetRels) parts.set(`xl/worksheets/_rels/${file}.rels`, rels(sheetRels));
    sheets.push({ name, ...(state ? { state } : {}), type: 'worksheet', target: `worksheets/${file}` });
    contentOverrides.push([`/xl/worksheets/${file}`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml']);
  };
  if (o.incidents) addWorksheet('Incidents', o.incidents);

  const wbRels: [string, string, string][] = [];
  let pivotCaches = '';
  if (features) {
    parts.set('xl/drawings/drawing1.xml', DRAWING_XML);
    parts.set('xl/drawings/_rels/drawing1.xml.rels', rels([['rId1', `${RT}/chart`, '../charts/chart1.xml']]));
    parts.set('xl/charts/chart1.xml', CHART_XML(`Data!$C$2:$C$${n}`));
    parts.set('xl/charts/chart2.xml', CHART_XML(`Data!$D$2:$D$${n}`));
    parts.set('xl/chartsheets/sheet1.xml', `${XML}<chartsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`);
    parts.set('xl/chartsheets/_rels/sheet1.xml.rels', rels([['rId1', `${RT}/drawing`, '../drawings/drawing2.xml']]));
    parts.set('xl/drawings/drawing2.xml', CHARTSHEET_DRAWING);
    parts.set('xl/drawings/_rels/drawing2.xml.rels', rels([['rId1', `${RT}/chart`, '../charts/chart2.xml']]));
    sheets.push({ name: 'Chart1', type: 'chartsheet', target: 'chartsheets/sheet1.xml' });
    contentOverrides.push(
      ['/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml'],
      ['/xl/drawings/drawing2.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml'],
      ['/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
      ['/xl/charts/chart2.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
      ['/xl/chartsheets/sheet1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml'],
      ['/xl/pivotTables/pivotTable1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml'],
      ['/xl/pivotCache/pivotCacheDefinition1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml'],
      ['/xl/pivotCache/pivotCacheRecords1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml'],
    );
    // Pivot: managers down, sum of Affective; its cache over the data sheet.
    const managers = [...new Set(rows.slice(1).map((r) => String(r[1])))];
    parts.set(
      'xl/pivotCache/pivotCacheDefinition1.xml',
      `${XML}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A1:D${n}" sheet="Data"/></cacheSource>` +
        `<cacheFields count="2"><cacheField name="Manager" numFmtId="0"><sharedItems count="${managers.length}">${managers.map((m) => `<s v="${esc(m)}"/>`).join('')}</sharedItems></cacheField>` +
        '<cacheField name="Affective" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1"/></cacheField></cacheFields></pivotCacheDefinition>',
    );
    parts.set('xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', rels([['rId1', `${RT}/pivotCacheRecords`, 'pivotCacheRecords1.xml']]));
    parts.set('xl/pivotCache/pivotCacheRecords1.xml', `${XML}<pivotCacheRecords xmlns="${MAIN}" count="0"/>`);
    parts.set(
      'xl/pivotTables/pivotTable1.xml',
      `${XML}<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="1" dataCaption="Values" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" createdVersion="6">` +
        `<location ref="A3:B${4 + managers.length}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="${managers.length + 1}">${managers
          .map((_, i) => `<item x="${i}"/>`)
          .join('')}<item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>` +
        `<rowFields count="1"><field x="0"/></rowFields><dataFields count="1"><dataField name="Sum of Affective" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
    );
    parts.set('xl/pivotTables/_rels/pivotTable1.xml.rels', rels([['rId1', `${RT}/pivotCacheDefinition`, '../pivotCache/pivotCacheDefinition1.xml']]));
    const pivotRows: Cell[][] = [[], [], ['Row Labels', 'Sum of Affective'], ...managers.map((m) => [m, 1] as Cell[]), ['Grand Total', managers.length]];
    addWorksheet('Pivot', pivotRows, undefined, '', [['rId1', `${RT}/pivotTable`, '../pivotTables/pivotTable1.xml']]);
    parts.set('xl/vbaProject.bin', VBA_BYTES);
    wbRels.push(['rIdVba', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin']);
    wbRels.push(['rIdPc1', `${RT}/pivotCacheDefinition`, 'pivotCache/pivotCacheDefinition1.xml']);
    pivotCaches = `<${p}pivotCaches><${p}pivotCache cacheId="1" r:id="rIdPc1"/></${p}pivotCaches>`;
  }
  if (o.veryHidden) addWorksheet('Secret', [['Supplier', 'Affective', 'Calculative'], ['Hidden Corp', 1, 1]], 'veryHidden');

  const sheetTags = sheets.map((s, i) => `<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  const names = features
    ? `<${p}definedNames><${p}definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Data!$A$1:$${col(width)}$${n}</${p}definedName><${p}definedName name="Rate">0.21</${p}definedName><${p}definedName name="Scores">Data!$C$2:$D$${n}</${p}definedName></${p}definedNames>`
    : '';
  parts.set(
    'xl/workbook.xml',
    `${XML}<${p}workbook ${ns} xmlns:r="${R}"><${p}workbookPr${features ? ' codeName="ThisWorkbook"' : ''}/>${
      features ? `<${p}workbookProtection lockStructure="1" workbookPassword="CC1A"/>` : ''
    }<${p}bookViews><${p}workbookView activeTab="0"/></${p}bookViews><${p}sheets>${sheetTags}</${p}sheets>${names}<${p}calcPr calcId="191029"/>${pivotCaches}</${p}workbook>`,
  );
  const allWbRels: [string, string, string][] = sheets.map((s, i) => [`rId${i + 1}`, `${RT}/${s.type}`, s.target]);
  allWbRels.push(['rIdS', `${RT}/styles`, 'styles.xml'], ...wbRels);
  if (!o.inlineStrings) allWbRels.push(['rIdSst', `${RT}/sharedStrings`, 'sharedStrings.xml']);
  parts.set('xl/_rels/workbook.xml.rels', rels(allWbRels));
  parts.set('xl/styles.xml', STYLES(p));
  if (!o.inlineStrings) {
    parts.set(
      'xl/sharedStrings.xml',
      `${XML}<${p}sst ${ns} count="${sst.list.length}" uniqueCount="${sst.list.length}">${sst.list.map((s) => `<${p}si><${p}t xml:space="preserve">${esc(s)}</${p}t></${p}si>`).join('')}</${p}sst>`,
    );
    contentOverrides.push(['/xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml']);
  }
  const mainType = features ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  parts.set(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      (features ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : '') +
      `<Override PartName="/xl/workbook.xml" ContentType="${mainType}"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      contentOverrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
      '</Types>',
  );
  parts.set('_rels/.rels', rels([['rId1', `${RT}/officeDocument`, 'xl/workbook.xml']]));
  return parts;
}

export function zipParts(parts: Map<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files);
}

export function richWorkbook(o: RichOptions = {}): Uint8Array {
  return zipParts(richWorkbookParts(o));
}
