/**
 * Statutory overtime of one employee's working days under each working-time system (statutory overtime:
 * 労働基準法32条・32条の2・32条の3・32条の4). The days come merged (one entry per date, split shifts
 * summed) and with the statutory holidays already decided; every function here writes the OT of each day into
 * `run.overtime`, so the month of a day's OT is the month of that day.
 *
 * - general (32条), 管理監督者 and みなし: daily OT beyond 8 h; weekly OT beyond 40 h of the hours that are not daily OT,
 *   on the day the 40 h are passed.
 * - 1-month / 1-year variable hours (32条の2 / 32条の4): daily OT beyond the day's scheduled hours where those exceed
 *   8, else beyond 8; weekly OT beyond the week's scheduled hours where those exceed 40, else beyond 40; period OT =
 *   the hours of the period not yet counted beyond 40 × days ÷ 7, on the period's last day with data. A week that
 *   crosses the period's edge is cut there (each part is judged against 40 h, the rest falls to the period rule).
 * - flextime (32条の3): OT of the settlement period beyond 40 × days ÷ 7; with a period over one month, each month's
 *   hours beyond 50 × days ÷ 7 are OT of that month first (32条の3第2項) and are not counted again at settlement.
 * Statutory holiday hours (HW, `run.hw`) count toward none of these limits; the rest of a day's hours is ordinary work.
 */
import type { WorkingTimeSystem } from '../../rules/types';

/** One employee's merged working days, column-wise and in date order (scratch arrays reused across employees). */
export interface DayRun {
  length: number;
  /** Days since 1970-01-01. */
  day: Int32Array;
  /** Month number (year × 12 + month − 1) of each day. */
  monthNumber: Int32Array;
  worked: Float64Array;
  /** Scheduled (所定) hours of the day, NaN = unknown. */
  scheduled: Float64Array;
  /** The sheet's own overtime figure of the day, NaN = none. */
  givenOvertime: Float64Array;
  /** 1 = the day is the statutory holiday (法定休日) of its week. */
  holiday: Uint8Array;
  /** HW hours of the day (the statutory holiday's calendar day: see ./holidays.ts); the rest is ordinary work. */
  hw: Float64Array;
  /** 1 = a rest day worked as ordinary work (所定休日, or a 休日出勤 hint off the statutory holiday): the sheet's own
   * overtime column, written for the weekdays, does not hold its weekly OT. */
  restOrdinary: Uint8Array;
  /** Output: statutory OT of the day. */
  overtime: Float64Array;
  /** Output: the part of it that is daily OT (beyond 8 h or the day's scheduled hours): the agreement's 1日. */
  dailyOvertime: Float64Array;
}

export interface SystemLimits {
  daily: number;
  weekly: number;
  weekStartsOn: number;
  /** Flextime settlement period, 1–3 months. */
  flexMonths: number;
  /** First month (1–12) of the 1-year variable period and of flextime settlement periods. */
  periodStartMonth: number;
}

/** What a run's computation could not do, for the one input issue the caller raises. */
export interface SystemNotes {
  /** A variable-hours period without any scheduled hours: only the period rule was applied. */
  withoutSchedule: boolean;
}

