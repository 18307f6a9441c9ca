/**
 * Helpers to build .xlsx workbooks that look like what HR staff keep: title rows, merged group headers, real
 * Excel times and dates, text times, errors, formulas with cached results. Used by the sample generator, the
 * host/CLI/e2e tests and benchmark generators, so no test copies workbook-building code.
 */
import * as fs from 'fs';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** One cell as a test or generator describes it. */
export type CellSpec =
  | null
  | string
  | number
  | boolean
  | { value: number; numFmt: string }
  | { formula: string; result?: number | string | boolean | { error: string }; numFmt?: string }
  | { richText: string[] }
  | { error: string }
  | { text: string; hyperlink: string };

export interface SheetSpec {
  name: string;
  /** Row-major, starting at A1; an Iterable so a generator can stream millions of rows. */
  rows: Iterable<CellSpec[]>;
  /** A1 ranges such as `A3:C3`. */
  merges?: string[];
  columnWidths?: number[];
  state?: 'visible' | 'hidden' | 'veryHidden';
}

const MS_PER_DAY = 86_400_000;

/**
 * An Excel serial for an ISO date (1900 system unless `date1904`).
 *
 * @example serialOf('2026-04-01') // 46113
 */
export function serialOf(iso: string, date1904 = false): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / MS_PER_DAY);
}

/**
 * A real Excel date cell.
 *
 * @example dateCell('2025-04-01') // { value: 45748, numFmt: 'yyyy/m/d' }
 */
export function dateCell(iso: string, numFmt = 'yyyy/m/d', date1904 = false): CellSpec {
  return { value: serialOf(iso, date1904), numFmt };
}

/**
 * A real Excel time-of-day cell (fraction of a day) from `H:MM`.
 *
 * @example timeCell('9:00') // { value: 0.375, numFmt: 'h:mm' }
 */
export function timeCell(hhmm: string, numFmt = 'h:mm'): CellSpec {
  const [h, m] = hhmm.split(':').map(Number);
  return { value: (h * 60 + m) / 1440, numFmt };
}

/**
 * A duration cell in `[h]:mm` (fraction of a day), as attendance systems export totals.
 *
 * @example durationCell(45.5) // { value: 1.8958333333333333, numFmt: '[h]:mm' }
 */
export function durationCell(hours: number): CellSpec {
  return { value: hours / 24, numFmt: '[h]:mm' };
}

/** Writes one cell spec into an exceljs cell. */
function setCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  if (spec === null) return;
  if (typeof spec !== 'object') {
    cell.value = spec;
  } else if ('numFmt' in spec && 'value' in spec) {
    cell.value = spec.value;
    cell.numFmt = spec.numFmt;
  } else if ('formula' in spec) {
    cell.value = { formula: spec.formula, result: spec.result } as ExcelJS.CellFormulaValue;
    if (spec.numFmt) cell.numFmt = spec.numFmt;
  } else if ('richText' in spec) {
    cell.value = { richText: spec.richText.map((text, i) => ({ text, font: i % 2 ? { bold: true } : {} })) };
  } else if ('error' in spec) {
    cell.value = { error: spec.error } as ExcelJS.CellErrorValue;
  } else {
    cell.value = { text: spec.text, hyperlink: spec.hyperlink };
  }
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name, spec.state ? { state: spec.state } : undefined);
  let r = 0;
  for (const row of spec.rows) {
    r++;
    row.forEach((cellSpec, c) => setCell(ws.getCell(r, c + 1), cellSpec));
  }
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  spec.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

/**
 * Builds an in-memory workbook from sheet specs.
 *
 * @example buildWorkbook([{ name: '勤怠', rows: [['社員番号', '日付'], ['E001', dateCell('2025-04-01')]] }])
 */
export function buildWorkbook(sheets: SheetSpec[], options: { date1904?: boolean } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Fixed document dates keep generated files identical from run to run.
  wb.creator = 'WLB基準チェッカー';
  wb.created = new Date(Date.UTC(2026, 3, 1));
  wb.modified = new Date(Date.UTC(2026, 3, 1));
  if (options.date1904) wb.properties.date1904 = true;
  for (const sheet of sheets) addSheet(wb, sheet);
  return wb;
}

/**
 * Builds and writes a workbook to `path`.
 *
 * @example await writeWorkbook('test-output/in.xlsx', [{ name: 'Sheet1', rows: [['a']] }]);
 */
export async function writeWorkbook(
  path: string,
  sheets: SheetSpec[],
  options: { date1904?: boolean } = {},
): Promise<void> {
  const buffer = await buildWorkbook(sheets, options).xlsx.writeBuffer();
  fs.writeFileSync(path, await withFixedZipDates(Buffer.from(buffer)));
}

/**
 * Re-zips with a fixed timestamp on every entry, so the same sheets give the same bytes (a committed sample
 * file then changes only when its content does). jszip is exceljs' own zip library.
 */
async function withFixedZipDates(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const fixed = new Date(Date.UTC(2026, 3, 1));
  for (const name of Object.keys(zip.files)) zip.files[name].date = fixed;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Writes a large workbook with exceljs' streaming writer (rows are consumed one by one from each sheet's
 * iterable), for benchmark inputs of hundreds of thousands of rows.
 *
 * @example await writeWorkbookStreaming('bench/out/big.xlsx', [{ name: '勤怠', rows: generateRows() }]);
 */
export async function writeWorkbookStreaming(path: string, sheets: SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    let r = 0;
    for (const row of spec.rows) {
      r++;
      const wsRow = ws.getRow(r);
      row.forEach((cellSpec, c) => setCell(wsRow.getCell(c + 1), cellSpec));
      wsRow.commit();
    }
    for (const m of spec.merges ?? []) ws.mergeCells(m);
    ws.commit();
  }
  await wb.commit();
}

/**
 * A small deterministic PRNG (mulberry32), so generated workbooks are byte-stable for a seed.
 *
 * @example const rand = seededRandom(42); rand() // 0.6011037519201636
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
