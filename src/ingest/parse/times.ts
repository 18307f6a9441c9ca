/**
 * Times of day (minutes after midnight) and durations (decimal hours).
 * A number is read by its cell's number format: a time format means a fraction of a day,
 * a plain number means decimal hours (or minutes where the header says 分).
 */
import { BLANK_WORDS, blank, fail, notA, succeed, WHY, WORDS, type ParseResult } from './result';
import { isDateFormat, isTimeFormat } from './formats';
import { isBlank, normalizeText } from './text';
import type { RawValue } from '../types';

const NOT_A_TIME = notA(WORDS.time);
const NOT_A_DURATION = notA(WORDS.duration);
/** Latest time of day accepted: 47:59 (a shift that ends the next day, written past 24:00). */
const MAX_TIME_MINUTES = 48 * 60;

const CLOCK = /^(翌日?)?\s*(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/;
const KANJI_CLOCK = /^(翌日?)?\s*(\d{1,2})時(?:\s*(\d{1,2})分)?$/;
/** `午後6時`, `6pm`, `09:00:00 AM` (Clockify), `午前9:30`: a 12-hour clock with its marker before or after. */
const AMPM =
  /^(?:(?<before>午前|午後|am|pm)\s*(?<h1>\d{1,2})(?:[:時]\s*(?:(?<m1>\d{1,2})分?)?(?::(?<s1>\d{1,2}))?)?|(?<h2>\d{1,2})(?:[:時]\s*(?:(?<m2>\d{1,2})分?)?(?::(?<s2>\d{1,2}))?)?\s*(?<after>am|pm))$/i;
const DECIMAL = /^\d+(?:\.\d+)?$/;
const HMM = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/;
const UNITS = /^(?:(\d+(?:\.\d+)?)\s*(?:時間|h|hr|hrs|hours?))?\s*(?:(\d+(?:\.\d+)?)\s*(?:分|m|min|mins|minutes?))?$/i;

const timeCache = new Map<string, ParseResult<number>>();
const durationCache = new Map<string, ParseResult<number>>();
const durationMinutesCache = new Map<string, ParseResult<number>>();
const CACHE_LIMIT = 100000;

function roundMinutes(minutes: number): number {
  return Math.round(minutes * 1000) / 1000;
}

function clockMinutes(hours: number, minutes: number, seconds: number, nextDay: boolean): ParseResult<number> {
  if (minutes >= 60 || seconds >= 60) return fail(NOT_A_TIME);
  const total = (nextDay ? 1440 : 0) + hours * 60 + minutes + seconds / 60;
  return total < MAX_TIME_MINUTES ? succeed(roundMinutes(total)) : fail(notA(WORDS.time, WHY.after48));
}

function parseTimeText(text: string): ParseResult<number> {
  const t = normalizeText(text);
  let m = CLOCK.exec(t);
  if (m) return clockMinutes(Number(m[2]), Number(m[3]), m[4] ? Number(m[4]) : 0, m[1] !== undefined);
  m = KANJI_CLOCK.exec(t);
  if (m) return clockMinutes(Number(m[2]), m[3] ? Number(m[3]) : 0, 0, m[1] !== undefined);
  const g = AMPM.exec(t)?.groups;
  if (g) {
    const marker = (g.before ?? g.after).toLowerCase();
    const hour = Number(g.h1 ?? g.h2);
    if (hour > 12) return fail(NOT_A_TIME);
    const pm = marker === '午後' || marker === 'pm';
    return clockMinutes((hour % 12) + (pm ? 12 : 0), Number(g.m1 ?? g.m2 ?? 0), Number(g.s1 ?? g.s2 ?? 0), false);
  }
  if (DECIMAL.test(t)) return timeFromNumber(Number(t), undefined);
  return fail(NOT_A_TIME);
}

function timeFromNumber(value: number, numberFormat: string | undefined): ParseResult<number> {
  const minutes = minutesFromNumber(value, isTimeFormat(numberFormat), isDateFormat(numberFormat));
  if (minutes === minutes) return succeed(minutes);
  // Only the message is left to decide: a too-late fraction of a day says so, anything else is not a time.
  const dayFraction =
    Number.isFinite(value) && value >= 0 && (isTimeFormat(numberFormat) || isDateFormat(numberFormat) || value < 1);
  return fail(dayFraction ? notA(WORDS.time, WHY.after48) : NOT_A_TIME);
}

/**
 * A number cell read as a time of day (minutes after midnight), or NaN when it is not one: parseTimeOfDay's
 * reading without a result object, for columns of hundreds of thousands of cells. `timeFormat` and `dateFormat`
 * say what the cell's number format shows (isTimeFormat / isDateFormat).
 * Example: `minutesFromNumber(0.375, true, false)` → 540; `minutesFromNumber(17.5, false, false)` → 1050.
 */
export function minutesFromNumber(value: number, timeFormat: boolean, dateFormat: boolean): number {
  if (!Number.isFinite(value) || value < 0) return Number.NaN;
  if (timeFormat || dateFormat || value < 1) {
    // A date-and-time cell (46113.375) keeps only its time; a `[h]:mm` cell may go past 24:00 (1.0625 = 25:30).
    const fraction = dateFormat ? value - Math.floor(value) : value;
    const minutes = roundMinutes(fraction * 1440);
    return minutes < MAX_TIME_MINUTES ? minutes : Number.NaN;
  }
  // A plain number of 1 or more is a clock time in decimal hours: 9 → 9:00, 17.5 → 17:30.
  const minutes = roundMinutes(value * 60);
  return minutes < MAX_TIME_MINUTES ? minutes : Number.NaN;
}

/**
 * A number cell read as a duration in decimal hours, or NaN when it is not one (negative, not finite): parseDuration's
 * reading without a result object. Example: `hoursFromNumber(1.8958333, true, false)` → 45.5; `hoursFromNumber(90, false, true)` → 1.5.
 */
export function hoursFromNumber(value: number, timeFormat: boolean, minutesColumn: boolean): number {
  if (!Number.isFinite(value) || value < 0) return Number.NaN;
  if (timeFormat) {
    const hours = Math.round(value * 24 * 1e6) / 1e6;
    return Number.isFinite(hours) ? hours : Number.NaN;
  }
  return minutesColumn ? value / 60 : value;
}

/**
 * Reads a time of day as minutes after midnight: an Excel time fraction (0.375 = 9:00; 1.0625 = 25:30),
 * `9:00`, `09:00:00`, `9時`, `9時30分`, `９：００`, `25:30`, `翌7:00` (next day, +1440), `午後5時`.
 * A plain number of 1 or more is decimal hours (17.5 = 17:30); below 1 it is Excel's fraction of a day.
 * Example: `parseTimeOfDay('9時30分')` → `{ ok: true, value: 570 }`; `parseTimeOfDay('25:30')` → 1530.
 */
export function parseTimeOfDay(value: RawValue, numberFormat?: string): ParseResult<number> {
  if (typeof value === 'number') return timeFromNumber(value, numberFormat);
  if (typeof value === 'string') {
    if (isBlank(value)) return fail(blank(BLANK_WORDS.time));
    const cached = timeCache.get(value);
    if (cached) return cached;
    const result = value.length > 40 ? fail<number>(NOT_A_TIME) : parseTimeText(value);
    if (timeCache.size < CACHE_LIMIT) timeCache.set(value, result);
    return result;
  }
  if (value === null) return fail(blank(BLANK_WORDS.time));
  if (typeof value === 'boolean') return fail(NOT_A_TIME);
  return fail(notA(WORDS.time, WHY.errorValue));
}

function parseDurationText(text: string, minutesColumn: boolean): ParseResult<number> {
  const t = normalizeText(text);
  if (DECIMAL.test(t)) {
    const n = Number(t);
    return succeed(minutesColumn ? n / 60 : n);
  }
  let m = HMM.exec(t);
  if (m) {
    const minutes = Number(m[2]);
    const seconds = m[3] ? Number(m[3]) : 0;
    if (minutes >= 60 || seconds >= 60) return fail(NOT_A_DURATION);
    return succeed(Number(m[1]) + minutes / 60 + seconds / 3600);
  }
  m = UNITS.exec(t);
  if (m && (m[1] !== undefined || m[2] !== undefined)) {
    return succeed((m[1] ? Number(m[1]) : 0) + (m[2] ? Number(m[2]) / 60 : 0));
  }
  return fail(NOT_A_DURATION);
}

/**
 * Reads a duration in decimal hours: an Excel time fraction in a time-formatted cell (1.8958 shown as `45:30`
 * = 45.5), `[h]:mm` text (`45:30`), decimal hours (`7.5`), `7時間30分`, `60分`, `8h`; a plain number is hours,
 * or minutes when `minutesColumn` (the header says 分). Negative durations are not read.
 * Example: `parseDuration('7時間30分')` → `{ ok: true, value: 7.5 }`; `parseDuration(60, 'General', true)` → 1.
 */
export function parseDuration(value: RawValue, numberFormat?: string, minutesColumn = false): ParseResult<number> {
  if (typeof value === 'number') {
    const hours = hoursFromNumber(value, isTimeFormat(numberFormat), minutesColumn);
    return hours === hours ? succeed(hours) : fail(NOT_A_DURATION);
  }
  if (typeof value === 'string') {
    if (isBlank(value)) return fail(blank(BLANK_WORDS.duration));
    const cache = minutesColumn ? durationMinutesCache : durationCache;
    const cached = cache.get(value);
    if (cached) return cached;
    const result = value.length > 40 ? fail<number>(NOT_A_DURATION) : parseDurationText(value, minutesColumn);
    if (cache.size < CACHE_LIMIT) cache.set(value, result);
    return result;
  }
  if (value === null) return fail(blank(BLANK_WORDS.duration));
  if (typeof value === 'boolean') return fail(NOT_A_DURATION);
  return fail(notA(WORDS.duration, WHY.errorValue));
}
