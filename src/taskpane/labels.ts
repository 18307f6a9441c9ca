/** Display names that combine the lower layers' label tables with the pane's locale. */
import { CRITERIA, getProfile } from '../rules';
import type { Lang } from './state';

/**
 * A criterion's title in the pane's language, falling back to its id for an unknown criterion.
 *
 * @example criterionTitle('no-such-id', 'ja') // 'no-such-id'
 */
export function criterionTitle(id: string, locale: Lang): string {
  const meta = CRITERIA[id];
  if (!meta) return id;
  return locale === 'en' ? meta.titleEn : meta.title;
}

/**
 * A legal criterion's limit in the pane's language (its threshold is the law's and cannot be changed); null for a
 * certification target.
 *
 * @example legalLimit('law36.year-over-720', 'ja') // '年 720 時間'
 */
export function legalLimit(id: string, locale: Lang): string | null {
  return CRITERIA[id]?.limit?.[locale] ?? null;
}

/**
 * A profile's label in the pane's language (its id when unknown).
 *
 * @example profileLabel('all', 'ja') // the 'all' profile's Japanese label
 */
export function profileLabel(id: string, locale: Lang): string {
  return getProfile(id)?.label[locale] ?? id;
}
