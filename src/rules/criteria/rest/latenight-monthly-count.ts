/**
 * `latenight.monthly-count` (労働時間等見直しガイドライン ト(イ)): days with late-night work (22:00–5:00) per employee
 * and month, against the limit of `params.maxLateNightDaysPerMonth`.
 */
import { CATEGORIES, defineCriterion } from '../../criterion';
import { checkLateNightDays, evaluateLateNightDays } from '../../rest';
import { GUIDELINE } from '../sources';

export const latenightMonthlyCount = defineCriterion({
  id: 'latenight.monthly-count',
  title: '深夜業の回数（1か月あたり）',
  titleEn: 'Late-night days per month',
  ...CATEGORIES.rest,
  source: `${GUIDELINE.ja} ト(イ)`,
  sourceEn: `${GUIDELINE.en} (to)(i)`,
  unit: 'days',
  legal: false,
  findingRules: [{ id: 'latenight.monthly-count', legal: 'never' }],
  messages: ['finding.latenight', 'gap.latenight', 'gap.need-latenight'],
  evaluate: evaluateLateNightDays,
  findings: (ctx) => checkLateNightDays(ctx).findings,
});
