/**
 * Collects the styles of a sheet and hands them to the host as few ranges as possible: hosts apply formats by
 * range, and each range is a round trip in Excel on the web.
 *
 * Ranges are applied in order and each sets only the properties it names, so a later range (a status fill)
 * refines an earlier one (a column's number format) without undoing it.
 */
import type { CellRange, CellStyle, StyledRange } from './layout';

function styleKey(style: CellStyle): string {
  return JSON.stringify(
    Object.keys(style)
      .sort()
      .map((k) => [k, style[k as keyof CellStyle]]),
  );
}

interface CellRun {
  row: number;
  col: number;
  colEnd: number;
  rowEnd: number;
}

/**
 * Merges cells of one style into rectangles: first the horizontal runs of each row, then runs with the same
 * columns on consecutive rows.
 *
 * @example mergeCells([[1, 1], [1, 2], [2, 1], [2, 2]]) // [{ row: 1, col: 1, rowEnd: 2, colEnd: 2 }]
 */
export function mergeCells(cells: [number, number][]): CellRange[] {
  const sorted = [...cells].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: CellRun[] = [];
  for (const [row, col] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === row && last.colEnd + 1 === col) last.colEnd = col;
    else if (!(last && last.row === row && last.colEnd >= col)) runs.push({ row, col, colEnd: col, rowEnd: row });
  }
  const open = new Map<string, CellRun>();
  const merged: CellRun[] = [];
  for (const run of runs) {
    const key = `${run.col}:${run.colEnd}`;
    const above = open.get(key);
    if (above && above.rowEnd + 1 === run.row) above.rowEnd = run.row;
    else {
      open.set(key, run);
      merged.push(run);
    }
  }
  return merged.map(({ row, col, rowEnd, colEnd }) => ({ row, col, rowEnd, colEnd }));
}

/** Accumulates styles: whole ranges as given, single cells merged into rectangles at the end. */
export class StyleCollector {
  private readonly ranges: StyledRange[] = [];
  private readonly cells = new Map<string, { row: number; col: number; style: CellStyle }>();

  /** Styles a rectangle (1-based, inclusive). */
  addRange(range: CellRange, style: CellStyle): void {
    this.ranges.push({ ...range, style });
  }

  /** Styles one cell; a second call for the same cell adds to its style. Cell styles are applied last. */
  addCell(row: number, col: number, style: CellStyle): void {
    const key = `${row}:${col}`;
    const existing = this.cells.get(key);
    this.cells.set(key, { row, col, style: existing ? { ...existing.style, ...style } : style });
  }

  /** Returns the ranges, then the merged cell styles grouped by style. */
  finish(): StyledRange[] {
    const groups = new Map<string, { style: CellStyle; cells: [number, number][] }>();
    for (const { row, col, style } of this.cells.values()) {
      const key = styleKey(style);
      let group = groups.get(key);
      if (!group) {
        group = { style, cells: [] };
        groups.set(key, group);
      }
      group.cells.push([row, col]);
    }
    const merged: StyledRange[] = [];
    for (const { style, cells } of groups.values()) {
      for (const range of mergeCells(cells)) merged.push({ ...range, style });
    }
    return [...this.ranges, ...merged];
  }
}
