/**
 * Which parser reads a column of a given field, and the fast path for number cells (no result object per cell).
 */
import type { SheetKind } from '../../rules/types';
import { parseDate, parseMonth, YEAR_LAST } from './dates';
import { parseInPeriod } from './day-of-month';
import { fail, notA, succeed, WORDS, type ParseResult } from './result';
import { msg } from '../../rules/messages';
import { isTimeFormat } from './formats';
import { hoursFromNumber, minutesFromNumber, parseDuration, parseTimeOfDay } from './times';
import type { FieldId, RawValue } from '../types';
import { normalizeText } from './text';
import {
  parseAnnualLeaveKind,
  parseDays,
  parseEmployeeId,
  parseFamilyLeaveKind,
  parseGender,
  parseSector,
  parseText,
  parseWorkingTimeSystem,
  parseYesNo,
} from './values';

export type Parser = (value: RawValue, format: string | undefined) => ParseResult<unknown>;

/** Upper bounds of hour fields, by kind: one day on a daily sheet, one month on a monthly sheet. */
const DAY_HOURS = 24;
const MONTH_HOURS = 744;

/**
 * How a number cell of a numeric field is read without a result object (NaN means "take the parser", which then
 * says why it is unreadable): a time of day, hours up to `max`, or days. Null for the other fields.
 */
export interface NumberReader {
  kind: 'time' | 'hours' | 'days';
  /** Hours: the largest accepted (boundHours'), and whether plain numbers are minutes. */
  max: number;
  minutes: boolean;
  /** Hours: plain numbers are 60進数 (`1.30` = 1 h 30 min). */
  sexagesimal?: boolean;
}

/** How a column is read beyond its field: its duration style and the period of year-less dates. */
export interface ColumnOptions {
  minutes: boolean;
  sexagesimal: boolean;
  date1904: boolean;
  /** ISO start of the sheet's period: the year of `04/01(火)` is the one that puts it in the year from here. */
  periodStart?: string;
  /** Dates written `06/02/2025`: true = day first, false = month first; undefined = not read as dates. */
  dayFirst?: boolean;
}

/**
 * 60進数 hours → decimal hours: `1.30` → 1.5. Example: `fromSexagesimal(7.45)` → 7.75.
 */
export function fromSexagesimal(value: number): number {
  const whole = Math.trunc(value);
  const minutes = Math.round((value - whole) * 100);
  return whole + minutes / 60;
}

/** A next-day flag: yes/no words, or a mark such as 翌, 徹夜, `*` (any of them means the end is on the next day). */
function parseNextDay(value: RawValue): ParseResult<boolean> {
  const yes = parseYesNo(value);
  if (yes.ok) return yes;
  if (typeof value === 'string' && /^(翌日?|徹夜|夜勤|[*＊])$/.test(value.normalize('NFKC').trim()))
    return succeed(true);
  return fail(notA(WORDS.text));
}

function maxHours(field: FieldId, kind: SheetKind): number {
  if (field === 'weeklyHours') return 168;
  if (field === 'dailyHours') return 24;
  return kind === 'daily' || field === 'break' ? DAY_HOURS : MONTH_HOURS;
}

/** The parser of a column placed as `field` on a sheet of `kind`. */
export function parserFor(field: FieldId, kind: SheetKind, options: ColumnOptions): Parser {
  const base = baseParser(field, kind, options);
  if (options.sexagesimal && HOURS_FIELDS.has(field)) {
    return (v, f) => {
      const plain = typeof v === 'string' && /^\s*\d+(\.\d{1,2})?\s*$/.test(v.normalize('NFKC'));
      if ((typeof v === 'number' && !isTimeFormat(f)) || plain) {
        const n = fromSexagesimal(Number(typeof v === 'string' ? v.normalize('NFKC') : v));
        return base(n, 'General');
      }
      return base(v, f);
    };
  }
  if (options.periodStart && isDateField(field)) {
    // A date without its year (`04/01(火)`) or without year and month (`1`, `1（月）`) is in the sheet's period.
    const start = options.periodStart;
    return (v, f) => parseInPeriod(v, f, start) ?? base(v, f);
  }
  return base;
}

