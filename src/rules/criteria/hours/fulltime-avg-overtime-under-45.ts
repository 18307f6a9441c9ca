/** `hours.fulltime-avg-overtime-under-45` (トライくるみん): the monthly mean over full-time employees, under 45 h. */
import { resolveFullTime } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { buildInsufficient, evaluateMonthlyMean, lacksFullTimeStatus, NO_FULL_TIME } from '../../hours-monthly';

export const fulltimeAvgOvertimeUnder45 = defineCriterion({
  id: 'hours.fulltime-avg-overtime-under-45',
  title: 'フルタイム労働者の月平均の時間外・休日労働が各月45時間未満',
  titleEn: 'Full-time mean overtime + holiday work under 45 h',
  ...CATEGORIES.hours,
  source: 'トライくるみん（2025年4月〜も45時間）/ 次世代法の状況把握',
  sourceEn: 'Try Kurumin (45 h also from April 2025) / Next Generation Act assessment',
  unit: 'hours',
  legal: false,
  findingRules: [],
  messages: ['gap.hours.reduce-month', 'gap.months-missing', 'gap.need-fulltime-columns', 'issue.fulltime-unknown'],
  evaluate: (ctx, self) =>
    lacksFullTimeStatus(ctx)
      ? buildInsufficient(ctx, self, 45, NO_FULL_TIME)
      : evaluateMonthlyMean(ctx, self, 45, (row) => resolveFullTime(ctx, row.employeeId) === true),
});
