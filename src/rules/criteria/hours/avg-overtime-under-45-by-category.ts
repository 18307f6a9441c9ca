/**
 * `hours.avg-overtime-under-45-by-category` (えるぼし): the monthly mean of OT + HW per employment category (雇用管理区分);
 * value = the highest category-month mean; breakdown = highest monthly mean per category; series = highest category
 * mean per month.
 */
import type { EvalContext } from '../../context';
import { getThreshold } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import {
  describeMissingMonths,
  describeMonthsOver,
  getEmployedRowsByMonth,
  getMax,
  getOvertimeAndHolidayWork,
  joinGap,
  judgeMonthly,
  toEvidence,
  type MonthlyMeans,
  type MonthStat,
} from '../../hours-monthly';
import { type MessageRef, textsOf, type MessageEntry } from '../../messages';
import { buildResult, roundTo, toNumberThreshold, type CriterionMeta } from '../../result';
import type { CriterionResult, EvidenceRow, IsoMonth } from '../../types';

/** The sentences only this criterion writes. */
const TEXTS = {
  'label.no-employment-category': { ja: () => '（雇用区分なし）', en: () => '(no employment category)' },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/** The category of employees whose roster row gives no employment type. */
const NO_CATEGORY = '（雇用区分なし）';

/** Employment category (雇用管理区分) of an employee, as written on the roster. */
function getCategory(ctx: EvalContext, employeeId: string): string {
  return ctx.index.employees.get(employeeId)?.employmentType?.trim() || NO_CATEGORY;
}

/** The monthly means per category. */
function computeCategoryMeans(ctx: EvalContext): { byCategory: Map<string, MonthlyMeans>; missing: IsoMonth[] } {
  const byCategory = new Map<string, MonthlyMeans>();
  const { withRows, missing } = getEmployedRowsByMonth(ctx);
  for (const [month, rows] of withRows) {
    const sums = new Map<string, MonthStat>();
    for (const row of rows) {
      const category = getCategory(ctx, row.employeeId);
      const s = sums.get(category) ?? { mean: 0, employees: 0, total: 0 };
      s.total += getOvertimeAndHolidayWork(row);
      s.employees += 1;
      sums.set(category, s);
    }
    for (const [category, s] of sums) {
      let means = byCategory.get(category);
      if (!means) byCategory.set(category, (means = { stats: new Map(), missing }));
      means.stats.set(month, { ...s, mean: s.total / s.employees });
    }
  }
  return { byCategory, missing };
}

function evaluateByCategory(ctx: EvalContext, self: CriterionMeta): CriterionResult {
  const threshold = getThreshold(ctx, self.id, 45);
  const limit = toNumberThreshold(threshold, 45);
  const { byCategory, missing } = computeCategoryMeans(ctx);
  const breakdown: Record<string, number> = {};
  const series: Record<IsoMonth, number> = {};
  const over: MessageRef[] = [];
  const evidence: EvidenceRow[] = [];
  for (const [category, { stats }] of [...byCategory].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const max = getMax([...stats.values()].map((s) => s.mean));
    if (max !== null) breakdown[category] = roundTo(max);
    for (const [month, s] of stats) series[month] = Math.max(series[month] ?? -Infinity, roundTo(s.mean));
    over.push(
      ...describeMonthsOver(stats, limit, category === NO_CATEGORY ? text('label.no-employment-category') : category),
    );
    evidence.push(...toEvidence(stats, category));
  }
  const max = getMax(Object.values(breakdown));
  const status = judgeMonthly(missing, max !== null, over.length > 0);
  const gap = status === 'insufficient-data' ? joinGap([describeMissingMonths(missing), ...over]) : joinGap(over);
  return buildResult(self, { status, value: max, threshold, gap, series, evidence, breakdown });
}

export const avgOvertimeUnder45ByCategory = defineCriterion({
  id: 'hours.avg-overtime-under-45-by-category',
  title: '雇用管理区分ごとの月平均の時間外・休日労働が各月45時間未満',
  titleEn: 'Mean overtime + holiday work under 45 h per employment category',
  ...CATEGORIES.hours,
  source: 'えるぼし（雇用管理区分ごと）',
  sourceEn: 'Eruboshi (per employment category)',
  unit: 'hours',
  legal: false,
  findingRules: [],
  messages: ['gap.hours.reduce-month', 'gap.months-missing'],
  texts: TEXTS,
  evaluate: evaluateByCategory,
});
