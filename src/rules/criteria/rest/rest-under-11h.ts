/**
 * `interval.rest-under-11h` (労働時間等見直しガイドライン ト(ロ)): the rest between the end of one working day and the
 * start of the next; value = the shortest rest, fail when any rest is under the limit (`params`, 11 h by default).
 */
import { CATEGORIES, defineCriterion } from '../../criterion';
import { checkRestIntervals, evaluateRestIntervals } from '../../rest';
import { GUIDELINE } from '../sources';

export const restUnder11h = defineCriterion({
  id: 'interval.rest-under-11h',
  title: '勤務間インターバル（終業から次の始業までの休息時間）',
  titleEn: 'Rest between working days',
  ...CATEGORIES.rest,
  source: `${GUIDELINE.ja} ト(ロ)`,
  sourceEn: `${GUIDELINE.en} (to)(ro)`,
  unit: 'hours',
  legal: false,
  // An effort the guideline asks for (労働時間等設定改善法2条1項), not a limit of the law.
  findingRules: [{ id: 'interval.rest-under-11h', legal: 'never' }],
  messages: ['finding.rest.short', 'gap.rest.count', 'gap.need-daily-times'],
  evaluate: evaluateRestIntervals,
  findings: (ctx) => checkRestIntervals(ctx).findings,
});
