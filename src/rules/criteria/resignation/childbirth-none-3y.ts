/**
 * `resignation.childbirth-none-3y` (ふくやまWLB認定 項目21): no woman left in the 3-year window for pregnancy,
 * childbirth or childcare — or one who did has been rehired.
 */
import { CATEGORIES, defineCriterion } from '../../criterion';
import { evaluateChildbirthResignations } from '../../resignation';

export const childbirthNone3y = defineCriterion({
  id: 'resignation.childbirth-none-3y',
  title: '過去3年間に妊娠・出産・育児を理由に退職した女性がいない（又は再雇用の実績）',
  titleEn: 'No woman left for childbirth or childcare in 3 years (or rehired)',
  ...CATEGORIES.resignation,
  source: 'ふくやまWLB認定 項目21',
  sourceEn: 'Fukuyama WLB certification item 21',
  unit: 'count',
  legal: false,
  findingRules: [],
  messages: [
    'gap.need-roster-leavers',
    'gap.missing-roster-columns',
    'gap.childbirth-leavers',
    'gap.unknown-reason-or-gender',
    'gap.no-women-left',
  ],
  evaluate: evaluateChildbirthResignations,
});
