/**
 * Working-hours criteria (criteria.md "Working hours"): monthly means of statutory overtime + holiday work over
 * the 12-month window, per population (everyone, per employment category, full-time, full-time aged 25–39),
 * the 60-hour full-time average and the share of 60-hour weeks.
 */
import type { CriterionResult, EvidenceRow, IsoMonth, MonthlyHours } from './types';
import type { EvalContext } from './context';
import { addIssue, getAgeInMonth, getThreshold, isEmployedIn, remember, resolveFullTime } from './context';
import { countDaysInclusive, getDaysInMonth, getFirstDayOfMonth, getLastDayOfMonth, splitIso } from './dates';
import { getMeta } from './meta';
import { msg, peopleRef, type Localized, type MessageRef } from './messages';
import {
  buildResult,
  combineAlternatives,
  combineRequirements,
  EPSILON,
  formatHours,
  roundTo,
  toNumberThreshold,
} from './result';
import {
  buildInsufficient,
  computeMonthlyMeans,
  describeMissingMonths,
  describeMonthsOver,
  evaluateMonthlyMean,
  getEmployedRowsByMonth,
  getMax,
  getOvertimeAndHolidayWork,
  getReduction,
  joinGap,
  judgeMonthly,
  splitWindowMonths,
  toEvidence,
  toSeries,
  type MonthlyMeans,
  type MonthStat,
} from './hours-monthly';

/** `hours.avg-overtime-under-45`: everyone employed with attendance data. */
export function evaluateAverageOvertime(ctx: EvalContext): CriterionResult {
  return evaluateMonthlyMean(ctx, 'hours.avg-overtime-under-45', 45);
}

/** The category of employees whose roster row gives no employment type. */
const NO_CATEGORY = '（雇用区分なし）';

/** A criterion's title in both languages, for a gap that names another criterion. */
function titleOf(result: CriterionResult): Localized {
  return { ja: result.title, en: getMeta(result.id).titleEn };
}

/** Employment category (雇用管理区分) of an employee, as written on the roster. */
function getCategory(ctx: EvalContext, employeeId: string): string {
  return ctx.index.employees.get(employeeId)?.employmentType?.trim() || NO_CATEGORY;
}

/**
 * `hours.avg-overtime-under-45-by-category`: the same mean per employment category; value = the highest
 * category-month mean; breakdown = highest monthly mean per category; series = highest category mean per month.
 */
export function evaluateAverageOvertimeByCategory(ctx: EvalContext): CriterionResult {
  const id = 'hours.avg-overtime-under-45-by-category';
  const threshold = getThreshold(ctx, id, 45);
  const limit = toNumberThreshold(threshold, 45);
  const byCategory = new Map<string, MonthlyMeans>();
  const { withRows, missing } = getEmployedRowsByMonth(ctx);
  for (const [month, rows] of withRows) {
    const sums = new Map<string, MonthStat>();
    for (const row of rows) {
      const category = getCategory(ctx, row.employeeId);
      const s = sums.get(category) ?? { mean: 0, employees: 0, total: 0 };
      s.total += getOvertimeAndHolidayWork(row);
      s.employees += 1;
      sums.set(category, s);
    }
    for (const [category, s] of sums) {
      let means = byCategory.get(category);
      if (!means) byCategory.set(category, (means = { stats: new Map(), missing }));
      means.stats.set(month, { ...s, mean: s.total / s.employees });
    }
  }
  const breakdown: Record<string, number> = {};
  const series: Record<IsoMonth, number> = {};
  const over: MessageRef[] = [];
  const evidence: EvidenceRow[] = [];
  for (const [category, { stats }] of [...byCategory].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const max = getMax([...stats.values()].map((s) => s.mean));
    if (max !== null) breakdown[category] = roundTo(max);
    for (const [month, s] of stats) series[month] = Math.max(series[month] ?? -Infinity, roundTo(s.mean));
    over.push(
      ...describeMonthsOver(stats, limit, category === NO_CATEGORY ? msg('label.no-employment-category') : category),
    );
    evidence.push(...toEvidence(stats, category));
  }
  const max = getMax(Object.values(breakdown));
  const status = judgeMonthly(missing, max !== null, over.length > 0);
  const gap = status === 'insufficient-data' ? joinGap([describeMissingMonths(missing), ...over]) : joinGap(over);
  return buildResult(getMeta(id), { status, value: max, threshold, gap, series, evidence, breakdown });
}

/**
 * True when a full-time criterion can say nothing: no employee with attendance data in the window has a known
 * full-time status (typically: no roster).
 */
function lacksFullTimeStatus(ctx: EvalContext): boolean {
  for (const month of ctx.months12) {
    for (const row of ctx.index.hoursByMonth.get(month) ?? [])
      if (resolveFullTime(ctx, row.employeeId) !== undefined) return false;
  }
  return true;
}

const NO_FULL_TIME = msg('gap.need-fulltime-columns');

/** `hours.fulltime-avg-overtime-under-30`: the monthly mean over full-time employees. */
export function evaluateFullTimeOvertime(ctx: EvalContext): CriterionResult {
  return remember(ctx, 'hours.fulltime-30', () => computeFullTimeOvertime(ctx));
}

