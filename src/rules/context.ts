/**
 * The per-run evaluation context: the dataset indexed by employee and month once (Maps, no O(n²) scans),
 * the windows, the parameters, and the input issues the rules themselves raise (unknown full-time status…).
 * The index depends on the dataset only, so it is memoised per dataset object: re-evaluating after a
 * parameter change reuses it.
 */
import type { Params, WindowBasis } from './params';
import type {
  Dataset,
  Employee,
  FamilyEvent,
  InputIssue,
  IsoDate,
  IsoMonth,
  LeaveGrant,
  LeaveTaking,
  MonthlyHours,
  Shift,
  Threshold,
  Windows,
} from './types';
import { getDaysInMonth, getFirstDayOfMonth, getLastDayOfMonth, listMonths, splitIso, toDayNumber } from './dates';
import { computeWindows } from './windows';
import { msg, textAndRef, type MessageRef } from './messages';
import { classifyEveryone, findFullTimeNorms, type FullTimeNorms } from './fulltime';

export interface DatasetIndex {
  employees: Map<string, Employee>;
  hasRoster: boolean;
  /** One merged record per employee and month (duplicate rows are summed), per month. */
  hoursByMonth: Map<IsoMonth, MonthlyHours[]>;
  /** Sorted by date. */
  shiftsByEmployee: Map<string, Shift[]>;
  /** Worked hours summed from the shifts, per employee and month. */
  shiftHoursByEmployeeMonth: Map<string, Map<IsoMonth, number>>;
  grantsByEmployee: Map<string, LeaveGrant[]>;
  /** Sorted by date. */
  takingsByEmployee: Map<string, LeaveTaking[]>;
  familyByEmployee: Map<string, FamilyEvent[]>;
  /** Whether a family-leave sheet was read at all (an empty one means "no births", not "no data"). */
  hasFamilySheet: boolean;
  /** Hire and leave months of roster employees (for "employed in month m" by string comparison). */
  employmentMonths: Map<string, [IsoMonth | undefined, IsoMonth | undefined]>;
  /** Full-time status of roster employees under the default norms (undefined = cannot tell). */
  fullTime: Map<string, boolean | undefined>;
  /** The company's normal scheduled hours by default: the most common among 正社員, else 40 h / 8 h. */
  fullTimeNorms: FullTimeNorms;
  /** Birth date of roster employees as [year, month, day]. */
  birthParts: Map<string, [number, number, number]>;
  /** Per employee, the merged month rows sorted by month. */
  sortedHoursByEmployee: Map<string, MonthlyHours[]>;
  /** Per employee with timed shifts, the rest before each working day after the first, in date order. */
  restsByEmployee: Map<string, RestSeries>;
  /** Per employee and month, the number of days with late-night hours. */
  lateNightDaysByEmployee: Map<string, Map<IsoMonth, number>>;
}

/** Rests of one employee as parallel arrays: `hours[i]` of rest before the working day `dates[i]`. */
interface RestSeries {
  dates: IsoDate[];
  hours: number[];
}

export interface EvalContext {
  dataset: Dataset;
  params: Params;
  windows: Windows;
  index: DatasetIndex;
  months12: IsoMonth[];
  months36: IsoMonth[];
  /** Issues raised while evaluating, keyed to avoid duplicates. */
  issues: Map<string, InputIssue>;
  /** Profile thresholds of this run (before `params.thresholds` overrides). */
  profileThresholds: Map<string, Threshold>;
  /** Figures several criteria share within one run (the 36協定 findings…). */
  memo: Map<string, unknown>;
  /** Full-time status of roster employees under this run's norms (params.fullTimeWeeklyHours / DailyHours). */
  fullTime: Map<string, boolean | undefined>;
}

/** Computes a figure once per run. Example: `remember(ctx, 'law36', () => computeLaw36Findings(ctx))`. */
export function remember<T>(ctx: EvalContext, key: string, compute: () => T): T {
  if (!ctx.memo.has(key)) ctx.memo.set(key, compute());
  return ctx.memo.get(key) as T;
}

