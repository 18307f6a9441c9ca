/**
 * Annual paid leave (年次有給休暇): the 5-day obligation per grant (労基法39条7項, seed 004 ハ(ロ)②) and the
 * take-up rate of the 12-month window (seed 004 別表⑥).
 */
import type { CriterionResult, EvidenceRow, Finding, LeaveGrant, LeaveTaking } from './types';
import type { EvalContext } from './context';
import { getThreshold, remember } from './context';
import { getEndOfOneYearPeriod, getFirstDayOfMonth, getLastDayOfMonth, isWithin } from './dates';
import { getMeta } from './meta';
import { buildResult, EPSILON, formatPercent, roundTo, toNumberThreshold } from './result';

/** Days of leave the employer must make sure are taken per qualifying grant. */
export const OBLIGATORY_DAYS = 5;
/** Grants of at least this many days carry the obligation. */
export const OBLIGATION_MIN_GRANT = 10;

/** True for an hourly taking (時間単位年休), which never counts toward the 5 days. */
function isHourly(t: LeaveTaking): boolean {
  return t.hours !== undefined && t.hours > 0;
}

/**
 * Days counted toward the 5-day obligation between two dates: full days 1, half days 0.5, hourly leave 0.
 * Takings after the as-of date are plans, not takings, and are not counted.
 */
function countObligationDays(takings: LeaveTaking[] | undefined, start: string, end: string): number {
  let days = 0;
  for (const t of takings ?? []) if (!isHourly(t) && isWithin(t.date, start, end)) days += t.days;
  return days;
}

interface GrantCheck {
  grant: LeaveGrant;
  end: string;
  taken: number;
  finding?: Finding;
}

/**
 * Checks every grant of ≥ 10 days (carry-over excluded) dated on or before the as-of date.
 * Example: 10 days granted 2025-04-01, 4 taken → at as-of 2026-04-01 a violation (1 day short, deadline
 * 2026-03-31); at as-of 2025-12-01 at-risk, 1 more day needed by 2026-03-31.
 */
export function checkFiveDayObligation(ctx: EvalContext): GrantCheck[] {
  return remember(ctx, 'leave.five-day', () => {
    const asOf = ctx.params.asOf;
    const checks: GrantCheck[] = [];
    const ids = [...ctx.index.grantsByEmployee.keys()].sort();
    for (const employeeId of ids) {
      const takings = ctx.index.takingsByEmployee.get(employeeId);
      for (const grant of ctx.index.grantsByEmployee.get(employeeId)!) {
        if (grant.carryOver || grant.days < OBLIGATION_MIN_GRANT - EPSILON || grant.date > asOf) continue;
        const end = getEndOfOneYearPeriod(grant.date);
        const taken = countObligationDays(takings, grant.date, end < asOf ? end : asOf);
        const check: GrantCheck = { grant, end, taken };
        const short = roundTo(OBLIGATORY_DAYS - taken);
        if (short > EPSILON) {
          const closed = end < asOf;
          check.finding = {
            rule: 'leave.five-day-obligation',
            employeeId,
            period: end,
            value: short,
            severity: closed ? 'violation' : 'at-risk',
            message: closed
              ? `${employeeId} は ${grant.date} 付与分（期限 ${end}）の取得が${roundTo(taken)}日で、5日に${short}日足りません`
              : `${employeeId} は ${end} までにあと${short}日の取得が必要`,
          };
        }
        checks.push(check);
      }
    }
    return checks;
  });
}

/** Findings of the 5-day obligation (violations and at-risk grants). */
export function computeLeaveFindings(ctx: EvalContext): Finding[] {
  return checkFiveDayObligation(ctx).flatMap((c) => (c.finding ? [c.finding] : []));
}

/** Status when the leave book is missing or half-missing; null when the data is usable. */
function describeMissingLeaveData(ctx: EvalContext): string | null {
  if (ctx.dataset.leaveGrants.length === 0) return '年次有給休暇の付与の記録（年次有給休暇管理簿）がありません';
  if (ctx.dataset.leaveTakings.length === 0) return '年次有給休暇の取得の記録がありません';
  return null;
}

