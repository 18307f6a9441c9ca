/** `childcare.female-rate`: women who gave birth in the plan period; the share who took 育児休業等 in it. */
import { evaluateFemaleRate } from '../../childcare';
import { CATEGORIES, defineCriterion } from '../../criterion';

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
  messages: [
    'gap.childcare.takers',
    'gap.need-family-sheet',
    'gap.birth-gender-unknown',
    'gap.no-births',
    'issue.gender-unknown-childcare',
  ],
  evaluate: evaluateFemaleRate,
});
