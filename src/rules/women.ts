/**
 * Women's participation targets (seed 002): the share of women at each management level on the as-of date, and
 * among hires of the 12-month window.
 */
import type { CriterionResult, Employee, EvidenceRow } from './types';
import type { ManagementLevel } from './params';
import type { EvalContext } from './context';
import { addEmployeeIssue, getThreshold, isEmployedOn } from './context';
import { getFirstDayOfMonth, getLastDayOfMonth, isWithin } from './dates';
import { joinMessages, msg, type Localized, type MessageRef } from './messages';
import {
  buildResult,
  countNeededForRate,
  EPSILON,
  formatPercent,
  toNumberThreshold,
  type CriterionMeta,
} from './result';

const MANAGEMENT_LEVELS: ManagementLevel[] = ['係長', '課長補佐', '課長', '部長'];
/** seed 002 通し番号101: 係長 30%, 課長補佐 25%, 課長 15%, 部局長・次長 10%. */
const DEFAULT_LEVEL_TARGETS: Record<ManagementLevel, number> = { 係長: 0.3, 課長補佐: 0.25, 課長: 0.15, 部長: 0.1 };

/**
 * The management level of a position text, through the editable table (exact match after NFKC and trimming).
 * Example: with the default table, `getLevel('課長代理', table) === '課長補佐'`.
 */
function getLevel(position: string | undefined, table: Record<string, ManagementLevel>): ManagementLevel | undefined {
  if (!position) return undefined;
  const key = position.normalize('NFKC').replace(/\s/g, '');
  if (table[key]) return table[key];
  for (const [text, level] of Object.entries(table))
    if (text.normalize('NFKC').replace(/\s/g, '') === key) return level;
  return undefined;
}

/** The management levels in English, for the gaps. */
const LEVEL_EN: Record<ManagementLevel, string> = {
  係長: 'section chief',
  課長補佐: 'deputy manager',
  課長: 'manager',
  部長: 'department head',
};

/** A target of the threshold object for a level (the default when the threshold is not an object). */
function getLevelTarget(threshold: unknown, level: ManagementLevel): number {
  if (threshold && typeof threshold === 'object') {
    const t = (threshold as Record<string, number>)[level];
    if (typeof t === 'number') return t;
  }
  return DEFAULT_LEVEL_TARGETS[level];
}

/** Counts women and people of known gender; unknown genders are reported and left out. */
function countWomen(ctx: EvalContext, people: Employee[], what: Localized): { women: number; total: number } {
  let women = 0;
  let total = 0;
  for (const e of people) {
    if (e.gender === undefined) {
      addEmployeeIssue(ctx, e.id, msg('issue.gender-unknown', { id: e.id, what }));
      continue;
    }
    total += 1;
    if (e.gender === 'female') women += 1;
  }
  return { women, total };
}

/**
 * `women.manager-share`: share of women at each level among employees on the payroll on the as-of date.
 * value = `{ 係長: 0.25, … }` without the levels nobody holds; passes only when every present level meets its target.
 */
export function evaluateManagerShare(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const id = meta.id;
  const threshold = getThreshold(ctx, id, { ...DEFAULT_LEVEL_TARGETS });
  const employees = [...ctx.index.employees.values()];
  if (!employees.some((e) => e.position?.trim())) {
    return buildResult(meta, {
      status: 'insufficient-data',
      value: null,
      threshold,
      gap: msg('gap.need-positions'),
    });
  }
  const byLevel = new Map<ManagementLevel, Employee[]>();
  for (const e of employees) {
    const level = getLevel(e.position, ctx.params.positionLevels);
    if (level && isEmployedOn(e, ctx.params.asOf)) byLevel.set(level, [...(byLevel.get(level) ?? []), e]);
  }
  const value: Record<string, number> = {};
  const breakdown: Record<string, number> = {};
  const evidence: EvidenceRow[] = [];
  const gaps: MessageRef[] = [];
  for (const level of MANAGEMENT_LEVELS) {
    const { women, total } = countWomen(ctx, byLevel.get(level) ?? [], {
      ja: '役職段階別の女性の割合',
      en: "women's share by management level",
    });
    if (total === 0) continue;
    const target = getLevelTarget(threshold, level);
    value[level] = women / total;
    breakdown[`${level} 女性`] = women;
    breakdown[`${level} 計`] = total;
    evidence.push({ level, women, total, share: women / total, target });
    if (women / total < target - EPSILON)
      gaps.push(
        msg('gap.women.level', {
          level: { ja: level, en: LEVEL_EN[level] },
          n: countNeededForRate(women, total, target),
          total,
          women,
          target: formatPercent(target),
        }),
      );
  }
  if (Object.keys(value).length === 0) {
    return buildResult(meta, { status: 'not-applicable', value: null, threshold, gap: msg('gap.no-managers') });
  }
  return buildResult(meta, {
    status: gaps.length > 0 ? 'fail' : 'pass',
    value,
    threshold,
    gap: joinMessages(gaps),
    evidence,
    breakdown,
  });
}

/** `women.hire-share`: share of women among people hired in the 12-month window. */
export function evaluateHireShare(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const id = meta.id;
  const threshold = getThreshold(ctx, id, 0.4);
  const target = toNumberThreshold(threshold, 0.4);
  const employees = [...ctx.index.employees.values()];
  if (!employees.some((e) => e.hireDate)) {
    return buildResult(meta, {
      status: 'insufficient-data',
      value: null,
      threshold,
      gap: msg('gap.need-hire-dates'),
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
      gap: hires.length > 0 ? msg('gap.hire-gender-unknown') : msg('gap.no-hires', { start, end }),
    });
  }
  const share = women / total;
  const failing = share < target - EPSILON;
  return buildResult(meta, {
    status: failing ? 'fail' : 'pass',
    value: share,
    threshold,
    gap: failing ? msg('gap.women.hires', { n: countNeededForRate(women, total, target), total, women }) : null,
    evidence: hires.map((e) => ({ employeeId: e.id, hireDate: e.hireDate ?? null, gender: e.gender ?? null })),
    breakdown: { 女性: women, 計: total },
  });
}
