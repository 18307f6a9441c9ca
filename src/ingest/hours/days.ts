/**
 * One employee's daily entries → working days: the segments of a day merged (split shift, 出勤1/退勤1 …, several rows
 * of one date), then the statutory holiday (法定休日) of each week decided (労働基準法35条).
 * Column-wise scratch arrays, reused from one employee to the next: a year of 1,000 employees is 365,000 days.
 */
import type { DayTable } from './hours';
import type { DayRun } from './systems';
import { toDayNumber } from '../../rules/dates';

/** Working days of one employee, with what the rules of ./systems.ts do not need. */
export interface MergedDays extends DayRun {
  kind: Uint8Array;
  givenHolidayWork: Float64Array;
  /** 1 = the holiday-work figure is a hint (a column that says only 休日). */
  hint: Uint8Array;
  lateNight: Float64Array;
  start: Float64Array;
  end: Float64Array;
  /** Index into the caller's month names. */
  monthIndex: Int32Array;
  /** Positions [segFrom, segTo) in the caller's row order of the day's entries (its segments). */
  segFrom: Int32Array;
  segTo: Int32Array;
}

/** Scratch arrays for runs of up to `capacity` days. */
export function createMergedDays(capacity: number): MergedDays {
  const f = () => new Float64Array(capacity);
  return {
    length: 0,
    day: new Int32Array(capacity),
    monthNumber: new Int32Array(capacity),
    worked: f(),
    scheduled: f(),
    givenOvertime: f(),
    holiday: new Uint8Array(capacity),
    hw: f(),
    restOrdinary: new Uint8Array(capacity),
    overtime: f(),
    dailyOvertime: f(),
    kind: new Uint8Array(capacity),
    givenHolidayWork: f(),
    hint: new Uint8Array(capacity),
    lateNight: f(),
    start: f(),
    end: f(),
    monthIndex: new Int32Array(capacity),
    segFrom: new Int32Array(capacity),
    segTo: new Int32Array(capacity),
  };
}

/** Labels from strongest to weakest when the segments of one day disagree: 法定休日, 所定休日, 出勤, leave, none. */
const KIND_RANK = [0, 4, 3, 2, 1];

/** x + y where NaN means "no figure": NaN only when both are. */
function addFigures(x: number, y: number): number {
  if (x !== x) return y;
  return y !== y ? x : x + y;
}

/**
 * Merges the entries order[from..to) (one employee's, in date order) into `out`: one day per date, worked, overtime,
 * holiday-work and late-night figures summed, the earliest start and the latest end, the first scheduled figure.
 * Example: 9:00–13:00 (4 h) and 17:00–22:00 (5 h) on one date → one day of 9 h from 540 to 1320.
 */
export function mergeSegments(
  t: DayTable,
  order: Int32Array,
  from: number,
  to: number,
  rowDay: Float64Array,
  rowMonth: Int32Array,
  monthNumbers: number[],
  out: MergedDays,
): void {
  let j = -1;
  let lastDay = Number.NaN;
  for (let k = from; k < to; k++) {
    const i = order[k];
    const d = rowDay[i];
    if (d !== lastDay) {
      j++;
      lastDay = d;
      out.day[j] = d;
      out.monthIndex[j] = rowMonth[i];
      out.monthNumber[j] = monthNumbers[rowMonth[i]];
      out.worked[j] = t.worked[i];
      out.kind[j] = t.statutoryHoliday[i];
      out.scheduled[j] = t.scheduled[i];
      out.givenOvertime[j] = t.givenOvertime[i];
      out.givenHolidayWork[j] = t.givenHolidayWork[i];
      out.hint[j] = t.holidayHint[i];
      out.lateNight[j] = t.lateNight[i];
      out.start[j] = t.start[i];
      out.end[j] = t.end[i];
      out.segFrom[j] = k;
    } else {
      out.worked[j] += t.worked[i];
      const kind = t.statutoryHoliday[i];
      if (KIND_RANK[kind] > KIND_RANK[out.kind[j]]) out.kind[j] = kind;
      if (out.scheduled[j] !== out.scheduled[j]) out.scheduled[j] = t.scheduled[i];
      out.givenOvertime[j] = addFigures(out.givenOvertime[j], t.givenOvertime[i]);
      out.givenHolidayWork[j] = addFigures(out.givenHolidayWork[j], t.givenHolidayWork[i]);
      out.hint[j] |= t.holidayHint[i];
      out.lateNight[j] = addFigures(out.lateNight[j], t.lateNight[i]);
      const s = t.start[i];
      const e = t.end[i];
      if (s === s && !(out.start[j] <= s)) out.start[j] = s;
      if (e === e && !(out.end[j] >= e)) out.end[j] = e;
    }
    out.segTo[j] = k + 1;
  }
  out.length = j + 1;
  fillFromHolidayWork(out);
}

