/**
 * Rest and night work (seed 004 ト): rest between working days (勤務間インターバル) and late-night days per month,
 * from the daily shifts of the 12-month window.
 */
import type { CriterionResult, Finding, Shift } from './types';
import type { EvalContext } from './context';
import { getThreshold, remember } from './context';
import { getFirstDayOfMonth, getLastDayOfMonth, toDayNumber } from './dates';
import { getMeta } from './meta';
import { buildResult, EPSILON, formatHours, listIds, roundTo, toNumberThreshold } from './result';

/** The shifts of the 12-month window, per employee (already sorted by date). */
function* iterateWindowShifts(ctx: EvalContext): Generator<[string, Shift[]]> {
  const start = getFirstDayOfMonth(ctx.windows.months12[0]);
  const end = getLastDayOfMonth(ctx.windows.months12[1]);
  for (const employeeId of [...ctx.index.shiftsByEmployee.keys()].sort()) {
    const shifts = ctx.index.shiftsByEmployee.get(employeeId)!.filter((s) => s.date >= start && s.date <= end);
    if (shifts.length > 0) yield [employeeId, shifts];
  }
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
 * Rest between the end of one working day and the start of the next (working days with start and end times).
 * Example: a shift ending 23:00 on 2025-06-02 and the next starting 08:00 on 2025-06-03 → 9 h, a finding dated
 * 2025-06-03.
 */
export function checkRestIntervals(ctx: EvalContext): RestCheck {
  return remember(ctx, 'interval', () => {
    const limit = getRestLimit(ctx);
    const findings: Finding[] = [];
    let shortest: number | null = null;
    for (const [employeeId, shifts] of iterateWindowShifts(ctx)) {
      let previousEnd: number | null = null;
      let previousDate = '';
      for (const s of shifts) {
        if (s.startMinute === undefined || s.endMinute === undefined) continue;
        const day = toDayNumber(s.date) * 1440;
        const start = day + s.startMinute;
        // A second row of the same day (split shift) extends that day; the interval is between days.
        if (previousEnd !== null && s.date !== previousDate) {
          const rest = (start - previousEnd) / 60;
          if (shortest === null || rest < shortest) shortest = rest;
          if (rest < limit - EPSILON) {
            findings.push({ rule: 'interval.rest-under-11h', employeeId, period: s.date, value: roundTo(rest), severity: 'warning',
              message: `${employeeId} の ${s.date} の始業までの休息が${formatHours(rest)}時間です（${limit}時間未満）` });
          }
        }
        const end = day + (s.endMinute < s.startMinute ? s.endMinute + 1440 : s.endMinute);
        previousEnd = previousEnd === null || end > previousEnd || s.date !== previousDate ? end : previousEnd;
        previousDate = s.date;
      }
    }
    return { findings, shortest };
  });
}

/** `interval.rest-under-11h`: value = the shortest rest; fails when any rest is under the limit. */
export function evaluateRestIntervals(ctx: EvalContext): CriterionResult {
  const id = 'interval.rest-under-11h';
  const threshold = getRestLimit(ctx);
  const { findings, shortest } = checkRestIntervals(ctx);
  if (shortest === null) {
    return buildResult(getMeta(id), { status: 'insufficient-data', value: null, threshold, gap: '始業・終業時刻のある日次の勤怠データが必要です' });
  }
  const employees = [...new Set(findings.map((f) => f.employeeId))];
  return buildResult(getMeta(id), {
    status: findings.length > 0 ? 'fail' : 'pass',
    value: roundTo(shortest),
    threshold,
    gap: findings.length > 0 ? `休息${threshold}時間未満が${findings.length}回あります（${listIds(employees)}）` : null,
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
  return remember(ctx, 'latenight', () => {
    const limit = getLateNightLimit(ctx);
    const findings: Finding[] = [];
    let highest: number | null = null;
    for (const [employeeId, shifts] of iterateWindowShifts(ctx)) {
      const counts = new Map<string, number>();
      for (const s of shifts) {
        const month = s.date.slice(0, 7);
        counts.set(month, (counts.get(month) ?? 0) + (s.lateNightHours > 0 ? 1 : 0));
      }
      for (const [month, count] of counts) {
        if (highest === null || count > highest) highest = count;
        if (count > limit) {
          findings.push({ rule: 'latenight.monthly-count', employeeId, period: month, value: count, severity: 'warning',
            message: `${employeeId} の ${month} の深夜業は${count}日です（月${limit}日まで）` });
        }
      }
    }
    return { findings, highest };
  });
}

/** `latenight.monthly-count`: value = the highest monthly count; fails when any month is over the limit. */
export function evaluateLateNightDays(ctx: EvalContext): CriterionResult {
  const id = 'latenight.monthly-count';
  const threshold = getLateNightLimit(ctx);
  const { findings, highest } = checkLateNightDays(ctx);
  if (highest === null) {
    return buildResult(getMeta(id), { status: 'insufficient-data', value: null, threshold, gap: '日次の勤怠データ（深夜時間）が必要です' });
  }
  const employees = [...new Set(findings.map((f) => f.employeeId))];
  return buildResult(getMeta(id), {
    status: findings.length > 0 ? 'fail' : 'pass',
    value: highest,
    threshold,
    gap: findings.length > 0 ? `深夜業が月${threshold}日を超える月があります（${listIds(employees)}、${findings.length}件）` : null,
    evidence: findings.map((f) => ({ employeeId: f.employeeId, month: f.period, days: f.value })),
  });
}
