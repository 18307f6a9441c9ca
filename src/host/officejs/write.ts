/**
 * Pure helpers of the office-js writer: a SheetLayout as the 2-D arrays Excel takes in one assignment, safe
 * text, A1 addresses, request-size estimates and the defined names that mark the checker's sheets.
 */
import type { CellRange, CellValue, PageSetup, SheetLayout } from '../../report/layout';
import { escapeHeaderText } from '../../report/print';
import { needsTextGuard } from '../../report/textGuard';
import { columnLetter } from '../../ingest/parse/text';
import { isoDateToSerial } from '../cell-values';
import { MARKER_PREFIX, sheetOfReference } from '../sheet-names';

export type ExcelInput = string | number | boolean;

const DEFAULT_DATE_FORMAT = 'yyyy/m/d';

/**
 * Text that `range.values` would not keep as typed: Excel converts input with digits (numbers, dates such as
 * `2025-04`, `4月1日`, `R7.4.1`, times, percentages; full-width digits too), TRUE/FALSE and error codes.
 */
function wouldExcelConvert(text: string): boolean {
  return /[0-9０-９]/.test(text) || /^\s*(true|false)\s*$/i.test(text) || /^\s*[#(]/.test(text);
}

/**
 * A string as it must be assigned to `range.values` so Excel stores exactly this text: a leading `'` (Excel's
 * quote prefix, not shown in the cell) when Excel would run it as a formula or turn it into a number or date.
 *
 * @example guardText('=HYPERLINK("http://x","y")') // `'=HYPERLINK("http://x","y")`
 * @example guardText('2025-04') // "'2025-04"
 * @example guardText('山田 太郎') // '山田 太郎'
 */
export function guardText(text: string): string {
  return needsTextGuard(text) || wouldExcelConvert(text) || text.startsWith("'") ? `'${text}` : text;
}

/**
 * One layout cell as Excel input: dates as serials of the workbook's date system, the checker's own formulas
 * with `=`, every string guarded.
 *
 * @example toExcelInput({ date: '2026-04-01' }, false) // 46113
 * @example toExcelInput(null, false) // ''
 */
export function toExcelInput(value: CellValue, date1904: boolean): ExcelInput {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return guardText(value);
  if ('date' in value) return isoDateToSerial(value.date, date1904) ?? guardText(value.date);
  return value.formula.startsWith('=') ? value.formula : `=${value.formula}`;
}

/** Last row and column (1-based) a layout fills with values or number formats. */
function layoutExtent(layout: SheetLayout): { rows: number; cols: number } {
  let rows = layout.values.length;
  let cols = Math.max(0, ...layout.values.map((r) => r.length));
  for (const s of layout.styles) {
    if (s.style.numberFormat === undefined) continue;
    rows = Math.max(rows, s.rowEnd ?? s.row);
    cols = Math.max(cols, s.colEnd ?? s.col);
  }
  return { rows, cols };
}

export interface SheetMatrices {
  /** Row-major, padded to a rectangle starting at A1 (`''` where the layout has nothing). */
  values: ExcelInput[][];
  numberFormats: string[][];
  rowCount: number;
  columnCount: number;
}

/**
 * The whole used rectangle of a layout as two arrays for one `values` and one `numberFormat` assignment:
 * ragged rows padded, dates with `yyyy/m/d` unless a style says otherwise, style number formats applied in order.
 *
 * @example buildSheetMatrices({ values: [['a'], [1, { date: '2026-04-01' }]], styles: [], … }, false)
 * // { values: [['a', ''], [1, 46113]], numberFormats: [['General', 'General'], ['General', 'yyyy/m/d']], … }
 */
export function buildSheetMatrices(layout: SheetLayout, date1904: boolean): SheetMatrices {
  const { rows, cols } = layoutExtent(layout);
  const values: ExcelInput[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const source = layout.values[r] ?? [];
    const row: ExcelInput[] = [];
    const formats: string[] = [];
    for (let c = 0; c < cols; c++) {
      const v = source[c] ?? null;
      row.push(toExcelInput(v, date1904));
      formats.push(v !== null && typeof v === 'object' && 'date' in v ? DEFAULT_DATE_FORMAT : 'General');
    }
    values.push(row);
    numberFormats.push(formats);
  }
  for (const s of layout.styles) {
    const format = s.style.numberFormat;
    if (format === undefined) continue;
    for (let r = s.row; r <= (s.rowEnd ?? s.row); r++)
      for (let c = s.col; c <= (s.colEnd ?? s.col); c++) numberFormats[r - 1][c - 1] = format;
  }
  return { values, numberFormats, rowCount: rows, columnCount: cols };
}

/**
 * A1 address of a layout rectangle.
 *
 * @example rangeAddress({ row: 2, col: 1, rowEnd: 3, colEnd: 4 }) // 'A2:D3'
 * @example rangeAddress({ row: 5, col: 2 }) // 'B5'
 */
export function rangeAddress(r: CellRange): string {
  const start = `${columnLetter(r.col)}${r.row}`;
  const rowEnd = r.rowEnd ?? r.row;
  const colEnd = r.colEnd ?? r.col;
  return rowEnd === r.row && colEnd === r.col ? start : `${start}:${columnLetter(colEnd)}${rowEnd}`;
}

/**
 * Excel JS takes column widths in points; layouts give them in characters (as exceljs and Excel's dialog do).
 * Excel's rule: pixels = characters × 7 + 5 (default 11-pt font, 7-px digit), points = pixels × 0.75.
 *
 * @example columnWidthPoints(10) // 56.25
 */
export function columnWidthPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/**
 * Bytes of a string in UTF-8 (what the request payload counts), without TextEncoder.
 *
 * @example utf8Length('勤怠') // 6
 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Splits rows into consecutive blocks whose summed size stays within `budget` (a single larger row is its own
 * block), so each block's assignment fits one request.
 *
 * @example chunkRows([40, 40, 40], 100) // [[0, 2], [2, 3]]
 */
export function chunkRows(rowBytes: number[], budget: number): [number, number][] {
  const blocks: [number, number][] = [];
  let start = 0;
  let size = 0;
  rowBytes.forEach((bytes, i) => {
    if (i > start && size + bytes > budget) {
      blocks.push([start, i]);
      start = i;
      size = 0;
    }
    size += bytes;
  });
  if (rowBytes.length > start) blocks.push([start, rowBytes.length]);
  return blocks;
}

export interface Markers {
  /** Lower-cased sheet name → the defined names that mark it as the checker's. */
  bySheet: Map<string, string[]>;
  /** Marker names whose sheet is gone (`=#REF!$A$1`): safe to delete. */
  stale: string[];
  /** Every marker name in use. */
  all: string[];
}

/**
 * Reads the checker's marks from the workbook's defined names: `WLBChecker_<n>` → `='<sheet>'!$A$1`.
 *
 * @example readMarkers([{ name: 'WLBChecker_1', formula: "='WLB基準サマリー'!$A$1" }]).bySheet.get('wlb基準サマリー') // ['WLBChecker_1']
 */
export function readMarkers(names: { name: string; formula: string }[]): Markers {
  const markers: Markers = { bySheet: new Map(), stale: [], all: [] };
  const pattern = new RegExp(`^${MARKER_PREFIX}\\d+$`, 'i');
  for (const { name, formula } of names) {
    if (!pattern.test(name)) continue;
    markers.all.push(name);
    const ref = sheetOfReference(String(formula).replace(/^=/, ''));
    if (!ref || ref.sheet.startsWith('#REF')) {
      markers.stale.push(name);
      continue;
    }
    const k = ref.sheet.toLocaleLowerCase();
    markers.bySheet.set(k, [...(markers.bySheet.get(k) ?? []), name]);
  }
  return markers;
}

/**
 * `count` marker names not in use yet.
 *
 * @example newMarkerNames(['WLBChecker_1', 'WLBChecker_3'], 2) // ['WLBChecker_2', 'WLBChecker_4']
 */
export function newMarkerNames(inUse: string[], count: number): string[] {
  const taken = new Set(inUse.map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) {
    const name = `${MARKER_PREFIX}${n}`;
    if (!taken.has(name.toLowerCase())) out.push(name);
  }
  return out;
}

/**
 * `count` sheet names `<prefix>1`, `<prefix>2`… that no existing sheet has (case-insensitive).
 *
 * @example freeSheetNames('~wlb_tmp_', ['~WLB_TMP_1'], 2) // ['~wlb_tmp_2', '~wlb_tmp_3']
 */
export function freeSheetNames(prefix: string, existing: string[], count: number): string[] {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase()));
  const out: string[] = [];
  for (let n = 1; out.length < count; n++)
    if (!taken.has(`${prefix}${n}`.toLocaleLowerCase())) out.push(`${prefix}${n}`);
  return out;
}

