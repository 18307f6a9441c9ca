/**
 * The summary's line chart as DrawingML parts for the `--out` workbook (exceljs cannot draw charts): a chart part
 * (`c:chartSpace`), a drawing part (`xdr:wsDr`) anchoring it over the cells the layout names, and the
 * `<drawing r:id>` the worksheet points at it with. The series are those of the add-in's chart (office-js
 * `charts.add('Line', dataRange, 'Columns')`): the data block's first column gives the categories (months), each
 * further column one series, named by its header cell.
 *
 * Element order follows the `xsd:sequence` of each type in the ECMA-376 part 1 chart schema (dml-chart.xsd,
 * §21.2.2): CT_ChartSpace (date1904, lang, roundedCorners, …, chart, …), CT_Chart (title, autoTitleDeleted, …,
 * plotArea, legend, plotVisOnly, dispBlanksAs), CT_PlotArea (layout, the chart types, then the axes), CT_LineChart
 * (grouping, varyColors, ser*, …, marker, smooth, axId ×2), CT_LineSer (idx, order, tx, spPr, marker, …, cat, val,
 * smooth), CT_CatAx / CT_ValAx (EG_AxShared: axId, scaling, delete, axPos, majorGridlines, …, title, numFmt,
 * majorTickMark, minorTickMark, tickLblPos, spPr, txPr, crossAx, crosses; then auto, lblAlgn, lblOffset,
 * noMultiLvlLbl / crossBetween). Excel refuses a chart part whose children are out of sequence ("We found a problem
 * with some content"), which LibreOffice forgives; the tests check the order against their own transcription. The caches (`c:strCache`, `c:numCache`) carry the values, so a reader that does not recalculate
 * still draws the lines.
 */
import type { CellValue, ChartSpec } from '../../../report/layout';
import { isoDateToSerial } from '../../cell-values';
import { columnLetter } from '../../../ingest/parse/text';
import { quoteSheetName } from '../../sheet-names';
import { REL_NS, escapeXml } from '../xml';

const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DRAWINGML_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const SPREADSHEET_DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const DRAWING_REL = `${REL_NS}/drawing`;
export const CHART_REL = `${REL_NS}/chart`;
export const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** Line colours: data series blue then green (mean, full-time mean), reference lines red then orange (45 h, 30 h). */
const DATA_COLOURS = ['2F5597', '548235', '7030A0', '00B0F0'];
const LIMIT_COLOURS = ['C00000', 'ED7D31', 'FFC000'];
const CAT_AXIS_ID = 500010;
const VAL_AXIS_ID = 500020;
/** EMUs per pixel at 96 dpi (ECMA-376 part 1 §20.1.10.16). */
const EMU_PER_PIXEL = 9525;

interface SeriesData {
  name: string;
  nameRef: string;
  valuesRef: string;
  values: (number | null)[];
  /** A threshold line (45 h, 30 h): dashed, no markers. */
  isLimit: boolean;
}

function numeric(value: CellValue | undefined, date1904: boolean): number | null {
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && 'date' in value) return isoDateToSerial(value.date, date1904);
  return null;
}

function absolute(sheet: string, col: number, row: number, rowEnd = row): string {
  const c = `$${columnLetter(col)}`;
  return `${quoteSheetName(sheet)}!${c}$${row}${rowEnd === row ? '' : `:${c}$${rowEnd}`}`;
}

