/**
 * The dataset indexed by employee and month for the rules (Maps, no O(n²) scans): roster facts, merged monthly rows,
 * shift figures (worked hours, late-night days, rests), leave and family rows. Each part is memoised per source
 * array and the whole index per dataset object, so a re-evaluation after a parameter change or a what-if reuses
 * every part whose rows did not change.
 */
import type {
  Dataset,
  Employee,
  FamilyEvent,
  IsoDate,
  IsoMonth,
  LeaveGrant,
  LeaveTaking,
  MonthlyHours,
  Shift,
} from './types';
import { splitIso, toDayNumber } from './dates';
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
  /**
   * The monthly rows but for their OT and HW (ids, months, systems, days; how they are grouped and ordered), shared
   * by a scaled copy of the rows: what depends on it alone (who is employed in which month's rows, each employee's
   * 36協定 limits) is reused by the overtime what-if.
   */
  hoursShape: object;
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
type HoursIndex = Pick<DatasetIndex, 'hoursByMonth' | 'sortedHoursByEmployee' | 'hoursShape'>;

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
    const { hoursByMonth, lateNightDays, rests } = indexEmployeeShifts(list);
    shiftHoursByEmployeeMonth.set(employeeId, hoursByMonth);
    lateNightDaysByEmployee.set(employeeId, lateNightDays);
    if (rests) restsByEmployee.set(employeeId, rests);
  }
  return { shiftsByEmployee, shiftHoursByEmployeeMonth, restsByEmployee, lateNightDaysByEmployee };
});

/**
 * The shift figures of one employee from their date-sorted shifts, in a single pass: worked hours and late-night
 * days per month, and the rests (null when no shift has start and end times). Locals rather than a state object:
 * this loop runs once per shift of the whole dataset.
 */
function indexEmployeeShifts(list: Shift[]): {
  hoursByMonth: Map<IsoMonth, number>;
  lateNightDays: Map<IsoMonth, number>;
  rests: RestSeries | null;
} {
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
  return { hoursByMonth, lateNightDays, rests: hasTimedShift ? rests : null };
}

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
 * Where each employee's merged month rows come from: the positions of their rows in the source array, in month
 * order (stable: rows of the same month keep their order), and whether two rows share a month (one kind split over
 * several sheets) and must be merged. It depends only on the rows' employee ids and months, so a what-if that scales
 * the hours (same ids, same months, position for position) reuses it instead of grouping and sorting again.
 */
interface HoursPlan {
  employees: { id: string; positions: number[]; merge: boolean }[];
}

const planHours = memoisedPer((rows: MonthlyHours[]): HoursPlan => {
  const byEmployee = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) pushTo(byEmployee, rows[i].employeeId, i);
  const employees: HoursPlan['employees'] = [];
  for (const [id, positions] of byEmployee) {
    const month = (i: number) => rows[i].month;
    sortByKey(positions, month);
    const merge = positions.some((p, k) => k > 0 && month(p) === month(positions[k - 1]));
    employees.push({ id, positions, merge });
  }
  return { employees };
});

/** Rows that are another array's rows, position for position, but for their OT and HW (a scaled copy). */
const sameShapeAs = new WeakMap<MonthlyHours[], MonthlyHours[]>();

/**
 * Declares that `copy` holds, position for position, the rows of `source` with only their OT and HW changed (the
 * same employees, months, systems, days), so indexing `copy` reuses the grouping and sorting of `source`, and what
 * depends only on the rows' shape (`hoursShape`) is reused too.
 * Example: `markSameShape(scaled, dataset.monthlyHours)` after scaling every month's OT and HW.
 */
export function markSameShape(copy: MonthlyHours[], source: MonthlyHours[]): void {
  if (copy.length === source.length) sameShapeAs.set(copy, sameShapeAs.get(source) ?? source);
}

/**
 * The monthly rows per employee (sorted by month, a month given twice — one kind split over several sheets —
 * merged) and per month, laid out by the plan of the rows (or of the rows they are a scaled copy of).
 */
const indexMonthlyHours = memoisedPer((rows: MonthlyHours[]): HoursIndex => {
  const plan = planHours(sameShapeAs.get(rows) ?? rows);
  const sortedHoursByEmployee = new Map<string, MonthlyHours[]>();
  const hoursByMonth = new Map<IsoMonth, MonthlyHours[]>();
  for (const { id, positions, merge } of plan.employees) {
    const list = positions.map((p) => rows[p]);
    const merged = merge ? mergeSameMonths(list) : list;
    sortedHoursByEmployee.set(id, merged);
    for (const row of merged) pushTo(hoursByMonth, row.month, row);
  }
  return { hoursByMonth, sortedHoursByEmployee, hoursShape: plan };
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
