/**
 * Column widths fitted to the content, in Excel's character units (a CJK character counts 2).
 */
import type { CellValue } from './layout';
import { displayWidth } from './format';

export interface FitOptions {
  /** First row (1-based) taken into account: titles and notes above the table are left out. */
  fromRow?: number;
  min?: number;
  max?: number;
}

function cellWidth(value: CellValue): number {
  if (value === null) return 0;
  if (typeof value === 'string') return displayWidth(value);
  if (typeof value === 'number') return 8;
  if (typeof value === 'boolean') return 5;
  if ('date' in value) return 10;
  return 10;
}

/**
 * Fits each column to its widest cell plus a margin, within bounds.
 *
 * @example fitColumnWidths([['社員番号', 'E1']]) // [10, 8]
 */
export function fitColumnWidths(values: CellValue[][], options: FitOptions = {}): number[] {
  const { fromRow = 1, min = 8, max = 50 } = options;
  const widths: number[] = [];
  for (let r = fromRow - 1; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const w = cellWidth(row[c]);
      if (w > (widths[c] ?? 0)) widths[c] = w;
    }
  }
  return Array.from(widths, (w) => Math.min(max, Math.max(min, (w ?? 0) + 2)));
}
