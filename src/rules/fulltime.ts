/**
 * Who is full-time (not a 短時間労働者 of パートタイム・有期雇用労働法2条, i.e. scheduled hours not
 * shorter than those of the company's regular full-time staff). Pure functions of the roster.
 */
import type { Employee } from './types';

const FULL_TIME_TYPES = /正社員|正職員|正規/;
const PART_TIME_TYPES = /パート|アルバイト|短時間|非常勤/;
/** 非正規 says "not regular", not "short hours": it decides nothing by itself (the hours do). */
const NOT_REGULAR = /非正規/;

/** The company's normal scheduled hours for the full-time test. */
export interface FullTimeNorms {
  weekly: number;
  daily: number;
}

/** The most common value of a list (the smaller one on a tie); undefined when empty. */
function getMostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [v, n] of counts)
    if (n > bestCount || (n === bestCount && best !== undefined && v < best)) [best, bestCount] = [v, n];
  return best;
}

/** A roster 所定労働時間 figure as [weekly, daily]: a "weekly" figure ≤ 12 is a daily one. */
function getScheduledHours(e: Employee): [number | undefined, number | undefined] {
  const weekly =
    e.weeklyScheduledHours !== undefined && Number.isFinite(e.weeklyScheduledHours)
      ? e.weeklyScheduledHours
      : undefined;
  const daily =
    e.dailyScheduledHours !== undefined && Number.isFinite(e.dailyScheduledHours) ? e.dailyScheduledHours : undefined;
  if (weekly !== undefined && weekly <= 12 && daily === undefined) return [undefined, weekly];
  return [weekly, daily];
}

/** True for an employment type of regular staff (正社員, 正職員, 正規), but not 短時間正社員 or 非正規. */
function isRegularType(type: string): boolean {
  return FULL_TIME_TYPES.test(type) && !PART_TIME_TYPES.test(type) && !NOT_REGULAR.test(type);
}

/**
 * The company's normal hours: the most common weekly and daily scheduled hours among employees typed 正社員,
 * else 40 h and 8 h (労基法32条). Example: three 正社員 at 37.5 h a week → `{ weekly: 37.5, daily: 8 }`.
 */
export function findFullTimeNorms(employees: Iterable<Employee>): FullTimeNorms {
  const weekly: number[] = [];
  const daily: number[] = [];
  for (const e of employees) {
    if (!isRegularType(e.employmentType ?? '')) continue;
    const [w, d] = getScheduledHours(e);
    if (w !== undefined) weekly.push(w);
    if (d !== undefined) daily.push(d);
  }
  return { weekly: getMostCommon(weekly) ?? 40, daily: getMostCommon(daily) ?? 8 };
}

export function classifyEveryone(
  employees: Iterable<Employee>,
  norms: FullTimeNorms,
): Map<string, boolean | undefined> {
  const out = new Map<string, boolean | undefined>();
  for (const e of employees) out.set(e.id, classifyFullTime(e, norms));
  return out;
}

/**
 * Full-time = not a 短時間労働者 (パートタイム・有期雇用労働法2条: scheduled weekly hours shorter than those of the
 * company's 通常の労働者). The roster's flag, else the **scheduled hours** against the company's normal hours (weekly ≥
 * norm, or daily ≥ norm) — the law asks about hours, not the label: a パート on the full schedule is full-time, a
 * 正社員 on a short-hours schedule (短時間正社員, 育児短時間勤務) is not — else, only where no hours are known, the
 * employment type (正社員/正職員/正規 → yes, パート/アルバイト/短時間 → no); undefined when none of these tells.
 * Example: `classifyFullTime({ id: 'E1', employmentType: 'パート', weeklyScheduledHours: 37.5 }, { weekly: 37.5, daily: 7.5 }) === true`.
 */
export function classifyFullTime(
  e: Employee | undefined,
  norms: FullTimeNorms = { weekly: 40, daily: 8 },
): boolean | undefined {
  if (!e) return undefined;
  if (e.fullTime !== undefined) return e.fullTime;
  const [weekly, daily] = getScheduledHours(e);
  if (weekly !== undefined) return weekly >= norms.weekly - 1e-9;
  if (daily !== undefined) return daily >= norms.daily - 1e-9;
  const type = e.employmentType ?? '';
  if (PART_TIME_TYPES.test(type)) return false;
  if (isRegularType(type)) return true;
  return undefined;
}
