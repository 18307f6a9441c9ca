/**
 * Dates and months: Excel serials (1900 and 1904 systems), written dates, Japanese eras.
 * Results are ISO strings (`YYYY-MM-DD`, `YYYY-MM`), the dataset's convention.
 */
import { BLANK_WORDS, blank, fail, notA, succeed, WHY, WORDS, type ParseResult } from './result';
import { isDateFormat } from './formats';
import { isBlank, normalizeText, rawToText } from './text';
import type { RawValue } from '../types';

const MS_PER_DAY = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31 in the 1900 system: the last day Excel can show. */
const MAX_SERIAL = 2958465;

const NOT_A_DATE = notA(WORDS.date);
const NOT_A_MONTH = notA(WORDS.month);

interface Era {
  /** Gregorian year of the era's first year minus one: 令和 n = 2018 + n. */
  offset: number;
  first: string;
  last: string;
}
const ERAS: Record<string, Era> = {
  令和: { offset: 2018, first: '2019-05-01', last: '9999-12-31' },
  平成: { offset: 1988, first: '1989-01-08', last: '2019-04-30' },
  昭和: { offset: 1925, first: '1926-12-25', last: '1989-01-07' },
  大正: { offset: 1911, first: '1912-07-30', last: '1926-12-24' },
};
const ERA_LETTERS: Record<string, string> = { r: '令和', h: '平成', s: '昭和', t: '大正', '㋿': '令和' };

const YMD = /^(\d{4})\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})\s*日?$/;
const YM = /^(\d{4})\s*[/\-.年]\s*(\d{1,2})\s*月?$/;
const ERA_YMD = /^(令和|平成|昭和|大正|[rhst])\s*(元|\d{1,2})\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})\s*日?$/i;
const ERA_YM = /^(令和|平成|昭和|大正|[rhst])\s*(元|\d{1,2})\s*[/\-.年]\s*(\d{1,2})\s*月?$/i;
/** `06/02/2025`, `6-2-2025`, `06.02.2025`: two numbers of one or two digits, then a four-digit year. */
export const YEAR_LAST = /^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})$/;
const COMPACT_YMD = /^(\d{4})(\d{2})(\d{2})$/;
const COMPACT_YM = /^(\d{4})(\d{2})$/;
/** A trailing weekday or note such as `(水)`, and a trailing time such as ` 9:00`. */
const TRAILER = /\s*(\([^)]*\)|\s\d{1,2}:\d{2}(:\d{2})?)$/;

const serialCache1900 = new Map<number, ParseResult<string>>();
const serialCache1904 = new Map<number, ParseResult<string>>();
const textCache = new Map<string, ParseResult<string>>();
const CACHE_LIMIT = 100000;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * ISO date of a year, month and day, or null when that day does not exist.
 * Example: `isoFromParts(2026, 2, 29)` → null; `isoFromParts(2026, 4, 1)` → `'2026-04-01'`.
 */
function isoFromParts(year: number, month: number, day: number): string | null {
  if (!(year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * ISO date of an Excel serial date (the time of day is ignored).
 * Example: `serialToIsoDate(46113)` → `'2026-04-01'`; `serialToIsoDate(44651, true)` → `'2026-04-01'`.
 */
export function serialToIsoDate(serial: number, date1904 = false): ParseResult<string> {
  if (!Number.isFinite(serial)) return fail(NOT_A_DATE);
  const whole = Math.floor(serial);
  const cache = date1904 ? serialCache1904 : serialCache1900;
  const cached = cache.get(whole);
  if (cached) return cached;
  let result: ParseResult<string>;
  if (whole < (date1904 ? 0 : 1) || whole > MAX_SERIAL) result = fail(notA(WORDS.date, WHY.serialRange));
  else if (!date1904 && whole === 60) result = fail(notA(WORDS.date, WHY.feb29of1900));
  else {
    // The 1900 system counts the non-existent 1900-02-29 (serial 60), so serials below it are one day later.
    const ms = date1904 ? EPOCH_1904 + whole * MS_PER_DAY : EPOCH_1900 + (whole < 60 ? whole + 1 : whole) * MS_PER_DAY;
    const d = new Date(ms);
    const iso = isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    result = iso ? succeed(iso) : fail(NOT_A_DATE);
  }
  if (cache.size < CACHE_LIMIT) cache.set(whole, result);
  return result;
}

function eraYear(eraText: string, yearText: string): { era: Era; year: number } {
  const name = ERA_LETTERS[eraText.toLowerCase()] ?? eraText;
  const era = ERAS[name];
  const n = yearText === '元' ? 1 : Number(yearText);
  return { era, year: era.offset + n };
}

function parseDateText(text: string): ParseResult<string> {
  const t = normalizeText(text).replace(TRAILER, '');
  let m = YMD.exec(t);
  if (m) {
    const iso = isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? succeed(iso) : fail(notA(WORDS.date, WHY.noSuchDate));
  }
  m = ERA_YMD.exec(t);
  if (m) {
    const { era, year } = eraYear(m[1], m[2]);
    if (m[2] !== '元' && Number(m[2]) < 1) return fail(NOT_A_DATE);
    const iso = isoFromParts(year, Number(m[3]), Number(m[4]));
    if (!iso) return fail(notA(WORDS.date, WHY.noSuchDate));
    if (iso < era.first || iso > era.last) return fail(notA(WORDS.date, WHY.outsideEraDate));
    return succeed(iso);
  }
  m = COMPACT_YMD.exec(t);
  if (m) {
    const iso = isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) return succeed(iso);
  }
  return fail(NOT_A_DATE);
}

/**
 * Reads a date cell: an Excel serial number (an 8-digit plain number is read as `yyyymmdd`), or text such as
 * `2026/4/1`, `2026-04-01`, `2026.4.1`, `2026年4月1日`, `R8.4.1`, `令和8年4月1日`, `令和元年5月1日`, full-width digits.
 * Example: `parseDate('R8.4.1')` → `{ ok: true, value: '2026-04-01' }`; `parseDate('4/1')` → not ok (no year is guessed).
 */
export function parseDate(value: RawValue, _numberFormat?: string, date1904 = false): ParseResult<string> {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 10000101 && value <= 99991231) {
      const s = String(value);
      const iso = isoFromParts(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)));
      return iso ? succeed(iso) : fail(NOT_A_DATE);
    }
    return serialToIsoDate(value, date1904);
  }
  if (typeof value === 'string') {
    if (isBlank(value)) return fail(blank(BLANK_WORDS.date));
    const cached = textCache.get(value);
    if (cached) return cached;
    const result = value.length > 60 ? fail<string>(NOT_A_DATE) : parseDateText(value);
    if (textCache.size < CACHE_LIMIT) textCache.set(value, result);
    return result;
  }
  if (value === null) return fail(blank(BLANK_WORDS.date));
  if (typeof value === 'boolean') return fail(NOT_A_DATE);
  return fail(notA(WORDS.date, WHY.errorValue));
}

