/** `women.hire-share` (public-sector targets): women's share of the hires in the 12-month window. */
import type { EvalContext } from '../../context';
import { getThreshold } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { getFirstDayOfMonth, getLastDayOfMonth, isWithin } from '../../dates';
import { textsOf, type MessageEntry } from '../../messages';
import { buildResult, countNeededForRate, EPSILON, toNumberThreshold, type CriterionMeta } from '../../result';
import type { CriterionResult } from '../../types';
import { countWomen } from '../../women';
import { PUBLIC_SECTOR } from '../sources';

/** The sentences only this criterion writes. */
const TEXTS = {
  'gap.hire-gender-unknown': { ja: () => '採用者の性別が分かりません', en: () => 'The gender of hires is unknown' },
  'gap.women.hires': {
    ja: (p) => `女性の採用があと${p.n}人必要（${p.total}人中${p.women}人）`,
    en: (p) => `${p.n} more women hires needed (${p.women} of ${p.total})`,
  },
  'gap.need-hire-dates': { ja: () => '社員名簿の入社日が必要です', en: () => 'The roster needs hire dates' },
  'gap.no-hires': {
    ja: (p) => `${p.start}〜${p.end} の採用者がいません`,
    en: (p) => `No hires between ${p.start} and ${p.end}`,
  },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/** `women.hire-share`: share of women among people hired in the 12-month window. */
function evaluateHireShare(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const id = meta.id;
  const threshold = getThreshold(ctx, id, 0.4);
  const target = toNumberThreshold(threshold, 0.4);
  const employees = [...ctx.index.employees.values()];
  if (!employees.some((e) => e.hireDate)) {
    return buildResult(meta, {
      status: 'insufficient-data',
      value: null,
      threshold,
      gap: text('gap.need-hire-dates'),
    });
  }
  const start = getFirstDayOfMonth(ctx.windows.months12[0]);
  const end = getLastDayOfMonth(ctx.windows.months12[1]);
  const hires = employees.filter((e) => isWithin(e.hireDate, start, end));
  const { women, total } = countWomen(ctx, hires, { ja: '採用者に占める女性の割合', en: "women's share of hires" });
  if (total === 0) {
    const status = hires.length > 0 ? 'insufficient-data' : 'not-applicable';
    return buildResult(meta, {
      status,
      value: null,
      threshold,
      gap: hires.length > 0 ? text('gap.hire-gender-unknown') : text('gap.no-hires', { start, end }),
    });
  }
  const share = women / total;
  const failing = share < target - EPSILON;
  return buildResult(meta, {
    status: failing ? 'fail' : 'pass',
    value: share,
    threshold,
    gap: failing ? text('gap.women.hires', { n: countNeededForRate(women, total, target), total, women }) : null,
    evidence: hires.map((e) => ({ employeeId: e.id, hireDate: e.hireDate ?? null, gender: e.gender ?? null })),
    breakdown: { 女性: women, 計: total },
  });
}

export const hireShare = defineCriterion({
  id: 'women.hire-share',
  title: '採用者に占める女性の割合',
  titleEn: "Women's share of hires",
  ...CATEGORIES.women,
  source: PUBLIC_SECTOR.ja,
  sourceEn: PUBLIC_SECTOR.en,
  unit: 'rate',
  legal: false,
  findingRules: [],
  messages: ['issue.gender-unknown'],
  texts: TEXTS,
  evaluate: evaluateHireShare,
});
