/**
 * The office-js reader's logic, apart from the Office calls (./index.ts makes them): what Excel's `values`
 * mean as RawValues, how many rows one request may carry, which columns are worth reading once the header is
 * known, and the row-block loop that halves a block on Excel's payload error. Excel on the web caps a
 * request/response at 5 MB and a range read at 5,000,000 cells.
 */
import type { RawValue, SheetGrid } from '../../ingest/types';
import { isPayloadTooLarge } from './errors';
import type { ReadProgress } from '../port';

/** First block size; halves on a payload error (see OfficeWorkbookPort.readSheet). */
export const START_BLOCK_ROWS = 5_000;
/** Excel on the web: at most this many cells in one range read. */
const MAX_READ_CELLS = 5_000_000;

/**
 * Error values as `range.values` reports them. We do not load `valueTypes` to tell an error from text: it would
 * add a string per cell to every response (≈ +40 % payload on numeric sheets), and a text cell that literally
 * reads `#N/A` is rare and unreadable as data either way — it becomes an input issue in both readings.
 */
const ERROR_STRINGS = new Set([
  '#N/A',
  '#VALUE!',
  '#DIV/0!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  // Newer error values of Microsoft 365 (linked data, blocked features, busy).
  '#BLOCKED!',
  '#CONNECT!',
  '#FIELD!',
  '#UNKNOWN!',
  '#BUSY!',
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

/** A run of adjacent sheet columns read as one range: 0-based first column and width. */
export interface ColumnRun {
  start: number;
  count: number;
}

/**
 * Adjacent columns grouped into runs, each one range of one request (0-based, as getRangeByIndexes takes them).
 *
 * @example columnRuns([1, 2, 3, 7, 9, 10]) // [{ start: 0, count: 3 }, { start: 6, count: 1 }, { start: 8, count: 2 }]
 */
export function columnRuns(columns: number[]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  for (const col of [...new Set(columns)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === col - 1) last.count++;
    else runs.push({ start: col - 1, count: 1 });
  }
  return runs;
}

/** One block as Excel returns it: `values` and `numberFormat` of each column run, in the order asked. */
export type BlockReader = (
  rowIndex: number,
  rows: number,
  runs: ColumnRun[],
) => Promise<{ values: unknown[][]; numberFormat: unknown[][] }[]>;

/** Where a block loop reads: the sheet, its used range's first row and column (0-based) and width. */
export interface BlockTarget {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  columnCount: number;
}

/**
 * Reads rows `[from, to)` of the used range (relative to its first row) into `grid`, in blocks of at most
 * START_BLOCK_ROWS rows and 5,000,000 cells, every column run of a block in one request. A block that meets
 * Excel's payload error is halved and read again; a single row that still does not fit is an error (`tooLarge`).
 * Cells outside the runs are blank in the grid (null, 'General').
 */
export async function readRowBlocks(
  grid: SheetGrid,
  target: BlockTarget,
  range: { from: number; to: number; runs: ColumnRun[] },
  readBlock: BlockReader,
  handlers: {
    onProgress?: (p: ReadProgress) => void;
    rowsTotal: number;
    tooLarge: (row: number, cause: unknown) => Error;
    failed: (cause: unknown) => never;
  },
): Promise<void> {
  const runCells = range.runs.reduce((sum, r) => sum + r.count, 0);
  const whole =
    range.runs.length === 1 && range.runs[0].start === target.columnIndex && range.runs[0].count === target.columnCount;
  let blockRows = START_BLOCK_ROWS;
  let start = range.from;
  while (start < range.to) {
    const rows = capBlockRows(blockRows, runCells, range.to - start);
    let block: { values: unknown[][]; numberFormat: unknown[][] }[];
    try {
      block = await readBlock(target.rowIndex + start, rows, range.runs);
    } catch (err) {
      if (!isPayloadTooLarge(err)) handlers.failed(err);
      if (rows === 1) throw handlers.tooLarge(target.rowIndex + start + 1, err);
      blockRows = Math.floor(rows / 2);
      continue;
    }
    if (whole) {
      grid.values.push(...toRawValues(block[0].values));
      grid.numberFormats.push(...block[0].numberFormat.map((row) => row.map(String)));
    } else {
      placeRuns(grid, target, range.runs, block, rows);
    }
    start += rows;
    handlers.onProgress?.({ sheet: target.sheet, rowsRead: grid.values.length, rowsTotal: handlers.rowsTotal });
  }
}

/** Rows of the used range's full width, blank but for the columns of each run. */
function placeRuns(
  grid: SheetGrid,
  target: BlockTarget,
  runs: ColumnRun[],
  block: { values: unknown[][]; numberFormat: unknown[][] }[],
  rows: number,
): void {
  for (let r = 0; r < rows; r++) {
    const values: RawValue[] = new Array(target.columnCount).fill(null);
    const formats: string[] = new Array(target.columnCount).fill('General');
    runs.forEach((run, i) => {
      const offset = run.start - target.columnIndex;
      const vs = block[i].values[r] ?? [];
      const fs = block[i].numberFormat[r] ?? [];
      for (let c = 0; c < run.count; c++) {
        values[offset + c] = toRawValue(vs[c]);
        formats[offset + c] = String(fs[c] ?? 'General');
      }
    });
    grid.values.push(values);
    grid.numberFormats.push(formats);
  }
}
