/**
 * Which parser reads a column of a given field, and the fast path for number cells (no result object per cell).
 */
import type { SheetKind } from '../rules/types';
import { parseDate, parseMonth } from './dates';
import type { ParseResult } from './result';
import { hoursFromNumber, minutesFromNumber, parseDuration, parseTimeOfDay } from './times';
import type { FieldId, RawValue } from './types';
import {
  parseAnnualLeaveKind, parseDays, parseEmployeeId, parseFamilyLeaveKind, parseGender, parseText, parseYesNo,
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
}

function maxHours(field: FieldId, kind: SheetKind): number {
  if (field === 'weeklyHours') return 168;
  return kind === 'daily' || field === 'break' ? DAY_HOURS : MONTH_HOURS;
}

/** The parser of a column placed as `field` on a sheet of `kind`. */
export function parserFor(field: FieldId, kind: SheetKind, minutes: boolean, date1904: boolean): Parser {
  switch (field) {
    case 'employeeId':
      return parseEmployeeId;
    case 'gender':
      return parseGender;
    case 'birthDate': case 'hireDate': case 'leaveDate': case 'date': case 'grantDate': case 'takenDate':
    case 'leaveStart': case 'leaveEnd': case 'childBirthDate':
      return (v, f) => parseDate(v, f, date1904);
    case 'month':
      return (v, f) => parseMonth(v, f, date1904);
    case 'fullTime': case 'rehired': case 'fixedTerm': case 'spouseBirth': case 'answer':
      return parseYesNo;
    case 'start': case 'end':
      return parseTimeOfDay;
    case 'weeklyHours': case 'break': case 'worked': case 'overtime': case 'holidayWork': case 'lateNight':
    case 'leaveHours': {
      const max = maxHours(field, kind);
      return (v, f) => boundHours(parseDuration(v, f, minutes), max);
    }
    case 'days': case 'grantDays': case 'takenDays':
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
    return { ok: false, message: `時間として大きすぎます（${max}時間まで。分の列なら見出しに「分」と書いてください）` };
  }
  return result;
}

/** The fast reading of number cells for the fields whose values are numbers (parserFor's), else null. */
export function numberReaderFor(field: FieldId, kind: SheetKind, minutes: boolean): NumberReader | null {
  switch (field) {
    case 'start': case 'end':
      return { kind: 'time', max: 0, minutes };
    case 'weeklyHours': case 'break': case 'worked': case 'overtime': case 'holidayWork': case 'lateNight':
    case 'leaveHours':
      return { kind: 'hours', max: maxHours(field, kind), minutes };
    case 'days': case 'grantDays': case 'takenDays':
      return { kind: 'days', max: 0, minutes };
    default:
      return null;
  }
}

/** A number cell read by reader; NaN when the parser has to say why it cannot be read. */
export function readNumberCell(reader: NumberReader, value: number, time: boolean, date: boolean): number {
  switch (reader.kind) {
    case 'time': return minutesFromNumber(value, time, date);
    case 'hours': {
      const hours = hoursFromNumber(value, time, reader.minutes);
      return hours > reader.max ? Number.NaN : hours;
    }
    default: return Number.isFinite(value) && value >= 0 && value <= 1000 ? value : Number.NaN;
  }
}

/** A 繰越 column holds a flag (○/×) or the number of carried-over days. */
function parseCarryOver(value: RawValue): ParseResult<boolean | number> {
  const flag = parseYesNo(value);
  if (flag.ok) return flag;
  const days = parseDays(value);
  return days.ok ? days : { ok: false, message: '繰越（○× または日数）として読めません' };
}
