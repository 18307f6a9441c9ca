/**
 * Dates written with the year last (`06/02/2025`, Clockify and other English exports): month first (US) or day
 * first (UK, EU) is decided by the column itself — a first number above 12 proves day first, a second number above
 * 12 proves month first. A column where every date has both numbers ≤ 12 reads differently either way (6 Feb or
 * 2 Jun), so it is asked, once for the sheet, unless the user's mapping says `"dateOrder"`.
 */
import { msg } from '../../rules/messages';
import type { Collector } from '../read/collector';
import { addProblem } from './problems';
import type { TableLayout } from './detect';
import { YEAR_LAST } from '../parse/dates';
import { columnLetter, normalizeText, rawToText } from '../parse/text';
import type { SheetGrid, SheetMapping } from '../types';

const DATE_FIELDS = new Set(['date', 'grantDate', 'takenDate', 'hireDate', 'leaveDate', 'leaveStart', 'leaveEnd']);

/** What the column's year-last dates prove: day first, month first, both (contradictory) or nothing. */
function evidence(
  grid: SheetGrid,
  rows: number[],
  index: number,
): { any: boolean; dayFirst: boolean; monthFirst: boolean; first: number } {
  const out = { any: false, dayFirst: false, monthFirst: false, first: -1 };
  for (const r of rows) {
    const v = grid.values[r]?.[index];
    if (typeof v !== 'string') continue;
    const m = YEAR_LAST.exec(normalizeText(v).trim());
    if (!m) continue;
    if (!out.any) out.first = r;
    out.any = true;
    if (Number(m[1]) > 12) out.dayFirst = true;
    if (Number(m[2]) > 12) out.monthFirst = true;
  }
  return out;
}

/**
 * Sets the order of every date column with year-last dates (`dayFirst` on the placed column), from the mapping or
 * the values; asks when neither decides. True when asked (the sheet is then not read).
 * Example: a Start Date column `06/02/2025 … 06/30/2025` → month first (30 cannot be a month).
 */
export function askDateOrder(
  grid: SheetGrid,
  layout: TableLayout,
  rows: number[],
  mapping: SheetMapping | undefined,
  collector: Collector,
): boolean {
  for (const p of layout.placed) {
    if (p.index < 0 || !DATE_FIELDS.has(p.field)) continue;
    const seen = evidence(grid, rows, p.index);
    if (!seen.any) continue;
    if (mapping?.dateOrder || seen.dayFirst !== seen.monthFirst) {
      p.dayFirst = mapping?.dateOrder ? mapping.dateOrder === 'day-first' : seen.dayFirst;
      layout.dateOrder = {
        order: p.dayFirst ? 'day-first' : 'month-first',
        from: mapping?.dateOrder ? 'user' : 'values',
      };
      continue;
    }
    const ref = msg('ask.date-order', { example: rawToText(grid.values[seen.first][p.index]) });
    const cell = `${columnLetter(grid.firstCol + p.index)}${grid.firstRow + seen.first}`;
    collector.issue(grid.name, cell, rawToText(grid.values[seen.first][p.index]), ref);
    addProblem(layout.detected, ref);
    return true;
  }
  return false;
}
