/**
 * Daily punches → statutory overtime (OT), statutory holiday work (HW) and late-night hours per employee and month
 * (労働基準法32条 the statutory hours, 35条 the weekly holiday, 37条4項 late night 22:00〜5:00).
 *
 * - worked = end − start − break; an end earlier than the start, or past 24:00, is on the next day. Several entries
 *   of one employee and date are the segments of one working day (split shift, 出勤1/退勤1 …): merged, never dropped.
 * - The statutory holiday (法定休日) of each week: a day labelled so (or with a holiday-work figure and no 所定休日
 *   label); else the company's statutory rest weekday; else, in a week worked on all seven days, the last of them
 *   (MHLW: the later rest day of the calendar week). Every hour of it is HW and none counts toward any limit.
 *   A 所定休日 (法定外休日) is ordinary work; a holiday-work figure given for it is not added a second time.
 * - OT under the employee's working-time system: see ./systems.ts.
 * - Late-night = worked time between 22:00 and 05:00. The sheets give only the length of the break, not when it
 *   was taken, so the break is assumed to fall outside late-night hours: late-night = min(overlap of the punch span
 *   with 22:00–05:00, worked hours). This never overstates worked hours and is exact for the usual daytime break.
 */
import type { InputIssue, MonthlyHours, Shift, SourceRef, WorkingTimeSystem } from '../../rules/types';
import { createMergedDays, mergeSegments, planRows, type MergedDays, type RowPlan } from './days';
import { markStatutoryHolidays, splitHolidayHours, type HolidayConflict } from './holidays';
import { describeMissingSchedule, findVariableMidway, holidayConflictIssue } from './notes';
import { emitMonths } from './months';
import { computeOvertimeOfRun, type SystemNotes } from './systems';
import { blankFlags, blankNumbers } from '../parse/blank-columns';

/** One day of one employee, already parsed. */
export interface WorkDay {
  employeeId: string;
  date: string;
  /** Worked hours of the day (0 for a day off). */
  workedHours: number;
  /** Day type 法定休日: all hours are holiday work. */
  statutoryHoliday: boolean;
  /** What the day's label says (wins over `statutoryHoliday` when given). */
  dayKind?: DayKind;
  /** Scheduled (所定) hours of the day, for variable hours. */
  scheduledHours?: number;
  /** Overtime hours from the sheet's own column; wins over the computed figure. */
  givenOvertime?: number;
  /** Holiday-work hours from the sheet's own column; wins over the computed figure. */
  givenHolidayWork?: number;
  /** The holiday-work column says only 休日 (休日出勤, 休出): HW on statutory holidays, ordinary work elsewhere. */
  holidayWorkIsHint?: boolean;
  lateNightHours?: number;
  startMinute?: number;
  endMinute?: number;
  dayType?: string;
  ref?: SourceRef;
}

/**
 * What a day's label says about it: 0 = nothing (a work day, or a rest day the rules may still infer as 法定休日),
 * 1 = 法定休日 (statutory holiday), 2 = 所定休日 / 法定外休日 (ordinary work for the daily and weekly rules),
 * 3 = labelled a work day (出勤, 平日), 4 = leave or absence on a work day (年休, 欠勤: not a rest day).
 */
export const DAY_KIND = { unlabelled: 0, statutoryHoliday: 1, prescribedHoliday: 2, workDay: 3, leave: 4 } as const;
export type DayKind = (typeof DAY_KIND)[keyof typeof DAY_KIND];

/** The names are those of IngestOptions, so that ingest can pass its options through. */
export interface HoursOptions {
  dailyLimitHours?: number;
  weeklyLimitHours?: number;
  /** 0 = Sunday (default) … 6 = Saturday. */
  weekStartsOn?: number;
  /** An employee's hire and leave dates (roster), for the 1-year variable period joined or left midway. */
  employmentOf?: (employeeId: string) => { hireDate?: string; leaveDate?: string; ref?: SourceRef } | undefined;
  /** The A1 address of the day-type cell of a source row, for the issues of a typed 法定休日. */
  dayTypeCell?: (ref: SourceRef) => string;
  /** An employee's working-time system from the roster; undefined = `workingTimeSystem`. */
  systemOf?: (employeeId: string) => WorkingTimeSystem | undefined;
  /** Company-wide working-time system; default general. */
  workingTimeSystem?: WorkingTimeSystem;
  /** Company's statutory rest weekday, 0 = Sunday … 6 = Saturday; unset = inferred per week. */
  statutoryHolidayWeekday?: number;
  /** Flextime settlement period, 1–3 months; default 1. */
  flexSettlementMonths?: number;
  /** First month (1–12) of the 1-year variable period and of flextime settlement periods; default 4. */
  variablePeriodStartMonth?: number;
}

