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

const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const C15_NS = 'http://schemas.microsoft.com/office/drawing/2012/chart';
/** Extension URIs Excel 2013+ uses for "data label values from cells". */
const SERIES_LABEL_RANGE_EXT = '{02D57815-91ED-43cb-92C2-25804820EDAC}';
const DLBLS_RANGE_EXT = '{CE6537A1-D6FC-4f65-9D91-7224C49458BB}';

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

function numCache(r: Rect, cell: CellLookup): string {
  const pts: string[] = [];
  for (let i = 0; i < r.rows; i++) {
    const v = cell(r.row + i, r.col);
    if (typeof v === 'number' && Number.isFinite(v)) pts.push(`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`);
  }
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${r.rows}"/>${pts.join('')}</c:numCache>`;
}

function strCache(r: Rect, cell: CellLookup, count: number): string {
  const pts: string[] = [];
  for (let i = 0; i < count; i++) {
    const v = cell(r.row + i, r.col);
    if (v !== null && v !== undefined) pts.push(`<c:pt idx="${i}"><c:v>${escapeText(String(v))}</c:v></c:pt>`);
  }
  return `<c:ptCount val="${count}"/>${pts.join('')}`;
}

function solid(color: string): string {
  return `<a:solidFill><a:srgbClr val="${argb(color).slice(2)}"/></a:solidFill>`;
}

function seriesXml(sheet: string, s: ChartSeriesSpec, i: number, cell: CellLookup): string {
  const color = s.color ?? '#4472C4';
  const line = s.line ? `<a:ln w="19050" cap="rnd">${solid(color)}<a:round/></a:ln>` : '<a:ln w="19050"><a:noFill/></a:ln>';
  const marker = s.marker
    ? `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solid(color)}<a:ln w="9525">${solid(color)}</a:ln></c:spPr></c:marker>`
    : '<c:marker><c:symbol val="none"/></c:marker>';
  let labels = '';
  let ext = '';
  if (s.labels && s.labels.rows > 0) {
    const count = Math.min(s.labels.rows, MAX_LABELLED_POINTS);
    const range: Rect = { ...s.labels, rows: count, cols: 1 };
    labels =
      '<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>' +
      '<c:dLblPos val="r"/><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>' +
      `<c:extLst><c:ext uri="${DLBLS_RANGE_EXT}" xmlns:c15="${C15_NS}"><c15:showDataLabelsRange val="1"/><c15:showLeaderLines val="0"/></c:ext></c:extLst></c:dLbls>`;
    ext = `<c:extLst><c:ext uri="${SERIES_LABEL_RANGE_EXT}" xmlns:c15="${C15_NS}"><c15:datalabelsRange><c15:f>${escapeText(absoluteRef(sheet, range))}</c15:f><c15:dlblRangeCache>${strCache(range, cell, count)}</c15:dlblRangeCache></c15:datalabelsRange></c:ext></c:extLst>`;
  }
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx><c:spPr>${line}</c:spPr>${marker}${labels}` +
    `<c:xVal><c:numRef><c:f>${escapeText(absoluteRef(sheet, s.x))}</c:f>${numCache(s.x, cell)}</c:numRef></c:xVal>` +
    `<c:yVal><c:numRef><c:f>${escapeText(absoluteRef(sheet, s.y))}</c:f>${numCache(s.y, cell)}</c:numRef></c:yVal>` +
    `<c:smooth val="0"/>${ext}</c:ser>`
  );
}

function axisXml(id: number, cross: number, pos: 'b' | 'l', name: string, min?: number, max?: number): string {
  const scaling = `<c:scaling><c:orientation val="minMax"/>${max !== undefined ? `<c:max val="${max}"/>` : ''}${min !== undefined ? `<c:min val="${min}"/>` : ''}</c:scaling>`;
  return (
    `<c:valAx><c:axId val="${id}"/>${scaling}<c:delete val="0"/><c:axPos val="${pos}"/>` +
    (pos === 'l' ? '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' : '') +
    `${title(name, 1000)}<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>`
  );
}

/**
 * A native scatter chart part (DrawingML chart, ECMA-376 part 1, 21.2) from a plan's
 * ChartSpec: every series with explicit x and y ranges on the plan's sheet, lines for
 * dividers and bounds, markers for points, point labels read from the name cells
 * (Excel 2013's "value from cells"), axis bounds as planned. Caches hold the planned
 * values, so the chart shows before any recalculation.
 */
export function chartXml(sheet: string, spec: ChartSpec, cell: CellLookup): string {
  const series = spec.series.map((s, i) => seriesXml(sheet, s, i, cell)).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${title(spec.title, 1400)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}<c:axId val="500000001"/><c:axId val="500000002"/></c:scatterChart>` +
    axisXml(500000001, 500000002, 'b', spec.xTitle, spec.xMin, spec.xMax) +
    axisXml(500000002, 500000001, 'l', spec.yTitle, spec.yMin, spec.yMax) +
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
