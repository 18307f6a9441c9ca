/** `hours.avg-overtime-under-45`: the monthly mean of OT + HW over everyone employed with attendance data. */
import { CATEGORIES, defineCriterion } from '../../criterion';
import { evaluateMonthlyMean } from '../../hours-monthly';

export const avgOvertimeUnder45 = defineCriterion({
  id: 'hours.avg-overtime-under-45',
  title: '月平均の時間外・休日労働が各月45時間未満',
  titleEn: 'Mean overtime + holiday work under 45 h every month',
  ...CATEGORIES.hours,
  source: 'ふくやまWLB認定 項目73 / トライくるみん / えるぼし（労働時間）',
  sourceEn: 'Fukuyama WLB certification item 73 / Try Kurumin / Eruboshi (working hours)',
  unit: 'hours',
  legal: false,
  findingRules: [],
  messages: ['gap.hours.reduce-month', 'gap.months-missing'],
  evaluate: (ctx, self) => evaluateMonthlyMean(ctx, self, 45),
});
