/**
 * The grid the worksheet reader (./worksheet.ts) fills: the cells of the open row are gathered in two arrays reused
 * from row to row, and each row ends as one array of its own size (no per-cell object, no array grown cell by
 * cell); its number formats are the row above's array when alike. Pure: no Node built-ins.
 */
import type { RawValue, SheetGrid } from '../../../ingest/types';
import { padGrid } from '../../cell-values';

/** Format arrays kept for sharing: the patterns a table's rows alternate between. */
const RECENT_FORMATS = 8;

export class GridBuilder {
  private readonly values: RawValue[][] = [];
  private readonly numberFormats: string[][] = [];
  /** Widest row so far (columns, 1-based last column). */
  width = 0;
  /** The open row's cells by 0-based column (undefined: no cell written there), and their formats. */
  private readonly rowValues: (RawValue | undefined)[] = [];
  private readonly rowFormats: string[] = [];
  private rowWidth = 0;
  /** The format arrays of the last rows, newest first, for rows to share. */
  private readonly recentFormats: string[][] = [];

  /** Rows held so far (blank rows between included). */
  get rowCount(): number {
    return this.values.length;
  }

  /** A cell of the open row: 0-based column, its value and number format. */
  set(c: number, value: RawValue, format: string): void {
    while (this.rowValues.length <= c) {
      this.rowValues.push(undefined);
      this.rowFormats.push('General');
    }
    this.rowValues[c] = value;
    this.rowFormats[c] = format;
    if (c >= this.rowWidth) this.rowWidth = c + 1;
    if (c >= this.width) this.width = c + 1;
  }

  /** Counts a column the sheet has though its cell was not kept (a column not in use). */
  widen(columns: number): void {
    if (columns > this.width) this.width = columns;
  }

  /** Ends the open row as 0-based row `r`. */
  endRow(r: number): void {
    const { values, numberFormats, rowValues, rowFormats } = this;
    const w = this.rowWidth;
    if (w === 0) return;
    if (r < values.length) {
      this.mergeRow(r);
    } else {
      while (values.length < r) {
        values.push([]);
        numberFormats.push([]);
      }
      // As wide as the sheet so far: a row with trailing blanks is not grown (and over-allocated) by padGrid later.
      const n = Math.max(w, this.width);
      while (rowFormats.length < n) rowFormats.push('General');
      const row: RawValue[] = new Array(n);
      for (let c = 0; c < n; c++) row[c] = rowValues[c] ?? null;
      values.push(row);
      numberFormats.push(this.formatsOfRow(n));
    }
    for (let c = 0; c < w; c++) {
      rowValues[c] = undefined;
      rowFormats[c] = 'General';
    }
    this.rowWidth = 0;
  }

  /**
   * The row's formats: one of the last few rows' arrays when it is the same (a table's rows alternate between a
   * few patterns — a worked day, a day off with its time cells blank: 365,000 arrays fewer to keep at 1,000
   * employees). Grids are read, never written.
   */
  private formatsOfRow(n: number): string[] {
    const mine = this.rowFormats;
    for (const recent of this.recentFormats) {
      if (recent.length !== n) continue;
      let same = true;
      for (let c = 0; c < n && same; c++) same = recent[c] === mine[c];
      if (same) return recent;
    }
    const made = mine.slice(0, n);
    this.recentFormats.unshift(made);
    if (this.recentFormats.length > RECENT_FORMATS) this.recentFormats.pop();
    return made;
  }

  /** A row written again after later rows (out of order: not valid, but seen): its cells go into the row kept. */
  private mergeRow(r: number): void {
    const row = this.values[r];
    const fmt = (this.numberFormats[r] = this.numberFormats[r].slice());
    for (let c = 0; c < this.rowWidth; c++) {
      const v = this.rowValues[c];
      if (v === undefined) continue;
      while (row.length <= c) {
        row.push(null);
        fmt.push('General');
      }
      row[c] = v;
      fmt[c] = this.rowFormats[c];
    }
  }

  /** The rows so far as a grid of their own (copies, padded to the width), for `columnsFor`. */
  head(name: string): SheetGrid {
    const pad = <T>(row: T[], fill: T) => row.concat(Array<T>(Math.max(0, this.width - row.length)).fill(fill));
    return {
      name,
      firstRow: 1,
      firstCol: 1,
      values: this.values.map((row) => pad<RawValue>(row, null)),
      numberFormats: this.numberFormats.map((f) => pad(f, 'General')),
    };
  }

  /** The grid: A1 origin, trailing blank rows dropped, every row padded to the width. */
  finish(name: string): SheetGrid {
    const { values, numberFormats } = this;
    while (values.length > 0 && values[values.length - 1].every((v) => v === null)) {
      values.pop();
      numberFormats.pop();
    }
    return { name, firstRow: 1, firstCol: 1, ...padGrid(values, numberFormats, this.width) };
  }
}
