/**
 * Daily punches → statutory overtime (OT), statutory holiday work (HW) and late-night hours per employee and month
 * (criteria.md "Common definitions").
 *
 * - worked = end − start − break; an end earlier than the start, or past 24:00, is on the next day.
 * - A statutory holiday (法定休日) day: every worked hour is HW and none counts toward the week's limit.
 * - Other days: daily OT = hours over the daily limit (8). Weekly OT: within each week (Sunday–Saturday unless
 *   set otherwise) the hours that are not daily OT are summed in date order; the hours beyond the weekly limit
 *   (40, or 44) are OT on the day they occur. The month of a day's OT is the month of that day.
 * - Late-night = worked time between 22:00 and 05:00. The sheets give only the length of the break, not when it
 *   was taken, so the break is assumed to fall outside late-night hours: late-night = min(overlap of the punch span
 *   with 22:00–05:00, worked hours). This never overstates worked hours and is exact for the usual daytime break.
 */
import type { MonthlyHours, Shift, SourceRef } from '../rules/types';

/** One day of one employee, already parsed. */
export interface WorkDay {
  employeeId: string;
  date: string;
  /** Worked hours of the day (0 for a day off). */
  workedHours: number;
  /** Day type 法定休日: all hours are holiday work. */
  statutoryHoliday: boolean;
  /** Overtime hours from the sheet's own column; wins over the computed figure. */
  givenOvertime?: number;
  /** Holiday-work hours from the sheet's own column; wins over the computed figure. */
  givenHolidayWork?: number;
  lateNightHours?: number;
  startMinute?: number;
  endMinute?: number;
  dayType?: string;
  ref?: SourceRef;
}

/**
 * What a day's label says about it: 0 = nothing (a work day, or a rest day the rules may still infer as 法定休日),
 * 1 = 法定休日 (statutory holiday), 2 = 所定休日 / 法定外休日 (ordinary work for the daily and weekly rules),
 * 3 = labelled a work day (出勤, 平日).
 */
export const DAY_KIND = { unlabelled: 0, statutoryHoliday: 1, prescribedHoliday: 2, workDay: 3 } as const;
export type DayKind = (typeof DAY_KIND)[keyof typeof DAY_KIND];

export interface HoursOptions {
  dailyLimitHours?: number;
  weeklyLimitHours?: number;
  /** 0 = Sunday (default) … 6 = Saturday. */
  weekStartsOn?: number;
}

const dayNumberCache = new Map<string, number>();

/**
 * Days since 1970-01-01 of an ISO date. Example: `dayNumber('1970-01-02')` → 1.
 */
export function dayNumber(iso: string): number {
  let n = dayNumberCache.get(iso);
  if (n === undefined) {
    n = Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86400000);
    if (dayNumberCache.size < 100000) dayNumberCache.set(iso, n);
  }
  return n;
}

/**
 * Worked hours from punches: end − start − break, an end at or before the start being on the next day.
 * Returns null when the break is longer than the span. Example: `computeWorkedHours(1320, 420, 1)` → 8 (22:00–翌7:00).
 */
export function computeWorkedHours(startMinute: number, endMinute: number, breakHours: number): number | null {
  const end = adjustEndMinute(startMinute, endMinute);
  const worked = (end - startMinute) / 60 - breakHours;
  return worked < -1e-9 ? null : Math.max(0, Math.round(worked * 1e6) / 1e6);
}

/**
 * The end minute on the start's clock: an end earlier than the start is on the next day (+1440).
 * Example: `adjustEndMinute(1320, 420)` → 1860; `adjustEndMinute(1320, 1530)` (25:30) → 1530.
 */
export function adjustEndMinute(startMinute: number, endMinute: number): number {
  return endMinute < startMinute ? endMinute + 1440 : endMinute;
}

/**
 * Late-night hours (22:00–05:00) of a punch span, capped at the worked hours (the break is assumed outside
 * late-night time). Example: `computeLateNightHours(1320, 1860, 8)` → 7 (22:00–翌7:00, 1 h break).
 */