/**
 * Consecutive rows of the same height as one run `[firstRowIndex (0-based), rowCount, points]`, so each run is one
 * `format.rowHeight` assignment.
 *
 * @example rowHeightRuns([undefined, 48, 48, undefined, 33]) // [[1, 2, 48], [4, 1, 33]]
 */
function rowHeightRuns(heights: (number | undefined)[] = []): [number, number, number][] {
  const runs: [number, number, number][] = [];
  heights.forEach((h, i) => {
    if (h === undefined || !(h > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i && last[2] === h) last[1]++;
    else runs.push([i, 1, h]);
  });
  return runs;
}

/** Actions {@link queuePrintSetup} queues for a layout (for the request budget). */
export function printSetupActions(layout: SheetLayout): number {
  return rowHeightRuns(layout.rowHeights).length + (layout.page ? 15 + layout.page.rowBreaks.length : 0);
}

/**
 * Queues a sheet's row heights and print setup (ExcelApi 1.9 `pageLayout`): paper, orientation, fit to pages
 * (`zoom`), centring, print title rows and the header/footer of every page — the same setup the `--out` copy
 * writes as `<pageSetup>` / `<headerFooter>`. `company` is the workbook's own (document properties), used when the
 * layout leaves the header's company out.
 */
export function queuePrintSetup(sheet: Excel.Worksheet, layout: SheetLayout, company: string): void {
  for (const [row, count, points] of rowHeightRuns(layout.rowHeights))
    sheet.getRangeByIndexes(row, 0, count, 1).format.rowHeight = points;
  if (layout.page && supportsPageLayout()) {
    queuePageLayout(sheet, layout.page, company);
    // The report layer placed the page breaks (it numbers the checker's pages): a break above each page's first row.
    for (const row of layout.page.rowBreaks) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  }
}

/**
 * `pageLayout` is ExcelApi 1.9; the manifest asks for 1.7 (Excel 2016 / 2019 perpetual have less), where the
 * sheets are written without their print setup rather than not at all. Outside Office (tests) it is assumed.
 */
function supportsPageLayout(): boolean {
  const office = (
    globalThis as {
      Office?: { context?: { requirements?: { isSetSupported?: (set: string, version: string) => boolean } } };
    }
  ).Office;
  return office?.context?.requirements?.isSetSupported?.('ExcelApi', '1.9') ?? true;
}

function queuePageLayout(sheet: Excel.Worksheet, page: PageSetup, company: string): void {
  const pl = sheet.pageLayout;
  pl.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  pl.paperSize = page.paper;
  pl.zoom = { scale: page.scale };
  if (page.firstPageNumber) pl.firstPageNumber = page.firstPageNumber;
  pl.centerHorizontally = page.centerHorizontally ?? false;
  if (page.titleRows) pl.setPrintTitleRows(`$${page.titleRows.first}:$${page.titleRows.last}`);
  const hf = pl.headersFooters.defaultForAllPages;
  hf.leftHeader = page.header.left ?? escapeHeaderText(company);
  hf.centerHeader = page.header.center ?? '';
  hf.rightHeader = page.header.right ?? '';
  hf.leftFooter = page.footer.left ?? '';
  hf.centerFooter = page.footer.center ?? '';
  hf.rightFooter = page.footer.right ?? '';
}
