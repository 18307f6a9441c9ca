/**
 * How numbers look in the pane: rates as percentages, hours and days with one decimal, with the unit in the
 * pane's language. Pure, so tests can pin the exact text.
 */
import type { CriterionValue, Threshold, Unit } from '../rules/types';
import type { Lang } from './state';
import { isIsoDate } from './state/settings';
import { renderMessage, type MessageParam, type MessageRef } from '../rules/messages';

const UNIT_SUFFIX: Record<Exclude<Unit, null>, Record<Lang, string>> = {
  hours: { ja: ' 時間', en: ' h' },
  days: { ja: ' 日', en: ' days' },
  count: { ja: ' 人', en: ' people' },
  rate: { ja: '%', en: '%' },
};

/**
 * Formats one number of a criterion.
 *
 * @example formatNumber(0.753, 'rate', 'ja') // '75.3%'
 * @example formatNumber(45, 'hours', 'ja') // '45.0 時間'
 * @example formatNumber(3, 'count', 'ja') // '3 人' (count criteria count employees)
 */
export function formatNumber(value: number, unit: Unit, locale: Lang): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'rate') return `${roundTo(value * 100, 1).toFixed(1)}%`;
  if (unit === 'count')
    return (Number.isInteger(value) ? String(value) : roundTo(value, 2).toString()) + UNIT_SUFFIX.count[locale];
  const text = roundTo(value, 1).toFixed(1);
  return unit ? text + UNIT_SUFFIX[unit][locale] : text;
}

/**
 * Formats a criterion value or threshold; a per-category record becomes `key value` pairs.
 *
 * @example formatMeasure({ 正社員: 0.5, パート: 0.25 }, 'rate', 'ja') // '正社員 50.0% ・ パート 25.0%'
 * @example formatMeasure(null, 'rate', 'ja') // '—'
 */
export function formatMeasure(value: CriterionValue | Threshold, unit: Unit, locale: Lang): string {
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
  const ascii = text
    .trim()
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[%％]$/, '');
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
 * @example formatPreviewCell(46112, 'yyyy"年"m"月"d"日"') // '2026年3月31日'
 * @example formatPreviewCell(0.75, '0.0%') // '0.75'
 */
export function formatPreviewCell(
  value: number | string | boolean | null | { error: string },
  numberFormat: string | undefined,
): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'number' && numberFormat && isDateFormat(numberFormat)) {
    const iso = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * MS_PER_DAY).toISOString();
    // A month format (`yyyy"年"m"月"`) shows the month only; a Japanese format reads as the sheet shows it.
    const shown = /d/i.test(numberFormat.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')) ? iso.slice(0, 10) : iso.slice(0, 7);
    return numberFormat.includes('年') ? periodText(shown, 'ja') : shown;
  }
  return String(value);
}

/**
 * Reads a date as people type it in Japan — `2026/3/31`, `2026-03-31`, `2026年3月31日`, full-width digits —
 * into YYYY-MM-DD; null for anything that is not a real calendar day.
 *
 * @example parseDateInput('２０２６年３月３１日') // '2026-03-31'
 * @example parseDateInput('2026/02/30') // null
 */
export function parseDateInput(text: string): string | null {
  const ascii = text.normalize('NFKC').trim();
  const m = /^(\d{4})\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})\s*日?$/.exec(ascii);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * How a date box shows a date: year/month/day with slashes, the form its hint and error message name.
 *
 * @example dateInputText('2026-03-31') // '2026/03/31'
 */
export function dateInputText(iso: string | undefined): string {
  return iso ? iso.replace(/-/g, '/') : '';
}

/**
 * A month, a month range or a day as HR writes it in prose (never `2025-04..2026-03`); input boxes keep 2026/03/31.
 *
 * @example periodText('2025-04..2026-03', 'ja') // '2025年4月〜2026年3月'
 * @example periodText('2026-03-31', 'ja') // '2026年3月31日'
 * @example periodText('2025-12', 'en') // 'Dec 2025'
 */
export function periodText(period: string, locale: Lang): string {
  const range = period.split('..');
  if (range.length === 2)
    return `${periodText(range[0], locale)}${locale === 'ja' ? '〜' : ' - '}${periodText(range[1], locale)}`;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(period);
  if (!m) return period;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  if (locale === 'ja') return `${year}年${month}月${day === null ? '' : `${day}日`}`;
  const name = EN_MONTHS[month - 1] ?? String(month);
  return day === null ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** A month, a day or a range of them as the rules write it (`2025-12`, `2024-10-01`, `2025-04..2026-03`). */
const ISO_PERIOD = /^\d{4}-\d{2}(-\d{2})?(\.\.\d{4}-\d{2}(-\d{2})?)?$/;

/** A message parameter with every ISO month, day or range in it written as prose (nested lists and refs too). */
function proseParam(value: MessageParam, locale: Lang): MessageParam {
  if (typeof value === 'string') return ISO_PERIOD.test(value) ? periodText(value, locale) : value;
  if (Array.isArray(value)) return value.map((v) => proseParam(v, locale));
  if (typeof value === 'object' && 'code' in value && 'params' in value) return proseRef(value, locale);
  return value;
}

function proseRef(ref: MessageRef, locale: Lang): MessageRef {
  return {
    ...ref,
    params: Object.fromEntries(Object.entries(ref.params).map(([k, v]) => [k, proseParam(v, locale)])),
  };
}

/**
 * A rules message (a finding, a gap, an input issue) in the pane's language, its months and dates written as HR
 * writes them (`2025年12月`, never `2025-12`); a plain string without a ref stays as it is.
 *
 * @example proseText(f.message, f.messageRef, 'ja') // 'E017 の 2025年12月 の時間外・休日労働 115.0時間は…'
 */
export function proseText(text: string, ref: MessageRef | undefined, locale: Lang): string {
  return ref ? renderMessage(proseRef(ref, locale), locale) : text;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const JST_OFFSET_MS = 9 * 3_600_000;

/**
 * A moment as Japan Standard Time (UTC+9, no daylight saving) in ISO form with its offset: the 作成日時 the
 * summary sheet shows is the time on the user's office clock, not UTC.
 *
 * @example toJstIso(new Date('2026-03-31T15:30:00Z')) // '2026-04-01T00:30:00+09:00'
 */
export function toJstIso(moment: Date): string {
  return `${new Date(moment.getTime() + JST_OFFSET_MS).toISOString().slice(0, 19)}+09:00`;
}
