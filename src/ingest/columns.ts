/**
 * Parses the placed columns of a sheet, row by row, one parser per column; every unreadable cell becomes one
 * InputIssue with its A1 address.
 */
import type { InputIssue } from '../rules/types';
import { FIELD_LABELS } from './fields';
import { isDateFormat, isTimeFormat } from './formats';
import { numberReaderFor, parserFor, readNumberCell, type NumberReader, type Parser } from './parsers';
import type { ParseResult } from './result';
import type { SheetRead } from './sheet-read';
import type { PlacedColumn } from './detect';
import { isBlank, rawToText, toA1 } from './text';

/**
 * The reading of one column in progress. Formats and texts repeat down a column (one format per column, an id or a
 * name on hundreds of rows): the last one's reading is reused. A text's reading never depends on its cell's format.
 */
interface ColumnReader {
  placed: PlacedColumn;
  col: number;
  parse: Parser;
  readNumber: NumberReader | null;
  values: unknown[] | null;
  nums: Float64Array | null;
  bad: Uint8Array;
  label: string;
  lastFormat: string | undefined;
  formatSeen: boolean;
  isTime: boolean;
  isDate: boolean;
  lastText: string | undefined;
  lastResult: ParseResult<unknown> | undefined;
}

function makeReader(read: SheetRead, placed: PlacedColumn): ColumnReader {
  const n = read.rows.length;
  const readNumber = numberReaderFor(placed.field, read.kind, placed.minutes);
  return {
    placed, col: placed.index, parse: parserFor(placed.field, read.kind, placed.minutes, read.date1904), readNumber,
    values: readNumber ? null : new Array(n),
    nums: readNumber ? new Float64Array(n).fill(Number.NaN) : null,
    bad: new Uint8Array(n), label: FIELD_LABELS[placed.field].ja,
    lastFormat: undefined, formatSeen: false, isTime: false, isDate: false, lastText: undefined, lastResult: undefined,
  };
}

/** The reading of one cell: true when taken by the fast number path, else the parser's result (undefined = blank). */
function readCell(cr: ColumnReader, raw: NonNullable<unknown>, format: string | undefined, i: number): ParseResult<unknown> | undefined {
  if (typeof raw === 'number') {
    if (cr.readNumber) {
      if (format !== cr.lastFormat || !cr.formatSeen) {
        cr.lastFormat = format;
        cr.formatSeen = true;
        cr.isTime = isTimeFormat(format);
        cr.isDate = isDateFormat(format);
      }
      const n = readNumberCell(cr.readNumber, raw, cr.isTime, cr.isDate);
      if (n === n) {
        cr.nums![i] = n;
        return undefined;
      }
    }
    return cr.parse(raw, format);
  }
  if (typeof raw === 'string') {
    if (raw === cr.lastText) return cr.lastResult!;
    if (isBlank(raw)) return undefined;
    const result = cr.parse(raw, format);
    cr.lastText = raw;
    cr.lastResult = result;
    return result;
  }
  return cr.parse(raw as never, format);
}

/** Parses every placed column of `read` into `read.cols`; issues go to `out` in reading order (row, then column). */
export function readColumns(read: SheetRead, out: InputIssue[]): void {
  const { grid, rows } = read;
  const issues: (InputIssue & { r: number; c: number })[] = [];
  const gridValues = grid.values;
  const formats = grid.numberFormats;
  const readers = read.layout.placed.filter((p) => p.index >= 0).map((placed) => makeReader(read, placed));
  // Row by row: each row's cells are read while they are in the cache (hundreds of thousands of rows).
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const rowValues = gridValues[r];
    for (let k = 0; k < readers.length; k++) {
      const cr = readers[k];
      const raw = rowValues[cr.col];
      if (raw === undefined || raw === null) continue;
      const result = readCell(cr, raw, formats[r]?.[cr.col], i);
      if (result === undefined) continue;
      if (result.ok) {
        if (cr.nums) cr.nums[i] = result.value as number;
        else cr.values![i] = result.value;
      } else {
        cr.bad[i] = 1;
        issues.push({
          sheet: grid.name, cell: toA1(grid.firstRow + r, grid.firstCol + cr.col), value: rawToText(raw),
          message: `${result.message}（${cr.label}）`, r, c: cr.col,
        });
      }
    }
  }
  for (const cr of readers) read.cols.set(cr.placed.field, { placed: cr.placed, values: cr.values, nums: cr.nums, bad: cr.bad });
  // The user reads issues row by row, left to right.
  issues.sort((a, b) => a.r - b.r || a.c - b.c);
  for (const { r, c, ...issue } of issues) out.push(issue);
}
