/**
 * `latenight.monthly-count` (労働時間等見直しガイドライン ト(イ)): days with late-night work (22:00–5:00) per employee
 * and month, against the limit of `params.maxLateNightDaysPerMonth`.
 */
import type { EvalContext } from '../../context';
import { getThreshold, rememberAcross } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { messageOf, peopleRef, textsOf, type MessageEntry } from '../../messages';
import { plural } from '../../messages-rules';
import { buildResult, toNumberThreshold, type CriterionMeta } from '../../result';
import type { CriterionResult, Finding } from '../../types';
import { GUIDELINE } from '../sources';

/** The sentences only this criterion writes. */
const TEXTS = {
  'finding.latenight': {
    ja: (p) => `${p.id} の ${p.month} の深夜業は${p.count}日です（月${p.limit}日まで）`,
    en: (p) => `${p.id}: ${plural(p.count, 'late-night day')} in ${p.month} (${p.limit} a month at most)`,
  },
  'gap.latenight': {
    ja: (p) => `深夜業が月${p.limit}日を超える月があります（${p.people}、${p.n}件）`,
    en: (p) => `Months with more than ${p.limit} late-night days (${p.people}, ${plural(p.n, 'case')})`,
  },
  'gap.need-latenight': {
    ja: () => '日次の勤怠データ（深夜時間）が必要です',
    en: () => 'Daily attendance with late-night hours is needed',
  },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/** The late-night limit in force: the criterion's threshold override, else `params.maxLateNightDaysPerMonth`. */
function getLateNightLimit(ctx: EvalContext): number {
  return toNumberThreshold(getThreshold(ctx, 'latenight.monthly-count', ctx.params.maxLateNightDaysPerMonth), 4);
}

/**
 * Days with late-night hours per employee and month; a finding for each month over the limit.
 * Example: 5 late-night days in 2025-06 with the default 4 → a finding with value 5.
 */
function checkLateNightDays(ctx: EvalContext): { findings: Finding[]; highest: number | null } {
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
            ...messageOf(text('finding.latenight', { id: employeeId, month, count, limit })),
          });
        }
      }
    }
    return { findings, highest };
  });
}

/** `latenight.monthly-count`: value = the highest monthly count; fails when any month is over the limit. */
function evaluateLateNightDays(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const threshold = getLateNightLimit(ctx);
  const { findings, highest } = checkLateNightDays(ctx);
  if (highest === null) {
    return buildResult(meta, {
      status: 'insufficient-data',
      value: null,
      threshold,
      gap: text('gap.need-latenight'),
    });
  }
  const employees = [...new Set(findings.map((f) => f.employeeId))];
  return buildResult(meta, {
    status: findings.length > 0 ? 'fail' : 'pass',
    value: highest,
    threshold,
    gap:
      findings.length > 0
        ? text('gap.latenight', { limit: threshold, people: peopleRef(employees), n: findings.length })
        : null,
    evidence: findings.map((f) => ({ employeeId: f.employeeId, month: f.period, days: f.value })),
  });
}

export const latenightMonthlyCount = defineCriterion({
  id: 'latenight.monthly-count',
  title: '深夜業の回数（1か月あたり）',
  titleEn: 'Late-night days per month',
  ...CATEGORIES.rest,
  source: `${GUIDELINE.ja} ト(イ)`,
  sourceEn: `${GUIDELINE.en} (to)(i)`,
  unit: 'days',
  legal: false,
  findingRules: [{ id: 'latenight.monthly-count', legal: 'never' }],
  messages: [],
  texts: TEXTS,
  evaluate: evaluateLateNightDays,
  findings: (ctx) => checkLateNightDays(ctx).findings,
});
