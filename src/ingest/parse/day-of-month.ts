/**
 * Dates written without their year, or without year and month, read in the period of the sheet (its header block,
 * sheet name or file name): `04/01(火)`, `4月2日`, and a day of the month alone — `1`, `1日`, `1（月）`, `01(水)`.
 * A weekday written beside the day is checked against the date: a contradiction is an unreadable cell, never a
 * guess at which of the two the user meant.
 */
import { msg } from '../../rules/messages';
import { parseDate } from './dates';
import { isDateFormat } from './formats';
import { fail, type ParseResult } from './result';
import type { RawValue } from '../types';

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_EN_SHORT = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** `04/01(火)`, `4月2日`, `4-2 (Wed)`: month and day, an optional weekday in brackets. */
const MONTH_DAY = /^(\d{1,2})\s*(?:\/|-|\.|月)\s*(\d{1,2})\s*日?\s*(?:[(（]\s*([^)）]*?)\s*[)）])?$/;
/** `1`, `01`, `1日`, `1（月）`, `01(水)`, `1日(月)`, `1 月曜日`: a day of the month, an optional weekday. */
const DAY_ONLY = /^(\d{1,2})\s*日?\s*(?:[(（]\s*([^)）]*?)\s*[)）]|\s([日月火水木金土](?:曜日?)?))?$/;

/** The 0–6 weekday a written weekday names (`火`, `火曜`, `火曜日`, `Tue`), or -1 when it names none. */
export function weekdayOf(text: string): number {
  const t = text.normalize('NFKC').trim().toLowerCase();
  if (!t) return -1;
  const ja = /^([日月火水木金土])(?:曜日?)?$/.exec(t);
  if (ja) return WEEKDAYS_JA.indexOf(ja[1]);
  const en = WEEKDAY_EN_SHORT.indexOf(t.slice(0, 3));
  return en >= 0 && /^[a-z]+\.?$/.test(t) ? en : -1;
}

/** The weekday of an ISO date (0 = Sunday). */
function weekdayOfIso(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** The issue of a written weekday that is not the date's. */
function contradiction(iso: string, written: string): ParseResult<string> {
  const actual = weekdayOfIso(iso);
  return fail(
    msg('reading.weekday-contradicts', {
      date: iso.replace(/-/g, '/'),
      weekday: written,
      actual: { ja: WEEKDAYS_JA[actual], en: WEEKDAYS_EN[actual] },
    }),
  );
}

/** `date` unless a weekday is written and is another day's. */
function checked(date: ParseResult<string>, written: string | undefined): ParseResult<string> {
  if (!date.ok || !written) return date;
  const w = weekdayOf(written);
  if (w < 0) return date;
  return w === weekdayOfIso(date.value) ? date : contradiction(date.value, written);
}

/**
 * A month and day in the year that puts it within twelve months from the period's start month.
 * Example: period 2025-04-01: `3月10日` → 2026-03-10; `04/01(火)` → 2025-04-01; `04/01(水)` → a contradiction.
 */
function monthDay(month: number, day: number, periodStart: string): ParseResult<string> {
  const startYear = Number(periodStart.slice(0, 4));
  const startMonth = Number(periodStart.slice(5, 7));
  const year = month < startMonth ? startYear + 1 : startYear;
  return parseDate(`${year}/${month}/${day}`, undefined);
}

/**
 * A day of the month in the period: the period's month when the day is on or after the period's first day, else
 * the next month (a closing day: 16日〜15日).
 * Example: period 2025-04-01: 15 → 2025-04-15; period 2025-03-16: 3 → 2025-04-03.
 */
function dayInPeriod(day: number, periodStart: string): ParseResult<string> {
  const year = Number(periodStart.slice(0, 4));
  const month = Number(periodStart.slice(5, 7));
  const firstDay = Number(periodStart.slice(8, 10));
  if (day >= firstDay) return parseDate(`${year}/${month}/${day}`, undefined);
  return month === 12
    ? parseDate(`${year + 1}/1/${day}`, undefined)
    : parseDate(`${year}/${month + 1}/${day}`, undefined);
}

/**
 * A date written without its year (or without year and month) read in the period starting `periodStart`; null when
 * the value is not written that way (the ordinary date parser then says why it is unreadable).
 * A plain number 1–31 in a cell not formatted as a date is a day of the month, never a serial date (1900-01-01).
 * Example: `parseInPeriod('1（火）', undefined, '2025-04-01')` → 2025-04-01; `parseInPeriod(7, 'General', '2025-04-01')` → 2025-04-07.
 */
export function parseInPeriod(
  value: RawValue,
  format: string | undefined,
  periodStart: string,
): ParseResult<string> | null {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 31 || isDateFormat(format)) return null;
    return dayInPeriod(value, periodStart);
  }
  if (typeof value !== 'string') return null;
  const text = value.normalize('NFKC').trim();
  const md = MONTH_DAY.exec(text);
  if (md) return checked(monthDay(Number(md[1]), Number(md[2]), periodStart), md[3]);
  const d = DAY_ONLY.exec(text);
  if (d) {
    const day = Number(d[1]);
    if (day < 1 || day > 31) return null;
    return checked(dayInPeriod(day, periodStart), d[2] ?? d[3]);
  }
  return null;
}

/** Whether a value looks like a day of the month alone (`1`, `1日`, `01(水)`), which needs a month from the context. */
export function looksLikeDayOfMonth(value: RawValue, format?: string): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 31 && !isDateFormat(format);
  if (typeof value !== 'string') return false;
  const m = DAY_ONLY.exec(value.normalize('NFKC').trim());
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31;
}
