/**
 * A daily sheet whose dates are days of the month (`2`, `2（月）`, `06/02(月)`) beside a 年月 / 対象月 / 月度 column:
 * the month column gives the period, when every row names the same month and no person's days run backwards (a
 * run 21 … 31, 1 … 20 is a closing-day period whose start the column does not say, so it is left to ask).
 */
import { parseMonth } from '../parse/dates';
import { columnLetter, normalizeText } from '../parse/text';
import type { SheetGrid } from '../types';
import type { TableLayout } from './detect';

/** The day a day-of-month cell names (its last number before a weekday): `06/02(月)` → 2, `15日` → 15. */
function dayOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return Number.NaN;
  const digits = normalizeText(value)
    .replace(/[(（][^)）]*[)）]\s*$/, '')
    .match(/\d+/g);
  return digits ? Number(digits[digits.length - 1]) : Number.NaN;
}

/**
 * Sets the layout's period from its month column; true when it did.
 * Example: 年月 `2025年6月` on every row, 日 `1`, `2` … → period 2025-06-01 (from column B).
 */
export function periodFromMonthColumn(grid: SheetGrid, layout: TableLayout, rows: number[]): boolean {
  if (layout.kind !== 'daily' || layout.periodStart) return false;
  const month = layout.placed.find((p) => p.field === 'month' && p.index >= 0);
  const date = layout.placed.find((p) => p.field === 'date' && p.index >= 0);
  if (!month || !date) return false;
  const person = layout.placed.find((p) => (p.field === 'employeeId' || p.field === 'name') && p.index >= 0);
  let found: string | undefined;
  let lastPerson: unknown;
  let lastDay = Number.NaN;
  for (const r of rows) {
    const row = grid.values[r] ?? [];
    const m = parseMonth(row[month.index] ?? null, grid.numberFormats[r]?.[month.index]);
    if (!m.ok) continue;
    if (found !== undefined && m.value !== found) return false;
    found = m.value;
    const who = person ? row[person.index] : undefined;
    const day = dayOf(row[date.index]);
    if (who === lastPerson && day < lastDay) return false;
    lastPerson = who;
    lastDay = day;
  }
  if (found === undefined) return false;
  layout.periodStart = `${found}-01`;
  layout.periodOrigin = `column ${columnLetter(grid.firstCol + month.index)}`;
  return true;
}
