/**
 * Calendar parts of dates and instants without the machine's time zone: Japan Standard Time is UTC+9 all year
 * (no daylight saving since 1951), so an instant is shifted by nine hours and read in UTC. Both hosts pass the
 * instant (`Date.toISOString()`), and the report says the same time on a server in UTC and a PC in Tokyo.
 */

export interface CalendarParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * The Japan-time calendar parts of an ISO instant (null when it is not one).
 *
 * @example japanTime('2026-12-07T01:46:12.000Z') // { year: 2026, month: 12, day: 7, hour: 10, minute: 46 }
 */
export function japanTime(isoInstant: string): CalendarParts | null {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + JST_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/**
 * Year, month and day of `YYYY-MM-DD` or `YYYY-MM` (day 0 for a month); null for anything else.
 *
 * @example dateParts('2026-03-31') // [2026, 3, 31]
 */
export function dateParts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 0] : null;
}

/** Two digits: `7` → `07`. */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The months' names in English, January first (the English report and the pane's English month choices). */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
