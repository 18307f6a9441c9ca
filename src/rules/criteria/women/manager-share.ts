/** `women.manager-share` (public-sector targets, no. 101): women's share at each management level. */
import type { EvalContext } from '../../context';
import { getThreshold, isEmployedOn } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { joinMessages, type MessageRef, textsOf, type MessageEntry } from '../../messages';
import type { ManagementLevel } from '../../params';
import { buildResult, countNeededForRate, EPSILON, formatPercent, type CriterionMeta } from '../../result';
import type { CriterionResult, Employee, EvidenceRow } from '../../types';
import { countWomen } from '../../women';
import { PUBLIC_SECTOR } from '../sources';

/** The sentences only this criterion writes. */
const TEXTS = {
  'gap.women.level': {
    ja: (p) => `${p.level}の女性があと${p.n}人必要（${p.total}人中${p.women}人、目標${p.target}）`,
    en: (p) => `${p.n} more women needed at ${p.level} level (${p.women} of ${p.total}, target ${p.target})`,
  },
  'gap.no-managers': {
    ja: () => '係長・課長補佐・課長・部長に当たる役職の人がいません（役職の対応表を確認してください）',
    en: () =>
      'Nobody holds a position counted as section chief, deputy manager, manager or department head (check the position mapping)',
  },
  'gap.need-positions': { ja: () => '社員名簿の役職が必要です', en: () => 'The roster needs positions' },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

const MANAGEMENT_LEVELS: ManagementLevel[] = ['係長', '課長補佐', '課長', '部長'];
/** The public-sector outcome targets, no. 101: 係長 30%, 課長補佐 25%, 課長 15%, 部局長・次長 10%. */
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

/**
 * `women.manager-share`: share of women at each level among employees on the payroll on the as-of date.
 * value = `{ 係長: 0.25, … }` without the levels nobody holds; passes only when every present level meets its target.
 */
function evaluateManagerShare(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const id = meta.id;
  const threshold = getThreshold(ctx, id, { ...DEFAULT_LEVEL_TARGETS });
  const employees = [...ctx.index.employees.values()];
  if (!employees.some((e) => e.position?.trim())) {
    return buildResult(meta, {
      status: 'insufficient-data',
      value: null,
      threshold,
      gap: text('gap.need-positions'),
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
        text('gap.women.level', {
          level: { ja: level, en: LEVEL_EN[level] },
          n: countNeededForRate(women, total, target),
          total,
          women,
          target: formatPercent(target),
        }),
      );
  }
  if (Object.keys(value).length === 0) {
    return buildResult(meta, { status: 'not-applicable', value: null, threshold, gap: text('gap.no-managers') });
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

export const managerShare = defineCriterion({
  id: 'women.manager-share',
  title: '役職段階別の女性の割合（係長・課長補佐・課長・部長）',
  titleEn: "Women's share by management level",
  ...CATEGORIES.women,
  source: `${PUBLIC_SECTOR.ja}（通し番号101）`,
  sourceEn: `${PUBLIC_SECTOR.en} (no. 101)`,
  unit: 'rate',
  legal: false,
  findingRules: [],
  messages: ['issue.gender-unknown'],
  texts: TEXTS,
  evaluate: evaluateManagerShare,
});
