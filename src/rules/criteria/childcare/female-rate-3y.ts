/** `childcare.female-rate-3y`: women who gave birth in the 3-year window; the share who took 育児休業. */
import { evaluateFemaleRate3y } from '../../childcare';
import { CATEGORIES, defineCriterion } from '../../criterion';

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
  messages: [
    'gap.childcare.takers',
    'gap.need-family-sheet',
    'gap.birth-gender-unknown',
    'gap.no-births',
    'issue.gender-unknown-childcare',
  ],
  evaluate: evaluateFemaleRate3y,
});