const acrossRuns = new WeakMap<object, Map<string, unknown>>();

/**
 * Computes a figure once per index part and key, across runs: a what-if that leaves the shifts alone (overtime −X %,
 * a threshold of another criterion) reuses the rest-interval and late-night findings instead of rebuilding them.
 * `key` must name every parameter the figure depends on. The result is shared between reports: never mutate it.
 * Example: `rememberAcross(ctx.index.restsByEmployee, `${limit}|${first}|${last}`, () => …)`.
 */
export function rememberAcross<T>(part: object, key: string, compute: () => T): T {
  let byKey = acrossRuns.get(part);
  if (!byKey) acrossRuns.set(part, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}

/** Appends `item` to the list stored under `key`. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Sorts a list (stably) by a text key unless it already is sorted (the usual case for attendance sheets). */
function sortByKey<T>(list: T[], key: (item: T) => string): void {
  for (let i = 1; i < list.length; i++) {
    if (key(list[i - 1]) > key(list[i])) {
      list.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      return;
    }
  }
}

const byDate = (item: { date: string }): string => item.date;

/** Merges two records of the same employee-month (one kind split over several sheets). */
function mergeHours(a: MonthlyHours, b: MonthlyHours): MonthlyHours {
  const add = (x?: number, y?: number): number | undefined =>
    x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0);
  return {
    employeeId: a.employeeId,
    month: a.month,
    overtime: a.overtime + b.overtime,
    holidayWork: a.holidayWork + b.holidayWork,
    worked: add(a.worked, b.worked),
    lateNight: add(a.lateNight, b.lateNight),
    daysWorked: add(a.daysWorked, b.daysWorked),
    lateNightDays: add(a.lateNightDays, b.lateNightDays),
    ...((a.system ?? b.system) ? { system: a.system ?? b.system } : {}),
    refs: [...(a.refs ?? []), ...(b.refs ?? [])],
  };
}

/** One record per month of a month-sorted list, records of the same month merged in list order. */
function mergeSameMonths(list: MonthlyHours[]): MonthlyHours[] {
  const merged: MonthlyHours[] = [];
  for (const row of list) {
    const last = merged[merged.length - 1];
    if (last && last.month === row.month) merged[merged.length - 1] = mergeHours(last, row);
    else merged.push(row);
  }
  return merged;
}

/** Groups records by employee id. */
function groupByEmployee<T extends { employeeId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) pushTo(map, row.employeeId, row);
  return map;
}

/**
 * Memoises `build(list)` per array object. `applyWhatIf` copies only the arrays it changes (the monthly hours for
 * "overtime −X %", the family events for "N more men"), so a what-if re-evaluation rebuilds only those parts of the
 * index and reuses the rest — above all the 365,000 shifts' parts (rests, late-night days).
 */
function memoisedPer<T extends object, R>(build: (list: T) => R): (list: T) => R {
  const cache = new WeakMap<T, R>();
  return (list) => {
    let result = cache.get(list);
    if (result === undefined) cache.set(list, (result = build(list)));
    return result;
  };
}

type ShiftIndex = Pick<
  DatasetIndex,
  'shiftsByEmployee' | 'shiftHoursByEmployeeMonth' | 'restsByEmployee' | 'lateNightDaysByEmployee'
>;
type EmployeeIndex = Pick<DatasetIndex, 'employees' | 'employmentMonths' | 'fullTime' | 'fullTimeNorms' | 'birthParts'>;
type HoursIndex = Pick<DatasetIndex, 'hoursByMonth' | 'sortedHoursByEmployee'>;

