/**
 * Building blocks of the working-hours criteria (./criteria/hours/): the window's attendance rows of employed employees,
 * monthly means of a measure over a population, their series, evidence and gap sentences, the status rule of a
 * monthly criterion, and `evaluateMonthlyMean`, the whole of a "mean under N hours every month" criterion.
 */
import type { CriterionResult, EvidenceRow, IsoMonth, MonthlyHours, Status } from './types';
import type { EvalContext } from './context';
import { getThreshold, isEmployedIn, remember, resolveFullTime, reuseAcrossRuns } from './context';
import { readingShapeOnly } from './run-cache';
import { joinMessages, monthsRef, msg, type MessageParam, type MessageRef } from './messages';
import { buildResult, ceilTenth, EPSILON, formatHours, roundTo, toNumberThreshold, type CriterionMeta } from './result';

/** OT + HW of one employee-month. */
export function getOvertimeAndHolidayWork(row: MonthlyHours): number {
  return row.overtime + row.holidayWork;
}

export interface MonthStat {
  mean: number;
  employees: number;
  total: number;
}

export interface MonthlyMeans {
  stats: Map<IsoMonth, MonthStat>;
  /** Months of the window without any attendance row at all. */
  missing: IsoMonth[];
}

/**
 * The months of the 12-month window that have attendance rows, with those rows, and the months that have none
 * (which make an hours criterion `insufficient-data`).
 */
export function splitWindowMonths(ctx: EvalContext): { withRows: [IsoMonth, MonthlyHours[]][]; missing: IsoMonth[] } {
  const withRows: [IsoMonth, MonthlyHours[]][] = [];
  const missing: IsoMonth[] = [];
  for (const month of ctx.months12) {
    const rows = ctx.index.hoursByMonth.get(month);
    if (rows && rows.length > 0) withRows.push([month, rows]);
    else missing.push(month);
  }
  return { withRows, missing };
}

/**
 * The window's months with attendance rows, each with the rows of the employees employed in that month, and the
 * months without rows. Computed once per run: the monthly means, the per-category means and the 60-hour average
 * all start from it.
 */
export function getEmployedRowsByMonth(ctx: EvalContext): {
  withRows: [IsoMonth, MonthlyHours[]][];
  missing: IsoMonth[];
} {
  return remember(ctx, 'hours.employed-rows', () => {
    const { withRows, missing } = splitWindowMonths(ctx);
    const positions = getEmployedPositions(ctx);
    const employed = withRows.map(([month, rows], i): [IsoMonth, MonthlyHours[]] => [
      month,
      positions[i].map((p) => rows[p]),
    ]);
    return { withRows: employed, missing };
  });
}

/**
 * Per month of the window with rows, the positions in that month's rows of the employees employed in it. Who is
 * employed depends on the rows' employee ids and months, not on their hours: the overtime what-if reuses it.
 */
function getEmployedPositions(ctx: EvalContext): number[][] {
  return reuseAcrossRuns(ctx, 'hours.employed-positions', () =>
    readingShapeOnly(() =>
      splitWindowMonths(ctx).withRows.map(([month, rows]) => {
        const positions: number[] = [];
        for (let p = 0; p < rows.length; p++) if (isEmployedIn(ctx, rows[p].employeeId, month)) positions.push(p);
        return positions;
      }),
    ),
  );
}

/**
 * Mean of `measure` per month of the 12-month window over the employees employed in that month, with attendance
 * data, and accepted by `include`.
 * Example: two employees with 40 h and 50 h in 2025-04 → `stats.get('2025-04').mean === 45`.
 */
export function computeMonthlyMeans(
  ctx: EvalContext,
  include: (row: MonthlyHours) => boolean = () => true,
  measure: (row: MonthlyHours) => number = getOvertimeAndHolidayWork,
): MonthlyMeans {
  const stats = new Map<IsoMonth, MonthStat>();
  const { withRows, missing } = getEmployedRowsByMonth(ctx);
  for (const [month, rows] of withRows) {
    let total = 0;
    let employees = 0;
    for (const row of rows) {
      if (!include(row)) continue;
      total += measure(row);
      employees += 1;
    }
    if (employees > 0) stats.set(month, { mean: total / employees, employees, total });
  }
  return { stats, missing };
}

/** The series of a monthly criterion: month → mean, rounded to 0.01 h. */
export function toSeries(stats: Map<IsoMonth, MonthStat>): Record<IsoMonth, number> {
  const series: Record<IsoMonth, number> = {};
  for (const [month, s] of stats) series[month] = roundTo(s.mean);
  return series;
}

