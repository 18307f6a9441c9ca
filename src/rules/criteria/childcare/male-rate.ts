/** `childcare.male-rate`: men who took 育児休業等 in the plan period ÷ men whose spouse gave birth in it. */
import type { EvalContext } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import type { CriterionMeta } from '../../result';
import type { CriterionResult } from '../../types';
import { CHILDCARE_LEAVE, CHILDCARE_RATE_MESSAGES, evaluateRate } from '../../childcare';
import { GUIDELINE } from '../sources';

/** `childcare.male-rate`: men who took 育児休業等 in the plan period ÷ men whose spouse gave birth in it. */
function evaluateMaleRate(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const plan = ctx.windows.plan;
  return evaluateRate(ctx, {
    meta,
    fallback: 0.3,
    gender: 'male',
    births: plan,
    kinds: CHILDCARE_LEAVE,
    leavePeriod: plan,
    countAllLeaves: true,
    who: { ja: '男性の育児休業', en: "men's childcare leave" },
  });
}

export const maleRate = defineCriterion({
  id: 'childcare.male-rate',
  title: '男性の育児休業等取得率',
  titleEn: "Men's childcare-leave rate",
  ...CATEGORIES.care,
  source: `くるみん / 公務員の取組指針（成果目標13%）/ ${GUIDELINE.ja} 別表⑬`,
  sourceEn: `Kurumin / public-sector guidelines (target 13 %) / ${GUIDELINE.en}, appended table 13`,
  unit: 'rate',
  legal: false,
  findingRules: [],
  messages: CHILDCARE_RATE_MESSAGES,
  evaluate: evaluateMaleRate,
});
