/**
 * 36協定 limits (労働基準法36条; 労働時間等見直しガイドライン 二) per employee: the findings of each limit, which the
 * criteria under ./criteria/law36/ count (one criterion per finding rule, value = employees with such a finding,
 * and the company criterion `law36.compliance`). OT excludes holiday work; "OT+HW" includes it.
 */
import type { Finding, IsoMonth, MonthlyHours, Severity } from './types';
import type { EvalContext } from './context';
import { remember } from './context';
import { addMonths, getMonthOf, toMonthNumber } from './dates';
import { getAgreementYearStart } from './windows';
import { CATEGORIES, defineCriterion, type CriterionDefinition, type LegalWhen } from './criterion';
import { evaluateFindingCount } from './findings';
import { messageOf, msg, type Localized, type MessageRef } from './messages';
import { getLaw36Limits, LAW36_LIMITS, type Law36Limits } from './law36-limits';
import { computeAgreementFindings, getAgreementOf } from './agreement-scope';
import { EPSILON, formatHours, roundTo } from './result';

/** The finding rules of the 36協定 limits, one per limit. */
export type Law36Rule =
  | 'law36.month-over-45'
  | 'law36.months-over-45-more-than-6'
  | 'law36.year-over-360'
  | 'law36.year-over-720'
  | 'law36.month-100-or-more'
  | 'law36.avg-over-80'
  | 'law36.approaching';

function makeFinding(
  rule: Law36Rule,
  employeeId: string,
  period: string,
  value: number,
  severity: Severity,
  message: MessageRef,
): Finding {
  return { rule, employeeId, period, value: roundTo(value), severity, ...messageOf(message) };
}

/**
 * Month findings: OT over the monthly limit — a warning while it is not known whether the agreement has a special
 * clause, a violation when the company's agreement has none (36条4項: without one, 45 h is a hard limit) — and
 * OT+HW ≥ 100 (violation; 医師: warning).
 */
function findMonthFindings(
  employeeId: string,
  rows: MonthlyHours[],
  limits: Law36Limits,
  out: Finding[],
  noSpecialClause = false,
): void {
  const limit = limits.month;
  for (const row of rows) {
    if (row.overtime > limit + EPSILON) {
      out.push(
        makeFinding(
          'law36.month-over-45',
          employeeId,
          row.month,
          row.overtime,
          noSpecialClause ? 'violation' : 'warning',
          msg('finding.law36.month-over', {
            id: employeeId,
            month: row.month,
            hours: formatHours(row.overtime),
            limit,
            note: limits.note,
          }),
        ),
      );
    }
    const withHoliday = row.overtime + row.holidayWork;
    if (limits.month100 && withHoliday >= LAW36_LIMITS.monthWithHolidayWork - EPSILON) {
      const doctor = limits.month100 === 'warning' ? msg('law36.note.doctor-interview') : '';
      out.push(
        makeFinding(
          'law36.month-100-or-more',
          employeeId,
          row.month,
          withHoliday,
          limits.month100,
          msg('finding.law36.month-100', {
            id: employeeId,
            month: row.month,
            hours: formatHours(withHoliday),
            note: limits.note,
            doctor,
          }),
        ),
      );
    }
  }
}

/** OT, OT+HW and the number of months over the monthly limit in one agreement year of one employee. */
interface YearTotals {
  total: number;
  withHoliday: number;
  over: number;
}

/**
 * Sums an employee's month rows per agreement year (keyed by its first month). The month → year-start lookup is
 * shared by every employee of the run, since `getAgreementYearStart` is called for the same few months again and again.
 */
function sumAgreementYears(ctx: EvalContext, rows: MonthlyHours[], limits: Law36Limits): Map<IsoMonth, YearTotals> {
  const years = new Map<IsoMonth, YearTotals>();
  const starts = remember(ctx, 'law36.year-starts', () => new Map<IsoMonth, IsoMonth>());
  for (const row of rows) {
    let start = starts.get(row.month);
    if (start === undefined)
      starts.set(row.month, (start = getAgreementYearStart(row.month, ctx.params.agreementStartMonth)));
    const y = years.get(start) ?? { total: 0, withHoliday: 0, over: 0 };
    y.total += row.overtime;
    y.withHoliday += row.overtime + row.holidayWork;
    if (row.overtime > limits.month + EPSILON) y.over += 1;
    years.set(start, y);
  }
  return years;
}

