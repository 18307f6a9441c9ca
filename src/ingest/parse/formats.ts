/**
 * Number formats decide what a number means (docs/reading.md, Units): a time format means a fraction of a day,
 * a date format a serial date, anything else a plain number.
 */

const timeCache = new Map<string, boolean>();
const dateCache = new Map<string, boolean>();
const GENERAL = new Set(['', 'general', 'standard', 'g/標準', '@', '標準']);
/** Quoted literals, escaped characters and colour/condition sections such as `[Red]`, but not `[h]`/`[mm]`/`[ss]`. */
const LITERALS = /"[^"]*"|\\.|\[(?![hms]+\])[^\]]*\]/gi;

function stripLiterals(format: string): string {
  return format.replace(LITERALS, '');
}

/**
 * Whether a number format shows a time or duration (`h:mm`, `[h]:mm`, `h時mm分`, `mm:ss`).
 * Example: `isTimeFormat('[h]:mm')` → true; `isTimeFormat('0.0')` → false.
 */
export function isTimeFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  let known = timeCache.get(format);
  if (known === undefined) {
    const lower = format.toLowerCase();
    known = !GENERAL.has(lower) && /[hs]|上午|午前|am\/pm/.test(stripLiterals(lower));
    timeCache.set(format, known);
  }
  return known;
}

/**
 * Whether a number format shows a date (`yyyy/m/d`, `ge.m.d`, `m月d日`).
 * Example: `isDateFormat('yyyy/m/d')` → true; `isDateFormat('h:mm')` → false.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  let known = dateCache.get(format);
  if (known === undefined) {
    const lower = format.toLowerCase();
    known = !GENERAL.has(lower) && /[ydge]/.test(stripLiterals(lower).replace(/general/g, ''));
    dateCache.set(format, known);
  }
  return known;
}
