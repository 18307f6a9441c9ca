/**
 * Cell-value conversions shared by the hosts: the in-memory (./xlsx/memory-port.ts) and streaming (./xlsx/read/file.ts)
 * .xlsx readers, and the office-js writer (dates as serials). No exceljs runtime import and no Node built-ins: this
 * file also runs in the browser preview.
 */
import type { RawValue } from '../ingest/types';

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 system as exceljs counts it (serial 1 = 1900-01-01 with the 1900 leap-year bug). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 system. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Converts a Date that exceljs made from a serial back into the serial (days, with the time as a fraction).
 * exceljs reads a time cell `9:00` as `1899-12-30T09:00:00Z`.
 *
 * @example toSerial(new Date(Date.UTC(1899, 11, 30, 9)), false) // 0.375
 * @example toSerial(new Date(Date.UTC(2026, 3, 1)), false) // 46113
 */
function toSerial(date: Date, date1904: boolean): number {
  const days = (date.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
  // exceljs rounds to whole milliseconds; drop the float noise below a millisecond.
  return Math.round(days * MS_PER_DAY) / MS_PER_DAY;
}

/**
 * Converts an ISO date `YYYY-MM-DD` into a serial of the workbook's date system, for writing dates as numbers.
 *
 * @example isoDateToSerial('2026-04-01', false) // 46113
 */
export function isoDateToSerial(iso: string, date1904: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.round((t - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY);
}

/** Cell value shapes exceljs gives (a structural subset of ExcelJS.CellValue, so no runtime import is needed). */
type ExcelJsValue =
  | null
  | undefined
  | number
  | string
  | boolean
  | Date
  | { error: string }
  | { richText: { text: string }[] }
  | { text: unknown; hyperlink: string }
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { sharedString: number };

/**
 * Turns an exceljs cell value into the RawValue ingest reads: formulas give their cached result, rich text is
 * flattened, a hyperlink gives its text, an error (or a formula whose cached result is an error) gives `{error}`.
 *
 * @example toRawValue({ formula: 'NA()', result: { error: '#N/A' } }, false) // { error: '#N/A' }
 * @example toRawValue({ richText: [{ text: '山田' }, { text: '太郎' }] }, false) // '山田太郎'
 */
export function toRawValue(value: unknown, date1904: boolean): RawValue {
  const v = value as ExcelJsValue;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { error: '#VALUE!' } : toSerial(v, date1904);
  if ('error' in v) return { error: String(v.error) };
  if ('richText' in v) return flattenRichText(v.richText);
  if ('hyperlink' in v) return toRawValue(v.text, date1904);
  if ('formula' in v || 'sharedFormula' in v || 'result' in v) {
    return 'result' in v ? toRawValue(v.result, date1904) : null;
  }
  return String(v);
}

/**
 * Joins the runs of a rich-text cell.
 *
 * @example flattenRichText([{ text: 'a' }, { text: 'b' }]) // 'ab'
 */
function flattenRichText(runs: { text: string }[]): string | null {
  const text = runs.map((r) => r.text ?? '').join('');
  return text === '' ? null : text;
}

/**
 * Pads ragged rows into the rectangle a SheetGrid promises (blank = null / 'General').
 *
 * @example padGrid([[1], [1, 2]], [['General'], ['General', '0.0']], 2).values // [[1, null], [1, 2]]
 */
export function padGrid(
  values: RawValue[][],
  formats: string[][],
  width: number,
): { values: RawValue[][]; numberFormats: string[][] } {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const fmt = formats[r];
    for (let c = row.length; c < width; c++) row.push(null);
    for (let c = fmt.length; c < width; c++) fmt.push('General');
  }
  return { values, numberFormats: formats };
}
