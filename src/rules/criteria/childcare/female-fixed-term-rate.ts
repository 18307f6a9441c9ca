/** `childcare.female-fixed-term-rate`: the female rate over fixed-term (有期) women only. */
import type { EvalContext } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import type { CriterionMeta } from '../../result';
import type { CriterionResult } from '../../types';
import { buildNoRate, CHILDCARE_LEAVE, CHILDCARE_RATE_MESSAGES, evaluateRate, isFixedTerm } from '../../childcare';
import { textsOf, type MessageEntry } from '../../messages';
import { KURUMIN_2025_EN } from '../sources';

/** The sentences only this criterion writes. */
const TEXTS = {
  'gap.need-roster-fixed-term': {
    ja: () => '社員名簿（雇用形態・有期契約の別）が必要です',
    en: () => 'A roster with employment types (fixed-term or not) is needed',
  },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/** `childcare.female-fixed-term-rate`: the same, fixed-term (有期) women only. */
function evaluateFemaleFixedTermRate(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  if (!ctx.index.hasRoster)
    return buildNoRate(ctx, meta, 0.75, 'insufficient-data', text('gap.need-roster-fixed-term'));
  const plan = ctx.windows.plan;
  return evaluateRate(ctx, {
    meta,
    fallback: 0.75,
    gender: 'female',
    births: plan,
    kinds: CHILDCARE_LEAVE,
    leavePeriod: plan,
    include: (e) => isFixedTerm(ctx, e) === true,
    postpartumRule: true,
    who: { ja: '有期雇用の女性の育児休業', en: "fixed-term women's childcare leave" },
  });
}

export const femaleFixedTermRate = defineCriterion({
  id: 'childcare.female-fixed-term-rate',
  title: '有期雇用の女性の育児休業等取得率',
  titleEn: "Fixed-term women's childcare-leave rate",
  ...CATEGORIES.care,
  source: 'くるみん（2025年4月改正）',
  sourceEn: KURUMIN_2025_EN,
  unit: 'rate',
  legal: false,
  findingRules: [],
  messages: CHILDCARE_RATE_MESSAGES,
  texts: TEXTS,
  evaluate: evaluateFemaleFixedTermRate,
});
