/** `leave.takeup-rate` (労働時間等見直しガイドライン 別表⑥): days taken ÷ days granted in the 12-month window. */
import { CATEGORIES, defineCriterion } from '../../criterion';
import { evaluateTakeupRate } from '../../leave';
import { GUIDELINE } from '../sources';

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
  messages: ['gap.takeup', 'gap.no-grants-between', 'gap.no-leave-grants', 'gap.no-leave-takings'],
  evaluate: evaluateTakeupRate,
});
