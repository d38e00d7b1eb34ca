import type { ChartSeriesSpec, ChartSpec, PlanValue, Rect } from '../report/plan';
import { columnLetter } from '../input/columns';
import { argb } from './styles';
import { escapeAttr, escapeText } from './xml';

/**
 * Point labels per series, as in the add-in (src/excel/applyChart.ts caps them the
 * same way): beyond a few hundred points labels overlap into noise.
 */
export const MAX_LABELLED_POINTS = 300;

/** Reads a planned cell's value, for the caches a chart part carries. */
export type CellLookup = (row: number, col: number) => PlanValue | undefined;
/** The planned number format of a cell ("General" when none), for the axes of date columns. */
export type FormatLookup = (row: number, col: number) => string;

const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An absolute reference to a one-column range: 'Sheet name'!$B$2:$B$9. */
export function absoluteRef(sheet: string, r: Rect): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const a = `$${columnLetter(r.col + 1)}$${r.row + 1}`;
  const b = `$${columnLetter(r.col + r.cols)}$${r.row + r.rows}`;
  return r.rows === 1 && r.cols === 1 ? `${quoted}!${a}` : `${quoted}!${a}:${b}`;
}

function rich(text: string, size = 1400, bold = true): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function title(text: string, size: number): string {
  return `<c:title>${rich(text, size)}<c:overlay val="0"/></c:title>`;
}

function numCache(r: Rect, cell: CellLookup, format: string): string {
  const pts: string[] = [];
  for (let i = 0; i < r.rows; i++) {
    const v = cell(r.row + i, r.col);
    if (typeof v === 'number' && Number.isFinite(v)) pts.push(`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`);
  }
  return `<c:numCache><c:formatCode>${escapeText(format)}</c:formatCode><c:ptCount val="${r.rows}"/>${pts.join('')}</c:numCache>`;
}

function solid(color: string): string {
  return `<a:solidFill><a:srgbClr val="${argb(color).slice(2)}"/></a:solidFill>`;
}

function seriesXml(sheet: string, s: ChartSeriesSpec, i: number, cell: CellLookup, formatAt: FormatLookup): string {
  const color = s.color ?? '#4472C4';
  const line = s.line ? `<a:ln w="19050" cap="rnd">${solid(color)}<a:round/></a:ln>` : '<a:ln w="19050"><a:noFill/></a:ln>';
  const marker = s.marker
    ? `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solid(color)}<a:ln w="9525">${solid(color)}</a:ln></c:spPr></c:marker>`
    : '<c:marker><c:symbol val="none"/></c:marker>';
  let labels = '';
  if (s.labels && s.labels.rows > 0) {
    // One label per point holding the supplier's name as text, as planned. The add-in
    // links each label to the name cell (dataLabel.formula); in a file a cell reference
    // in a label is shown by Excel but not by LibreOffice, which shows the value
    // instead, so the file carries the text itself. The label "shows the value", which
    // its text replaces (as Excel writes custom labels); points beyond the cap show nothing.
    const count = Math.min(s.labels.rows, MAX_LABELLED_POINTS);
    const txPr = '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>';
    const flags = '<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>';
    const points: string[] = [];
    for (let p = 0; p < count; p++) {
      const v = cell(s.labels.row + p, s.labels.col);
      if (v === null || v === undefined || v === '') continue;
      const text = `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" sz="800"/><a:t>${escapeText(String(v))}</a:t></a:r></a:p></c:rich></c:tx>`;
      points.push(`<c:dLbl><c:idx val="${p}"/>${text}<c:dLblPos val="r"/>${flags.replace('<c:showVal val="0"/>', '<c:showVal val="1"/>')}</c:dLbl>`);
    }
    labels = `<c:dLbls>${points.join('')}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr}<c:dLblPos val="r"/>${flags}</c:dLbls>`;
  }
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx><c:spPr>${line}</c:spPr>${marker}${labels}` +
    `<c:xVal><c:numRef><c:f>${escapeText(absoluteRef(sheet, s.x))}</c:f>${numCache(s.x, cell, formatAt(s.x.row, s.x.col))}</c:numRef></c:xVal>` +
    `<c:yVal><c:numRef><c:f>${escapeText(absoluteRef(sheet, s.y))}</c:f>${numCache(s.y, cell, formatAt(s.y.row, s.y.col))}</c:numRef></c:yVal>` +
    '<c:smooth val="0"/></c:ser>'
  );
}

function axisXml(id: number, cross: number, pos: 'b' | 'l', name: string, format: string, min?: number, max?: number): string {
  const scaling = `<c:scaling><c:orientation val="minMax"/>${max !== undefined ? `<c:max val="${max}"/>` : ''}${min !== undefined ? `<c:min val="${min}"/>` : ''}</c:scaling>`;
  return (
    `<c:valAx><c:axId val="${id}"/>${scaling}<c:delete val="0"/><c:axPos val="${pos}"/>` +
    (pos === 'l' ? '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' : '') +
    `${title(name, 1000)}<c:numFmt formatCode="${escapeAttr(format)}" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>`
  );
}

/**
 * A native scatter chart part (DrawingML chart, ECMA-376 part 1, 21.2) from a plan's
 * ChartSpec: every series with explicit x and y ranges on the plan's sheet, lines for
 * dividers and bounds, markers for points, point labels referring to the name cells,
 * axis bounds as planned. Caches hold the planned
 * values, so the chart shows before any recalculation.
 */
export function chartXml(sheet: string, spec: ChartSpec, cell: CellLookup, formatAt: FormatLookup = () => 'General'): string {
  const series = spec.series.map((s, i) => seriesXml(sheet, s, i, cell, formatAt)).join('');
  // Axes take the number format of the first series' cells (dates on a timeline's x axis).
  const first = spec.series[0];
  const xFormat = first ? formatAt(first.x.row, first.x.col) : 'General';
  const yFormat = first ? formatAt(first.y.row, first.y.col) : 'General';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${title(spec.title, 1400)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}<c:axId val="500000001"/><c:axId val="500000002"/></c:scatterChart>` +
    axisXml(500000001, 500000002, 'b', spec.xTitle, xFormat, spec.xMin, spec.xMax) +
    axisXml(500000002, 500000001, 'l', spec.yTitle, yFormat, spec.yMin, spec.yMax) +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '</c:chartSpace>'
  );
}

/** The drawing part holding the sheet's charts, each anchored over its planned cells. */
export function drawingXml(charts: readonly { spec: ChartSpec; rid: string; name: string }[]): string {
  const anchors = charts.map(({ spec, rid, name }, i) => {
    const a = spec.anchor;
    const marker = (tag: string, col: number, row: number) =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker('from', a.col, a.row)}${marker('to', a.col + Math.max(a.cols, 1), a.row + Math.max(a.rows, 1))}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeAttr(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A_NS}">${anchors.join('')}</xdr:wsDr>`;
}
