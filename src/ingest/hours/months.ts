/**
 * One employee's computed working days → MonthlyHours records (OT, HW, worked, late-night hours and days, days
 * worked, system) and one Shift per working day (its segments kept when it had several).
 */
import type { MonthlyHours, Shift, SourceRef, WorkingTimeSystem } from '../../rules/types';
import type { MergedDays, RowPlan } from './days';

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** The month records and shifts of one employee's merged, computed days. */
export function emitMonths(
  plan: RowPlan,
  employeeId: string,
  system: WorkingTimeSystem,
  run: MergedDays,
  months: MonthlyHours[],
  shifts: Shift[],
): void {
  let m: MonthlyHours | null = null;
  let refs: SourceRef[] = [];
  let month = -1;
  let worked = 0;
  let lateNight = 0;
  let daysWorked = 0;
  let lateNightDays = 0;
  let holidayDays = 0;
  for (let j = 0; j < run.length; j++) {
    if (m === null || run.monthIndex[j] !== month) {
      if (m) closeMonth(m, worked, lateNight, daysWorked, lateNightDays, holidayDays);
      month = run.monthIndex[j];
      refs = [];
      m = { employeeId, month: plan.monthNames[month], overtime: 0, holidayWork: 0, refs, system };
      worked = 0;
      lateNight = 0;
      daysWorked = 0;
      lateNightDays = 0;
      holidayDays = 0;
      months.push(m);
    }
    const hours = run.worked[j];
    const givenOt = run.givenOvertime[j];
    const late = run.lateNight[j] === run.lateNight[j] ? run.lateNight[j] : 0;
    // The sheet's overtime figure stands, except on a rest day worked as ordinary work (its weekly OT is computed).
    m.overtime += givenOt === givenOt && run.restOrdinary[j] === 0 ? givenOt : run.overtime[j];
    m.holidayWork += run.hw[j];
    if (run.hw[j] > 0) holidayDays++;
    worked += hours;
    lateNight += late;
    if (hours > 0) daysWorked++;
    if (late > 0) lateNightDays++;
    emitDay(plan, employeeId, run, j, late, refs, shifts);
  }
  if (m) closeMonth(m, worked, lateNight, daysWorked, lateNightDays, holidayDays);
}

/** Day j's source rows into the month's refs, and its Shift (a day with hours or punches). */
function emitDay(
  plan: RowPlan,
  employeeId: string,
  run: MergedDays,
  j: number,
  late: number,
  refs: SourceRef[],
  shifts: Shift[],
): void {
  const t = plan.t;
  const from = run.segFrom[j];
  const to = run.segTo[j];
  const first = plan.order[from];
  const ref = t.ref[first];
  if (ref) refs.push(ref);
  for (let k = from + 1; k < to; k++) {
    const more = t.ref[plan.order[k]];
    if (more) refs.push(more);
  }
  const hours = run.worked[j];
  const start = run.start[j];
  if (hours > 0 || start === start) {
    const dailyOt = run.dailyOvertime[j];
    const shift = makeShift(employeeId, t.date[first], hours, late, dailyOt, start, run.end[j], t.dayType[first], ref);
    if (to - from > 1) addSegments(shift, plan, from, to);
    shifts.push(shift);
  }
}

/** The timed segments of a day given in several entries, on the shift (only when more than one is timed). */
function addSegments(shift: Shift, plan: RowPlan, from: number, to: number): void {
  const segments: { startMinute: number; endMinute: number }[] = [];
  for (let k = from; k < to; k++) {
    const i = plan.order[k];
    const s = plan.t.start[i];
    const e = plan.t.end[i];
    if (s === s && e === e) segments.push({ startMinute: s, endMinute: e });
  }
  if (segments.length > 1) shift.segments = segments;
}

function closeMonth(
  m: MonthlyHours,
  worked: number,
  lateNight: number,
  daysWorked: number,
  lateNightDays: number,
  holidayDays: number,
): void {
  m.overtime = round(m.overtime);
  m.holidayWork = round(m.holidayWork);
  m.worked = round(worked);
  m.lateNight = round(lateNight);
  m.daysWorked = daysWorked;
  m.lateNightDays = lateNightDays;
  m.holidayWorkDays = holidayDays;
}

/** A Shift record; NaN start or end = not known. The usual full record is made in one go (one object shape). */
function makeShift(
  employeeId: string,
  date: string,
  workedHours: number,
  lateNightHours: number,
  dailyOvertime: number,
  startMinute: number,
  endMinute: number,
  dayType: string | undefined,
  ref: SourceRef | undefined,
): Shift {
  if (startMinute === startMinute && endMinute === endMinute && dayType !== undefined && ref) {
    return { employeeId, date, workedHours, lateNightHours, dailyOvertime, startMinute, endMinute, dayType, ref };
  }
  const shift: Shift = { employeeId, date, workedHours, lateNightHours, dailyOvertime };
  if (startMinute === startMinute) shift.startMinute = startMinute;
  if (endMinute === endMinute) shift.endMinute = endMinute;
  if (dayType !== undefined) shift.dayType = dayType;
  if (ref) shift.ref = ref;
  return shift;
}