/** `leave.five-day-obligation`: value = employees with a violation; fails on any violation. */
export function evaluateFiveDayObligation(ctx: EvalContext): CriterionResult {
  const id = 'leave.five-day-obligation';
  const threshold = getThreshold(ctx, id, 0);
  const missing = describeMissingLeaveData(ctx);
  if (missing) return buildResult(getMeta(id), { status: 'insufficient-data', value: null, threshold, gap: missing });
  const checks = checkFiveDayObligation(ctx);
  if (checks.length === 0) {
    return buildResult(getMeta(id), { status: 'not-applicable', value: null, threshold, gap: '10日以上の付与がありません' });
  }
  const violations = checks.filter((c) => c.finding?.severity === 'violation').map((c) => c.finding!);
  const employees = [...new Set(violations.map((f) => f.employeeId))];
  const failing = employees.length > toNumberThreshold(threshold, 0);
  const evidence: EvidenceRow[] = checks.map((c) => ({
    employeeId: c.grant.employeeId,
    grantDate: c.grant.date,
    days: c.grant.days,
    windowEnd: c.end,
    taken: roundTo(c.taken),
    remaining: roundTo(Math.max(0, OBLIGATORY_DAYS - c.taken)),
    status: c.finding?.severity ?? 'ok',
  }));
  return buildResult(getMeta(id), {
    status: failing ? 'fail' : 'pass',
    value: employees.length,
    threshold,
    gap: failing ? violations.map((f) => f.message).join('。') : null,
    evidence,
  });
}

/**
 * `leave.takeup-rate`: Σ days taken ÷ Σ days granted in the 12-month window (carry-over excluded; hourly leave
 * converted at `params.hoursPerLeaveDay`). Per-employee rates in the breakdown.
 * Example: 20 days granted, 14 taken → 0.7, passes 70%.
 */
export function evaluateTakeupRate(ctx: EvalContext): CriterionResult {
  const id = 'leave.takeup-rate';
  const threshold = getThreshold(ctx, id, 0.7);
  const target = toNumberThreshold(threshold, 0.7);
  const missing = describeMissingLeaveData(ctx);
  if (missing) return buildResult(getMeta(id), { status: 'insufficient-data', value: null, threshold, gap: missing });
  const start = getFirstDayOfMonth(ctx.windows.months12[0]);
  const end = getLastDayOfMonth(ctx.windows.months12[1]);
  const perDay = ctx.params.hoursPerLeaveDay > 0 ? ctx.params.hoursPerLeaveDay : 8;
  let granted = 0;
  let taken = 0;
  const breakdown: Record<string, number> = {};
  const evidence: EvidenceRow[] = [];
  for (const employeeId of [...ctx.index.grantsByEmployee.keys()].sort()) {
    let g = 0;
    for (const grant of ctx.index.grantsByEmployee.get(employeeId)!) if (!grant.carryOver && isWithin(grant.date, start, end)) g += grant.days;
    if (g <= 0) continue;
    let t = 0;
    for (const taking of ctx.index.takingsByEmployee.get(employeeId) ?? []) {
      if (isWithin(taking.date, start, end)) t += isHourly(taking) ? taking.hours! / perDay : taking.days;
    }
    granted += g;
    taken += t;
    breakdown[employeeId] = t / g;
    evidence.push({ employeeId, granted: g, taken: roundTo(t), rate: roundTo(t / g, 4) });
  }
  if (granted <= 0) return buildResult(getMeta(id), { status: 'not-applicable', value: null, threshold, gap: `${start}〜${end} の付与がありません` });
  const rate = taken / granted;
  const failing = rate < target - EPSILON;
  const needed = Math.ceil((target * granted - taken) * 2 - EPSILON) / 2;
  return buildResult(getMeta(id), {
    status: failing ? 'fail' : 'pass',
    value: rate,
    threshold,
    gap: failing ? `取得率${formatPercent(target)}まで全体であと${needed}日の取得が必要（付与${roundTo(granted)}日・取得${roundTo(taken)}日）` : null,
    evidence,
    breakdown,
  });
}
