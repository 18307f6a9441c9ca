/**
 * Parses the placed columns of a sheet, row by row, one parser per column; every unreadable cell becomes one
 * InputIssue with its A1 address.
 */
import type { InputIssue } from '../../rules/types';
import { FIELD_LABELS } from '../detect/fields';
import { msg, textAndRef } from '../../rules/messages';
import { isDateFormat, isTimeFormat } from './formats';
import { numberReaderFor, parserFor, readNumberCell, type NumberReader, type Parser } from './parsers';
import type { ParseResult } from './result';
import type { SheetRead } from '../read/sheet';
import { columnKey, type PlacedColumn } from '../detect/placement';
import { isBlank, rawToText, toA1 } from './text';
import { blankFlags } from './blank-columns';

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
  /** Unreadable rows: the shared blank column until one is (most columns have none). */
  bad: Uint8Array;
  ownBad: boolean;
  label: string;
  lastFormat: string | undefined;
  formatSeen: boolean;
  isTime: boolean;
  isDate: boolean;
  lastText: string | undefined;
  lastResult: ParseResult<unknown> | undefined;
}

function makeReader(read: SheetRead, placed: PlacedColumn, col: number): ColumnReader {
  const n = read.rows.length;
  const minutes = placed.minutes || placed.style === 'minutes';
  const sexagesimal = placed.style === 'sexagesimal';
  const readNumber = numberReaderFor(placed.field, read.kind, minutes, sexagesimal);
  const parse = parserFor(placed.field, read.kind, {
    minutes,
    sexagesimal,
    date1904: read.date1904,
    periodStart: read.layout.periodStart,
    dayFirst: placed.dayFirst,
  });
  return {
    placed,
    col,
    parse,
    readNumber,
    values: readNumber ? null : new Array(n),
    nums: readNumber ? new Float64Array(n).fill(Number.NaN) : null,
    bad: blankFlags(n),
    ownBad: false,
    label: FIELD_LABELS[placed.field].ja,
    lastFormat: undefined,
    formatSeen: false,
    isTime: false,
    isDate: false,
    lastText: undefined,
    lastResult: undefined,
  };
}

/** The column's unreadable-row flags, as an array of its own (a copy of the shared blank one on first use). */
function badRows(cr: ColumnReader): Uint8Array {
  if (!cr.ownBad) {
    cr.bad = cr.bad.slice();
    cr.ownBad = true;
  }
  return cr.bad;
}

/** The reading of one cell: true when taken by the fast number path, else the parser's result (undefined = blank). */
function readCell(
  cr: ColumnReader,
  raw: NonNullable<unknown>,
  format: string | undefined,
  i: number,
): ParseResult<unknown> | undefined {
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
  const readers: ColumnReader[] = [];
  const partsOf = new Map<ColumnReader, ColumnReader[]>();
  for (const placed of read.layout.placed) {
    if (placed.index < 0) {
      setConstant(read, placed, out);
      continue;
    }
    const main = makeReader(read, placed, placed.index);
    readers.push(main);
    const parts = (placed.parts ?? []).map((c) => makeReader(read, placed, c));
    readers.push(...parts);
    if (parts.length) partsOf.set(main, parts);
  }
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
        badRows(cr)[i] = 1;
        issues.push({
          sheet: grid.name,
          cell: toA1(grid.firstRow + r, grid.firstCol + cr.col),
          value: rawToText(raw),
          ...textAndRef(
            msg('issue.cell', { reason: result.ref ?? result.message, column: FIELD_LABELS[cr.placed.field] }),
          ),
          r,
          c: cr.col,
        });
      }
    }
  }
  for (const [main, parts] of partsOf) addUp(main, parts);
  for (const cr of readers) {
    if (cr.col !== cr.placed.index || cr.placed.unused) continue;
    read.cols.set(columnKey(cr.placed.field, cr.placed.pair), {
      placed: cr.placed,
      values: cr.values,
      nums: cr.nums,
      bad: cr.bad,
    });
  }
  // The user reads issues row by row, left to right.
  issues.sort((a, b) => a.r - b.r || a.c - b.c);
  for (const { r: _row, c: _column, ...issue } of issues) out.push(issue);
}

/**
 * A field summed over several columns: numbers added (blank in all = blank), texts joined with a space (姓 + 名);
 * a row unreadable in any part is unreadable.
 */
function addUp(main: ColumnReader, parts: ColumnReader[]): void {
  for (const part of parts) {
    const bad = part.ownBad ? badRows(main) : null;
    for (let i = 0; i < main.bad.length; i++) {
      if (bad) bad[i] |= part.bad[i];
      if (main.nums && part.nums) {
        const a = main.nums[i];
        const b = part.nums[i];
        if (b === b) main.nums[i] = a === a ? a + b : b;
      } else if (main.values && part.values) {
        const b = part.values[i];
        if (b !== undefined && b !== '') main.values[i] = main.values[i] ? `${String(main.values[i])} ${String(b)}` : b;
      }
    }
  }
}

/** A context value (month from the name, employee from a header block) on every row; unreadable = one issue. */
function setConstant(read: SheetRead, placed: PlacedColumn, out: InputIssue[]): void {
  const reader = makeReader(read, placed, -1);
  const result = reader.parse(placed.constant ?? null, undefined);
  if (!result.ok) {
    out.push({
      sheet: read.grid.name,
      cell: '',
      value: String(placed.constant ?? ''),
      ...textAndRef(
        msg('issue.context-value', {
          reason: result.ref ?? result.message,
          column: FIELD_LABELS[placed.field],
          origin: placed.origin ?? '',
        }),
      ),
    });
    badRows(reader).fill(1);
  } else if (reader.nums) reader.nums.fill(result.value as number);
  else reader.values!.fill(result.value);
  read.cols.set(columnKey(placed.field, placed.pair), {
    placed,
    values: reader.values,
    nums: reader.nums,
    bad: reader.bad,
  });
}