/**
 * A day whose only record of hours is its holiday-work figure (no punches, no worked hours) worked those hours: they
 * are HW or ordinary work as the day turns out to be, never lost. Example: Saturday, worked blank, 休日出勤 8 → 8 h.
 */
function fillFromHolidayWork(days: MergedDays): void {
  for (let j = 0; j < days.length; j++) {
    const given = days.givenHolidayWork[j];
    if (days.worked[j] === 0 && given > 0) days.worked[j] = given;
  }
}

/** Days since 1970-01-01 of an ISO date: the rules' `toDayNumber` (one home for date arithmetic), by its ingest name. */
export const dayNumber = toDayNumber;

/** The table's rows grouped by employee (each group in date order) with each row's day number and month. */
export interface RowPlan {
  t: DayTable;
  order: Int32Array;
  /** Group e is order[offsets[e]..offsets[e + 1]). */
  offsets: Int32Array;
  rowDay: Float64Array;
  rowMonth: Int32Array;
  monthNames: string[];
  /** year × 12 + month − 1 of each month name. */
  monthNumbers: number[];
  longestRun: number;
}

export function planRows(t: DayTable): RowPlan {
  const n = t.length;
  const people = t.ids.length;
  // Each distinct date's day number and month, once (a year of daily rows has 365 distinct dates).
  const dateIndex = new Map<string, number>();
  const monthIndex = new Map<string, number>();
  const monthNames: string[] = [];
  const dateMonth: number[] = [];
  const dateDay: number[] = [];
  const rowDay = new Float64Array(n);
  const rowMonth = new Int32Array(n);
  let lastDate: string | undefined;
  let lastDateIndex = -1;
  for (let i = 0; i < n; i++) {
    const date = t.date[i];
    let k = lastDateIndex;
    if (date !== lastDate) {
      const known = dateIndex.get(date);
      if (known === undefined) {
        k = dateDay.push(toDayNumber(date)) - 1;
        const month = date.slice(0, 7);
        let m = monthIndex.get(month);
        if (m === undefined) {
          m = monthNames.push(month) - 1;
          monthIndex.set(month, m);
        }
        dateMonth.push(m);
        dateIndex.set(date, k);
      } else k = known;
      lastDate = date;
      lastDateIndex = k;
    }
    rowDay[i] = dateDay[k];
    rowMonth[i] = dateMonth[k];
  }
  // Rows grouped by employee (a counting sort keeps each one's rows in table order), then each group by date.
  const offsets = new Int32Array(people + 1);
  for (let i = 0; i < n; i++) offsets[t.employee[i] + 1]++;
  let longestRun = 0;
  for (let e = 0; e < people; e++) {
    if (offsets[e + 1] > longestRun) longestRun = offsets[e + 1];
    offsets[e + 1] += offsets[e];
  }
  const order = new Int32Array(n);
  const next = offsets.slice(0, people);
  for (let i = 0; i < n; i++) order[next[t.employee[i]]++] = i;
  for (let e = 0; e < people; e++) sortRunByDate(t.date, order, offsets[e], offsets[e + 1]);
  const monthNumbers = monthNames.map((m) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1);
  return { t, order, offsets, rowDay, rowMonth, monthNames, monthNumbers, longestRun };
}

/** Sorts order[from..to) by date (stably) unless it already is in date order, the usual case. */
function sortRunByDate(dates: string[], order: Int32Array, from: number, to: number): void {
  for (let k = from + 1; k < to; k++) {
    if (dates[order[k - 1]] > dates[order[k]]) {
      const run = Array.from(order.subarray(from, to));
      run.sort((a, b) => (dates[a] < dates[b] ? -1 : dates[a] > dates[b] ? 1 : 0));
      order.set(run, from);
      return;
    }
  }
}
