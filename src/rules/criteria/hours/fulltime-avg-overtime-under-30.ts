/** `hours.fulltime-avg-overtime-under-30` (くるみん 2025): the monthly mean of OT + HW over full-time employees. */
import { remember, resolveFullTime } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { buildInsufficient, evaluateMonthlyMean, lacksFullTimeStatus, NO_FULL_TIME } from '../../hours-monthly';
import { KURUMIN_PLATINUM_2025 } from '../sources';

export const fulltimeAvgOvertimeUnder30 = defineCriterion({
  id: 'hours.fulltime-avg-overtime-under-30',
  title: 'フルタイム労働者の月平均の時間外・休日労働が各月30時間未満',
  titleEn: 'Full-time mean overtime + holiday work under 30 h',
  ...CATEGORIES.hours,
  source: KURUMIN_PLATINUM_2025.ja,
  sourceEn: KURUMIN_PLATINUM_2025.en,
  unit: 'hours',
  legal: false,
  findingRules: [],
  messages: ['gap.hours.reduce-month', 'gap.months-missing', 'gap.need-fulltime-columns', 'issue.fulltime-unknown'],
  // Remembered: hours.kurumin-overtime reads the same result in the same run.
  evaluate: (ctx, self) =>
    remember(ctx, 'hours.fulltime-30', () =>
      lacksFullTimeStatus(ctx)
        ? buildInsufficient(ctx, self, 30, NO_FULL_TIME)
        : evaluateMonthlyMean(ctx, self, 30, (row) => resolveFullTime(ctx, row.employeeId) === true),
    ),
});