/** Day of the week of a day number, 0 = Sunday (1970-01-01 was a Thursday). */
export function getWeekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Day number of the first day of the week containing `day`. */
export function getWeekStart(day: number, weekStartsOn: number): number {
  return day - ((getWeekday(day) - weekStartsOn + 7) % 7);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of a month number (year × 12 + month − 1). Example: `getDaysOfMonthNumber(2024 * 12 + 1)` → 29. */
function getDaysOfMonthNumber(monthNumber: number): number {
  const y = Math.floor(monthNumber / 12);
  const m = monthNumber - y * 12;
  if (m === 1 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return 29;
  return DAYS_IN_MONTH[m];
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * OT of each day under the system; returns notes for the input issues. Example: Mon–Thu 10 h days, scheduled 10 h,
 * under 'variable-1month' → 0 h every day; under 'general' → 2 h every day (8 h a week).
 */
export function computeOvertimeOfRun(run: DayRun, system: WorkingTimeSystem, limits: SystemLimits): SystemNotes {
  const notes: SystemNotes = { withoutSchedule: false };
  if (system === 'variable-1month') applyVariable(run, 1, 0, limits, notes);
  else if (system === 'variable-1year') applyVariable(run, 12, limits.periodStartMonth - 1, limits, notes);
  else if (system === 'flextime') applyFlextime(run, limits);
  else applyGeneral(run, 0, run.length, limits.daily, limits.weekly, limits.weekStartsOn);
  return notes;
}

/**
 * One day's OT under the daily and weekly limits, into `run.overtime` and `run.dailyOvertime`; returns the hours it
 * adds toward the week. The ordinary hours are the day's hours less its HW. Where the sheet gives the day's OT, that
 * figure stands (and its hours are the week's OT) — except on a rest day worked as ordinary work, whose weekly OT the
 * weekday column cannot hold: there the larger of the two.
 */
function settleDay(run: DayRun, i: number, dailyLimit: number, weeklyLimit: number, regularInWeek: number): number {
  const ordinary = run.worked[i] - run.hw[i];
  const dailyOt = ordinary > dailyLimit ? ordinary - dailyLimit : 0;
  const regular = ordinary - dailyOt;
  const weeklyOt = Math.min(regular, Math.max(0, regularInWeek + regular - Math.max(weeklyLimit, regularInWeek)));
  const computed = dailyOt + weeklyOt;
  const given = run.givenOvertime[i];
  run.dailyOvertime[i] = round(dailyOt);
  if (given !== given || (run.restOrdinary[i] === 1 && computed >= given)) {
    run.overtime[i] = round(computed);
    return regular;
  }
  run.overtime[i] = round(given);
  return Math.max(0, ordinary - given);
}

/**
 * General system over days [from, to): daily OT beyond `daily`, weekly OT beyond `weekly` on the day it is reached.
 * Example: six 7.5 h days Monday–Saturday → 5 h on the Saturday.
 */
function applyGeneral(
  run: DayRun,
  from: number,
  to: number,
  daily: number,
  weekly: number,
  weekStartsOn: number,
): void {
  let weekKey = Number.NaN;
  let regularInWeek = 0;
  for (let i = from; i < to; i++) {
    const key = getWeekStart(run.day[i], weekStartsOn);
    if (key !== weekKey) {
      weekKey = key;
      regularInWeek = 0;
    }
    regularInWeek += settleDay(run, i, daily, weekly, regularInWeek);
  }
}

/** Index of the period a month number falls in, for periods of `length` months starting at month `offset` (0–11). */
function getPeriodIndex(monthNumber: number, length: number, offset: number): number {
  return Math.floor((monthNumber - offset) / length);
}

/** Calendar days of a period (its `length` months). */
function getPeriodDays(period: number, length: number, offset: number): number {
  let days = 0;
  const first = period * length + offset;
  for (let m = first; m < first + length; m++) days += getDaysOfMonthNumber(m);
  return days;
}

/**
 * Variable hours (1-month or 1-year periods): daily and weekly rules on the scheduled hours where a period has them,
 * then the period rule. A period without any scheduled figure gets the period rule only (noted for the issue).
 */
function applyVariable(run: DayRun, length: number, offset: number, limits: SystemLimits, notes: SystemNotes): void {
  let from = 0;
  while (from < run.length) {
    const period = getPeriodIndex(run.monthNumber[from], length, offset);
    let to = from + 1;
    while (to < run.length && getPeriodIndex(run.monthNumber[to], length, offset) === period) to++;
    let hasSchedule = false;
    for (let i = from; i < to && !hasSchedule; i++) hasSchedule = run.scheduled[i] === run.scheduled[i];
    if (hasSchedule) applyScheduledWeeks(run, from, to, limits);
    else {
      notes.withoutSchedule = true;
      for (let i = from; i < to; i++) run.overtime[i] = run.dailyOvertime[i] = 0;
    }
    const lastMonth = period * length + offset + length - 1;
    // The period settles in its last month: a period the data does not reach the end of is still open.
    if (run.monthNumber[to - 1] === lastMonth)
      settlePeriod(run, from, to, (limits.weekly * getPeriodDays(period, length, offset)) / 7);
    from = to;
  }
}

/** Daily and weekly rules of variable hours over one period's days [from, to), weeks cut at the period's edges. */
function applyScheduledWeeks(run: DayRun, from: number, to: number, limits: SystemLimits): void {
  let i = from;
  while (i < to) {
    const week = getWeekStart(run.day[i], limits.weekStartsOn);
    let end = i;
    let scheduledInWeek = 0;
    while (end < to && getWeekStart(run.day[end], limits.weekStartsOn) === week) {
      const s = run.scheduled[end];
      if (s === s && run.holiday[end] !== 1) scheduledInWeek += s;
      end++;
    }
    const weeklyLimit = scheduledInWeek > limits.weekly ? scheduledInWeek : limits.weekly;
    let regularInWeek = 0;
    for (; i < end; i++) {
      const s = run.scheduled[i];
      const dailyLimit = s === s && s > limits.daily ? s : limits.daily;
      regularInWeek += settleDay(run, i, dailyLimit, weeklyLimit, regularInWeek);
    }
  }
}

/**
 * Period rule: the hours of days [from, to) not yet counted as OT (statutory holidays excluded), beyond `cap`, are OT
 * on the last day. Skipped when the sheet gives its own overtime figures for the period (its system already settled).
 */
function settlePeriod(run: DayRun, from: number, to: number, cap: number): void {
  let regular = 0;
  for (let i = from; i < to; i++) {
    if (run.givenOvertime[i] === run.givenOvertime[i]) return;
    regular += run.worked[i] - run.hw[i] - run.overtime[i];
  }
  if (regular > cap + 1e-9) run.overtime[to - 1] = round(run.overtime[to - 1] + regular - cap);
}

/**
 * Flextime: no daily or weekly rule. Settlement periods of `flexMonths` months from `periodStartMonth`; with more than
 * one month, each month's hours beyond 50 × days ÷ 7 are that month's OT, then the settlement adds what is still beyond
 * 40 × days ÷ 7 of the period. Example: 180 h in a 30-day month (1-month settlement) → 180 − 40 × 30 ÷ 7 = 8.57 h.
 */
function applyFlextime(run: DayRun, limits: SystemLimits): void {
  const length = limits.flexMonths >= 1 && limits.flexMonths <= 3 ? Math.floor(limits.flexMonths) : 1;
  const offset = length === 1 ? 0 : limits.periodStartMonth - 1;
  for (let i = 0; i < run.length; i++) run.overtime[i] = run.dailyOvertime[i] = 0;
  if (length > 1) {
    let from = 0;
    while (from < run.length) {
      const month = run.monthNumber[from];
      let to = from + 1;
      while (to < run.length && run.monthNumber[to] === month) to++;
      settlePeriod(run, from, to, (50 * getDaysOfMonthNumber(month)) / 7);
      from = to;
    }
  }
  let from = 0;
  while (from < run.length) {
    const period = getPeriodIndex(run.monthNumber[from], length, offset);
    let to = from + 1;
    while (to < run.length && getPeriodIndex(run.monthNumber[to], length, offset) === period) to++;
    if (run.monthNumber[to - 1] === period * length + offset + length - 1) {
      settlePeriod(run, from, to, (limits.weekly * getPeriodDays(period, length, offset)) / 7);
    }
    from = to;
  }
}
