/**
 * Column blocks of day-row tables: identity, date, times (with the three ways of writing a night's end), breaks in
 * every form, worked hours in every unit, day type. Each takes its styles from the layout's seeded choices.
 */
import { isCsv, type Cell, type Container } from './containers';
import { DAY_TYPE_TEXT, HEADERS, stretches, type Column, type DayRecord, type Rand } from './layout';
import { endsNextDay, minutesOf } from './month';
import {
  DATE_STYLES,
  TIME_STYLES,
  dateValue,
  durationUnitLabel,
  durationValue,
  timeValue,
  type DateStyle,
  type DurationStyle,
  type NightStyle,
  type TimeStyle,
} from './values';

/** Header words: the most common one, or a synonym from the vocabulary. */
export function headerOf(field: keyof typeof HEADERS, rand: Rand, synonyms: boolean): string {
  return synonyms ? rand.pick(HEADERS[field]) : HEADERS[field][0];
}

/** Styles that need a number format are only for .xlsx. */
export function dateStyles(container: Container): readonly DateStyle[] {
  return isCsv(container) ? DATE_STYLES.filter((s) => s !== 'serial') : DATE_STYLES;
}
export function timeStyles(container: Container): readonly TimeStyle[] {
  return isCsv(container) ? TIME_STYLES.filter((s) => s !== 'fraction') : TIME_STYLES;
}

export function idColumn(header: string): Column {
  return { role: 'id', header, value: (r) => r.emp.id };
}
export function nameColumn(header: string): Column {
  return { role: 'name', header, value: (r) => r.emp.name };
}
export function dateColumn(header: string, style: DateStyle): Column {
  return { role: 'date', header, value: (r) => dateValue(r.date, style) };
}
export function dayTypeColumn(header: string): Column {
  return { role: 'dayType', header, value: (r) => DAY_TYPE_TEXT[r.kind] };
}

/**
 * A time of the record's shift as written: a time before the shift's start is the next morning, written past
 * 24:00 (`31:00`) in the `over24` style and as the clock shows it (`7:00`) otherwise.
 */
export function clockOf(r: DayRecord, hhmm: string, style: TimeStyle, night: NightStyle): Cell {
  return timeValue(hhmm, style, night === 'over24' && minutesOf(hhmm) < minutesOf(r.segments[0].start));
}

/** Start and end of the record's n-th segment (or of its n-th stretch around the break with `around`). */
export function pairColumns(
  headers: [string, string],
  style: TimeStyle,
  night: NightStyle,
  n = 0,
  around = false,
): Column[] {
  const seg = (r: DayRecord) => (around ? stretches(r) : r.segments)[n];
  return [
    { role: 'start', header: headers[0], value: (r) => (seg(r) ? clockOf(r, seg(r).start, style, night) : null) },
    { role: 'end', header: headers[1], value: (r) => (seg(r) ? clockOf(r, seg(r).end, style, night) : null) },
  ];
}

/** A next-day flag column (徹夜, 翌, `*`) marking a record whose end is the next morning. */
export function nextDayFlagColumn(header: string, flag: string): Column {
  return {
    role: 'nextDay',
    header,
    value: (r) => (r.segments.length && endsNextDay(r.segments[r.segments.length - 1]) ? flag : null),
  };
}

export const BREAK_STYLES = [
  'minutes',
  'minutes-bare',
  'minutes-text',
  'hmm',
  'decimal',
  'sexagesimal',
  'fraction',
] as const;
export type BreakStyle = (typeof BREAK_STYLES)[number];

/** The break as one column: minutes (`休憩（分）` 60, bare 60, `60分`), `1:00`, decimal 1, 60進 `0.45`, a time cell. */
export function breakColumn(base: string, style: BreakStyle): Column {
  const hours = (r: DayRecord) => r.breakMinutes / 60;
  const none = (r: DayRecord) => r.segments.length === 0;
  switch (style) {
    case 'minutes':
      return { role: 'break', header: `${base}（分）`, value: (r) => (none(r) ? null : r.breakMinutes) };
    case 'minutes-bare':
      return { role: 'break', header: base, value: (r) => (none(r) ? null : r.breakMinutes) };
    case 'minutes-text':
      return { role: 'break', header: base, value: (r) => (none(r) ? null : `${r.breakMinutes}分`) };
    case 'fraction':
      return {
        role: 'break',
        header: base,
        value: (r) => (none(r) ? null : { v: r.breakMinutes / 1440, fmt: 'h:mm' }),
      };
    default:
      return {
        role: 'break',
        header: `${base}${durationUnitLabel(style)}`,
        value: (r) => (none(r) ? null : durationValue(hours(r), style)),
      };
  }
}

/** Break start / end columns (休憩開始#1 / 休憩終了#1 …); the night's break is after midnight. */
export function breakPairColumns(headers: [string, string], style: TimeStyle, night: NightStyle): Column[] {
  return [
    {
      role: 'breakStart',
      header: headers[0],
      value: (r) => (r.breakAt ? clockOf(r, r.breakAt.start, style, night) : null),
    },
    {
      role: 'breakEnd',
      header: headers[1],
      value: (r) => (r.breakAt ? clockOf(r, r.breakAt.end, style, night) : null),
    },
  ];
}

/** Worked hours of the record in a unit; the header says the unit where the values alone cannot. */
export function workedColumn(base: string, style: DurationStyle): Column {
  return {
    role: 'worked',
    header: `${base}${durationUnitLabel(style)}`,
    value: (r): Cell => (r.segments.length === 0 ? null : durationValue(r.worked, style)),
  };
}

/** Late-night hours of the record in a unit (blank when none). */
export function lateNightColumn(base: string, style: DurationStyle): Column {
  return {
    role: 'lateNight',
    header: `${base}${durationUnitLabel(style)}`,
    value: (r): Cell => (r.lateNight > 0 ? durationValue(r.lateNight, style) : null),
  };
}