export { dayNumber } from './days';

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
  const minutes =
    overlap(startMinute, end, -120, 300) +
    overlap(startMinute, end, 1320, 1740) +
    overlap(startMinute, end, 2760, 3180);
  return Math.max(0, Math.min(minutes / 60, workedHours));
}

/** Minutes shared by [a, b) and [lo, hi). */
function overlap(a: number, b: number, lo: number, hi: number): number {
  const from = a > lo ? a : lo;
  const to = b < hi ? b : hi;
  return to > from ? to - from : 0;
}

/** The monthly figures and the worked shifts of a set of days. */
export interface ComputedHours {
  monthlyHours: MonthlyHours[];
  shifts: Shift[];
  /** Input issues of the computation (variable hours without scheduled hours…). Optional: append when present. */
  issues?: InputIssue[];
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
  /** 1 = the day's holiday-work figure comes from a column that says only 休日 (a hint, not HW by itself). */
  holidayHint = new Uint8Array(0);
  /**
   * Which of the four columns above most sheets leave blank have an array of their own: until a day gives a value,
   * a column is the shared blank one (../parse/blank-columns.ts), 2.9 MB saved per column at 365,000 days.
   */
  private readonly owned = { scheduled: false, givenOvertime: false, givenHolidayWork: false, holidayHint: false };
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
    // A day without a value is not written (see push): an owned column's new room starts as NaN.
    const numbers = (a: Float64Array<ArrayBuffer>, own: boolean) =>
      own ? grow(a, (n) => new Float64Array(n).fill(Number.NaN)) : blankNumbers(cap);
    this.scheduled = numbers(this.scheduled, this.owned.scheduled);
    this.givenOvertime = numbers(this.givenOvertime, this.owned.givenOvertime);
    this.givenHolidayWork = numbers(this.givenHolidayWork, this.owned.givenHolidayWork);
    this.holidayHint = this.owned.holidayHint ? grow(this.holidayHint, (n) => new Uint8Array(n)) : blankFlags(cap);
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
    employeeId: string,
    date: string,
    worked: number,
    dayKind: DayKind | boolean,
    givenOvertime: number,
    givenHolidayWork: number,
    lateNight: number,
    start: number,
    end: number,
    dayType: string | undefined,
    ref: SourceRef | undefined,
    scheduledHours = Number.NaN,
    holidayHint = false,
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
    if (scheduledHours === scheduledHours) this.own('scheduled')[i] = scheduledHours;
    if (givenOvertime === givenOvertime) this.own('givenOvertime')[i] = givenOvertime;
    if (givenHolidayWork === givenHolidayWork) this.own('givenHolidayWork')[i] = givenHolidayWork;
    if (holidayHint) this.ownFlags()[i] = 1;
    this.lateNight[i] = lateNight;
    this.start[i] = start;
    this.end[i] = end;
    this.dayType[i] = dayType;
    this.ref[i] = ref;
  }

  /** A column that most sheets leave blank, given an array of its own (a copy of the blank one) on its first value. */
  private own(column: 'scheduled' | 'givenOvertime' | 'givenHolidayWork'): Float64Array {
    if (!this.owned[column]) {
      this[column] = this[column].slice();
      this.owned[column] = true;
    }
    return this[column];
  }

  private ownFlags(): Uint8Array {
    if (!this.owned.holidayHint) {
      this.holidayHint = this.holidayHint.slice();
      this.owned.holidayHint = true;
    }
    return this.holidayHint;
  }

  /** The table of a list of WorkDay records. */
  static of(days: WorkDay[]): DayTable {
    const t = new DayTable();
    t.reserve(days.length);
    const num = (n: number | undefined) => (n === undefined ? Number.NaN : n);
    for (const d of days) {
      t.push(
        d.employeeId,
        d.date,
        d.workedHours,
        d.dayKind ?? d.statutoryHoliday,
        num(d.givenOvertime),
        num(d.givenHolidayWork),
        num(d.lateNightHours),
        num(d.startMinute),
        num(d.endMinute),
        d.dayType,
        d.ref,
        num(d.scheduledHours),
        d.holidayWorkIsHint === true,
      );
    }
    return t;
  }
}

/**
 * Daily rows → MonthlyHours (OT, HW, worked, late-night, days worked, late-night days, system) and Shift records.
 * Columns the sheet gives (overtime, holiday work, late-night) win over computed figures, day by day.
 * Example: 5 × 9 h Monday–Friday → one month with overtime 5 (daily) and no weekly OT.
 */
