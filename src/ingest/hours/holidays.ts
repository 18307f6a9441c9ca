/**
 * The statutory holiday (法定休日) of each week of one employee, and the hours of holiday work (HW) of each day.
 *
 * Which day (労基法35条):
 * 1. a day typed 法定休日, or given hours in a column that says 法定休日 (the attendance system decided it); a typed
 *    day that is not the set weekday, or a second one in a week, is used as typed and reported;
 * 2. else, when the company's statutory rest weekday is set, that weekday;
 * 3. else, in a week whose rest days (the days typed 所定休日, else its Saturday and Sunday) were all worked and whose
 *    other days were worked or taken as leave, the later of the rest days (改正労働基準法に係る質疑応答, 平21.10.5: when
 *    the rules do not fix it, of Sunday and Saturday both worked the later in the calendar week is the statutory
 *    holiday — a day of leave elsewhere in the week does not give the week its rest day); a week without any rest day
 *    worked on all seven days has it on its last day. A week with a day missing from the sheet is left alone (that day
 *    may have been its rest day).
 *
 * How many hours: a statutory holiday is a calendar day, 0:00–24:00 (昭23.4.5 基発535号). Of a shift that runs into a
 * statutory holiday or out of one, only the hours within that calendar day are HW (平6.5.31 基発331号); the rest is
 * ordinary work of the shift's day. The break is taken off both parts in proportion to their length (the sheets say
 * how long the break was, not when).
 */
import { getWeekday, getWeekStart } from './systems';
import type { MergedDays } from './days';

// DayKind values (DAY_KIND in ./hours, as numbers to keep this module free of a circular import).
const STATUTORY = 1;
const PRESCRIBED = 2;
const WORK_DAY = 3;
const LEAVE = 4;

/** A typed 法定休日 the rules disagree with: the day's index in the run and why. */
export interface HolidayConflict {
  index: number;
  reason: 'not-the-weekday' | 'second-in-week';
}

/**
 * Decides `days.holiday` week by week (see the module comment) and returns the typed 法定休日 that contradict the set
 * weekday or repeat within a week. Example: Sunday–Saturday all worked, no labels → Saturday.
 */
export function markStatutoryHolidays(
  days: MergedDays,
  weekStartsOn: number,
  weekday: number | undefined,
): HolidayConflict[] {
  const conflicts: HolidayConflict[] = [];
  let a = 0;
  while (a < days.length) {
    const week = getWeekStart(days.day[a], weekStartsOn);
    let b = a;
    let typed = 0;
    for (; b < days.length && getWeekStart(days.day[b], weekStartsOn) === week; b++) {
      const kind = days.kind[b];
      const given = days.givenHolidayWork[b];
      const holiday = kind === STATUTORY || (kind !== PRESCRIBED && given > 0 && days.hint[b] === 0);
      days.holiday[b] = holiday ? 1 : 0;
      if (kind !== STATUTORY) continue;
      typed++;
      if (typed > 1) conflicts.push({ index: b, reason: 'second-in-week' });
      else if (weekday !== undefined && getWeekday(days.day[b]) !== weekday)
        conflicts.push({ index: b, reason: 'not-the-weekday' });
    }
    let decided = false;
    for (let i = a; i < b && !decided; i++) decided = days.holiday[i] === 1;
    if (!decided) {
      if (weekday !== undefined) {
        for (let i = a; i < b; i++) if (getWeekday(days.day[i]) === weekday) days.holiday[i] = 1;
      } else {
        const later = findLaterRestDay(days, a, b);
        if (later >= 0) days.holiday[later] = 1;
      }
    }
    a = b;
  }
  return conflicts;
}

/**
 * The statutory holiday of a week [a, b) by rule 3, or −1: every date of the week on the sheet, every rest day worked,
 * every other day worked or leave; then the later rest day (typed 所定休日, else Saturday / Sunday), else — no rest
 * day at all, seven days worked — the last day not typed a work day, else the last day.
 */
function findLaterRestDay(days: MergedDays, a: number, b: number): number {
  if (b - a !== 7) return -1;
  let typedRest = false;
  for (let i = a; i < b; i++) typedRest ||= days.kind[i] === PRESCRIBED;
  let later = -1;
  for (let i = a; i < b; i++) {
    const worked = days.worked[i] > 0;
    const kind = days.kind[i];
    const weekend = getWeekday(days.day[i]) === 0 || getWeekday(days.day[i]) === 6;
    const rest = typedRest ? kind === PRESCRIBED : weekend && kind !== WORK_DAY && kind !== LEAVE;
    if (rest) {
      if (!worked) return -1;
      later = i;
    } else if (!worked && kind !== LEAVE) return -1;
  }
  if (later >= 0) return later;
  let last = b - 1;
  while (last > a && days.kind[last] === WORK_DAY) last--;
  return days.kind[last] === WORK_DAY ? b - 1 : last;
}

/** Share of a span [from, to) (minutes on the day's clock) inside [lo, hi). */
function shareInside(from: number, to: number, lo: number, hi: number): number {
  const inside = Math.min(to, hi) - Math.max(from, lo);
  return to > from && inside > 0 ? inside / (to - from) : 0;
}

/** Whether the calendar day after day `j` is a statutory holiday: its own entry says so, else the set weekday. */
function isNextDayHoliday(days: MergedDays, j: number, weekday: number | undefined): boolean {
  const next = days.day[j] + 1;
  if (j + 1 < days.length && days.day[j + 1] === next) return days.holiday[j + 1] === 1;
  return weekday !== undefined && getWeekday(next) === weekday;
}

/**
 * HW hours of each day into `days.hw` (and `days.restOrdinary`: a rest day worked as ordinary work): a statutory holiday's own hours (those of a shift that ends the next day only
 * up to 24:00); of the shift before a statutory holiday, the hours after 24:00. A statutory holiday given hours in a
 * column that says 法定休日 keeps the sheet's figure (a blank one there does not erase the day's worked hours). Example: Saturday 22:00–06:00 (8 h) before a statutory Sunday → 6 h.
 */
export function splitHolidayHours(days: MergedDays, weekday: number | undefined): void {
  for (let j = 0; j < days.length; j++) {
    const worked = days.worked[j];
    const start = days.start[j];
    const end = days.end[j];
    const timed = start === start && end === end && end > start;
    if (days.holiday[j] === 1) {
      const given = days.givenHolidayWork[j];
      if (given > 0 && days.hint[j] === 0) days.hw[j] = given;
      else days.hw[j] = timed && end > 1440 ? worked * shareInside(start, end, -Infinity, 1440) : worked;
    } else if (timed && end > 1440 && isNextDayHoliday(days, j, weekday)) {
      days.hw[j] = worked * shareInside(start, end, 1440, Infinity);
    } else days.hw[j] = 0;
    days.hw[j] = Math.round(days.hw[j] * 1e6) / 1e6;
    const restDay = days.kind[j] === PRESCRIBED || (days.hint[j] === 1 && days.givenHolidayWork[j] > 0);
    days.restOrdinary[j] = days.holiday[j] === 0 && restDay ? 1 : 0;
  }
}
