/**
 * Rest and night work (seed 004 ト): rest between working days (勤務間インターバル) and late-night days per month,
 * from the daily shifts of the 12-month window.
 */
import type { CriterionResult, Finding } from './types';
import type { EvalContext } from './context';
import { getThreshold, rememberAcross } from './context';
import { getFirstDayOfMonth, getLastDayOfMonth } from './dates';
import { messageOf, msg, peopleRef } from './messages';
import { buildResult, EPSILON, formatHours, roundTo, toNumberThreshold, type CriterionMeta } from './result';

/** The first and last day of the 12-month window. */
function getWindowDates(ctx: EvalContext): [string, string] {
  return [getFirstDayOfMonth(ctx.windows.months12[0]), getLastDayOfMonth(ctx.windows.months12[1])];
}

interface RestCheck {
  findings: Finding[];
  /** Shortest rest seen (hours), null without timed shifts. */
  shortest: number | null;
}

/** The rest limit in force: the criterion's threshold override, else `params.minRestHours`. */
function getRestLimit(ctx: EvalContext): number {
  return toNumberThreshold(getThreshold(ctx, 'interval.rest-under-11h', ctx.params.minRestHours), 11);
}

/**
 * Rests under the limit in the 12-month window (the rests themselves are indexed once per dataset).
 * Example: a shift ending 23:00 on 2025-06-02 and the next starting 08:00 on 2025-06-03 → 9 h, a finding dated
 * 2025-06-03.
 */
export function checkRestIntervals(ctx: EvalContext): RestCheck {
  const limit = getRestLimit(ctx);
  const [first, last] = getWindowDates(ctx);
  return rememberAcross(ctx.index.restsByEmployee, `${limit}|${first}|${last}`, () => {
    const findings: Finding[] = [];
    let shortest: number | null = null;
    for (const employeeId of [...ctx.index.restsByEmployee.keys()].sort()) {
      const { dates, hours } = ctx.index.restsByEmployee.get(employeeId)!;
      for (let i = 0; i < dates.length; i++) {
        const date = dates[i];
        const rest = hours[i];
        if (date < first || date > last) continue;
        if (shortest === null || rest < shortest) shortest = rest;
        if (rest >= limit - EPSILON) continue;
        findings.push({
          rule: 'interval.rest-under-11h',
          employeeId,
          period: date,
          value: roundTo(rest),
          severity: 'warning',
          ...messageOf(msg('finding.rest.short', { id: employeeId, date, hours: formatHours(rest), limit })),
        });
      }
    }
    return { findings, shortest };
  });
}

/** `interval.rest-under-11h`: value = the shortest rest; fails when any rest is under the limit. */
export function evaluateRestIntervals(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const threshold = getRestLimit(ctx);
  const [first, last] = getWindowDates(ctx);
  return rememberAcross(ctx.index.restsByEmployee, `result|${threshold}|${first}|${last}`, () =>
    buildRestResult(ctx, meta, threshold),
  );
}

/** The rest-interval result for a limit (memoised across runs by `evaluateRestIntervals`). */
function buildRestResult(ctx: EvalContext, meta: CriterionMeta, threshold: number): CriterionResult {
  const { findings, shortest } = checkRestIntervals(ctx);
  if (shortest === null) {
    return buildResult(meta, {
      status: 'insufficient-data',
      value: null,
      threshold,
      gap: msg('gap.need-daily-times'),
    });
  }
  const employees = [...new Set(findings.map((f) => f.employeeId))];
  return buildResult(meta, {
    status: findings.length > 0 ? 'fail' : 'pass',
    value: roundTo(shortest),
    threshold,
    gap:
      findings.length > 0
        ? msg('gap.rest.count', { limit: threshold, n: findings.length, people: peopleRef(employees) })
        : null,
    evidence: findings.map((f) => ({ employeeId: f.employeeId, date: f.period, rest: f.value })),
  });
}

/** The late-night limit in force: the criterion's threshold override, else `params.maxLateNightDaysPerMonth`. */
function getLateNightLimit(ctx: EvalContext): number {
  return toNumberThreshold(getThreshold(ctx, 'latenight.monthly-count', ctx.params.maxLateNightDaysPerMonth), 4);
}

/**
 * Days with late-night hours per employee and month; a finding for each month over the limit.
 * Example: 5 late-night days in 2025-06 with the default 4 → a finding with value 5.
 */
export function checkLateNightDays(ctx: EvalContext): { findings: Finding[]; highest: number | null } {
  const limit = getLateNightLimit(ctx);
  const [firstMonth, lastMonth] = ctx.windows.months12;
  return rememberAcross(ctx.index.lateNightDaysByEmployee, `${limit}|${firstMonth}|${lastMonth}`, () => {
    const findings: Finding[] = [];
    let highest: number | null = null;
    for (const employeeId of [...ctx.index.lateNightDaysByEmployee.keys()].sort()) {
      for (const [month, count] of ctx.index.lateNightDaysByEmployee.get(employeeId)!) {
        if (month < firstMonth || month > lastMonth) continue;
        if (highest === null || count > highest) highest = count;
        if (count > limit) {
          findings.push({
            rule: 'latenight.monthly-count',
            employeeId,
            period: month,
            value: count,
            severity: 'warning',
            ...messageOf(msg('finding.latenight', { id: employeeId, month, count, limit })),
          });
        }
      }
    }
    return { findings, highest };
  });
}

/** `latenight.monthly-count`: value = the highest monthly count; fails when any month is over the limit. */
export function evaluateLateNightDays(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const threshold = getLateNightLimit(ctx);
  const { findings, highest } = checkLateNightDays(ctx);
  if (highest === null) {
    return buildResult(meta, {
      status: 'insufficient-data',
      value: null,
      threshold,
      gap: msg('gap.need-latenight'),
    });
  }
  const employees = [...new Set(findings.map((f) => f.employeeId))];
  return buildResult(meta, {
    status: findings.length > 0 ? 'fail' : 'pass',
    value: highest,
    threshold,
    gap:
      findings.length > 0
        ? msg('gap.latenight', { limit: threshold, people: peopleRef(employees), n: findings.length })
        : null,
    evidence: findings.map((f) => ({ employeeId: f.employeeId, month: f.period, days: f.value })),
  });
}
