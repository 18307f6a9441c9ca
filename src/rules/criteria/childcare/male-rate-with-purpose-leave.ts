/** `childcare.male-rate-with-purpose-leave`: the male rate counting 育児目的休暇 too; needs at least one man on 育児休業等. */
import { evaluateMaleRateWithPurposeLeave } from '../../childcare';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { KURUMIN_2025_EN } from '../sources';
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
  messages: [
    'gap.childcare.takers',
    'gap.need-family-sheet',
    'gap.birth-gender-unknown',
    'gap.no-births',
    'issue.gender-unknown-childcare',
    'gap.need-male-taker',
  ],
  evaluate: evaluateMaleRateWithPurposeLeave,
});
