/**
 * A night shift written as entries dated by the calendar (Toggl / Clockify style: 22:00–02:00 on the 2nd, then
 * 03:00–07:00 on the 3rd after the break) is one working day, the day it started: a continuous 勤務 across two
 * calendar days counts as one 勤務 of the day it began (昭和63年1月1日 基発第1号). An entry is taken as the rest of the
 * previous night's shift when both lie in the same night — the earlier entry of the same person ran to 22:00 or
 * later on the day before, this one starts before 5:00 (the late-night window of 労働基準法37条4項) — and the gap
 * between them is a break or a nap (仮眠) of at most 3 hours, not the rest between two shifts.
 */
import { dayNumber, type DayTable } from '../hours/hours';

const NIGHT_FROM = 22 * 60;
const NIGHT_TO = 5 * 60;
const MAX_BREAK = 3 * 60;

/**
 * Moves the entries t[from..] that continue the previous night's shift onto that shift's date (start and end then
 * past 24:00 on its clock, as for any shift past midnight). Entries with no early start are not looked at, so a
 * sheet of day shifts costs one pass over its starts.
 * Example: 2025-06-02 22:00–02:00 (1320–1560) and 2025-06-03 03:00–07:00 (180–420) → the second becomes
 * 2025-06-02 1620–1860: one day of 8 h, not a day of 4 h and another of 4 h.
 */
export function joinNightContinuations(t: DayTable, from: number): void {
  const candidates: number[] = [];
  for (let i = from; i < t.length; i++) if (t.start[i] < NIGHT_TO) candidates.push(i);
  if (candidates.length === 0) return;
  const lateEnds = new Map<string, number[]>();
  for (let i = from; i < t.length; i++) {
    if (!(t.end[i] >= NIGHT_FROM)) continue;
    const key = `${t.employee[i]}|${dayNumber(t.date[i])}`;
    const list = lateEnds.get(key);
    if (list) list.push(i);
    else lateEnds.set(key, [i]);
  }
  for (const i of candidates) {
    const day = dayNumber(t.date[i]);
    const previous = lateEnds.get(`${t.employee[i]}|${day - 1}`);
    if (!previous) continue;
    const start = t.start[i] + 1440;
    const gap = Math.min(...previous.map((p) => (start >= t.end[p] ? start - t.end[p] : Infinity)));
    if (!(gap <= MAX_BREAK)) continue;
    const p = previous[0];
    t.date[i] = t.date[p];
    t.start[i] = start;
    t.end[i] += 1440;
  }
}