/**
 * The shift parts of the index in one pass over each employee's date-sorted shifts (365,000 rows a year for
 * 1,000 employees, so no per-shift strings or tuples beyond what the figures need):
 * - worked hours and late-night days per month (months are contiguous once sorted);
 * - the rest before each working day (from the end of the previous working day to the start of this one), for
 *   shifts with start and end times; a second row of the same day (split shift) extends that day.
 *   Example: 09:00–23:00 on 2025-06-02 then 08:00 on 2025-06-03 → date '2025-06-03', 9 h.
 */
const indexShifts = memoisedPer((shifts: Shift[]): ShiftIndex => {
  const shiftsByEmployee = groupByEmployee(shifts);
  const shiftHoursByEmployeeMonth = new Map<string, Map<IsoMonth, number>>();
  const lateNightDaysByEmployee = new Map<string, Map<IsoMonth, number>>();
  const restsByEmployee = new Map<string, RestSeries>();
  for (const [employeeId, list] of shiftsByEmployee) {
    sortByKey(list, byDate);
    const hoursByMonth = new Map<IsoMonth, number>();
    const lateNightDays = new Map<IsoMonth, number>();
    const rests: RestSeries = { dates: [], hours: [] };
    let hasTimedShift = false;
    let month = '';
    let monthHours = 0;
    let monthLateNightDays = 0;
    let lastLateNightDate = '';
    let previousEnd: number | null = null;
    let previousDate = '';
    for (const s of list) {
      if (month.length !== 7 || !s.date.startsWith(month)) {
        if (month !== '') {
          hoursByMonth.set(month, monthHours);
          lateNightDays.set(month, monthLateNightDays);
        }
        month = s.date.slice(0, 7);
        monthHours = hoursByMonth.get(month) ?? 0;
        monthLateNightDays = lateNightDays.get(month) ?? 0;
      }
      monthHours += s.workedHours;
      if (s.lateNightHours > 0 && s.date !== lastLateNightDate) {
        monthLateNightDays += 1;
        lastLateNightDate = s.date;
      }
      if (s.startMinute === undefined || s.endMinute === undefined) continue;
      hasTimedShift = true;
      const day = toDayNumber(s.date) * 1440;
      const end = day + (s.endMinute < s.startMinute ? s.endMinute + 1440 : s.endMinute);
      if (s.date === previousDate) {
        if (previousEnd === null || end > previousEnd) previousEnd = end;
        continue;
      }
      if (previousEnd !== null) {
        rests.dates.push(s.date);
        rests.hours.push((day + s.startMinute - previousEnd) / 60);
      }
      previousEnd = end;
      previousDate = s.date;
    }
    if (month !== '') {
      hoursByMonth.set(month, monthHours);
      lateNightDays.set(month, monthLateNightDays);
    }
    shiftHoursByEmployeeMonth.set(employeeId, hoursByMonth);
    lateNightDaysByEmployee.set(employeeId, lateNightDays);
    if (hasTimedShift) restsByEmployee.set(employeeId, rests);
  }
  return { shiftsByEmployee, shiftHoursByEmployeeMonth, restsByEmployee, lateNightDaysByEmployee };
});

const indexEmployees = memoisedPer((list: Employee[]): EmployeeIndex => {
  const employees = new Map<string, Employee>();
  for (const e of list) if (!employees.has(e.id)) employees.set(e.id, e);
  const employmentMonths = new Map<string, [IsoMonth | undefined, IsoMonth | undefined]>();
  const birthParts = new Map<string, [number, number, number]>();
  const fullTimeNorms = findFullTimeNorms(employees.values());
  const fullTime = classifyEveryone(employees.values(), fullTimeNorms);
  for (const e of employees.values()) {
    if (e.hireDate !== undefined || e.leaveDate !== undefined)
      employmentMonths.set(e.id, [e.hireDate?.slice(0, 7), e.leaveDate?.slice(0, 7)]);
    if (e.birthDate !== undefined) {
      const parts = splitIso(e.birthDate);
      if (parts.every(Number.isFinite)) birthParts.set(e.id, parts);
    }
  }
  return { employees, employmentMonths, fullTime, fullTimeNorms, birthParts };
});

