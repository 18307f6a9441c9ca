/**
 * Which of two or more id-like columns of a header-less sheet is the employee number. A time recorder may write a
 * 所属コード (`101`) before the card number (`1001`); both look like ids. Taking the wrong one merges every person of
 * a department into one "employee", so the choice is made from how each column splits the rows against the work
 * day: one person has one row per day (or a few, for a split day), while a code shared by several people repeats on
 * the same day once for each of them.
 */
import { isBlank, normalizeText, rawToText } from '../parse/text';
import type { SheetGrid } from '../types';

/** A column by its 0-based index in the grid. */
interface IdCandidate {
  index: number;
}

/** The employee column chosen, or a question when the values do not decide it. */
type EmployeeChoice<T> = { column: T } | { ask: { ja: string; en: string }; column: T };

function keyOf(grid: SheetGrid, r: number, c: number): string | null {
  const v = grid.values[r]?.[c] ?? null;
  return isBlank(v) ? null : normalizeText(rawToText(v));
}

/** Rows whose (value, work day) pair was already seen on an earlier row: a person's repeats of a day. */
function repeatsOnOneDay(grid: SheetGrid, c: number, dateIndex: number, rows: number): number {
  const seen = new Set<string>();
  let repeats = 0;
  for (let r = 0; r < rows; r++) {
    const id = keyOf(grid, r, c);
    const day = keyOf(grid, r, dateIndex);
    if (id === null || day === null) continue;
    const key = `${id}\u0000${day}`;
    if (seen.has(key)) repeats++;
    else seen.add(key);
  }
  return repeats;
}

/** Whether two columns split the rows into the same groups (101 ↔ 1001, 102 ↔ 1002): the same people either way. */
function samePartition(grid: SheetGrid, a: number, b: number, rows: number): boolean {
  const aToB = new Map<string, string>();
  const bToA = new Map<string, string>();
  for (let r = 0; r < rows; r++) {
    const x = keyOf(grid, r, a) ?? '';
    const y = keyOf(grid, r, b) ?? '';
    if ((aToB.get(x) ?? y) !== y || (bToA.get(y) ?? x) !== x) return false;
    aToB.set(x, y);
    bToA.set(y, x);
  }
  return true;
}

/**
 * The employee column among id-like candidates, given the work-day column (its 0-based index, or -1 for none).
 * The fewest repeats of one value on one day wins (a shared code repeats for each of its people). Candidates tied
 * on that which split the rows the same way give the same figures: the one nearest the work day (a card number
 * stands beside the date, a code further out) is read. Tied candidates that group the rows differently — one
 * person whose code changes, or two people of one code who never work the same day — cannot be told apart by the
 * values, unless a name column groups the rows as exactly one of them does; otherwise asked.
 * Example: `101 | 1001 | 6/2`, `101 | 1002 | 6/2` → the second column (101 repeats on 6/2).
 */
export function chooseEmployeeColumn<T extends IdCandidate>(
  grid: SheetGrid,
  candidates: T[],
  dateIndex: number,
  rows: number,
  nameIndex = -1,
): EmployeeChoice<T> {
  if (candidates.length === 1 || dateIndex < 0) return { column: candidates[0] };
  const scored = candidates.map((col) => ({ col, repeats: repeatsOnOneDay(grid, col.index, dateIndex, rows) }));
  const fewest = Math.min(...scored.map((s) => s.repeats));
  const distance = (col: T) => Math.abs(col.index - dateIndex) * 2 + (col.index > dateIndex ? 1 : 0);
  const tied = scored
    .filter((s) => s.repeats === fewest)
    .map((s) => s.col)
    .sort((x, y) => distance(x) - distance(y));
  const nearest = tied[0];
  if (tied.every((col) => samePartition(grid, nearest.index, col.index, rows))) return { column: nearest };
  const byName = nameIndex < 0 ? [] : tied.filter((col) => samePartition(grid, nameIndex, col.index, rows));
  if (byName.length === 1) return { column: byName[0] };
  return {
    column: nearest,
    ask: {
      ja: '社員番号らしい列が複数あり、どれが社員番号（所属コードではなく）か値から決まりません',
      en: 'More than one column looks like an employee number: which one is (and which is a department code) cannot be told',
    },
  };
}
