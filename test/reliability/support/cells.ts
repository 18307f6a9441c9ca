/**
 * Test-side helpers for the reliability suite, written independently of src/ingest so that a bug in the code's own
 * address or text helpers cannot hide itself: A1 addresses, the raw text of a cell, blankness, and the rows the spec
 * lets the reader skip (sheets.md: blank rows, repeated header rows, totals rows).
 */
import fc from 'fast-check';
import type { RawValue } from '../../../src/ingest/types';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Column name of a 1-based column number, as bijective base 26 by recursion on the number of full 26-letter cycles.
 * Example: `columnName(16384)` → `'XFD'` (Excel's last column).
 */
function columnName(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`bad column ${n}`);
  if (n <= 26) return LETTERS[n - 1];
  const cycles = Math.ceil(n / 26) - 1;
  return columnName(cycles) + LETTERS[n - cycles * 26 - 1];
}

/** A1 address of a 1-based row and column. Example: `address(1048576, 1)` → `'A1048576'`. */
export function address(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

/** What a person sees in the cell: text as is, numbers as JavaScript prints them, TRUE/FALSE, the error's text. */
export function shown(v: RawValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.error;
}

/**
 * A serial number shown as Excel shows it under a date format, `yyyy/mm/dd` (1900 system: day 1 = 1900-01-01 with
 * Excel's phantom 1900-02-29, so serial 61 onward counts from 1899-12-30; 1904 system: day 0 = 1904-01-01).
 * Example: `serialAsDate(46118, false)` → `'2026/04/06'`.
 */
export function serialAsDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + Math.floor(serial) * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`;
}

/** Nothing in the cell: null, or text that is only white space (half- or full-width). */
export function blank(v: RawValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Words of a totals row's first cell (sheets.md: 合計, 計, 小計, 平均, Total …). */
const TOTAL_WORDS = new Set([
  '合計',
  '計',
  '小計',
  '総計',
  '総合計',
  '平均',
  '累計',
  'total',
  'subtotal',
  'grandtotal',
  'sum',
  'average',
]);

function squash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');
}

/** Whether a first cell marks a totals row: one of the words, or one of them with a prefix or unit (`4月合計`, `合計（時間）`). */
function isTotalsCell(v: RawValue): boolean {
  if (typeof v !== 'string') return false;
  const t = squash(v).replace(/[(（][^)）]*[)）]$/, '');
  return (
    TOTAL_WORDS.has(t) || /^(合計|小計|総計|累計|total|subtotal|grandtotal)/.test(t) || /(合計|小計|総計|累計)$/.test(t)
  );
}

export type RowClass = 'blank' | 'totals' | 'repeated-header' | 'data';

/** How the spec says a row below the header is to be treated. */
export function classifyRow(row: RawValue[], headers: (string | null)[]): RowClass {
  const first = row.findIndex((v) => !blank(v));
  if (first < 0) return 'blank';
  if (isTotalsCell(row[first])) return 'totals';
  const same = (c: number) =>
    headers[c] !== null && typeof row[c] === 'string' && squash(row[c] as string) === squash(headers[c] as string);
  const named = headers.filter((h) => h !== null).length;
  let matches = 0;
  for (let c = 0; c < headers.length; c++) if (same(c)) matches++;
  if (same(first) && matches >= Math.min(2, named)) return 'repeated-header';
  return 'data';
}

/** A cell as the fuzzers make it: the raw value and the cell's number format. */
export type FuzzCell = [RawValue, string];

const FORMATS = [
  'General',
  'h:mm',
  '[h]:mm',
  'yyyy/m/d',
  '0.00',
  '@',
  '',
  'h"時"mm"分"',
  'ggge"年"m"月"d"日"',
  'yyyy/m/d h:mm',
  '[Red]0.0',
  'mm:ss',
];
export const anyFormat = fc.constantFrom(...FORMATS);

/** Half-width digits and separators → full-width (what Japanese IME input gives). */
export function fullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z:/.-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

const ERRORS = [
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
];
export const errorValue: fc.Arbitrary<RawValue> = fc.constantFrom(...ERRORS).map((error) => ({ error }));

const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧', '🇯🇵', '🕘', '⏰9:00', '9:00😀', '2026/3/2🎉', 'E001🙂', '\u200b', '\ufeff9:00'];

export const blankValue: fc.Arbitrary<RawValue> = fc.constantFrom(
  null,
  '',
  ' ',
  '　',
  '\t',
  '\u3000\u3000',
  ' '.repeat(300),
);

/** Numbers of every awkward sort: NaN, infinities, −0, huge, tiny, negative, fractional, serial-like. */
export const anyNumber: fc.Arbitrary<RawValue> = fc.oneof(
  fc.double(),
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
  fc.double({ min: -3, max: 3, noNaN: true }),
  fc.integer({ min: 1, max: 2_958_465 }),
  fc.integer({ min: 10_000_101, max: 99_991_231 }),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_VALUE,
    -0,
    60,
    2_958_466,
    46113.999999,
    -1,
    1e-300,
    24.0001,
    744.5,
  ),
);

/** Text of every awkward sort: random, any Unicode incl. lone surrogates, emoji, very long, header and total words. */
export const anyText: fc.Arbitrary<RawValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({
    unit: fc.constantFrom(...'０１２３４５６７８９：／．年月日時分秒間翌午前後令和平成R.-:/ 　'.split('')),
    maxLength: 10,
  }),
  fc.constantFrom(...EMOJI),
  fc
    .tuple(fc.constantFrom('9:00', '2026/3/2', 'E001', 'x', '９', ' '), fc.integer({ min: 11, max: 20_000 }))
    .map(([s, n]) => s.repeat(n)),
  fc.integer({ min: 30, max: 5000 }).map((n) => ' '.repeat(n) + '9:00'),
  fc.constantFrom(
    '社員番号',
    '日付',
    '出勤',
    '退勤',
    '休憩',
    '氏名',
    '年月',
    '時間外',
    '実働',
    '区分',
    '=SUM(A1:A3)',
    "'9:00",
    '-',
    'N/A',
    '#N/A',
    'null',
    'undefined',
    'NaN',
    'Infinity',
    '1e308',
    '-1',
    '0x10',
    '9:60',
    '24:00',
    '48:00',
    '2026/2/29',
    '2026/13/1',
    'R1.4.30',
    'H31.5.1',
    '令和元年5月1日',
  ),
);

/**
 * Any cell at all, weighted towards the values a column expects (`valid`), so rows often get far enough to become
 * records and the "record or issue" property is tested on both sides.
 */
export function anyCell(valid: fc.Arbitrary<FuzzCell>): fc.Arbitrary<FuzzCell> {
  const withFormat = (v: fc.Arbitrary<RawValue>) => fc.tuple(v, anyFormat) as fc.Arbitrary<FuzzCell>;
  return fc.oneof(
    { weight: 8, arbitrary: valid },
    { weight: 2, arbitrary: valid.map(([v, f]): FuzzCell => [typeof v === 'string' ? fullWidth(v) : v, f]) },
    { weight: 3, arbitrary: withFormat(blankValue) },
    { weight: 3, arbitrary: withFormat(anyText) },
    { weight: 3, arbitrary: withFormat(anyNumber) },
    { weight: 1, arbitrary: withFormat(fc.boolean()) },
    { weight: 1, arbitrary: withFormat(errorValue) },
  );
}