function numCache(values: (number | null)[], formatCode: string): string {
  const points = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function lineSeries(
  s: SeriesData,
  index: number,
  categoriesRef: string,
  categories: (number | null)[],
  colour: string,
): string {
  const dash = s.isLimit ? '<a:prstDash val="dash"/>' : '';
  const marker = s.isLimit
    ? '<c:marker><c:symbol val="none"/></c:marker>'
    : '<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>';
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:ln w="${s.isLimit ? 19050 : 28575}"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>${dash}</a:ln></c:spPr>` +
    marker +
    `<c:cat><c:numRef><c:f>${escapeXml(categoriesRef)}</c:f>${numCache(categories, 'yyyy/mm')}</c:numRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(s.valuesRef)}</c:f>${numCache(s.values, '0.0')}</c:numRef></c:val>` +
    `<c:smooth val="0"/></c:ser>`
  );
}

function titleXml(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="ja-JP" sz="1200" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

/** A series' colour by its rank among the data series or among the reference lines. */
function colourOf(series: SeriesData[], index: number): string {
  const kind = series[index].isLimit;
  const rank = series.slice(0, index).filter((s) => s.isLimit === kind).length;
  const palette = kind ? LIMIT_COLOURS : DATA_COLOURS;
  return palette[rank % palette.length];
}

/**
 * The chart part for a line chart over a data block of the sheet `sheetName` (header row, then one row per
 * month): categories from the first column, one series per further column.
 *
 * @example chartPartXml(spec, layout.values, 'WLB基準サマリー', false) // '<?xml …?><c:chartSpace …>'
 */
export function chartPartXml(spec: ChartSpec, values: CellValue[][], sheetName: string, date1904: boolean): string {
  const { row, col } = spec.dataRange;
  const rowEnd = spec.dataRange.rowEnd ?? row;
  const colEnd = spec.dataRange.colEnd ?? col;
  const rows = Array.from({ length: rowEnd - row }, (_x, i) => values[row + i] ?? []);
  const categories = rows.map((r) => numeric(r[col - 1], date1904));
  const series: SeriesData[] = [];
  const firstLimit = colEnd + 1 - (spec.referenceLines ?? 0);
  for (let c = col + 1; c <= colEnd; c++) {
    const data = rows.map((r) => numeric(r[c - 1], date1904));
    const header = values[row - 1]?.[c - 1];
    series.push({
      name: typeof header === 'string' ? header : String(header ?? ''),
      nameRef: absolute(sheetName, c, row),
      valuesRef: absolute(sheetName, c, row + 1, rowEnd),
      values: data,
      isLimit: c >= firstLimit,
    });
  }
  const categoriesRef = absolute(sheetName, col, row + 1, rowEnd);
  const axisText =
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="ja-JP"/></a:p></c:txPr>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWINGML_NS}" xmlns:r="${REL_NS}">` +
    `<c:date1904 val="${date1904 ? 1 : 0}"/><c:lang val="ja-JP"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(spec.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
    series.map((s, i) => lineSeries(s, i, categoriesRef, categories, colourOf(series, i))).join('') +
    `<c:marker val="1"/><c:axId val="${CAT_AXIS_ID}"/><c:axId val="${VAL_AXIS_ID}"/></c:lineChart>` +
    `<c:catAx><c:axId val="${CAT_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="yyyy/mm" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisText}` +
    `<c:crossAx val="${VAL_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    (spec.valueAxisTitle
      ? `<c:title><c:tx><c:rich><a:bodyPr rot="-5400000" vert="horz"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:r><a:rPr lang="ja-JP" sz="900"/><a:t>${escapeXml(spec.valueAxisTitle)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
      : '') +
    `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisText}` +
    `<c:crossAx val="${CAT_AXIS_ID}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/**
 * The drawing part holding one chart over the layout's anchor rectangle (`twoCellAnchor`, from its top-left
 * cell to just past its bottom-right cell), its graphic frame pointing at the chart through `chartRid`.
 *
 * @example drawingPartXml({ row: 40, col: 1, rowEnd: 58, colEnd: 6 }, 'rId1', 'グラフ 1')
 */
export function drawingPartXml(anchor: ChartSpec['anchor'], chartRid: string, name: string, shapeId = 2): string {
  const to = { col: anchor.colEnd ?? anchor.col + 7, row: anchor.rowEnd ?? anchor.row + 15 };
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWINGML_NS}">` +
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', anchor.col - 1, anchor.row - 1)}${marker('to', to.col, to.row)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="${480 * EMU_PER_PIXEL}" cy="${288 * EMU_PER_PIXEL}"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="${escapeXml(chartRid)}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

/** CT_Worksheet's children after `<headerFooter>` (sml.xsd): `<drawing>` goes before the first of these present. */
export const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;
