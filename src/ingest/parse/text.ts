/**
 * Text helpers shared by the parsers and header detection: normalisation (NFKC, spaces, brackets),
 * raw cell → display text, and A1 addresses.
 */
import type { RawValue } from '../types';

const SPACES = /[\s\u3000]+/g;
const BRACKETED = /[(（[［【〔「『<＜][^)）\]］】〕」』>＞]*[)）\]］】〕」』>＞]/g;
const HEADER_PUNCTUATION = /[*＊\s\u3000.．・･_＿\-－‐:：/／#＃'"’”]+/g;

/** Whether a cell holds nothing: null, empty or whitespace-only text. Example: `isBlank('\u3000')` (an ideographic space) → true. */
export function isBlank(value: RawValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.length === 0 || value.trim().length === 0;
  return false;
}

/**
 * The raw value as the user would see it, for input issues.
 * Example: `rawToText({ error: '#N/A' })` → `'#N/A'`; `rawToText(true)` → `'TRUE'`.
 */
export function rawToText(value: RawValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value.error === 'string' ? value.error : '#ERROR';
}

/**
 * NFKC (full-width digits and letters → ASCII, `：` → `:`), trimmed, inner runs of spaces kept as one space.
 * Example: `normalizeText('\u3000９：００ ')` → `'9:00'`.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(SPACES, ' ').trim();
}

/**
 * How a header is compared: NFKC, lower case, without brackets and their contents (units such as `（時間）`),
 * spaces and separators. Example: `normalizeHeader('実働時間（ｈ）')` → `'実働時間'`; `normalizeHeader('社員 No.')` → `'社員no'`.
 */
export function normalizeHeader(text: string): string {
  const nfkc = text.normalize('NFKC').toLowerCase();
  return nfkc.replace(BRACKETED, '').replace(HEADER_PUNCTUATION, '');
}

/** The text inside brackets of a header (units), e.g. `bracketContents('休憩（分）')` → `'分'`. */
export function bracketContents(text: string): string {
  const found = text.normalize('NFKC').match(BRACKETED);
  return found ? found.join('') : '';
}

/** Column letter for a 1-based column number. Example: `columnLetter(28)` → `'AB'`. */
export function columnLetter(col: number): string {
  let n = Math.floor(col);
  if (!(n >= 1)) return '';
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 1-based column number of a column letter, or 0 when it is not one. Example: `columnNumber('AB')` → 28. */
export function columnNumber(letters: string): number {
  const upper = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(upper)) return 0;
  let n = 0;
  for (let i = 0; i < upper.length; i++) n = n * 26 + (upper.charCodeAt(i) - 64);
  return n;
}

/** A1 address of a 1-based row and column. Example: `toA1(15, 4)` → `'D15'`. */
export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