/**
 * The yearly-total finding of one agreement year: over 720 (960) h is a violation, else over 360 (320) h a warning;
 * null under both. Only the violation counts holiday work, and only for 医師.
 */
function findYearTotalFinding(employeeId: string, period: string, y: YearTotals, limits: Law36Limits): Finding | null {
  const counted = limits.yearWithHolidayWork ? y.withHoliday : y.total;
  const what = limits.yearWithHolidayWork
    ? { ja: '時間外・休日労働', en: 'overtime + holiday work' }
    : { ja: '時間外労働', en: 'overtime' };
  if (counted > limits.yearViolation + EPSILON) {
    return makeFinding(
      'law36.year-over-720',
      employeeId,
      period,
      counted,
      'violation',
      msg('finding.law36.year-violation', {
        id: employeeId,
        period,
        what,
        hours: formatHours(counted),
        limit: limits.yearViolation,
        note: limits.note,
      }),
    );
  }
  if (y.total > limits.yearWarning + EPSILON) {
    return makeFinding(
      'law36.year-over-360',
      employeeId,
      period,
      y.total,
      'warning',
      msg('finding.law36.year-warning', {
        id: employeeId,
        period,
        hours: formatHours(y.total),
        limit: limits.yearWarning,
        note: limits.note,
      }),
    );
  }
  return null;
}

/** Agreement-year findings: more than 6 months over the monthly limit, over 360 (320) h, over 720 (960) h. */
function findYearFindings(
  ctx: EvalContext,
  employeeId: string,
  rows: MonthlyHours[],
  limits: Law36Limits,
  out: Finding[],
): void {
  for (const [start, y] of sumAgreementYears(ctx, rows, limits)) {
    const period = `${start}..${addMonths(start, 11)}`;
    if (limits.averageAndSixMonths && y.over > LAW36_LIMITS.monthsOver45PerYear) {
      out.push(
        makeFinding(
          'law36.months-over-45-more-than-6',
          employeeId,
          period,
          y.over,
          'violation',
          msg('finding.law36.six-months', {
            id: employeeId,
            period,
            limit: limits.month,
            count: y.over,
            note: limits.note,
          }),
        ),
      );
    }
    const yearly = findYearTotalFinding(employeeId, period, y, limits);
    if (yearly) out.push(yearly);
  }
}

/**
 * The worst 2–6-month mean of OT+HW (months without data count as 0, across agreement years); a finding when it
 * is over 80 h. Example: 85 h then 80 h → mean 82.5 over `2025-05..2025-06`.
 */
function findAverageFinding(employeeId: string, rows: MonthlyHours[], out: Finding[]): void {
  if (rows.length === 0) return;
  // Dense months from 5 months before the first row: every 2–6-month window that touches the data. Months are
  // numbered (year × 12 + month) so that only the worst window's months become strings.
  const maxSpan = LAW36_LIMITS.averageSpans[LAW36_LIMITS.averageSpans.length - 1];
  const firstRow = toMonthNumber(rows[0].month);
  const first = firstRow - (maxSpan - 1);
  const values = new Float64Array(toMonthNumber(rows[rows.length - 1].month) - first + 1);
  for (const row of rows) values[toMonthNumber(row.month) - first] = row.overtime + row.holidayWork;
  let worst: { mean: number; start: number; end: number } | null = null;
  for (let end = maxSpan - 1; end < values.length; end++) {
    let sum = values[end];
    for (let span = 2; span <= maxSpan; span++) {
      sum += values[end - span + 1];
      const mean = sum / span;
      if (mean > LAW36_LIMITS.averageWithHolidayWork + EPSILON && (worst === null || mean > worst.mean + EPSILON)) {
        worst = { mean, start: end - span + 1, end };
      }
    }
  }
  if (worst) {
    const start = addMonths(rows[0].month, worst.start + first - firstRow);
    const last = addMonths(rows[0].month, worst.end + first - firstRow);
    out.push(
      makeFinding(
        'law36.avg-over-80',
        employeeId,
        `${start}..${last}`,
        worst.mean,
        'violation',
        msg('finding.law36.avg-80', { id: employeeId, start, end: last, hours: formatHours(worst.mean) }),
      ),
    );
  }
}

/** The average finding does not depend on any parameter but the as-of month: kept per employee-month rows. */
const averageCache = new WeakMap<object, Map<string, Finding | null>>();

