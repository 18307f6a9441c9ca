/**
 * How numbers look in the pane: rates as percentages, hours and days with one decimal, with the unit in the
 * pane's language. Pure, so tests can pin the exact text.
 */
import type { CriterionValue, Threshold, Unit } from '../rules/types';
import type { Locale } from './state';

const UNIT_SUFFIX: Record<Exclude<Unit, null>, Record<Locale, string>> = {
  hours: { ja: ' 時間', en: ' h' },
  days: { ja: ' 日', en: ' days' },
  count: { ja: '', en: '' },
  rate: { ja: '%', en: '%' },
};

/**
 * Formats one number of a criterion.
 *
 * @example formatNumber(0.753, 'rate', 'ja') // '75.3%'
 * @example formatNumber(45, 'hours', 'ja') // '45.0 時間'
 */
export function formatNumber(value: number, unit: Unit, locale: Locale): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'rate') return `${roundTo(value * 100, 1).toFixed(1)}%`;
  if (unit === 'count') return Number.isInteger(value) ? String(value) : roundTo(value, 2).toString();
  const text = roundTo(value, 1).toFixed(1);
  return unit ? text + UNIT_SUFFIX[unit][locale] : text;
}

/**
 * Formats a criterion value or threshold; a per-category record becomes `key value` pairs.
 *
 * @example formatMeasure({ 正社員: 0.5, パート: 0.25 }, 'rate', 'ja') // '正社員 50.0% ・ パート 25.0%'
 * @example formatMeasure(null, 'rate', 'ja') // '—'
 */
export function formatMeasure(value: CriterionValue | Threshold, unit: Unit, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return formatNumber(value, unit, locale);
  const parts = Object.entries(value).map(([key, v]) => `${key} ${formatNumber(v, unit, locale)}`);
  return parts.length ? parts.join(locale === 'ja' ? ' ・ ' : ' · ') : '—';
}

/**
 * Converts what the user typed in a threshold box into the stored value: a rate is typed in percent.
 * Returns null for text that is not a number.
 *
 * @example parseThresholdInput('30', 'rate') // 0.3
 * @example parseThresholdInput('４５', 'hours') // 45
 */
export function parseThresholdInput(text: string, unit: Unit): number | null {
  const ascii = text.trim().replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[%％]$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(ascii)) return null;
  const n = Number(ascii);
  return unit === 'rate' ? roundTo(n / 100, 6) : n;
}

/**
 * The number shown in a threshold box (a rate in percent).
 *
 * @example thresholdInputText(0.3, 'rate') // '30'
 */
export function thresholdInputText(value: number, unit: Unit): string {
  return String(unit === 'rate' ? roundTo(value * 100, 4) : value);
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

const MS_PER_DAY = 86_400_000;

/**
 * true for an Excel number format that shows a date (`yyyy/m/d`, `yyyy"年"m"月"d"日"`, `m/d`), ignoring quoted
 * text and colours; a pure time format (`h:mm`) is not one.
 *
 * @example isDateFormat('yyyy"年"m"月"d"日"') // true
 * @example isDateFormat('0.0%') // false
 */
export function isDateFormat(numberFormat: string): boolean {
  const bare = numberFormat.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare) || /m[^a-z]*d|y[^a-z]*m/i.test(bare);
}

/**
 * Text of one written cell for the preview table: a date-formatted serial as YYYY-MM-DD (YYYY-MM for a month
 * format; the 1900 system, as the checker writes it), other values as they are.
 *
 * @example formatPreviewCell(46112, 'yyyy/m/d') // '2026-03-31'
 * @example formatPreviewCell(0.75, '0.0%') // '0.75'
 */
export function formatPreviewCell(value: number | string | boolean | null | { error: string }, numberFormat: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'number' && numberFormat && isDateFormat(numberFormat)) {
    const iso = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * MS_PER_DAY).toISOString();
    // A month format (`yyyy"年"m"月"`) shows the month only.
    return /d/i.test(numberFormat.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')) ? iso.slice(0, 10) : iso.slice(0, 7);
  }
  return String(value);
}
