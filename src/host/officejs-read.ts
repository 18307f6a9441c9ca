/**
 * Pure helpers of the office-js reader: what Excel's `values` mean as RawValues, and how many rows one request
 * may carry. Excel on the web caps a request/response at 5 MB and a range read at 5,000,000 cells.
 */
import type { RawValue } from '../ingest/types';

/** First block size; halves on a payload error (see OfficeWorkbookPort.readSheet). */
export const START_BLOCK_ROWS = 5_000;
/** Excel on the web: at most this many cells in one range read. */
export const MAX_READ_CELLS = 5_000_000;

/**
 * Error values as `range.values` reports them. We do not load `valueTypes` to tell an error from text: it would
 * add a string per cell to every response (≈ +40 % payload on numeric sheets), and a text cell that literally
 * reads `#N/A` is rare and unreadable as data either way — it becomes an input issue in both readings.
 */
const ERROR_STRINGS = new Set([
  '#N/A', '#VALUE!', '#DIV/0!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA',
  // Newer error values of Microsoft 365 (linked data, blocked features, busy).
  '#BLOCKED!', '#CONNECT!', '#FIELD!', '#UNKNOWN!', '#BUSY!',
]);

/**
 * Turns one cell of `range.values` into a RawValue: `''` is blank, error strings become `{ error }`.
 *
 * @example toRawValue('') // null
 * @example toRawValue('#DIV/0!') // { error: '#DIV/0!' }
 * @example toRawValue(45383.375) // 45383.375
 */
export function toRawValue(value: unknown): RawValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  return ERROR_STRINGS.has(text) ? { error: text } : text;
}

/**
 * Converts a block of `range.values` into RawValues.
 *
 * @example toRawValues([[1, ''], ['#N/A', 'x']]) // [[1, null], [{ error: '#N/A' }, 'x']]
 */
export function toRawValues(values: unknown[][]): RawValue[][] {
  return values.map((row) => row.map(toRawValue));
}

/**
 * Rows for the next block: the wanted size, no more than the rows left, and rows × columns ≤ 5,000,000.
 *
 * @example capBlockRows(5000, 2000, 12000) // 2500  (2,500 × 2,000 = 5,000,000 cells)
 * @example capBlockRows(5000, 8, 1200) // 1200
 */
export function capBlockRows(wanted: number, columnCount: number, rowsLeft: number): number {
  const byCells = Math.max(1, Math.floor(MAX_READ_CELLS / Math.max(1, columnCount)));
  return Math.max(1, Math.min(wanted, rowsLeft, byCells));
}
