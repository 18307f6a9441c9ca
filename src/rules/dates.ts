/**
 * Small pure helpers for ISO dates (`YYYY-MM-DD`) and months (`YYYY-MM`).
 * The rule module never builds a `Date`: strings compare in calendar order and day numbers do the arithmetic,
 * so results never depend on the host's time zone.
 */
import type { IsoDate, IsoMonth } from './types';

/** Pads a number to two digits. Example: `pad2(4) === '04'`. */
function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Formats a year and month as an ISO month. Example: `formatMonth(2026, 4) === '2026-04'`. */
export function formatMonth(year: number, month: number): IsoMonth {
  return `${year}-${pad2(month)}`;
}

/** Formats a calendar date. Example: `formatDate(2026, 4, 1) === '2026-04-01'`. */
export function formatDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** True for a leap year (Gregorian). Example: `isLeapYear(2024) === true`. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12). Example: `getDaysInMonth(2024, 2) === 29`; a month outside 1–12 gives NaN. */
export function getDaysInMonth(year: number, month: number): number {
  if (!(month >= 1 && month <= 12)) return NaN;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Splits an ISO date or month into numbers (a month's day is 1). Example: `splitIso('2026-04-01')` → `[2026, 4, 1]`.
 * A string shorter than a month gives NaNs, so arithmetic on it gives NaN rather than a month of year 0.
 */
export function splitIso(iso: string): [number, number, number] {
  if (iso.length < 7) return [NaN, NaN, NaN];
  if (iso.length !== 7)
    return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), iso.length >= 10 ? Number(iso.slice(8, 10)) : 1];
  // Months repeat on every attendance row: parse each once. Callers never mutate the tuple.
  let parts = monthPartsCache.get(iso);
  if (!parts) {
    if (monthPartsCache.size > 10_000) monthPartsCache.clear();
    monthPartsCache.set(iso, (parts = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 1]));
  }
  return parts;
}

const monthPartsCache = new Map<string, [number, number, number]>();

/** The month a date falls in. Example: `getMonthOf('2026-04-15') === '2026-04'`. */
export function getMonthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

/** Adds (or subtracts) whole months to a month. Example: `addMonths('2026-03', -11) === '2025-04'`. */
export function addMonths(month: IsoMonth, n: number): IsoMonth {
  return fromMonthNumber(toMonthNumber(month) + n);
}

/**
 * Months since year 0, for month arithmetic without strings. Example: `toMonthNumber('2025-04') === 2025 * 12 + 3`.
 * A date gives its month's number (`'2025-04-15'` as `'2025-04'`); a string that is neither gives NaN.
 */
export function toMonthNumber(month: IsoMonth): number {
  const [y, m] = splitIso(month);
  return y * 12 + m - 1;
}

/** The month of a month number (the inverse of `toMonthNumber`). Example: `fromMonthNumber(2025 * 12 + 3) === '2025-04'`. */
export function fromMonthNumber(monthNumber: number): IsoMonth {
  const year = Math.floor(monthNumber / 12);
  return formatMonth(year, monthNumber - year * 12 + 1);
}

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a string is a real calendar day written `YYYY-MM-DD` (the only date form the rules, the report
 * and the command line take). The shape alone is not enough: `2026-02-29` and `2026-04-31` are refused, as the
 * user mistyped a day that does not exist.
 *
 * Example: `isIsoDate('2024-02-29') === true`; `isIsoDate('2026-02-29') === false`; `isIsoDate('2026/04/01') === false`.
 */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE_SHAPE.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= getDaysInMonth(Number(m[1]), month);
}

/** First day of a month. Example: `getFirstDayOfMonth('2025-04') === '2025-04-01'`. */
export function getFirstDayOfMonth(month: IsoMonth): IsoDate {
  return `${month.slice(0, 7)}-01`;
}

/** Last day of a month. Example: `getLastDayOfMonth('2024-02') === '2024-02-29'`. */
export function getLastDayOfMonth(month: IsoMonth): IsoDate {
  const [y, m] = splitIso(month);
  return formatDate(y, m, getDaysInMonth(y, m));
}

/**
 * Every month from `start` to `end`, both included. Example: `listMonths('2025-11', '2026-01')` → 3 months.
 * An end before the start, or a string that is no month, gives no months.
 */
export function listMonths(start: IsoMonth, end: IsoMonth): IsoMonth[] {
  const out: IsoMonth[] = [];
  for (let i = toMonthNumber(start), last = toMonthNumber(end); i <= last; i++) out.push(fromMonthNumber(i));
  return out;
}

/**
 * Day number of a date (days since 1970-01-01), for differences and day arithmetic.
 * Example: `toDayNumber('1970-01-02') === 1`. A malformed date gives NaN, never an exception.
 */
export function toDayNumber(date: IsoDate): number {
  const cached = dayNumberCache.get(date);
  if (cached !== undefined) return cached;
  if (dayNumberCache.size > 100_000) dayNumberCache.clear();
  const n = computeDayNumber(date);
  dayNumberCache.set(date, n);
  return n;
}

/** Memo of `toDayNumber`: attendance data repeats a few hundred dates hundreds of thousands of times. */
const dayNumberCache = new Map<string, number>();

function computeDayNumber(date: IsoDate): number {
  const [y, m, d] = splitIso(date);
  // Civil-from-days algorithm (H. Hinnant), valid for the proleptic Gregorian calendar.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number. Example: `fromDayNumber(0) === '1970-01-01'`. */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return formatDate(era * 400 + yoe + (m <= 2 ? 1 : 0), m, d);
}

/** Adds days to a date. Example: `addDays('2026-03-31', 1) === '2026-04-01'`. */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Days from `start` to `end`, both included. Example: `countDaysInclusive('2025-04-01', '2025-04-30') === 30`. */
export function countDaysInclusive(start: IsoDate, end: IsoDate): number {
  return toDayNumber(end) - toDayNumber(start) + 1;
}

/**
 * Last day of the one-year period that starts on `start` (民法143条: the day before the corresponding day a year
 * later; when that day does not exist, the end of that month).
 * Example: `getEndOfOneYearPeriod('2025-04-01') === '2026-03-31'`; `getEndOfOneYearPeriod('2024-02-29') === '2025-02-28'`.
 */
export function getEndOfOneYearPeriod(start: IsoDate): IsoDate {
  const [y, m, d] = splitIso(start);
  if (d > getDaysInMonth(y + 1, m)) return getLastDayOfMonth(formatMonth(y + 1, m));
  return addDays(formatDate(y + 1, m, d), -1);
}

/**
 * Completed years of age on a date. Example: `getAgeOn('1990-04-01', '2025-03-31') === 34`.
 * Returns NaN for a malformed birth date.
 */
export function getAgeOn(birthDate: IsoDate, date: IsoDate): number {
  const [by, bm, bd] = splitIso(birthDate);
  const [y, m, d] = splitIso(date);
  const before = m < bm || (m === bm && d < bd);
  return y - by - (before ? 1 : 0);
}

/** True when the date lies in `[start, end]`. Example: `isWithin('2025-05-01', '2025-04-01', '2026-03-31') === true`. */
export function isWithin(date: IsoDate | undefined, start: string, end: string): boolean {
  return date !== undefined && date >= start && date <= end;
}
