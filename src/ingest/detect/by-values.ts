/**
 * What a header leaves open, decided by the column's values: a 区分 / 種別 column of a sheet with one time column
 * whose values are 出勤 / 退勤 / 休憩開始 … is the kind of each punch (a punch log), not the day type; a 取得日
 * column of a leave sheet whose cells are lists (`5/31、6/3`) holds the dates taken of a one-row-per-grant ledger.
 */
import type { TableLayout } from './detect';
import { looksLikeDateList } from '../parse/date-list';
import { punchKindOf } from '../read/punch-pairs';
import { columnLetter } from '../parse/text';
import type { FieldId, SheetGrid } from '../types';

const SAMPLE = 200;

/** The share of a column's non-blank sample values that pass `test`. */
function share(grid: SheetGrid, layout: TableLayout, index: number, test: (v: unknown) => boolean): number {
  let yes = 0;
  let all = 0;
  const end = Math.min(grid.values.length, layout.dataStart + SAMPLE);
  for (let r = layout.dataStart; r < end; r++) {
    const v = grid.values[r]?.[index];
    if (v === null || v === undefined || v === '') continue;
    all++;
    if (test(v)) yes++;
  }
  return all === 0 ? 0 : yes / all;
}

/** Moves a placed column to another field, in the layout and in what the pane shows. */
function replace(grid: SheetGrid, layout: TableLayout, from: FieldId, to: FieldId): void {
  const p = layout.placed.find((x) => x.field === from && x.index >= 0 && !x.pair);
  if (!p || p.byUser) return;
  p.field = to;
  const letter = columnLetter(grid.firstCol + p.index);
  const shown = layout.detected.columns.find((c) => c.column === letter);
  if (shown) shown.field = to;
}

/** Settles, by their values, the columns whose headers left two meanings (see the file comment). */
export function refineByValues(grid: SheetGrid, layout: TableLayout): void {
  const has = (f: FieldId) => layout.placed.some((p) => p.field === f);
  if (layout.kind === 'daily' && has('punchTime') && !has('punchKind') && !has('start')) {
    const dayType = layout.placed.find((p) => p.field === 'dayType' && p.index >= 0);
    if (dayType && share(grid, layout, dayType.index, (v) => typeof v === 'string' && !!punchKindOf(v)) >= 0.8)
      replace(grid, layout, 'dayType', 'punchKind');
  }
  if (layout.kind === 'leave' && has('takenDate')) {
    const taken = layout.placed.find((p) => p.field === 'takenDate' && p.index >= 0);
    if (taken && share(grid, layout, taken.index, looksLikeDateList) > 0)
      replace(grid, layout, 'takenDate', 'takenDates');
  }
}
