/** `childcare.female-rate-3y`: women who gave birth in the 3-year window; the share who took 育児休業. */
import type { EvalContext } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import type { CriterionMeta } from '../../result';
import { getFirstDayOfMonth, getLastDayOfMonth } from '../../dates';
import { CHILDCARE_RATE_MESSAGES, evaluateRate } from '../../childcare';
import type { CriterionResult, FamilyEventKind, IsoDate } from '../../types';

/** 育児休業 alone (ふくやまWLB認定 項目22). */
const CHILDCARE_LEAVE_ONLY: ReadonlySet<FamilyEventKind> = new Set(['childcare-leave']);

/** The 3-year window as dates. */
function getThreeYearDates(ctx: EvalContext): [IsoDate, IsoDate] {
  return [getFirstDayOfMonth(ctx.windows.years3[0]), getLastDayOfMonth(ctx.windows.years3[1])];
}

/** `childcare.female-rate-3y`: women who gave birth in the 3-year window; share who took 育児休業. */
function evaluateFemaleRate3y(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  return evaluateRate(ctx, {
    meta,
    fallback: 0.7,
    gender: 'female',
    births: getThreeYearDates(ctx),
    kinds: CHILDCARE_LEAVE_ONLY,
    postpartumRule: true,
    who: { ja: '女性の育児休業', en: "women's childcare leave" },
  });
}

export const femaleRate3y = defineCriterion({
  id: 'childcare.female-rate-3y',
  title: '過去3年間の女性の育児休業取得率',
  titleEn: "Women's childcare-leave rate over 3 years",
  ...CATEGORIES.care,
  source: 'ふくやまWLB認定 項目22',
  sourceEn: 'Fukuyama WLB certification item 22',
  unit: 'rate',
  legal: false,
  findingRules: [],
  messages: CHILDCARE_RATE_MESSAGES,
  evaluate: evaluateFemaleRate3y,
});