function getAverageFinding(
  ctx: EvalContext,
  employeeId: string,
  rows: MonthlyHours[],
  asOfMonth: IsoMonth,
): Finding | null {
  let cache = averageCache.get(ctx.index.sortedHoursByEmployee);
  if (!cache) averageCache.set(ctx.index.sortedHoursByEmployee, (cache = new Map()));
  const key = `${asOfMonth}|${employeeId}`;
  if (!cache.has(key)) {
    const out: Finding[] = [];
    findAverageFinding(employeeId, rows, out);
    cache.set(key, out[0] ?? null);
  }
  const cached = cache.get(key)!;
  return cached && { ...cached };
}

/** At-risk when OT in the as-of month (or the latest month with data) reaches `approachingRatio` × the monthly limit. */
function findApproaching(
  ctx: EvalContext,
  employeeId: string,
  rows: MonthlyHours[],
  limits: Law36Limits,
  out: Finding[],
): void {
  const latest = rows[rows.length - 1];
  if (!latest) return;
  const level = ctx.params.approachingRatio * limits.month;
  if (latest.overtime >= level - EPSILON) {
    out.push(
      makeFinding(
        'law36.approaching',
        employeeId,
        latest.month,
        latest.overtime,
        'at-risk',
        msg('finding.law36.approaching', {
          id: employeeId,
          month: latest.month,
          hours: formatHours(latest.overtime),
          limit: limits.month,
          percent: Math.round(ctx.params.approachingRatio * 100),
          level: formatHours(level),
        }),
      ),
    );
  }
}

/**
 * Every 36協定 finding, for every employee the limits apply to and every month with data up to the as-of month.
 * Example: 104 h of OT+HW in 2025-12 → `{ rule: 'law36.month-100-or-more', period: '2025-12', value: 104, severity: 'violation' }`.
 */
export function computeLaw36Findings(ctx: EvalContext): Finding[] {
  return remember(ctx, 'law36.findings', () => {
    const asOfMonth = getMonthOf(ctx.params.asOf);
    const out: Finding[] = [];
    const ids = [...ctx.index.sortedHoursByEmployee.keys()].sort();
    for (const employeeId of ids) {
      const limits = getLaw36Limits(ctx, employeeId);
      if (!limits) continue;
      const sorted = ctx.index.sortedHoursByEmployee.get(employeeId)!;
      const rows =
        sorted[sorted.length - 1].month <= asOfMonth ? sorted : sorted.filter((row) => row.month <= asOfMonth);
      findMonthFindings(employeeId, rows, limits, out, getAgreementOf(ctx, employeeId).special === false);
      findYearFindings(ctx, employeeId, rows, limits, out);
      const average = limits.averageAndSixMonths ? getAverageFinding(ctx, employeeId, rows, asOfMonth) : null;
      if (average) out.push(average);
      findApproaching(ctx, employeeId, rows, limits, out);
    }
    // The company's own agreement: its findings join the statute's (and law36.compliance).
    out.push(...computeAgreementFindings(ctx));
    return out;
  });
}

/** The 36協定 gap: who and how many findings, under a heading. */
export function law36Gap(what: Localized) {
  return (people: MessageRef, n: number) => msg('gap.law36.count', { what, people, n });
}

/** What a 36協定 limit criterion says beyond what every one of them shares. */
type Law36LimitSpec<Id extends Law36Rule> = Pick<
  CriterionDefinition<Id>,
  'id' | 'title' | 'titleEn' | 'source' | 'sourceEn' | 'legal' | 'limit' | 'messages'
> & { findingsLegal: LegalWhen };

/**
 * A criterion per 36協定 finding rule: value = employees with a finding of that rule, pass when none. All of them
 * share one producer of findings, so a run computes the 36協定 findings once.
 */
export function defineLaw36Limit<const Id extends Law36Rule>(spec: Law36LimitSpec<Id>) {
  const { findingsLegal, ...labels } = spec;
  return defineCriterion<Id, Id>({
    ...labels,
    ...CATEGORIES.law36,
    unit: 'count',
    findingRules: [{ id: spec.id, legal: findingsLegal }],
    messages: [...spec.messages, 'gap.law36.count', 'gap.no-monthly-hours'],
    evaluate: (ctx, self) =>
      evaluateFindingCount(
        ctx,
        self,
        computeLaw36Findings(ctx).filter((f) => f.rule === self.id),
        law36Gap({ ja: '該当者', en: 'Employees' }),
      ),
    findings: computeLaw36Findings,
  });
}