/**
 * The monthly rows per employee (sorted by month, a month given twice — one kind split over several sheets —
 * merged) and per month. Arrays, not a map per employee: the overtime −X % what-if rebuilds this part for every
 * employee-month at each move of the knob.
 */
const indexMonthlyHours = memoisedPer((rows: MonthlyHours[]): HoursIndex => {
  const sortedHoursByEmployee = groupByEmployee(rows);
  const hoursByMonth = new Map<IsoMonth, MonthlyHours[]>();
  for (const [id, list] of sortedHoursByEmployee) {
    sortByKey(list, (row) => row.month);
    const merged = list.some((row, i) => i > 0 && row.month === list[i - 1].month) ? mergeSameMonths(list) : list;
    if (merged !== list) sortedHoursByEmployee.set(id, merged);
    for (const row of merged) pushTo(hoursByMonth, row.month, row);
  }
  return { hoursByMonth, sortedHoursByEmployee };
});

const indexTakings = memoisedPer((takings: LeaveTaking[]): Map<string, LeaveTaking[]> => {
  const takingsByEmployee = groupByEmployee(takings);
  for (const list of takingsByEmployee.values()) sortByKey(list, byDate);
  return takingsByEmployee;
});
const indexGrants = memoisedPer((grants: LeaveGrant[]) => groupByEmployee(grants));
const indexFamily = memoisedPer((events: FamilyEvent[]) => groupByEmployee(events));

/**
 * Indexes a dataset by employee and month; each part is built once per source array (see `memoisedPer`).
 * Example: `buildIndex(ds).sortedHoursByEmployee.get('E001')?.find((m) => m.month === '2025-04')?.overtime`.
 */
function buildIndex(dataset: Dataset): DatasetIndex {
  return {
    ...indexEmployees(dataset.employees),
    ...indexMonthlyHours(dataset.monthlyHours),
    ...indexShifts(dataset.shifts),
    hasRoster: dataset.employees.length > 0 || dataset.sources.some((s) => s.kind === 'roster'),
    grantsByEmployee: indexGrants(dataset.leaveGrants),
    takingsByEmployee: indexTakings(dataset.leaveTakings),
    familyByEmployee: indexFamily(dataset.familyEvents),
    hasFamilySheet: dataset.familyEvents.length > 0 || dataset.sources.some((s) => s.kind === 'family'),
  };
}

const indexCache = new WeakMap<Dataset, DatasetIndex>();

/** The index of a dataset, built once per dataset object. */
export function getIndex(dataset: Dataset): DatasetIndex {
  let index = indexCache.get(dataset);
  if (!index) indexCache.set(dataset, (index = buildIndex(dataset)));
  return index;
}

/** How a profile shapes the windows: its default basis and whether the plan period is its 12-month window. */
export interface WindowChoice {
  basis?: WindowBasis;
  planPeriod?: 'year';
}

/** Builds the context of one `evaluate` run. */
export function createContext(
  dataset: Dataset,
  params: Params,
  profileThresholds: Map<string, Threshold>,
  choice: WindowChoice = {},
): EvalContext {
  let windows = computeWindows(params, choice.basis);
  if (choice.planPeriod === 'year') {
    windows = {
      ...windows,
      plan: [
        params.planStart ?? getFirstDayOfMonth(windows.months12[0]),
        params.planEnd ?? getLastDayOfMonth(windows.months12[1]),
      ],
    };
  }
  const index = getIndex(dataset);
  const customNorms = params.fullTimeWeeklyHours !== undefined || params.fullTimeDailyHours !== undefined;
  return {
    dataset,
    params,
    windows,
    index,
    months12: listMonths(windows.months12[0], windows.months12[1]),
    months36: listMonths(windows.years3[0], windows.years3[1]),
    issues: new Map(),
    profileThresholds,
    memo: new Map(),
    fullTime: customNorms
      ? classifyEveryone(index.employees.values(), {
          weekly: params.fullTimeWeeklyHours ?? index.fullTimeNorms.weekly,
          daily: params.fullTimeDailyHours ?? index.fullTimeNorms.daily,
        })
      : index.fullTime,
  };
}

