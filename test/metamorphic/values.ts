/**
 * How one value of the month is written in a cell, in the forms HR sheets and exports use (dates, times of day,
 * durations, day-of-month labels). Each form is a building block the layouts combine.
 */
import { seededRandom } from '../../scripts/workbook-builders';
import { dateSerial, type Cell } from './containers';
import { WEEKDAYS, minutesOf, weekdayOf } from './month';

export const DATE_STYLES = ['slash', 'slash-short', 'iso', 'kanji', 'era', 'era-kanji', 'serial'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** `2025-06-02` as written: 2025/06/02, 2025/6/2, 2025-06-02, 2025年6月2日, R7.6.2, 令和7年6月2日, or a date cell. */
export function dateValue(iso: string, style: DateStyle): Cell {
  const [y, m, d] = iso.split('-').map(Number);
  const reiwa = y - 2018;
  switch (style) {
    case 'slash':
      return iso.replace(/-/g, '/');
    case 'slash-short':
      return `${y}/${m}/${d}`;
    case 'iso':
      return iso;
    case 'kanji':
      return `${y}年${m}月${d}日`;
    case 'era':
      return `R${reiwa}.${m}.${d}`;
    case 'era-kanji':
      return `令和${reiwa}年${m}月${d}日`;
    default:
      return dateSerial(iso);
  }
}

export const DOM_STYLES = ['number', 'nichi', 'paren-weekday', 'zero-weekday'] as const;
export type DomStyle = (typeof DOM_STYLES)[number];

/** A day of the month: 2, `2日`, `2（月）`, `02(月)`. */
export function dayOfMonthValue(iso: string, style: DomStyle): Cell {
  const d = Number(iso.slice(8));
  const w = WEEKDAYS[weekdayOf(iso)];
  if (style === 'number') return d;
  if (style === 'nichi') return `${d}日`;
  if (style === 'paren-weekday') return `${d}（${w}）`;
  return `${String(d).padStart(2, '0')}(${w})`;
}

/** `06/02(月)` — month and day with the weekday, the year left to the sheet's context (ジョブカン style). */
export function monthDayWeekday(iso: string): string {
  return `${iso.slice(5, 7)}/${iso.slice(8)}(${WEEKDAYS[weekdayOf(iso)]})`;
}

export const TIME_STYLES = ['hmm', 'hhmm', 'hhmmss', 'kanji', 'fullwidth', 'fraction'] as const;
export type TimeStyle = (typeof TIME_STYLES)[number];

/** How an end the next morning is written: `7:00` (earlier than the start), `31:00`, or `7:00` with a flag column. */
export type NightStyle = 'wrap' | 'over24' | 'flag';

const FULLWIDTH = (s: string) => s.replace(/[0-9:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** A time of day; `plusDay` adds 24 h (an end past midnight written `31:00`). */
export function timeValue(hhmm: string, style: TimeStyle, plusDay = false): Cell {
  const total = minutesOf(hhmm) + (plusDay ? 1440 : 0);
  const h = Math.floor(total / 60);
  const m = String(total % 60).padStart(2, '0');
  switch (style) {
    case 'hmm':
      return `${h}:${m}`;
    case 'hhmm':
      return `${String(h).padStart(2, '0')}:${m}`;
    case 'hhmmss':
      return `${String(h).padStart(2, '0')}:${m}:00`;
    case 'kanji':
      return `${h}時${m}分`;
    case 'fullwidth':
      return FULLWIDTH(`${h}:${m}`);
    default:
      return { v: total / 1440, fmt: plusDay ? '[h]:mm' : 'h:mm' };
  }
}

export const DURATION_STYLES = ['decimal', 'hmm', 'minutes', 'sexagesimal', 'fraction', 'kanji'] as const;
export type DurationStyle = (typeof DURATION_STYLES)[number];

/** The header suffix a duration column needs for its style to be decided by the header (分, 60進). */
export function durationUnitLabel(style: DurationStyle): string {
  if (style === 'minutes') return '（分）';
  if (style === 'sexagesimal') return '（60進）';
  if (style === 'decimal') return '（時間）';
  return '';
}

/** Hours as written: 7.25, `7:15`, 435, 60進数 `7.15`, a `[h]:mm` cell, `7時間15分`. */
export function durationValue(hours: number, style: DurationStyle): Cell {
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  switch (style) {
    case 'decimal':
      return hours;
    case 'hmm':
      return `${h}:${String(m).padStart(2, '0')}`;
    case 'minutes':
      return minutes;
    case 'sexagesimal':
      return `${h}.${String(m).padStart(2, '0')}`;
    case 'fraction':
      return { v: hours / 24, fmt: '[h]:mm' };
    default:
      return `${h}時間${String(m).padStart(2, '0')}分`;
  }
}

/** Picks from lists with the repository's seeded PRNG: the same seed gives the same layouts on every run. */
export function seeded(seed: number): { pick: <T>(list: readonly T[]) => T; chance: (p: number) => boolean } {
  const next = seededRandom(seed);
  return { pick: (list) => list[Math.floor(next() * list.length)], chance: (p) => next() < p };
}

/** The list shuffled by a seeded generator (Fisher–Yates). */
export function shuffled<T>(list: readonly T[], rand: ReturnType<typeof seeded>): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rand.pick(Array.from({ length: i + 1 }, (_, k) => k));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
