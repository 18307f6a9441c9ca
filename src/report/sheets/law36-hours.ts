/**
 * The figures behind the 36協定 sheet: each employee's OT and HW by month (rows of one month given on several sheets
 * add up), the worst 2–6-month mean, and the agreement year a month belongs to.
 */
import type { Dataset, IsoMonth } from '../../rules/types';
import { toMonthNumber } from '../../rules/dates';

const MAX_WINDOW = 6;
const MIN_WINDOW = 2;

export interface EmployeeHours {
  id: string;
  /** OT and HW by month offset from the first month of the matrix (undefined: no data that month). */
  ot: (number | undefined)[];
  hw: (number | undefined)[];
}

/** The worst mean of OT+HW over 2–6 consecutive months, and where it lies. */
export interface WorstMean {
  mean: number;
  first: number;
  last: number;
}

/**
 * Finds the highest mean of 2 to 6 consecutive months (a month without data counts as 0); the earliest and
 * shortest window wins a tie.
 *
 * @example findWorstMean([70, 90, 85, 10]) // { mean: 87.5, first: 1, last: 2 }
 */
export function findWorstMean(monthly: number[]): WorstMean | undefined {
  const prefix = [0];
  for (const v of monthly) prefix.push(prefix[prefix.length - 1] + v);
  let worst: WorstMean | undefined;
  for (let first = 0; first < monthly.length; first++) {
    for (let len = MIN_WINDOW; len <= MAX_WINDOW && first + len <= monthly.length; len++) {
      const mean = (prefix[first + len] - prefix[first]) / len;
      if (!worst || mean > worst.mean) worst = { mean, first, last: first + len - 1 };
    }
  }
  return worst;
}

/**
 * Returns the first month index of the agreement year containing a month.
 *
 * @example fromMonthNumber(agreementYearStart(toMonthNumber('2026-02'), 4)) // '2025-04'
 */
export function agreementYearStart(month: number, startMonth: number): number {
  const offset = (((month - (startMonth - 1)) % 12) + 12) % 12;
  return month - offset;
}

/** Parses a finding period into first and last month indexes (a date counts as its month). */
export function parsePeriod(period: string): [number, number] | undefined {
  const [a, b] = period.split('..');
  const first = toMonthNumber(a.slice(0, 7));
  const last = b === undefined ? first : toMonthNumber(b.slice(0, 7));
  return Number.isNaN(first) || Number.isNaN(last) ? undefined : [first, last];
}

export function collectHours(dataset: Dataset): { employees: EmployeeHours[]; firstMonth: number; monthCount: number } {
  // Thousands of records share a dozen month strings: parse each string once.
  const indexOf = new Map<IsoMonth, number>();
  const indexes = dataset.monthlyHours.map((m) => {
    let i = indexOf.get(m.month);
    if (i === undefined) {
      i = toMonthNumber(m.month);
      indexOf.set(m.month, i);
    }
    return i;
  });
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  for (const i of indexes) {
    if (Number.isNaN(i)) continue;
    if (i < firstMonth) firstMonth = i;
    if (i > lastMonth) lastMonth = i;
  }
  if (firstMonth === Infinity) return { employees: [], firstMonth: 0, monthCount: 0 };
  const monthCount = lastMonth - firstMonth + 1;
  const byId = new Map<string, EmployeeHours>();
  dataset.monthlyHours.forEach((m, k) => {
    const i = indexes[k] - firstMonth;
    if (Number.isNaN(i)) return;
    let e = byId.get(m.employeeId);
    if (!e) {
      e = { id: m.employeeId, ot: new Array(monthCount).fill(undefined), hw: new Array(monthCount).fill(undefined) };
      byId.set(m.employeeId, e);
    }
    // Two rows for the same employee-month (one sheet per office, say) add up.
    e.ot[i] = (e.ot[i] ?? 0) + m.overtime;
    e.hw[i] = (e.hw[i] ?? 0) + m.holidayWork;
  });
  return { employees: [...byId.values()], firstMonth, monthCount };
}
