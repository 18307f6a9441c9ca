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

function isSortedByDate(list: WorkDay[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1].date > list[i].date) return false;
  return true;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * Statutory OT per day (same order as `days`), from the daily and weekly limits. Days must be one employee's,
 * sorted by date. Example: six days of 7.5 h Sunday–Friday… Saturday → `[0, 0, 0, 0, 0, 5]`.
 */
export function computeDailyOvertime(days: WorkDay[], options: HoursOptions = {}): number[] {
  const daily = options.dailyLimitHours ?? 8;
  const weekly = options.weeklyLimitHours ?? 40;
  const weekStartsOn = options.weekStartsOn ?? 0;
  const out: number[] = new Array(days.length).fill(0);
  let weekKey = Number.NaN;
  let regularInWeek = 0;
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    const n = dayNumber(d.date);
    // 1970-01-01 was a Thursday (4).
    const dow = (((n + 4) % 7) + 7) % 7;
    const key = n - ((dow - weekStartsOn + 7) % 7);
    if (key !== weekKey) {
      weekKey = key;
      regularInWeek = 0;
    }
    if (d.statutoryHoliday) continue;
    const dailyOt = Math.max(0, d.workedHours - daily);
    const regular = d.workedHours - dailyOt;
    const weeklyOt = Math.min(regular, Math.max(0, regularInWeek + regular - Math.max(weekly, regularInWeek)));
    regularInWeek += regular;
    out[i] = round(dailyOt + weeklyOt);
  }
  return out;
}

/** The monthly figures and the worked shifts of a set of days. */
export interface ComputedHours {
  monthlyHours: MonthlyHours[];
  shifts: Shift[];
}

/**
 * Daily rows → MonthlyHours (OT, HW, worked, late-night, days worked) and Shift records. Columns the sheet gives
 * (overtime, holiday work, late-night) win over computed figures, day by day.
 * Example: 5 × 9 h Monday–Friday → one month with overtime 5 (daily) and no weekly OT.
 */
export function computeMonthlyHours(days: WorkDay[], options: HoursOptions = {}): ComputedHours {
  const byEmployee = new Map<string, WorkDay[]>();
  for (const d of days) {
    const list = byEmployee.get(d.employeeId);
    if (list) list.push(d);
    else byEmployee.set(d.employeeId, [d]);
  }
  const months: MonthlyHours[] = [];
  const shifts: Shift[] = [];
  for (const [employeeId, list] of byEmployee) {
    if (!isSortedByDate(list)) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const ot = computeDailyOvertime(list, options);
    // Days are in date order, so one employee's month is a run of consecutive days.
    let m: MonthlyHours | null = null;
    let worked = 0;
    let lateNight = 0;
    let daysWorked = 0;
    const close = () => {
      if (!m) return;
      m.overtime = round(m.overtime);
      m.holidayWork = round(m.holidayWork);
      m.worked = round(worked);
      m.lateNight = round(lateNight);
      m.daysWorked = daysWorked;
    };
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      const month = d.date.slice(0, 7);
      if (!m || m.month !== month) {
        close();
        m = { employeeId, month, overtime: 0, holidayWork: 0, refs: [] };
        worked = 0;
        lateNight = 0;
        daysWorked = 0;
        months.push(m);
      }
      m.overtime += d.givenOvertime ?? ot[i];
      m.holidayWork += d.givenHolidayWork ?? (d.statutoryHoliday ? d.workedHours : 0);
      worked += d.workedHours;
      lateNight += d.lateNightHours ?? 0;
      if (d.workedHours > 0) daysWorked++;
      if (d.ref) m.refs!.push(d.ref);
      if (d.workedHours > 0 || d.startMinute !== undefined) {
        const shift: Shift = {
          employeeId, date: d.date, workedHours: d.workedHours, lateNightHours: d.lateNightHours ?? 0,
        };
        if (d.startMinute !== undefined) shift.startMinute = d.startMinute;
        if (d.endMinute !== undefined) shift.endMinute = d.endMinute;
        if (d.dayType !== undefined) shift.dayType = d.dayType;
        if (d.ref) shift.ref = d.ref;
        shifts.push(shift);
      }
    }
    close();
  }
  return { monthlyHours: months, shifts };
}