function parseMonthText(text: string): ParseResult<string> {
  // `2025年4月度`, `令和7年4月分`: the month of a 月度 / 分 label.
  const t = normalizeText(text)
    .replace(TRAILER, '')
    .replace(/\s*[度分]$/, '');
  let m = YM.exec(t);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? succeed(`${m[1]}-${pad2(month)}`) : fail(NOT_A_MONTH);
  }
  m = ERA_YM.exec(t);
  if (m) {
    const { era, year } = eraYear(m[1], m[2]);
    const month = Number(m[3]);
    if (!(month >= 1 && month <= 12) || year < 1000) return fail(NOT_A_MONTH);
    const ym = `${year}-${pad2(month)}`;
    if (ym < era.first.slice(0, 7) || ym > era.last.slice(0, 7)) return fail(notA(WORDS.month, WHY.outsideEra));
    return succeed(ym);
  }
  m = COMPACT_YM.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return succeed(`${m[1]}-${m[2]}`);
  const date = parseDateText(t);
  return date.ok ? succeed(date.value.slice(0, 7)) : fail(NOT_A_MONTH);
}

/**
 * Reads a month cell: any date (its month), `2026/4`, `2026-04`, `2026年4月`, `R8.4`, `令和8年4月`. A plain
 * (not date-formatted) six-digit number is read as `yyyymm` (202604); other numbers are serial dates.
 * Example: `parseMonth('令和8年4月')` → `{ ok: true, value: '2026-04' }`.
 */
export function parseMonth(value: RawValue, numberFormat?: string, date1904 = false): ParseResult<string> {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 100001 && value <= 999912 && !isDateFormat(numberFormat)) {
      const month = value % 100;
      return month >= 1 && month <= 12 ? succeed(`${Math.floor(value / 100)}-${pad2(month)}`) : fail(NOT_A_MONTH);
    }
    const date = parseDate(value, numberFormat, date1904);
    return date.ok ? succeed(date.value.slice(0, 7)) : fail(NOT_A_MONTH);
  }
  if (typeof value === 'string') {
    if (isBlank(value)) return fail(blank(BLANK_WORDS.month));
    return value.length > 60 ? fail(NOT_A_MONTH) : parseMonthText(value);
  }
  if (value === null) return fail(blank(BLANK_WORDS.month));
  if (typeof value === 'boolean') return fail(NOT_A_MONTH);
  return fail(notA(WORDS.month, WHY.errorValue));
}

/**
 * A cell's value as the user sees it in Excel, for the input-issue list: a date-formatted serial shows as its
 * date rather than as the serial number. Example: `describeCellValue(46118, 'yyyy/m/d')` → `'2026/04/06'`.
 */
export function describeCellValue(
  value: RawValue | undefined,
  numberFormat: string | undefined,
  date1904 = false,
): string {
  if (typeof value === 'number' && isDateFormat(numberFormat)) {
    const date = serialToIsoDate(value, date1904);
    if (date.ok) return date.value.replace(/-/g, '/');
  }
  return rawToText(value);
}
