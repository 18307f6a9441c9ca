/** `childcare.female-fixed-term-rate`: the female rate over fixed-term (有期) women only. */
import { evaluateFemaleFixedTermRate } from '../../childcare';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { KURUMIN_2025_EN } from '../sources';
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
  messages: [
    'gap.childcare.takers',
    'gap.need-family-sheet',
    'gap.birth-gender-unknown',
    'gap.no-births',
    'issue.gender-unknown-childcare',
    'gap.need-roster-fixed-term',
  ],
  evaluate: evaluateFemaleFixedTermRate,
});
