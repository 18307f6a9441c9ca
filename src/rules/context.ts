/**
 * The per-run evaluation context: the dataset's index (dataset-index.ts, memoised per dataset object, so
 * re-evaluating after a parameter change reuses it), the windows, the parameters, the per-run memo, and the input
 * issues the rules themselves raise (unknown full-time status…).
 */
import type { Params, WindowBasis } from './params';
import type { Dataset, Employee, InputIssue, IsoDate, IsoMonth, Threshold, Windows } from './types';
import { getDaysInMonth, getFirstDayOfMonth, getLastDayOfMonth, listMonths, splitIso } from './dates';
import { computeWindows } from './windows';
import { msg, textAndRef, type MessageRef } from './messages';
import { classifyEveryone } from './fulltime';
import { getIndex, type DatasetIndex } from './dataset-index';
import {
  FULL_TIME_PART,
  noteIssue,
  noteRead,
  readingShapeOnly,
  reuseOrCompute,
  takeReads,
  tracked,
  viewDataset,
  viewIndex,
  viewParams,
  type Reads,
  type RunSources,
} from './run-cache';

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

/**
 * Computes a figure once per run. Example: `remember(ctx, 'law36', () => computeLaw36Findings(ctx))`. What computing
 * it read counts as read by every computation that uses it (./run-cache.ts).
 */
export function remember<T>(ctx: EvalContext, key: string, compute: () => T): T {
  let figure = ctx.memo.get(key) as { value: T; reads: Reads } | undefined;
  if (figure === undefined) ctx.memo.set(key, (figure = tracked(compute)));
  else takeReads(figure.reads);
  return figure.value;
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

/**
 * A figure of the run taken from an earlier run on the same data when nothing it read has changed (./run-cache.ts),
 * else computed (and its input issues raised again when it is reused). `key` names the figure.
 * Example: `reuseAcrossRuns(ctx, 'hours.employed-positions', () => …)`.
 */
export function reuseAcrossRuns<T>(ctx: EvalContext, key: string, compute: () => T): T {
  if (!(ctx instanceof RunContext)) return compute();
  return reuseOrCompute(ctx.sources, `${ctx.runKey}|${key}`, compute, (issue) => addIssue(ctx, issue as IssueArgument));
}

/**
 * A figure per employee with monthly rows that depends on the rows only through their shape (ids, months, systems;
 * not OT or HW) and on the parameters and roster it reads: worked out for everyone once, kept across runs (the
 * overtime what-if reuses it), and for an employee without rows once per run.
 * Example: `perEmployee('law36.limits', findLaw36Limits)(ctx, 'E001')` → E001's limits.
 */
export function perEmployee<T>(key: string, compute: (ctx: EvalContext, employeeId: string) => T) {
  return (ctx: EvalContext, employeeId: string): T => {
    const everyone = remember(ctx, key, () =>
      reuseAcrossRuns(ctx, key, () =>
        readingShapeOnly(() => {
          const out = new Map<string, T>();
          for (const id of ctx.index.sortedHoursByEmployee.keys()) out.set(id, compute(ctx, id));
          return out;
        }),
      ),
    );
    if (everyone.has(employeeId)) return everyone.get(employeeId)!;
    // Remembered one by one, so each user of the figure counts what computing it read.
    return remember(ctx, `${key}|${employeeId}`, () => compute(ctx, employeeId));
  };
}

/** How a profile shapes the windows: its default basis and whether the plan period is its 12-month window. */
export interface WindowChoice {
  basis?: WindowBasis;
  planPeriod?: 'year';
}

/** A run's context: parameters, dataset and index seen through views that note what is read (./run-cache.ts). */
class RunContext implements EvalContext {
  readonly issues = new Map<string, InputIssue>();
  readonly memo = new Map<string, unknown>();
  readonly dataset: Dataset;
  readonly params: Params;
  readonly index: DatasetIndex;

  constructor(
    readonly sources: RunSources & { fullTime: Map<string, boolean | undefined> },
    /** What every part of the run shares without reading it through the context: the profile and the windows. */
    readonly runKey: string,
    readonly windows: Windows,
    readonly months12: IsoMonth[],
    readonly months36: IsoMonth[],
    readonly profileThresholds: Map<string, Threshold>,
  ) {
    this.dataset = viewDataset(sources.dataset);
    this.params = viewParams(sources.params);
    this.index = viewIndex(sources.index);
  }

  get fullTime(): Map<string, boolean | undefined> {
    noteRead(FULL_TIME_PART);
    return this.sources.fullTime;
  }
}

/** Full-time status under custom norms, kept per roster and norms so that runs with the same norms share it. */
const fullTimeByNorms = new WeakMap<object, Map<string, Map<string, boolean | undefined>>>();

function classifyWithNorms(index: DatasetIndex, weekly: number, daily: number): Map<string, boolean | undefined> {
  let byNorms = fullTimeByNorms.get(index.employees);
  if (!byNorms) fullTimeByNorms.set(index.employees, (byNorms = new Map()));
  const key = `${weekly}|${daily}`;
  let fullTime = byNorms.get(key);
  if (!fullTime) byNorms.set(key, (fullTime = classifyEveryone(index.employees.values(), { weekly, daily })));
  return fullTime;
}

/** Builds the context of one `evaluate` run. */
export function createContext(
  dataset: Dataset,
  params: Params,
  profileThresholds: Map<string, Threshold>,
  choice: WindowChoice = {},
  profileId = '',
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
  const fullTime = customNorms
    ? classifyWithNorms(
        index,
        params.fullTimeWeeklyHours ?? index.fullTimeNorms.weekly,
        params.fullTimeDailyHours ?? index.fullTimeNorms.daily,
      )
    : index.fullTime;
  return new RunContext(
    { dataset, params, index, fullTime },
    `${profileId}|${JSON.stringify(windows)}`,
    windows,
    listMonths(windows.months12[0], windows.months12[1]),
    listMonths(windows.years3[0], windows.years3[1]),
    profileThresholds,
  );
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

/** An input issue as a rule raises it: the message as text or as a ref. */
export type IssueArgument = Omit<InputIssue, 'message'> & { message: string | MessageRef };

/** Records an input issue raised by a rule (deduplicated by sheet, cell and message). */
export function addIssue(ctx: EvalContext, issue: IssueArgument): void {
  noteIssue(issue);
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
 * Employed in month m: hire date ≤ last day of m and no leave date or leave date ≥ first day of m.
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