function computeFullTimeOvertime(ctx: EvalContext): CriterionResult {
  const id = 'hours.fulltime-avg-overtime-under-30';
  if (lacksFullTimeStatus(ctx)) return buildInsufficient(ctx, id, 30, NO_FULL_TIME);
  return evaluateMonthlyMean(ctx, id, 30, (row) => resolveFullTime(ctx, row.employeeId) === true);
}

/** True when a full-time employee is aged 25–39 in the month; a missing birth date is reported and excluded. */
function isFullTime25to39(ctx: EvalContext, row: MonthlyHours): boolean {
  if (resolveFullTime(ctx, row.employeeId) !== true) return false;
  const age = getAgeInMonth(ctx, row.employeeId, row.month);
  if (age === undefined) {
    const e = ctx.index.employees.get(row.employeeId);
    addIssue(ctx, {
      sheet: e?.ref?.sheet ?? '',
      cell: e?.ref ? `A${e.ref.row}` : '',
      value: row.employeeId,
      message: msg('issue.birthdate-unknown', { id: row.employeeId }),
    });
    return false;
  }
  return age >= 25 && age <= 39;
}

/** `hours.fulltime-25to39-avg-overtime-under-45`: the monthly mean over full-time employees aged 25–39 in that month. */
export function evaluateYoungFullTimeOvertime(ctx: EvalContext): CriterionResult {
  return remember(ctx, 'hours.fulltime-25to39', () => computeYoungFullTimeOvertime(ctx));
}

function computeYoungFullTimeOvertime(ctx: EvalContext): CriterionResult {
  const id = 'hours.fulltime-25to39-avg-overtime-under-45';
  if (lacksFullTimeStatus(ctx)) return buildInsufficient(ctx, id, 45, NO_FULL_TIME);
  const hasBirthDates = [...ctx.index.employees.values()].some((e) => e.birthDate !== undefined);
  if (!hasBirthDates) return buildInsufficient(ctx, id, 45, msg('gap.need-birthdates'));
  return evaluateMonthlyMean(ctx, id, 45, (row) => isFullTime25to39(ctx, row));
}

/** `hours.fulltime-avg-overtime-under-45` (トライくるみん): the monthly mean over full-time employees, under 45 h. */
export function evaluateFullTimeOvertime45(ctx: EvalContext): CriterionResult {
  const id = 'hours.fulltime-avg-overtime-under-45';
  if (lacksFullTimeStatus(ctx)) return buildInsufficient(ctx, id, 45, NO_FULL_TIME);
  return evaluateMonthlyMean(ctx, id, 45, (row) => resolveFullTime(ctx, row.employeeId) === true);
}

/**
 * `hours.kurumin-overtime` (くるみん 2025): (full-time mean < 30 h, or full-time aged 25–39 mean < 45 h) and nobody
 * averaging 60 h of statutory overtime. Example: under-30 fails, 25–39 passes, nobody at 60 h → pass.
 */
export function evaluateKuruminOvertime(ctx: EvalContext): CriterionResult {
  const a = remember(ctx, 'hours.fulltime-30', () => evaluateFullTimeOvertime(ctx));
  const b = remember(ctx, 'hours.fulltime-25to39', () => evaluateYoungFullTimeOvertime(ctx));
  const sixty = remember(ctx, 'hours.no-over-60', () => computeSixtyAverage(ctx));
  const either = combineAlternatives(a.status, b.status);
  const status = combineRequirements(either, sixty.status);
  const parts: MessageRef[] = [];
  if (either !== 'pass')
    parts.push(
      msg('gap.kurumin.either', {
        a: titleOf(a),
        aGap: a.gapRef ?? a.gap ?? '—',
        b: titleOf(b),
        bGap: b.gapRef ?? b.gap ?? '—',
      }),
    );
  if (sixty.status !== 'pass')
    parts.push(msg('gap.kurumin.sixty', { title: titleOf(sixty), gap: sixty.gapRef ?? sixty.gap ?? '—' }));
  const gap = status === 'pass' ? null : joinGap(parts);
  return buildResult(getMeta('hours.kurumin-overtime'), {
    status,
    value: null,
    threshold: getThreshold(ctx, 'hours.kurumin-overtime', null),
    gap,
    breakdown: Object.fromEntries(
      [
        [a.id, a.value],
        [b.id, b.value],
        [sixty.id, sixty.value],
      ].filter((e): e is [string, number] => typeof e[1] === 'number'),
    ),
  });
}

/**
 * `hours.no-over-60-average`: per employee (everyone, short-time workers too), the mean OT (holiday work excluded)
 * over the window's months in which they were employed and have data; value = the highest mean; fail when ≥ 60.
 * Series = the monthly mean OT of everyone. Example: E1 at 70 h in 6 months and 50 h in 6 → 60 → fail.
 */
export function evaluateSixtyAverage(ctx: EvalContext): CriterionResult {
  return remember(ctx, 'hours.no-over-60', () => computeSixtyAverage(ctx));
}

