/**
 * `hours.fulltime-25to39-avg-overtime-under-45` (くるみん 2025): the monthly mean of OT + HW over full-time employees
 * aged 25–39 in that month.
 */
import type { EvalContext } from '../../context';
import { addIssue, getAgeInMonth, remember, resolveFullTime } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { buildInsufficient, evaluateMonthlyMean, lacksFullTimeStatus, NO_FULL_TIME } from '../../hours-monthly';
import { textsOf, type MessageEntry } from '../../messages';
import type { CriterionMeta } from '../../result';
import type { CriterionResult, MonthlyHours } from '../../types';
import { KURUMIN_PLATINUM_2025 } from '../sources';

/** The sentences only this criterion writes. */
const TEXTS = {
  'issue.birthdate-unknown': {
    ja: (p) => `${p.id} の生年月日が分からないため、25〜39歳の基準の集計から除外しました`,
    en: (p) => `${p.id} has no birth date, so is left out of the aged 25–39 criterion`,
  },
  'gap.need-birthdates': { ja: () => '社員名簿の生年月日が必要です', en: () => 'The roster needs birth dates' },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/** True when a full-time employee is aged 25–39 in the month; a missing birth date is reported and excluded. */
function isFullTime25to39(ctx: EvalContext, row: MonthlyHours): boolean {
  if (resolveFullTime(ctx, row.employeeId) !== true) return false;
  const age = getAgeInMonth(ctx, row.employeeId, row.month);
  if (age === undefined) {
    const e = ctx.index.employees.get(row.employeeId);
    addIssue(ctx, {
      sheet: e?.ref?.sheet ?? '',
      cell: e?.ref ? `A${e.ref.row}` : '',
      value: row.employeeId,
      message: text('issue.birthdate-unknown', { id: row.employeeId }),
    });
    return false;
  }
  return age >= 25 && age <= 39;
}

function computeYoungFullTimeOvertime(ctx: EvalContext, self: CriterionMeta): CriterionResult {
  if (lacksFullTimeStatus(ctx)) return buildInsufficient(ctx, self, 45, NO_FULL_TIME);
  const hasBirthDates = [...ctx.index.employees.values()].some((e) => e.birthDate !== undefined);
  if (!hasBirthDates) return buildInsufficient(ctx, self, 45, text('gap.need-birthdates'));
  return evaluateMonthlyMean(ctx, self, 45, (row) => isFullTime25to39(ctx, row));
}

export const fulltime25to39AvgOvertimeUnder45 = defineCriterion({
  id: 'hours.fulltime-25to39-avg-overtime-under-45',
  title: '25〜39歳のフルタイム労働者の月平均の時間外・休日労働が各月45時間未満',
  titleEn: 'Full-time aged 25–39 mean overtime + holiday work under 45 h',
  ...CATEGORIES.hours,
  source: KURUMIN_PLATINUM_2025.ja,
  sourceEn: KURUMIN_PLATINUM_2025.en,
  unit: 'hours',
  legal: false,
  findingRules: [],
  messages: ['gap.hours.reduce-month', 'gap.months-missing', 'gap.need-fulltime-columns', 'issue.fulltime-unknown'],
  texts: TEXTS,
  // Remembered: hours.kurumin-overtime reads the same result in the same run.
  evaluate: (ctx, self) => remember(ctx, 'hours.fulltime-25to39', () => computeYoungFullTimeOvertime(ctx, self)),
});
