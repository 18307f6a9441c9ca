/**
 * Dates taken written as a list in one cell of a leave ledger: `5/31、6/3`, `4/2,4/3(半)`, `4月2日・4月3日`,
 * `2025/5/31 6/3`. A date without a year takes the year that puts it in the leave year starting at the grant date;
 * `(半)` / `半日` / `午前` / `午後` after a date is half a day.
 */
import { msg } from '../../rules/messages';
import { parseDate } from './dates';
import { fail, succeed, type ParseResult } from './result';

/** One date taken and how many days (1 or 0.5). */
export interface TakenDate {
  date: string;
  days: number;
}

const SEPARATORS = /[、,，;；・\s\n]+/;
const FULL = /^(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?/;
const MONTH_DAY = /^(\d{1,2})[/\-.月](\d{1,2})日?/;
const HALF = /^[(（]?(半|半日|半休|am|pm|午前|午後|0\.5)[)）]?$/i;

/** The ISO date of month/day in the leave year that starts on `grantDate` (ISO). */
function inLeaveYear(month: number, day: number, grantDate: string): ParseResult<string> {
  const gy = Number(grantDate.slice(0, 4));
  const md = month * 100 + day;
  const grantMd = Number(grantDate.slice(5, 7)) * 100 + Number(grantDate.slice(8, 10));
  return parseDate(`${md >= grantMd ? gy : gy + 1}/${month}/${day}`, undefined);
}

/** One list item (`5/31`, `4/3(半)`, `2025/6/3`) → a taken date, or null when it is not one. */
function readItem(item: string, grantDate: string | undefined): TakenDate | null {
  const full = FULL.exec(item);
  const md = full ? null : MONTH_DAY.exec(item);
  const match = full ?? md;
  if (!match) return null;
  const rest = item.slice(match[0].length).trim();
  if (rest && !HALF.test(rest)) return null;
  let date: ParseResult<string>;
  if (full) date = parseDate(`${full[1]}/${full[2]}/${full[3]}`, undefined);
  else if (grantDate) date = inLeaveYear(Number(md![1]), Number(md![2]), grantDate);
  else return null;
  return date.ok ? { date: date.value, days: rest ? 0.5 : 1 } : null;
}

/**
 * Reads a list of dates taken. Example: `parseDateList('4/2,4/3(半)', '2025-04-01')` →
 * `[{ date: '2025-04-02', days: 1 }, { date: '2025-04-03', days: 0.5 }]`; `'5/31、3/3'` with grant 2025-04-01 puts
 * 3/3 in 2026. An item that is not a date makes the whole cell unreadable (no date of the list is guessed away).
 */
export function parseDateList(value: unknown, grantDate: string | undefined): ParseResult<TakenDate[]> {
  if (typeof value !== 'string') return fail(msg('reading.taken-date-list'));
  const text = value
    .normalize('NFKC')
    .replace(/\s*[(（]\s*/g, '(')
    .replace(/\s*[)）]/g, ')');
  const items = text.split(SEPARATORS).filter((s) => s.length > 0);
  const out: TakenDate[] = [];
  for (const item of items) {
    if (HALF.test(item) && out.length > 0) {
      out[out.length - 1].days = 0.5;
      continue;
    }
    const taken = readItem(item, grantDate);
    if (!taken) return fail(msg('reading.taken-date-list'));
    out.push(taken);
  }
  return out.length > 0 ? succeed(out) : fail(msg('reading.taken-date-list'));
}

/** Whether a text cell looks like a list of dates (two or more month/day items). */
export function looksLikeDateList(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const items = value.normalize('NFKC').split(SEPARATORS).filter(Boolean);
  return items.length >= 2 && items.every((s) => FULL.test(s) || MONTH_DAY.test(s) || HALF.test(s));
}