/**
 * The threshold in force for a criterion: `params.thresholds[id]`, else the profile's (when not null), else `fallback`.
 * Example: with `params.thresholds['leave.takeup-rate'] = 0.8`, `getThreshold(ctx, 'leave.takeup-rate', 0.7) === 0.8`.
 */
export function getThreshold(ctx: EvalContext, id: string, fallback: Threshold): Threshold {
  const override = ctx.params.thresholds?.[id];
  if (override !== undefined) return override;
  // A profile lists parameter-driven criteria (rest interval, late-night days) with a null threshold.
  return ctx.profileThresholds.get(id) ?? fallback;
}

/** Records an input issue raised by a rule (deduplicated by sheet, cell and message). */
export function addIssue(
  ctx: EvalContext,
  issue: Omit<InputIssue, 'message'> & { message: string | MessageRef },
): void {
  const full: InputIssue = { ...issue, ...textAndRef(issue.message) };
  const key = `${full.sheet}\u0000${full.cell}\u0000${full.message}`;
  if (!ctx.issues.has(key)) ctx.issues.set(key, full);
}

/** Records an issue about one roster row (or the whole dataset when the employee has no roster row). */
export function addEmployeeIssue(ctx: EvalContext, employeeId: string, message: string | MessageRef): void {
  const e = ctx.index.employees.get(employeeId);
  addIssue(ctx, { sheet: e?.ref?.sheet ?? '', cell: e?.ref ? `A${e.ref.row}` : '', value: employeeId, message });
}

/**
 * criteria.md "employed in month m": hire date ≤ last day of m and no leave date or leave date ≥ first day of m.
 * An employee without a roster row (or without either date) is employed in the months with attendance rows.
 * Example: hired 2025-06-10 → employed in 2025-06, not in 2025-05.
 */
export function isEmployedIn(ctx: EvalContext, employeeId: string, month: IsoMonth): boolean {
  const months = ctx.index.employmentMonths.get(employeeId);
  if (!months) return ctx.index.sortedHoursByEmployee.get(employeeId)?.some((row) => row.month === month) ?? false;
  // hire ≤ last day of m ⇔ hire month ≤ m; leave ≥ first day of m ⇔ leave month ≥ m.
  return (months[0] === undefined || months[0] <= month) && (months[1] === undefined || months[1] >= month);
}

/** True when the employee is on the payroll on a date (hire ≤ date ≤ leave). Unknown dates count as employed. */
export function isEmployedOn(e: Employee, date: IsoDate): boolean {
  return (e.hireDate === undefined || e.hireDate <= date) && (e.leaveDate === undefined || e.leaveDate >= date);
}

/**
 * Full-time status for a full-time criterion; an unknown status is reported once as an input issue.
 * Example: an employee with employment type 契約社員 and no hours → undefined and an issue.
 */
export function resolveFullTime(ctx: EvalContext, employeeId: string): boolean | undefined {
  const status = ctx.fullTime.get(employeeId);
  if (status === undefined) {
    addEmployeeIssue(ctx, employeeId, msg('issue.fulltime-unknown', { id: employeeId }));
  }
  return status;
}

/** Completed years of age on the last day of a month; undefined without a birth date. Example: born 1990-04-01 → 35 in 2025-04. */
export function getAgeInMonth(ctx: EvalContext, employeeId: string, month: IsoMonth): number | undefined {
  const birth = ctx.index.birthParts.get(employeeId);
  if (birth === undefined) return undefined;
  const [y, m] = splitIso(month);
  // On the last day of the month the birthday of that month has passed, unless it is a 29 February in a common year.
  const before = m < birth[1] || (m === birth[1] && getDaysInMonth(y, m) < birth[2]);
  return y - birth[0] - (before ? 1 : 0);
}
