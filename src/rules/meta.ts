/**
 * Labels and sources of every criterion, shown to the user as 区分 / 項目 / 根拠: the registry's criteria
 * (./registry.ts) and one `checklist.<itemNo>` per Fukuyama checklist item. Thresholds are not here: they are
 * profile data (./profiles.ts).
 */
import type { CriterionMeta } from './result';
import { getChecklistMeta, FUKUYAMA_CHECKLIST } from './checklist';
import { CRITERIA_REGISTRY } from './registry';

/** The labels of a registered criterion, without its code. */
function labelsOf(criterion: CriterionMeta): CriterionMeta {
  const { id, title, titleEn, category, categoryEn, source, sourceEn, unit, legal, limit } = criterion;
  return { id, title, titleEn, category, categoryEn, source, sourceEn, unit, legal, ...(limit ? { limit } : {}) };
}

/**
 * Every criterion's labels by id, including one `checklist.<itemNo>` per Fukuyama checklist item.
 * Example: `CRITERIA['leave.takeup-rate'].category === '年次有給休暇'`.
 */
export const CRITERIA: Record<string, CriterionMeta> = Object.fromEntries([
  ...CRITERIA_REGISTRY.map(({ criterion }) => [criterion.id, labelsOf(criterion)] as const),
  ...FUKUYAMA_CHECKLIST.map((item) => [`checklist.${item.itemNo}`, getChecklistMeta(item.itemNo, item.text)] as const),
]);
