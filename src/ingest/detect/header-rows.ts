/**
 * The rows around a header: its cells as header text, a header block row (`label | value` pairs) and the second row
 * of a two-row header (sub-headers under a group title).
 */
import type { Candidate } from './detect';
import { meaningOf } from './header-lookup';
import { mappedField } from './placement';
import { columnLetter, isBlank, rawToText } from '../parse/text';
import type { RawValue, SheetGrid, SheetMapping } from '../types';

/** The value of a cell by 0-based row and column of the grid, null when blank or beyond the row. */
export function cellAt(grid: SheetGrid, r: number, c: number): RawValue {
  const row = grid.values[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

/** A cell as header text: trimmed, '' for blanks and error values. */
export function headerText(value: RawValue): string {
  if (isBlank(value) || (typeof value === 'object' && value !== null)) return '';
  return typeof value === 'string' ? value.trim() : rawToText(value);
}

/** Whether every recognised cell of row r has a value (not another header) right beside it: a header block row. */
export function isLabelValueRow(grid: SheetGrid, r: number, cand: Candidate): boolean {
  for (let c = 0; c < cand.fields.length; c++) {
    if (!cand.fields[c]) continue;
    const next = cellAt(grid, r, c + 1);
    if (isBlank(next)) return false;
    if (cand.fields[c + 1] || meaningOf(headerText(next), cand.kind)) return false;
  }
  return true;
}

/**
 * Whether row r is blank or names a field under every column the candidate above it already placed; never under a
 * header block row (`氏名 | 山田 | 社員番号 | 1001`), which is not the top of a header.
 */
export function isSubHeaderRow(grid: SheetGrid, r: number, above: Candidate, mapping?: SheetMapping): boolean {
  if (isLabelValueRow(grid, r - 1, above)) return false;
  for (let c = 0; c < above.fields.length; c++) {
    if (!above.fields[c]) continue;
    const t = headerText(cellAt(grid, r, c));
    if (!t) {
      if (isBlank(cellAt(grid, r, c))) continue;
      return false;
    }
    const user = mappedField(mapping, columnLetter(grid.firstCol + c), t);
    if (!(user !== undefined ? user : meaningOf(t, above.kind)?.field)) return false;
  }
  return true;
}