function computeSixtyAverage(ctx: EvalContext): CriterionResult {
  const id = 'hours.no-over-60-average';
  const threshold = getThreshold(ctx, id, 60);
  const limit = toNumberThreshold(threshold, 60);
  const { stats, missing } = computeMonthlyMeans(
    ctx,
    () => true,
    (row) => row.overtime,
  );
  const sums = new Map<string, { total: number; months: number }>();
  for (const [, rows] of getEmployedRowsByMonth(ctx).withRows) {
    for (const row of rows) {
      const s = sums.get(row.employeeId) ?? { total: 0, months: 0 };
      s.total += row.overtime;
      s.months += 1;
      sums.set(row.employeeId, s);
    }
  }
  const breakdown: Record<string, number> = {};
  const over: MessageRef[] = [];
  for (const [employeeId, s] of [...sums].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const mean = s.total / s.months;
    breakdown[employeeId] = roundTo(mean);
    if (mean >= limit - EPSILON)
      over.push(
        msg('gap.hours.reduce-person', {
          id: employeeId,
          mean: formatHours(mean),
          hours: formatHours(getReduction(mean - limit)),
        }),
      );
  }
  const max = getMax(Object.values(breakdown));
  const status = judgeMonthly(missing, sums.size > 0, over.length > 0);
  const gap = status === 'insufficient-data' ? joinGap([describeMissingMonths(missing), ...over]) : joinGap(over);
  return buildResult(getMeta(id), { status, value: max, threshold, gap, series: toSeries(stats), breakdown });
}

/** Worked hours of one employee-month: the given total, else the sum of the month's shifts; undefined when unknown. */
function getWorkedHours(
  ctx: EvalContext,
  employeeId: string,
  month: IsoMonth,
  row: MonthlyHours | undefined,
): number | undefined {
  if (row?.worked !== undefined) return row.worked;
  return ctx.index.shiftHoursByEmployeeMonth.get(employeeId)?.get(month);
}

/** Days of the window on which an employee was employed (roster dates, else the months with attendance rows). */
function countDaysEmployed(ctx: EvalContext, employeeId: string): number {
  const months = ctx.index.employmentMonths.get(employeeId);
  const e = ctx.index.employees.get(employeeId);
  let days = 0;
  for (const month of ctx.months12) {
    if (!isEmployedIn(ctx, employeeId, month)) continue;
    const [y, m] = splitIso(month);
    if (!months || (months[0] !== month && months[1] !== month)) {
      days += getDaysInMonth(y, m);
      continue;
    }
    // Hired or left during this month: count the days on the payroll only.
    const first = getFirstDayOfMonth(month);
    const last = getLastDayOfMonth(month);
    const start = e?.hireDate && e.hireDate > first ? e.hireDate : first;
    const end = e?.leaveDate && e.leaveDate < last ? e.leaveDate : last;
    days += countDaysInclusive(start, end);
  }
  return days;
}

/**
 * `hours.weekly-60-share`: share of employees whose mean weekly worked hours over the window
 * (total worked ÷ (days employed ÷ 7)) is ≥ 60. Needs worked hours: insufficient-data otherwise.
 * Example: 1 of 20 employees at 61 h a week → 0.05, passes ≤ 5%.
 */
export function evaluateWeeklySixtyShare(ctx: EvalContext): CriterionResult {
  const id = 'hours.weekly-60-share';
  const threshold = getThreshold(ctx, id, 0.05);
  const limit = toNumberThreshold(threshold, 0.05);
  const totals = new Map<string, number>();
  const { withRows, missing } = splitWindowMonths(ctx);
  for (const [month, rows] of withRows) {
    for (const row of rows) {
      const worked = getWorkedHours(ctx, row.employeeId, month, row);
      if (worked !== undefined) totals.set(row.employeeId, (totals.get(row.employeeId) ?? 0) + worked);
    }
  }
  if (totals.size === 0) return buildInsufficient(ctx, id, 0.05, msg('gap.need-worked-hours'));
  const breakdown: Record<string, number> = {};
  const heavy: string[] = [];
  for (const [employeeId, total] of [...totals].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const days = countDaysEmployed(ctx, employeeId);
    if (days <= 0) continue;
    const weekly = total / (days / 7);
    breakdown[employeeId] = roundTo(weekly);
    if (weekly >= 60 - EPSILON) heavy.push(employeeId);
  }
  const n = Object.keys(breakdown).length;
  const share = n > 0 ? heavy.length / n : 0;
  const failing = share > limit + EPSILON;
  const excess = heavy.length - Math.floor(limit * n + EPSILON);
  const gaps = failing ? [msg('gap.hours.weekly60', { n: excess, people: peopleRef(heavy) })] : [];
  const status = judgeMonthly(missing, n > 0, failing);
  const gap = status === 'insufficient-data' ? joinGap([describeMissingMonths(missing), ...gaps]) : joinGap(gaps);
  return buildResult(getMeta(id), { status, value: n > 0 ? share : null, threshold, gap, breakdown });
}
