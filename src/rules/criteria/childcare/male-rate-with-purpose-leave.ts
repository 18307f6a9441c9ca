/** `childcare.male-rate-with-purpose-leave`: the male rate counting 育児目的休暇 too; needs at least one man on 育児休業等. */
import type { EvalContext } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { CHILDCARE_LEAVE, collectParents, CHILDCARE_RATE_MESSAGES, evaluateRate } from '../../childcare';
import { isWithin } from '../../dates';
import { joinMessages, renderMessage, textsOf, type MessageEntry } from '../../messages';
import { toNumberThreshold, type CriterionMeta } from '../../result';
import type { CriterionResult, FamilyEventKind } from '../../types';
import { KURUMIN_2025_EN } from '../sources';

/** The sentences only this criterion writes. */
const TEXTS = {
  'gap.need-male-taker': {
    ja: () => '男性の育児休業等（育児休業・産後パパ育休）の取得者が1人以上必要',
    en: () => 'At least one man must take childcare leave (childcare leave or paternity leave at birth)',
  },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/** 育児休業等 or 育児目的休暇. */
const CHILDCARE_OR_PURPOSE: ReadonlySet<FamilyEventKind> = new Set(['childcare-leave', 'papa-leave', 'purpose-leave']);

/** True when at least one man took 育児休業等 in the plan period (required by the "with purpose leave" rate). */
function hasManOnChildcareLeave(ctx: EvalContext): boolean {
  const [start, end] = ctx.windows.plan;
  for (const p of collectParents(ctx).values()) {
    if (p.gender === 'male' && p.leaves.some((l) => CHILDCARE_LEAVE.has(l.kind) && isWithin(l.date, start, end)))
      return true;
  }
  return false;
}

/** `childcare.male-rate-with-purpose-leave`: as the male rate, counting 育児目的休暇 too; needs ≥ 1 man on 育児休業等. */
function evaluateMaleRateWithPurposeLeave(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const plan = ctx.windows.plan;
  const result = evaluateRate(ctx, {
    meta,
    fallback: 0.5,
    gender: 'male',
    births: plan,
    kinds: CHILDCARE_OR_PURPOSE,
    leavePeriod: plan,
    countAllLeaves: true,
    who: { ja: '男性の育児休業等・育児目的休暇', en: "men's childcare leave or childcare-purpose leave" },
  });
  // A 0 threshold (disclosure-2025) publishes the figure: the くるみん requirement of one man on 育児休業等 is not part of it.
  const publishing = toNumberThreshold(result.threshold, 0.5) <= 0;
  if (!publishing && (result.status === 'pass' || result.status === 'fail') && !hasManOnChildcareLeave(ctx)) {
    const gapRef = joinMessages([text('gap.need-male-taker'), ...(result.gapRef ? [result.gapRef] : [])])!;
    return { ...result, status: 'fail', gap: renderMessage(gapRef, 'ja'), gapRef };
  }
  return result;
}

export const maleRateWithPurposeLeave = defineCriterion({
  id: 'childcare.male-rate-with-purpose-leave',
  title: '男性の育児休業等・育児目的休暇の取得率',
  titleEn: "Men's childcare-leave or childcare-purpose-leave rate",
  ...CATEGORIES.care,
  source: 'くるみん（2025年4月改正）',
  sourceEn: KURUMIN_2025_EN,
  unit: 'rate',
  legal: false,
  findingRules: [],
  messages: CHILDCARE_RATE_MESSAGES,
  texts: TEXTS,
  evaluate: evaluateMaleRateWithPurposeLeave,
});
