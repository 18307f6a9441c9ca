/**
 * The periods of the 5-day obligation (労基法39条7項, 労基則24条の5) and who is outside it:
 * - a grant of ≥ 10 days: one year from its date;
 * - split grants (分割付与, 24条の5③④): grants of fewer than 10 days that reach 10 within a year — the year runs
 *   from the day the total reaches 10, and the days taken since the first of them count;
 * - overlapping years (前倒し付与, 24条の5②): the employer may use one period from the first year's start to the
 *   second year's end, with 5 × months ÷ 12 days (比例按分);
 * - not a violation when it could not be met: the employee left during the year, or 育児休業 / 介護休業 / 産前産後休業
 *   left fewer weekdays than the days still needed (厚生労働省「改正労働基準法に関するQ&A」年5日の時季指定義務: 期間中に
 *   一度も復帰しなかった場合や、残りの労働日が時季指定すべき残日数より少ない場合は法違反を問わない).
 */
import type { EvalContext } from './context';
import type { FamilyEventKind, IsoDate, LeaveGrant, LeaveTaking } from './types';
import { addDays, getEndOfOneYearPeriod, isWithin, splitIso, toDayNumber } from './dates';
import { EPSILON } from './result';

/** Days of leave the employer must make sure are taken per year of obligation. */
export const OBLIGATORY_DAYS = 5;
/** Grants of at least this many days (alone or added up) carry the obligation. */
const OBLIGATION_MIN_GRANT = 10;

/** Leaves during which no annual leave can be taken (the employee does not work). */
const ABSENCES: ReadonlySet<FamilyEventKind> = new Set([
  'childcare-leave',
  'papa-leave',
  'care-leave',
  'maternity-leave',
]);

/** One year of obligation. */
export interface ObligationYear {
  grant: LeaveGrant;
  /** Days granted (the total of a split grant). */
  days: number;
  start: IsoDate;
  end: IsoDate;
  /** Takings from this date count (the first grant of a split grant). */
  countFrom: IsoDate;
  /** The grant dates added up, for a split grant. */
  splitFrom?: IsoDate[];
}

/**
 * A taking is hourly (時間単位) only when marked so: hours and no days. A row of 0.5 days that also gives 4 hours is a
 * half day. Example: `{ days: 0.5, hours: 4 }` → false; `{ days: 0, hours: 2 }` → true.
 */
export function isHourly(t: LeaveTaking): boolean {
  return t.hours !== undefined && t.hours > 0 && !(t.days > 0);
}

/** Days toward the obligation between two dates: full days 1, half days 0.5, 計画年休 too, hourly leave never. */
export function countObligationDays(takings: LeaveTaking[] | undefined, start: IsoDate, end: IsoDate): number {
  let days = 0;
  for (const t of takings ?? []) if (!isHourly(t) && isWithin(t.date, start, end)) days += t.days;
  return days;
}

/**
 * The years of obligation of one employee's grants (carry-over excluded), sorted by start.
 * Example: 5 days on 2025-04-01 and 5 on 2025-10-01 → one year 2025-10-01..2026-09-30, counting from 2025-04-01.
 */
export function listObligationYears(grants: LeaveGrant[], asOf: IsoDate): ObligationYear[] {
  const years: ObligationYear[] = [];
  let pending: LeaveGrant[] = [];
  for (const g of [...grants].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (g.carryOver || g.date > asOf || !(g.days > 0)) continue;
    if (g.days >= OBLIGATION_MIN_GRANT - EPSILON) {
      years.push({ grant: g, days: g.days, start: g.date, end: getEndOfOneYearPeriod(g.date), countFrom: g.date });
      pending = [];
      continue;
    }
    // Small grants more than a year before this one no longer add up with it.
    pending = [...pending.filter((p) => getEndOfOneYearPeriod(p.date) >= g.date), g];
    const total = pending.reduce((sum, p) => sum + p.days, 0);
    if (total >= OBLIGATION_MIN_GRANT - EPSILON) {
      years.push({
        grant: g,
        days: total,
        start: g.date,
        end: getEndOfOneYearPeriod(g.date),
        countFrom: pending[0].date,
        splitFrom: pending.map((p) => p.date),
      });
      pending = [];
    }
  }
  return years.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/**
 * Months of a period (start … end inclusive), a part month counting as a whole one.
 * Example: 2025-04-01 … 2026-09-30 → 18; 2025-04-15 … 2026-10-14 → 18.
 */
export function countMonths(start: IsoDate, end: IsoDate): number {
  const [y1, m1, d1] = splitIso(start);
  const [y2, m2, d2] = splitIso(addDays(end, 1));
  const whole = (y2 - y1) * 12 + (m2 - m1);
  return d2 > d1 ? whole + 1 : whole;
}

/** Why a year of obligation could not be met (対象外), or null. */
export function findExemption(
  ctx: EvalContext,
  employeeId: string,
  year: ObligationYear,
  stillNeeded: number,
): string | null {
  const e = ctx.index.employees.get(employeeId);
  if (e?.leaveDate !== undefined && e.leaveDate <= year.end) return `退職（${e.leaveDate}）`;
  const absences = (ctx.index.familyByEmployee.get(employeeId) ?? []).filter(
    (f) => ABSENCES.has(f.kind) && f.date <= year.end && (f.endDate ?? year.end) >= year.start,
  );
  if (absences.length === 0) return null;
  const free = countWeekdaysOutside(
    year.start,
    year.end,
    absences.map((f) => [f.date, f.endDate ?? year.end] as [IsoDate, IsoDate]),
  );
  if (free >= stillNeeded - EPSILON) return null;
  const kinds = [...new Set(absences.map((f) => ABSENCE_LABELS[f.kind] ?? f.kind))].join('・');
  return free === 0
    ? `期間中ずっと${kinds}`
    : `${kinds}のため、休業以外の平日が${free}日（必要な${stillNeeded}日より少ない）`;
}

const ABSENCE_LABELS: Partial<Record<FamilyEventKind, string>> = {
  'childcare-leave': '育児休業',
  'papa-leave': '産後パパ育休',
  'care-leave': '介護休業',
  'maternity-leave': '産前産後休業',
};

/** Weekdays (Mon–Fri) from start to end not inside any of the ranges. */
function countWeekdaysOutside(start: IsoDate, end: IsoDate, ranges: [IsoDate, IsoDate][]): number {
  const from = toDayNumber(start);
  const to = toDayNumber(end);
  const spans = ranges.map(([a, b]) => [toDayNumber(a), toDayNumber(b)]);
  let count = 0;
  for (let d = from; d <= to; d++) {
    const weekday = (((d + 4) % 7) + 7) % 7;
    if (weekday === 0 || weekday === 6) continue;
    if (!spans.some(([a, b]) => d >= a && d <= b)) count++;
  }
  return count;
}