/** "2025-07 の勤怠データがありません" for the months missing from a monthly criterion. */
export function describeMissingMonths(missing: IsoMonth[]): MessageRef {
  return msg('gap.months-missing', { months: monthsRef(missing) });
}

/** How much a figure over a limit must come down, rounded up to 0.1 and never shown as 0. */
export function getReduction(excess: number): number {
  return Math.max(0.1, ceilTenth(excess));
}

/** "2025-06 の平均時間外労働をあと3.2時間減らす必要（合計38.5時間）" for each month at or over the threshold. */
export function describeMonthsOver(
  stats: Map<IsoMonth, MonthStat>,
  threshold: number,
  label: MessageParam = '',
): MessageRef[] {
  const out: MessageRef[] = [];
  for (const [month, s] of stats) {
    if (s.mean < threshold - EPSILON) continue;
    const excess = s.mean - threshold;
    out.push(
      msg('gap.hours.reduce-month', {
        label,
        month,
        hours: formatHours(getReduction(excess)),
        total: formatHours(getReduction(excess * s.employees)),
      }),
    );
  }
  return out;
}

/** Evidence rows of a monthly mean: month, mean, employees, total. */
export function toEvidence(stats: Map<IsoMonth, MonthStat>, category?: string): EvidenceRow[] {
  return [...stats].map(([month, s]) => ({
    ...(category === undefined ? {} : { category }),
    month,
    mean: roundTo(s.mean),
    employees: s.employees,
    total: roundTo(s.total),
  }));
}

/** Status of a monthly criterion: missing months first, then empty population, then the threshold. */
export function judgeMonthly(missing: IsoMonth[], hasPopulation: boolean, failing: boolean): Status {
  if (missing.length > 0) return 'insufficient-data';
  if (!hasPopulation) return 'not-applicable';
  return failing ? 'fail' : 'pass';
}

/** Joins gap sentences; null when there is nothing to say. */
export function joinGap(parts: MessageRef[]): MessageRef | null {
  return joinMessages(parts);
}

/** Highest value of a map, or null when empty. */
export function getMax(values: Iterable<number>): number | null {
  let max: number | null = null;
  for (const v of values) if (max === null || v > max) max = v;
  return max;
}

/**
 * A monthly-mean criterion: value = highest monthly mean, pass when every month is under the threshold.
 * Example: means 44 and 46 with threshold 45 → fail, value 46, gap for the 46-hour month.
 */
export function evaluateMonthlyMean(
  ctx: EvalContext,
  meta: CriterionMeta,
  fallback: number,
  include?: (row: MonthlyHours) => boolean,
): CriterionResult {
  const threshold = getThreshold(ctx, meta.id, fallback);
  const limit = toNumberThreshold(threshold, fallback);
  const { stats, missing } = computeMonthlyMeans(ctx, include);
  const max = getMax([...stats.values()].map((s) => s.mean));
  const over = describeMonthsOver(stats, limit);
  const status = judgeMonthly(missing, stats.size > 0, over.length > 0);
  const gap = status === 'insufficient-data' ? joinGap([describeMissingMonths(missing), ...over]) : joinGap(over);
  return buildResult(meta, {
    status,
    value: max === null ? null : roundTo(max),
    threshold,
    gap,
    series: toSeries(stats),
    evidence: toEvidence(stats),
  });
}

/** A result for a criterion that cannot be judged for lack of a roster column. */
export function buildInsufficient(
  ctx: EvalContext,
  meta: CriterionMeta,
  fallback: number | null,
  gap: MessageRef,
): CriterionResult {
  return buildResult(meta, {
    status: 'insufficient-data',
    value: null,
    threshold: getThreshold(ctx, meta.id, fallback),
    gap,
  });
}

/**
 * True when a full-time criterion can say nothing: no employee with attendance data in the window has a known
 * full-time status (typically: no roster).
 */
export function lacksFullTimeStatus(ctx: EvalContext): boolean {
  for (const month of ctx.months12) {
    for (const row of ctx.index.hoursByMonth.get(month) ?? [])
      if (resolveFullTime(ctx, row.employeeId) !== undefined) return false;
  }
  return true;
}

/** The gap of a full-time criterion without full-time status. */
export const NO_FULL_TIME = msg('gap.need-fulltime-columns');