export function computeMonthlyHours(days: WorkDay[], options: HoursOptions = {}): ComputedHours {
  return computeMonthlyHoursOf(DayTable.of(days), options);
}

/**
 * Statutory OT per entry (same order as `days`: one employee's, sorted by date); a day given in several segments
 * has its OT on its first segment. Example: six days of 7.5 h Monday–Saturday → `[0, 0, 0, 0, 0, 5]`.
 */
export function computeDailyOvertime(days: WorkDay[], options: HoursOptions = {}): number[] {
  const out: number[] = new Array(days.length).fill(0);
  const plan = planRows(DayTable.of(days));
  const run = createMergedDays(days.length);
  prepareRun(plan, 0, options, run);
  for (let j = 0; j < run.length; j++) out[plan.order[run.segFrom[j]]] = run.overtime[j];
  return out;
}

/** The working-time system of an employee: the roster's, else the company's, else general. */
function getSystem(employeeId: string, options: HoursOptions): WorkingTimeSystem {
  return options.systemOf?.(employeeId) ?? options.workingTimeSystem ?? 'general';
}

/** Merges employee e's entries into `run`, decides the statutory holidays and computes each day's OT. */
function prepareRun(
  plan: RowPlan,
  e: number,
  options: HoursOptions,
  run: MergedDays,
): { system: WorkingTimeSystem; notes: SystemNotes; conflicts: HolidayConflict[] } {
  mergeSegments(
    plan.t,
    plan.order,
    plan.offsets[e],
    plan.offsets[e + 1],
    plan.rowDay,
    plan.rowMonth,
    plan.monthNumbers,
    run,
  );
  const weekStartsOn = options.weekStartsOn ?? 0;
  const weekday = statutoryWeekday(options);
  const conflicts = markStatutoryHolidays(run, weekStartsOn, weekday);
  splitHolidayHours(run, weekday);
  const system = getSystem(plan.t.ids[e], options);
  const flexMonths = options.flexSettlementMonths ?? 1;
  // The 44 h of 特例措置対象事業場 (労基則25条の2①) is not for 1-year variable hours nor flextime settled over more than
  // a month (25条の2④): those keep 40 h whatever the parameter says.
  const no44 = system === 'variable-1year' || (system === 'flextime' && flexMonths > 1);
  const weekly = options.weeklyLimitHours ?? 40;
  const notes = computeOvertimeOfRun(run, system, {
    daily: options.dailyLimitHours ?? 8,
    weekly: no44 ? Math.min(weekly, 40) : weekly,
    weekStartsOn,
    flexMonths,
    periodStartMonth: options.variablePeriodStartMonth ?? 4,
  });
  return { system, notes, conflicts };
}

function statutoryWeekday(options: HoursOptions): number | undefined {
  const weekday = options.statutoryHolidayWeekday;
  return Number.isInteger(weekday) && weekday! >= 0 && weekday! <= 6 ? weekday : undefined;
}

/**
 * computeMonthlyHours on days held column-wise. Employees come in the order of their first day, each one's days
 * in date order (a stable sort when the sheet is not), months in date order.
 */
export function computeMonthlyHoursOf(t: DayTable, options: HoursOptions = {}): ComputedHours {
  const plan = planRows(t);
  const run = createMergedDays(plan.longestRun);
  const months: MonthlyHours[] = [];
  const shifts: Shift[] = [];
  const withoutSchedule: string[] = [];
  const issues: InputIssue[] = [];
  let firstRef: SourceRef | undefined;
  for (let e = 0; e < t.ids.length; e++) {
    const { system, notes, conflicts } = prepareRun(plan, e, options, run);
    if (notes.withoutSchedule) {
      withoutSchedule.push(t.ids[e]);
      firstRef ??= t.ref[plan.order[plan.offsets[e]]];
    }
    if (conflicts.length > 0)
      issues.push(holidayConflictIssue(plan, t.ids[e], run, conflicts, options, statutoryWeekday(options)));
    if (system === 'variable-1year') {
      const midway = findVariableMidway(t.ids[e], run, options);
      if (midway) issues.push(midway);
    }
    emitMonths(plan, t.ids[e], system, run, months, shifts);
  }
  const result: ComputedHours = { monthlyHours: months, shifts };
  if (withoutSchedule.length > 0) issues.unshift(describeMissingSchedule(withoutSchedule, firstRef));
  if (issues.length > 0) result.issues = issues;
  return result;
}
