/** `childcare.female-rate`: women who gave birth in the plan period; the share who took 育児休業等 in it. */
import type { EvalContext } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import type { CriterionMeta } from '../../result';
import type { CriterionResult } from '../../types';
import { CHILDCARE_LEAVE, CHILDCARE_RATE_MESSAGES, evaluateRate } from '../../childcare';

/** `childcare.female-rate`: women who gave birth in the plan period; share who took 育児休業等 in the plan period. */
function evaluateFemaleRate(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const plan = ctx.windows.plan;
  return evaluateRate(ctx, {
    meta,
    fallback: 0.75,
    gender: 'female',
    births: plan,
    kinds: CHILDCARE_LEAVE,
    leavePeriod: plan,
    postpartumRule: true,
    who: { ja: '女性の育児休業', en: "women's childcare leave" },
  });
}

export const femaleRate = defineCriterion({
  id: 'childcare.female-rate',
  title: '計画期間の女性の育児休業等取得率',
  titleEn: "Women's childcare-leave rate in the plan period",
  ...CATEGORIES.care,
  source: 'くるみん',
  sourceEn: 'Kurumin',
  unit: 'rate',
  legal: false,
  findingRules: [],
  messages: CHILDCARE_RATE_MESSAGES,
  evaluate: evaluateFemaleRate,
});
