/** `leave.takeup-rate` (労働時間等見直しガイドライン 別表⑥): days taken ÷ days granted in the 12-month window. */
import type { EvalContext } from '../../context';
import { getThreshold } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { getFirstDayOfMonth, getLastDayOfMonth, isWithin } from '../../dates';
import { describeMissingLeaveData } from '../../leave';
import { isHourly } from '../../leave-windows';
import { textsOf, type MessageEntry } from '../../messages';
import { buildResult, EPSILON, formatPercent, roundTo, toNumberThreshold, type CriterionMeta } from '../../result';
import type { CriterionResult, EvidenceRow } from '../../types';
import { GUIDELINE } from '../sources';

/** The sentences only this criterion writes. */
const TEXTS = {
  'gap.no-grants-between': {
    ja: (p) => `${p.start}〜${p.end} の付与がありません`,
    en: (p) => `No leave granted between ${p.start} and ${p.end}`,
  },
  'gap.takeup': {
    ja: (p) => `取得率${p.target}まで全体であと${p.needed}日の取得が必要（付与${p.granted}日・取得${p.taken}日）`,
    en: (p) =>
      `${p.needed} more days taken in all needed to reach ${p.target} (${p.granted} days granted, ${p.taken} taken)`,
  },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/**
 * `leave.takeup-rate`: Σ days taken ÷ Σ days granted in the 12-month window (carry-over excluded; hourly leave
 * converted at `params.hoursPerLeaveDay`). Per-employee rates in the breakdown.
 * Example: 20 days granted, 14 taken → 0.7, passes 70%.
 */
function evaluateTakeupRate(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const id = meta.id;
  const threshold = getThreshold(ctx, id, 0.7);
  const target = toNumberThreshold(threshold, 0.7);
  const missing = describeMissingLeaveData(ctx);
  if (missing) return buildResult(meta, { status: 'insufficient-data', value: null, threshold, gap: missing });
  const start = getFirstDayOfMonth(ctx.windows.months12[0]);
  const end = getLastDayOfMonth(ctx.windows.months12[1]);
  const perDay = ctx.params.hoursPerLeaveDay > 0 ? ctx.params.hoursPerLeaveDay : 8;
  let granted = 0;
  let taken = 0;
  const breakdown: Record<string, number> = {};
  const evidence: EvidenceRow[] = [];
  // Every taking in the window counts, also one drawn on a grant made before the window (as 就労条件総合調査 counts).
  const ids = new Set([...ctx.index.grantsByEmployee.keys(), ...ctx.index.takingsByEmployee.keys()]);
  for (const employeeId of [...ids].sort()) {
    let g = 0;
    for (const grant of ctx.index.grantsByEmployee.get(employeeId) ?? [])
      if (!grant.carryOver && isWithin(grant.date, start, end)) g += grant.days;
    let t = 0;
    for (const taking of ctx.index.takingsByEmployee.get(employeeId) ?? []) {
      if (isWithin(taking.date, start, end)) t += isHourly(taking) ? taking.hours! / perDay : taking.days;
    }
    if (g <= 0 && t <= 0) continue;
    granted += g;
    taken += t;
    if (g > 0) breakdown[employeeId] = t / g;
    evidence.push({ employeeId, granted: g, taken: roundTo(t), rate: g > 0 ? roundTo(t / g, 4) : null });
  }
  if (granted <= 0)
    return buildResult(meta, {
      status: 'not-applicable',
      value: null,
      threshold,
      gap: text('gap.no-grants-between', { start, end }),
    });
  const rate = taken / granted;
  const failing = rate < target - EPSILON;
  const needed = Math.ceil((target * granted - taken) * 2 - EPSILON) / 2;
  return buildResult(meta, {
    status: failing ? 'fail' : 'pass',
    value: rate,
    threshold,
    gap: failing
      ? text('gap.takeup', { target: formatPercent(target), needed, granted: roundTo(granted), taken: roundTo(taken) })
      : null,
    evidence,
    breakdown,
  });
}

export const takeupRate = defineCriterion({
  id: 'leave.takeup-rate',
  title: '年次有給休暇の取得率',
  titleEn: 'Annual leave take-up rate',
  ...CATEGORIES.leave,
  source: `${GUIDELINE.ja} 別表⑥`,
  sourceEn: `${GUIDELINE.en}, appended table 6`,
  unit: 'rate',
  legal: false,
  findingRules: [],
  messages: ['gap.no-leave-grants', 'gap.no-leave-takings'],
  texts: TEXTS,
  evaluate: evaluateTakeupRate,
});
