/**
 * `hours.weekly-60-share` (労働時間等見直しガイドライン 別表⑤): share of employees whose mean weekly worked hours over
 * the window (total worked ÷ (days employed ÷ 7)) is ≥ 60. Needs worked hours: insufficient-data otherwise.
 * Example: 1 of 20 employees at 61 h a week → 0.05, passes ≤ 5%.
 */
import type { EvalContext } from '../../context';
import { getThreshold, isEmployedIn } from '../../context';
import { readingShapeOnly } from '../../run-cache';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { countDaysInclusive, getDaysInMonth, getFirstDayOfMonth, getLastDayOfMonth, splitIso } from '../../dates';
import {
  buildInsufficient,
  describeMissingMonths,
  joinGap,
  judgeMonthly,
  splitWindowMonths,
} from '../../hours-monthly';
import { peopleRef, textsOf, type MessageEntry } from '../../messages';
import { buildResult, EPSILON, roundTo, toNumberThreshold, type CriterionMeta } from '../../result';
import type { CriterionResult, IsoMonth, MonthlyHours } from '../../types';
import { GUIDELINE } from '../sources';

/** The sentences only this criterion writes. */
const TEXTS = {
  'gap.need-worked-hours': {
    ja: () => '労働時間（実働時間）のデータが必要です（日次の勤怠、又は総労働時間の列）',
    en: () => 'Hours worked are needed (daily attendance, or a total-hours column)',
  },
  'gap.hours.weekly60': {
    ja: (p) => `週60時間以上の人をあと${p.n}人減らす必要（${p.people}）`,
    en: (p) => `${p.n} fewer people working 60 h a week or more needed (${p.people})`,
  },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/** Worked hours of one employee-month: the given total, else the sum of the month's shifts; undefined when unknown. */
function getWorkedHours(
  ctx: EvalContext,
  employeeId: string,
  month: IsoMonth,
  row: MonthlyHours | undefined,
): number | undefined {
  if (row?.worked !== undefined) return row.worked;
  return ctx.index.shiftHoursByEmployeeMonth.get(employeeId)?.get(month);
}

/** Days of the window on which an employee was employed (roster dates, else the months with attendance rows). */
function countDaysEmployed(ctx: EvalContext, employeeId: string): number {
  const months = ctx.index.employmentMonths.get(employeeId);
  const e = ctx.index.employees.get(employeeId);
  let days = 0;
  for (const month of ctx.months12) {
    if (!isEmployedIn(ctx, employeeId, month)) continue;
    const [y, m] = splitIso(month);
    if (!months || (months[0] !== month && months[1] !== month)) {
      days += getDaysInMonth(y, m);
      continue;
    }
    // Hired or left during this month: count the days on the payroll only.
    const first = getFirstDayOfMonth(month);
    const last = getLastDayOfMonth(month);
    const start = e?.hireDate && e.hireDate > first ? e.hireDate : first;
    const end = e?.leaveDate && e.leaveDate < last ? e.leaveDate : last;
    days += countDaysInclusive(start, end);
  }
  return days;
}

function evaluateWeeklySixtyShare(ctx: EvalContext, self: CriterionMeta): CriterionResult {
  const threshold = getThreshold(ctx, self.id, 0.05);
  const limit = toNumberThreshold(threshold, 0.05);
  const totals = new Map<string, number>();
  const { withRows, missing } = splitWindowMonths(ctx);
  for (const [month, rows] of withRows) {
    for (const row of rows) {
      const worked = getWorkedHours(ctx, row.employeeId, month, row);
      if (worked !== undefined) totals.set(row.employeeId, (totals.get(row.employeeId) ?? 0) + worked);
    }
  }
  if (totals.size === 0) return buildInsufficient(ctx, self, 0.05, text('gap.need-worked-hours'));
  const breakdown: Record<string, number> = {};
  const heavy: string[] = [];
  for (const [employeeId, total] of [...totals].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const days = countDaysEmployed(ctx, employeeId);
    if (days <= 0) continue;
    const weekly = total / (days / 7);
    breakdown[employeeId] = roundTo(weekly);
    if (weekly >= 60 - EPSILON) heavy.push(employeeId);
  }
  const n = Object.keys(breakdown).length;
  const share = n > 0 ? heavy.length / n : 0;
  const failing = share > limit + EPSILON;
  const excess = heavy.length - Math.floor(limit * n + EPSILON);
  const gaps = failing ? [text('gap.hours.weekly60', { n: excess, people: peopleRef(heavy) })] : [];
  const status = judgeMonthly(missing, n > 0, failing);
  const gap = status === 'insufficient-data' ? joinGap([describeMissingMonths(missing), ...gaps]) : joinGap(gaps);
  return buildResult(self, { status, value: n > 0 ? share : null, threshold, gap, breakdown });
}

export const weekly60Share = defineCriterion({
  id: 'hours.weekly-60-share',
  title: '週労働時間60時間以上の労働者の割合',
  titleEn: 'Share working 60 h a week or more',
  ...CATEGORIES.hours,
  source: `${GUIDELINE.ja} 別表⑤`,
  sourceEn: `${GUIDELINE.en}, appended table 5`,
  unit: 'rate',
  legal: false,
  findingRules: [],
  messages: ['gap.months-missing'],
  texts: TEXTS,
  // Only the worked hours count, never OT or HW: the overtime what-if leaves this criterion as it was.
  evaluate: (ctx, self) => readingShapeOnly(() => evaluateWeeklySixtyShare(ctx, self)),
});