/** The fields that hold hours (a duration, bounded by what a day, week or month can hold). */
const HOURS_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>([
  'weeklyHours',
  'dailyHours',
  'break',
  'worked',
  'overtime',
  'holidayWork',
  'lateNight',
  'leaveHours',
  'scheduled',
]);

function isDateField(field: FieldId): boolean {
  return [
    'birthDate',
    'hireDate',
    'leaveDate',
    'date',
    'grantDate',
    'takenDate',
    'leaveStart',
    'leaveEnd',
    'childBirthDate',
  ].includes(field);
}

/** `06/02/2025` as `2025/06/02` (month first) or `2025/02/06` (day first); any other value as it is. */
function yearFirst(value: RawValue, dayFirst: boolean): RawValue {
  if (typeof value !== 'string') return value;
  const m = YEAR_LAST.exec(normalizeText(value).trim());
  if (!m) return value;
  return dayFirst ? `${m[3]}/${m[2]}/${m[1]}` : `${m[3]}/${m[1]}/${m[2]}`;
}

function baseParser(field: FieldId, kind: SheetKind, options: ColumnOptions): Parser {
  const { minutes, date1904 } = options;
  if (HOURS_FIELDS.has(field)) {
    const max = maxHours(field, kind);
    return (v, f) => boundHours(parseDuration(v, f, minutes), max);
  }
  if (isDateField(field)) {
    const { dayFirst } = options;
    if (dayFirst === undefined) return (v, f) => parseDate(v, f, date1904);
    return (v, f) => parseDate(yearFirst(v, dayFirst), f, date1904);
  }
  switch (field) {
    case 'employeeId':
      return parseEmployeeId;
    case 'gender':
      return parseGender;
    case 'month':
      return (v, f) => parseMonth(v, f, date1904);
    case 'fullTime':
    case 'rehired':
    case 'fixedTerm':
    case 'spouseBirth':
    case 'answer':
      return parseYesNo;
    case 'start':
    case 'end':
    case 'breakStart':
    case 'breakEnd':
      return parseTimeOfDay;
    case 'nextDay':
      return parseNextDay;
    case 'workingTimeSystem':
      return parseWorkingTimeSystem;
    case 'sector':
      return parseSector;
    case 'days':
    case 'grantDays':
    case 'takenDays':
      return parseDays;
    case 'carryOver':
      return parseCarryOver;
    case 'kind':
      return kind === 'family' ? parseFamilyLeaveKind : parseAnnualLeaveKind;
    default:
      return parseText;
  }
}

function boundHours(result: ParseResult<number>, max: number): ParseResult<number> {
  if (result.ok && result.value > max) {
    return fail(msg('parse.hours-too-large', { max }));
  }
  return result;
}

/** The fast reading of number cells for the fields whose values are numbers (parserFor's), else null. */
export function numberReaderFor(
  field: FieldId,
  kind: SheetKind,
  minutes: boolean,
  sexagesimal = false,
): NumberReader | null {
  if (HOURS_FIELDS.has(field)) return { kind: 'hours', max: maxHours(field, kind), minutes, sexagesimal };
  switch (field) {
    case 'start':
    case 'end':
    case 'breakStart':
    case 'breakEnd':
      return { kind: 'time', max: 0, minutes };
    case 'days':
    case 'grantDays':
    case 'takenDays':
      return { kind: 'days', max: 0, minutes };
    default:
      return null;
  }
}

/** A number cell read by reader; NaN when the parser has to say why it cannot be read. */
export function readNumberCell(reader: NumberReader, value: number, time: boolean, date: boolean): number {
  switch (reader.kind) {
    case 'time':
      return minutesFromNumber(value, time, date);
    case 'hours': {
      const hours = hoursFromNumber(reader.sexagesimal && !time ? fromSexagesimal(value) : value, time, reader.minutes);
      return hours > reader.max ? Number.NaN : hours;
    }
    default:
      return Number.isFinite(value) && value >= 0 && value <= 1000 ? value : Number.NaN;
  }
}

/** A 繰越 column holds a flag (○/×) or the number of carried-over days. */
function parseCarryOver(value: RawValue): ParseResult<boolean | number> {
  const flag = parseYesNo(value);
  if (flag.ok) return flag;
  const days = parseDays(value);
  return days.ok ? days : fail(notA(WORDS.carryOver));
}