export function computeLateNightHours(startMinute: number, endMinute: number, workedHours: number): number {
  const end = adjustEndMinute(startMinute, endMinute);
  const minutes = overlap(startMinute, end, -120, 300) + overlap(startMinute, end, 1320, 1740) + overlap(startMinute, end, 2760, 3180);
  return Math.max(0, Math.min(minutes / 60, workedHours));
}

/** Minutes shared by [a, b) and [lo, hi). */
function overlap(a: number, b: number, lo: number, hi: number): number {
  const from = a > lo ? a : lo;
  const to = b < hi ? b : hi;
  return to > from ? to - from : 0;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * Statutory OT per day (same order as `days`), from the daily and weekly limits. Days must be one employee's,
 * sorted by date. Example: six days of 7.5 h Sunday–Friday… Saturday → `[0, 0, 0, 0, 0, 5]`.
 */
export function computeDailyOvertime(days: WorkDay[], options: HoursOptions = {}): number[] {
  const rows = days.map((_d, i) => i);
  const out: number[] = new Array(days.length).fill(0);
  overtimeOfRun(days.map((d) => dayNumber(d.date)), days.map((d) => d.workedHours), days.map((d) => (d.statutoryHoliday ? 1 : 0)),
    rows, 0, rows.length, options, out);
  return out;
}

/**
 * Statutory OT of the days rows[from..to) (one employee's, in date order) into out[from..to): daily OT beyond the
 * daily limit, weekly OT beyond the weekly limit on the day it is reached; statutory holidays count toward neither.
 */
function overtimeOfRun(
  dayNums: ArrayLike<number>, worked: ArrayLike<number>, holiday: ArrayLike<number>, rows: ArrayLike<number>,
  from: number, to: number, options: HoursOptions, out: { [k: number]: number },
): void {
  const daily = options.dailyLimitHours ?? 8;
  const weekly = options.weeklyLimitHours ?? 40;
  const weekStartsOn = options.weekStartsOn ?? 0;
  let weekKey = Number.NaN;
  let regularInWeek = 0;
  for (let k = from; k < to; k++) {
    const i = rows[k];
    const n = dayNums[i];
    // 1970-01-01 was a Thursday (4).
    const dow = (((n + 4) % 7) + 7) % 7;
    const key = n - ((dow - weekStartsOn + 7) % 7);
    if (key !== weekKey) {
      weekKey = key;
      regularInWeek = 0;
    }
    out[k] = 0;
    if (holiday[i] === DAY_KIND.statutoryHoliday) continue;
    const hours = worked[i];
    const dailyOt = Math.max(0, hours - daily);
    const regular = hours - dailyOt;
    const weeklyOt = Math.min(regular, Math.max(0, regularInWeek + regular - Math.max(weekly, regularInWeek)));
    regularInWeek += regular;
    out[k] = round(dailyOt + weeklyOt);
  }
}

/** The monthly figures and the worked shifts of a set of days. */
export interface ComputedHours {
  monthlyHours: MonthlyHours[];
  shifts: Shift[];
}

/**
 * Daily rows kept column-wise, as ingest collects them: hundreds of thousands of days without an object each
 * until the shifts are made. Numbers that may be missing are NaN when they are (WorkDay's undefined).
 */
export class DayTable {
  length = 0;
  /** Employee ids in order of their first day; `employee[i]` indexes it. */
  readonly ids: string[] = [];
  employee = new Int32Array(0);
  date: string[] = [];
  worked = new Float64Array(0);
  /** DayKind of each day (the name is historical: 1 = statutory holiday). */
  statutoryHoliday = new Uint8Array(0);
  /** Scheduled (所定) hours of the day, NaN when the sheet does not give them. */
  scheduled = new Float64Array(0);
  givenOvertime = new Float64Array(0);
  givenHolidayWork = new Float64Array(0);
  lateNight = new Float64Array(0);
  start = new Float64Array(0);
  end = new Float64Array(0);
  dayType: (string | undefined)[] = [];
  ref: (SourceRef | undefined)[] = [];
  private readonly index = new Map<string, number>();
  private lastId: string | undefined;
  private lastIndex = -1;

  /** Room for `more` days beyond those held (one daily sheet's rows at once). */
  reserve(more: number): void {
    const need = this.length + more;
    if (need <= this.worked.length) return;
    const cap = Math.max(need, this.worked.length * 2, 64);
    const grow = <A extends Float64Array | Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(cap);
      b.set(a.subarray(0, this.length));
      return b;
    };
    this.employee = grow(this.employee, (n) => new Int32Array(n));
    this.worked = grow(this.worked, (n) => new Float64Array(n));
    this.statutoryHoliday = grow(this.statutoryHoliday, (n) => new Uint8Array(n));
    this.scheduled = grow(this.scheduled, (n) => new Float64Array(n));
    this.givenOvertime = grow(this.givenOvertime, (n) => new Float64Array(n));
    this.givenHolidayWork = grow(this.givenHolidayWork, (n) => new Float64Array(n));
    this.lateNight = grow(this.lateNight, (n) => new Float64Array(n));
    this.start = grow(this.start, (n) => new Float64Array(n));
    this.end = grow(this.end, (n) => new Float64Array(n));
    // Plain arrays are sized once too: pushing hundreds of thousands of items reallocates them many times.
    const growList = <T>(a: T[]): T[] => {
      const b: T[] = new Array(cap);
      for (let i = 0; i < this.length; i++) b[i] = a[i];
      return b;
    };
    this.date = growList(this.date);
    this.dayType = growList(this.dayType);
    this.ref = growList(this.ref);
  }

  /**
   * Adds one day, or one segment of a day: several entries of one employee and date are the segments of one
   * working day (split shift, 出勤1/退勤1 …), never duplicates. NaN stands for a missing overtime, holiday-work,
   * late-night, start, end or scheduled-hours figure.
   */
  push(
    employeeId: string, date: string, worked: number, dayKind: DayKind | boolean, givenOvertime: number,
    givenHolidayWork: number, lateNight: number, start: number, end: number, dayType: string | undefined,
    ref: SourceRef | undefined, scheduledHours = Number.NaN,
  ): void {
    if (this.length === this.worked.length) this.reserve(1);
    let e = this.lastIndex;
    if (employeeId !== this.lastId) {
      const known = this.index.get(employeeId);
      if (known === undefined) {
        e = this.ids.push(employeeId) - 1;
        this.index.set(employeeId, e);
      } else e = known;
      this.lastId = employeeId;
      this.lastIndex = e;
    }
    const i = this.length++;
    this.employee[i] = e;
    this.date[i] = date;
    this.worked[i] = worked;
    this.statutoryHoliday[i] = dayKind === true ? 1 : dayKind === false ? 0 : dayKind;
    this.scheduled[i] = scheduledHours;
    this.givenOvertime[i] = givenOvertime;
    this.givenHolidayWork[i] = givenHolidayWork;
    this.lateNight[i] = lateNight;
    this.start[i] = start;
    this.end[i] = end;
    this.dayType[i] = dayType;
    this.ref[i] = ref;
  }

  /** The table of a list of WorkDay records. */
  static of(days: WorkDay[]): DayTable {
    const t = new DayTable();
    t.reserve(days.length);
    const num = (n: number | undefined) => (n === undefined ? Number.NaN : n);
    for (const d of days) {
      t.push(d.employeeId, d.date, d.workedHours, d.statutoryHoliday, num(d.givenOvertime), num(d.givenHolidayWork),
        num(d.lateNightHours), num(d.startMinute), num(d.endMinute), d.dayType, d.ref);
    }
    return t;
  }
}

