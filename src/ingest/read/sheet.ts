/**
 * A sheet being read (grid, layout, data rows, parsed columns) and typed access to its parsed cells.
 */
import type { SheetKind, SourceRef } from '../../rules/types';
import { describeCellValue } from '../parse/dates';
import type { PlacedColumn, TableLayout } from '../detect/detect';
import { toA1 } from '../parse/text';
import { blankFlags, blankNumbers } from '../parse/blank-columns';
import type { FieldId, SheetGrid } from '../types';

/**
 * One parsed column: value per data row (undefined = blank or unreadable), and which rows were unreadable.
 * A column of numbers (times, hours, days) is kept in `nums` (NaN = blank or unreadable), any other in `values`.
 */
interface Column {
  placed: PlacedColumn;
  values: unknown[] | null;
  nums: Float64Array | null;
  bad: Uint8Array;
}

/** A sheet being read: its grid, layout, data rows and parsed columns. */
export interface SheetRead {
  grid: SheetGrid;
  /** The workbook's date system (1904 on some Mac workbooks), for showing a date cell as its date. */
  date1904: boolean;
  layout: TableLayout;
  kind: SheetKind;
  rows: number[];
  /** Parsed columns by field, or `start#2` / `end#2` … for the later punch pairs. */
  cols: Map<string, Column>;
}

/** Typed access to the parsed cells of one sheet. */
export class Cells {
  /** The column of every field the sheet lacks: one, shared (readers never write into a column). */
  private missing: { present: false; values: unknown[]; nums: Float64Array; bad: Uint8Array } | undefined;

  constructor(readonly read: SheetRead) {}

  /** Number of data rows. */
  get length(): number {
    return this.read.rows.length;
  }

  /**
   * The parsed column of a field; an empty one (nothing present: NaN numbers, nothing bad) when the sheet lacks it.
   * A column of numbers (times, hours, days) comes as `nums` (NaN = none) with `values` empty; any other as `values`
   * with `nums` empty.
   */
  column(field: FieldId | string): { present: boolean; values: unknown[]; nums: Float64Array; bad: Uint8Array } {
    const col = this.read.cols.get(field);
    const n = this.read.rows.length;
    if (!col) return (this.missing ??= { present: false, values: [], nums: blankNumbers(n), bad: blankFlags(n) });
    return { present: true, values: col.values ?? [], nums: col.nums ?? new Float64Array(0), bad: col.bad };
  }

  has(field: FieldId | string): boolean {
    return this.read.cols.has(field);
  }

  /** How many punch pairs the sheet has (出勤1/退勤1 … 出勤n/退勤n); 1 for an ordinary sheet. */
  pairCount(): number {
    let n = 1;
    while (this.read.cols.has(`start#${n + 1}`) || this.read.cols.has(`end#${n + 1}`)) n++;
    return n;
  }

  get<T>(field: FieldId, i: number): T | undefined {
    const col = this.read.cols.get(field);
    if (!col) return undefined;
    if (col.nums) {
      const n = col.nums[i];
      return (n === n ? n : undefined) as T | undefined;
    }
    return col.values![i] as T | undefined;
  }

  /** The cell was non-blank and could not be read (its issue is already listed). */
  bad(field: FieldId, i: number): boolean {
    return this.read.cols.get(field)?.bad[i] === 1;
  }

  address(field: FieldId | string, i: number): string {
    const col = this.read.cols.get(field);
    if (!col || col.placed.index < 0) return '';
    return toA1(this.read.grid.firstRow + this.read.rows[i], this.read.grid.firstCol + col.placed.index);
  }

  /** The cell as the user sees it (a date cell as its date), for an input issue's value. */
  raw(field: FieldId | string, i: number): string {
    const col = this.read.cols.get(field);
    if (!col || col.placed.index < 0) return '';
    const row = this.read.rows[i];
    const { values, numberFormats } = this.read.grid;
    return describeCellValue(
      values[row][col.placed.index],
      numberFormats?.[row]?.[col.placed.index],
      this.read.date1904,
    );
  }

  /** 1-based worksheet row of data row i. */
  rowNumber(i: number): number {
    return this.read.grid.firstRow + this.read.rows[i];
  }

  ref(i: number): SourceRef {
    return { sheet: this.read.grid.name, row: this.read.grid.firstRow + this.read.rows[i] };
  }

  sheet(): string {
    return this.read.grid.name;
  }
}

/** NaN (a blank cell of a number column) → 0. */
export function orZero(n: number): number {
  return n === n ? n : 0;
}
