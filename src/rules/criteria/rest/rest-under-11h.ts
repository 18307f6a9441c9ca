/**
 * `interval.rest-under-11h` (労働時間等見直しガイドライン ト(ロ)): the rest between the end of one working day and the
 * start of the next; value = the shortest rest, fail when any rest is under the limit (`params`, 11 h by default).
 */
import type { EvalContext } from '../../context';
import { getThreshold, rememberAcross } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { getFirstDayOfMonth, getLastDayOfMonth } from '../../dates';
import { messageOf, peopleRef, textsOf, type MessageEntry } from '../../messages';
import { plural } from '../../messages-rules';
import { buildResult, EPSILON, formatHours, roundTo, toNumberThreshold, type CriterionMeta } from '../../result';
import type { CriterionResult, Finding } from '../../types';
import { GUIDELINE } from '../sources';

/** The sentences only this criterion writes. */
const TEXTS = {
  'finding.rest.short': {
    ja: (p) => `${p.id} の ${p.date} の始業までの休息が${p.hours}時間です（${p.limit}時間未満）`,
    en: (p) => `${p.id}: rest before starting on ${p.date} was ${p.hours} h (under ${p.limit} h)`,
  },
  'gap.rest.count': {
    ja: (p) => `休息${p.limit}時間未満が${p.n}回あります（${p.people}）`,
    en: (p) => `${plural(p.n, 'rest')} under ${p.limit} h (${p.people})`,
  },
  'gap.need-daily-times': {
    ja: () => '始業・終業時刻のある日次の勤怠データが必要です',
    en: () => 'Daily attendance with start and end times is needed',
  },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

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
function checkRestIntervals(ctx: EvalContext): RestCheck {
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
          ...messageOf(text('finding.rest.short', { id: employeeId, date, hours: formatHours(rest), limit })),
        });
      }
    }
    return { findings, shortest };
  });
}

/** `interval.rest-under-11h`: value = the shortest rest; fails when any rest is under the limit. */
function evaluateRestIntervals(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
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
      gap: text('gap.need-daily-times'),
    });
  }
  const employees = [...new Set(findings.map((f) => f.employeeId))];
  return buildResult(meta, {
    status: findings.length > 0 ? 'fail' : 'pass',
    value: roundTo(shortest),
    threshold,
    gap:
      findings.length > 0
        ? text('gap.rest.count', { limit: threshold, n: findings.length, people: peopleRef(employees) })
        : null,
    evidence: findings.map((f) => ({ employeeId: f.employeeId, date: f.period, rest: f.value })),
  });
}

export const restUnder11h = defineCriterion({
  id: 'interval.rest-under-11h',
  title: '勤務間インターバル（終業から次の始業までの休息時間）',
  titleEn: 'Rest between working days',
  ...CATEGORIES.rest,
  source: `${GUIDELINE.ja} ト(ロ)`,
  sourceEn: `${GUIDELINE.en} (to)(ro)`,
  unit: 'hours',
  legal: false,
  // An effort the guideline asks for (労働時間等設定改善法2条1項), not a limit of the law.
  findingRules: [{ id: 'interval.rest-under-11h', legal: 'never' }],
  messages: [],
  texts: TEXTS,
  evaluate: evaluateRestIntervals,
  findings: (ctx) => checkRestIntervals(ctx).findings,
});
