/**
 * `hours.no-over-60-average` (くるみん family): per employee (everyone, short-time workers too), the mean OT (holiday
 * work excluded) over the window's months in which they were employed and have data; value = the highest mean; fail
 * when ≥ 60. Series = the monthly mean OT of everyone. Example: E1 at 70 h in 6 months and 50 h in 6 → 60 → fail.
 */
import type { EvalContext } from '../../context';
import { getThreshold, remember } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import {
  computeMonthlyMeans,
  describeMissingMonths,
  getEmployedRowsByMonth,
  getMax,
  getReduction,
  joinGap,
  judgeMonthly,
  toSeries,
} from '../../hours-monthly';
import { type MessageRef, textsOf, type MessageEntry } from '../../messages';
import { buildResult, EPSILON, formatHours, roundTo, toNumberThreshold, type CriterionMeta } from '../../result';
import type { CriterionResult } from '../../types';

/** The sentences only this criterion writes. */
const TEXTS = {
  'gap.hours.reduce-person': {
    ja: (p) => `${p.id} の月平均の法定時間外労働（${p.mean}時間）をあと${p.hours}時間減らす必要`,
    en: (p) => `${p.id}: monthly mean statutory overtime (${p.mean} h) must come down by ${p.hours} h`,
  },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/** Each employee's OT total and months with data in the window. */
function sumOvertimeByEmployee(ctx: EvalContext): Map<string, { total: number; months: number }> {
  const sums = new Map<string, { total: number; months: number }>();
  for (const [, rows] of getEmployedRowsByMonth(ctx).withRows) {
    for (const row of rows) {
      const s = sums.get(row.employeeId) ?? { total: 0, months: 0 };
      s.total += row.overtime;
      s.months += 1;
      sums.set(row.employeeId, s);
    }
  }
  return sums;
}

function computeSixtyAverage(ctx: EvalContext, self: CriterionMeta): CriterionResult {
  const threshold = getThreshold(ctx, self.id, 60);
  const limit = toNumberThreshold(threshold, 60);
  const { stats, missing } = computeMonthlyMeans(
    ctx,
    () => true,
    (row) => row.overtime,
  );
  const sums = sumOvertimeByEmployee(ctx);
  const breakdown: Record<string, number> = {};
  const over: MessageRef[] = [];
  for (const [employeeId, s] of [...sums].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const mean = s.total / s.months;
    breakdown[employeeId] = roundTo(mean);
    if (mean >= limit - EPSILON)
      over.push(
        text('gap.hours.reduce-person', {
          id: employeeId,
          mean: formatHours(mean),
          hours: formatHours(getReduction(mean - limit)),
        }),
      );
  }
  const max = getMax(Object.values(breakdown));
  const status = judgeMonthly(missing, sums.size > 0, over.length > 0);
  const gap = status === 'insufficient-data' ? joinGap([describeMissingMonths(missing), ...over]) : joinGap(over);
  return buildResult(self, { status, value: max, threshold, gap, series: toSeries(stats), breakdown });
}

export const noOver60Average = defineCriterion({
  id: 'hours.no-over-60-average',
  title: '月平均の法定時間外労働が60時間以上の労働者がいない',
  titleEn: 'Nobody averaging 60 h or more of statutory overtime a month',
  ...CATEGORIES.hours,
  source: 'くるみん / プラチナくるみん / トライくるみん（月平均の法定時間外労働60時間以上の労働者がいないこと）',
  sourceEn: 'Kurumin / Platinum Kurumin / Try Kurumin (nobody averaging 60 h of statutory overtime a month)',
  unit: 'hours',
  legal: false,
  findingRules: [],
  messages: ['gap.months-missing'],
  texts: TEXTS,
  // Remembered: hours.kurumin-overtime reads the same result in the same run.
  evaluate: (ctx, self) => remember(ctx, 'hours.no-over-60', () => computeSixtyAverage(ctx, self)),
});
