/**
 * Cells and text helpers shared by the sheets: a month as a date cell (the date arithmetic itself is in rules/dates.ts),
 * the display width of East Asian text for the terminal table, links, natural order of ids. Figures with their units
 * are in ./units.ts.
 */
import type { IsoDate, IsoMonth } from '../rules/types';
import type { CellValue } from './layout';

export const FORMAT_HOURS = '0.0';
export const FORMAT_MONTH = 'yyyy/mm';

/** A cell plus the number format it needs. */
export interface FormattedCell {
  value: CellValue;
  numberFormat?: string;
}

/**
 * Turns a month into a date cell (the first day), shown as `yyyy/mm`.
 *
 * @example toMonthCell('2025-04') // { date: '2025-04-01' }
 */
export function toMonthCell(month: IsoMonth): { date: IsoDate } {
  return { date: `${month}-01` };
}

/** Wide and fullwidth ranges of Unicode's East Asian Width (W and F); ambiguous characters count as narrow. */
const WIDE_RANGES: [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x20000, 0x3fffd],
];

function isWide(codePoint: number): boolean {
  if (codePoint < 0x1100) return false;
  for (const [lo, hi] of WIDE_RANGES) if (codePoint >= lo && codePoint <= hi) return true;
  return false;
}

/** Only code units below U+0080 (written as "nothing from U+0080 up", so the pattern names no control character). */
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

/**
 * Counts the terminal columns a string takes: 2 for a wide (CJK, full-width) character, 1 otherwise.
 *
 * @example displayWidth('達成 ok') // 7
 */
export function displayWidth(text: string): number {
  if (ASCII_ONLY.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/**
 * Pads a string with spaces to a display width (left-aligned, or right-aligned for numbers).
 *
 * @example padDisplay('達成', 6) // '達成  '
 */
export function padDisplay(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const pad = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + pad : pad + text;
}

/**
 * Cuts a string to a display width, ending with `…` when something was cut.
 *
 * @example truncateDisplay('あいうえお', 7) // 'あいう…'
 */
export function truncateDisplay(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return out + '…';
}

/**
 * Builds an internal hyperlink target, quoting the sheet name the way Excel does (a `'` is doubled).
 *
 * @example toCellTarget('勤怠', 'D15') // "'勤怠'!D15"
 */
export function toCellTarget(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * Makes a key that sorts ids in natural order with a plain string comparison (digit runs are zero-padded), so
 * thousands of rows sort without a locale collator.
 *
 * @example naturalSortKey('E2') < naturalSortKey('E10') // true
 */
export function naturalSortKey(id: string): string {
  return id.replace(/\d+/g, (digits) => digits.padStart(15, '0'));
}

/**
 * Compares two ids in natural order (E2 before E10).
 *
 * @example ['E10', 'E2'].sort(compareNatural) // ['E2', 'E10']
 */
export function compareNatural(a: string, b: string): number {
  const ka = naturalSortKey(a);
  const kb = naturalSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