/**
 * Daily rows → MonthlyHours (OT, HW, worked, late-night, days worked) and Shift records. Columns the sheet gives
 * (overtime, holiday work, late-night) win over computed figures, day by day.
 * Example: 5 × 9 h Monday–Friday → one month with overtime 5 (daily) and no weekly OT.
 */
export function computeMonthlyHours(days: WorkDay[], options: HoursOptions = {}): ComputedHours {
  return computeMonthlyHoursOf(DayTable.of(days), options);
}

/**
 * computeMonthlyHours on days held column-wise. Employees come in the order of their first day, each one's days
 * in date order (a stable sort when the sheet is not), months in date order.
 */
export function computeMonthlyHoursOf(t: DayTable, options: HoursOptions = {}): ComputedHours {
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
        k = dateDay.push(dayNumber(date)) - 1;
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
  // Rows grouped by employee (a counting sort keeps each one's rows in table order).
  const offsets = new Int32Array(people + 1);
  for (let i = 0; i < n; i++) offsets[t.employee[i] + 1]++;
  for (let e = 0; e < people; e++) offsets[e + 1] += offsets[e];
  const order = new Int32Array(n);
  const next = offsets.slice(0, people);
  for (let i = 0; i < n; i++) order[next[t.employee[i]]++] = i;

  const ot = new Float64Array(n);
  const months: MonthlyHours[] = [];
  const shifts: Shift[] = [];
  for (let e = 0; e < people; e++) {
    const employeeId = t.ids[e];
    const from = offsets[e];
    const to = offsets[e + 1];
    sortRunByDate(t.date, order, from, to);
    overtimeOfRun(rowDay, t.worked, t.statutoryHoliday, order, from, to, options, ot);
    // Days are in date order, so one employee's month is a run of consecutive days.
    let m: MonthlyHours | null = null;
    let refs: SourceRef[] = [];
    let month = -1;
    let worked = 0;
    let lateNight = 0;
    let daysWorked = 0;
    for (let k = from; k < to; k++) {
      const i = order[k];
      if (m === null || rowMonth[i] !== month) {
        if (m) closeMonth(m, worked, lateNight, daysWorked);
        month = rowMonth[i];
        refs = [];
        m = { employeeId, month: monthNames[month], overtime: 0, holidayWork: 0, refs };
        worked = 0;
        lateNight = 0;
        daysWorked = 0;
        months.push(m);
      }
      const hours = t.worked[i];
      const givenOt = t.givenOvertime[i];
      const givenHw = t.givenHolidayWork[i];
      const late = t.lateNight[i];
      m.overtime += givenOt === givenOt ? givenOt : ot[k];
      m.holidayWork += givenHw === givenHw ? givenHw : t.statutoryHoliday[i] === DAY_KIND.statutoryHoliday ? hours : 0;
      worked += hours;
      lateNight += late === late ? late : 0;
      if (hours > 0) daysWorked++;
      const ref = t.ref[i];
      if (ref) refs.push(ref);
      const start = t.start[i];
      if (hours > 0 || start === start) shifts.push(makeShift(employeeId, t.date[i], hours, late === late ? late : 0, start, t.end[i], t.dayType[i], ref));
    }
    if (m) closeMonth(m, worked, lateNight, daysWorked);
  }
  return { monthlyHours: months, shifts };
}

function closeMonth(m: MonthlyHours, worked: number, lateNight: number, daysWorked: number): void {
  m.overtime = round(m.overtime);
  m.holidayWork = round(m.holidayWork);
  m.worked = round(worked);
  m.lateNight = round(lateNight);
  m.daysWorked = daysWorked;
}

/** A Shift record; NaN start or end = not known. The usual full record is made in one go (one object shape). */
function makeShift(
  employeeId: string, date: string, workedHours: number, lateNightHours: number, startMinute: number, endMinute: number,
  dayType: string | undefined, ref: SourceRef | undefined,
): Shift {
  if (startMinute === startMinute && endMinute === endMinute && dayType !== undefined && ref) {
    return { employeeId, date, workedHours, lateNightHours, startMinute, endMinute, dayType, ref };
  }
  const shift: Shift = { employeeId, date, workedHours, lateNightHours };
  if (startMinute === startMinute) shift.startMinute = startMinute;
  if (endMinute === endMinute) shift.endMinute = endMinute;
  if (dayType !== undefined) shift.dayType = dayType;
  if (ref) shift.ref = ref;
  return shift;
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
