/**
 * Workbook grids → Dataset + input issues. Columns are parsed column-wise with one parser chosen per column;
 * every unreadable cell becomes one InputIssue with its A1 address; rows that are not data are skipped silently.
 */
import type {
  ChecklistAnswer, Dataset, Employee, FamilyEvent, InputIssue, LeaveGrant, LeaveTaking, MonthlyHours, SheetKind,
  SourceRef,
} from '../rules/types';
import { describeCellValue, parseDate, parseMonth } from './dates';
import { describeMissing, FIELD_LABELS, KIND_LABELS } from './fields';
import { listDataRows, readLayout, type PlacedColumn, type SheetLayout } from './detect';
import {
  adjustEndMinute, computeLateNightHours, computeMonthlyHoursOf, getRosterSystems, computeWorkedHours, dayNumber, DayTable,
} from './hours';
import type { ParseResult } from './result';
import { isBlank, normalizeText, rawToText, toA1 } from './text';
import { hoursFromNumber, minutesFromNumber, parseDuration, parseTimeOfDay } from './times';
import { isDateFormat, isTimeFormat } from './formats';
import type { DetectedSheet, FieldId, IngestOptions, IngestResult, RawValue, SheetGrid } from './types';
import {
  decideFullTime, parseAnnualLeaveKind, parseDays, parseEmployeeId, parseFamilyLeaveKind, parseGender, parseText,
  parseYesNo, readEmploymentType, type AnnualLeaveKind, type FamilyKindReading,
} from './values';

type Parser = (value: RawValue, format: string | undefined) => ParseResult<unknown>;

/** Upper bounds of hour fields, by kind: one day on a daily sheet, one month on a monthly sheet. */
const DAY_HOURS = 24;
const MONTH_HOURS = 744;
const HOUR_FIELDS = new Set<FieldId>(['break', 'worked', 'overtime', 'holidayWork', 'lateNight']);

/**
 * One parsed column: value per data row (undefined = blank or unreadable), and which rows were unreadable.
 * A column of numbers (times, hours, days) is kept in `nums` (NaN = blank or unreadable), any other in `values`.
 */
interface Column {
  placed: PlacedColumn;
  values: unknown[] | null;
  nums: Float64Array | null;
  bad: Uint8Array;
}

/**
 * How a number cell of a numeric field is read without a result object (NaN means "take the parser", which then
 * says why it is unreadable): a time of day, hours up to `max`, or days. Null for the other fields.
 */
interface NumberReader {
  kind: 'time' | 'hours' | 'days';
  /** Hours: the largest accepted (boundHours'), and whether plain numbers are minutes. */
  max: number;
  minutes: boolean;
}

/** A sheet being read: its grid, layout, data rows and parsed columns. */
interface SheetRead {
  grid: SheetGrid;
  /** The workbook's date system (1904 on some Mac workbooks), for showing a date cell as its date. */
  date1904: boolean;
  layout: SheetLayout;
  kind: SheetKind;
  rows: number[];
  cols: Map<FieldId, Column>;
}

function parserFor(field: FieldId, kind: SheetKind, minutes: boolean, date1904: boolean): Parser {
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
    case 'weeklyHours':
      return (v, f) => boundHours(parseDuration(v, f, minutes), 168);
    case 'break': case 'worked': case 'overtime': case 'holidayWork': case 'lateNight': case 'leaveHours': {
      const max = kind === 'daily' || field === 'break' ? DAY_HOURS : MONTH_HOURS;
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
function numberReaderFor(field: FieldId, kind: SheetKind, minutes: boolean): NumberReader | null {
  switch (field) {
    case 'start': case 'end':
      return { kind: 'time', max: 0, minutes };
    case 'weeklyHours':
      return { kind: 'hours', max: 168, minutes };
    case 'break': case 'worked': case 'overtime': case 'holidayWork': case 'lateNight': case 'leaveHours':
      return { kind: 'hours', max: kind === 'daily' || field === 'break' ? DAY_HOURS : MONTH_HOURS, minutes };
    case 'days': case 'grantDays': case 'takenDays':
      return { kind: 'days', max: 0, minutes };
    default:
      return null;
  }
}

/** A number cell read by reader; NaN when the parser has to say why it cannot be read. */
function readNumberCell(reader: NumberReader, value: number, time: boolean, date: boolean): number {
  switch (reader.kind) {
    case 'time': return minutesFromNumber(value, time, date);
    case 'hours': return upTo(hoursFromNumber(value, time, reader.minutes), reader.max);
    default: return Number.isFinite(value) && value >= 0 && value <= 1000 ? value : Number.NaN;
  }
}

/** hours, or NaN past max (boundHours' check). */
function upTo(hours: number, max: number): number {
  return hours > max ? Number.NaN : hours;
}

/** A 繰越 column holds a flag (○/×) or the number of carried-over days. */
function parseCarryOver(value: RawValue): ParseResult<boolean | number> {
  const flag = parseYesNo(value);
  if (flag.ok) return flag;
  const days = parseDays(value);
  return days.ok ? days : { ok: false, message: '繰越（○× または日数）として読めません' };
}

/**
 * The reading of one column in progress. Formats and texts repeat down a column (one format per column, an id or a
 * name on hundreds of rows): the last one's reading is reused. A text's reading never depends on its cell's format.
 */
interface ColumnReader {
  placed: PlacedColumn;
  col: number;
  parse: Parser;
  readNumber: NumberReader | null;
  values: unknown[] | null;
  nums: Float64Array | null;
  bad: Uint8Array;
  label: string;
  lastFormat: string | undefined;
  formatSeen: boolean;
  isTime: boolean;
  isDate: boolean;
  lastText: string | undefined;
  lastResult: ParseResult<unknown> | undefined;
}

function readColumns(read: SheetRead, date1904: boolean, out: InputIssue[]): void {
  const { grid, rows } = read;
  const issues: (InputIssue & { r: number; c: number })[] = [];
  const gridValues = grid.values;
  const formats = grid.numberFormats;
  const readers: ColumnReader[] = read.layout.placed.map((placed) => {
    const readNumber = numberReaderFor(placed.field, read.kind, placed.minutes);
    return {
      placed, col: placed.index, parse: parserFor(placed.field, read.kind, placed.minutes, date1904), readNumber,
      values: readNumber ? null : new Array(rows.length),
      nums: readNumber ? new Float64Array(rows.length).fill(Number.NaN) : null,
      bad: new Uint8Array(rows.length), label: FIELD_LABELS[placed.field].ja,
      lastFormat: undefined, formatSeen: false, isTime: false, isDate: false, lastText: undefined, lastResult: undefined,
    };
  });
  // Row by row: each row's cells are read while they are in the cache (hundreds of thousands of rows).
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const rowValues = gridValues[r];
    for (let k = 0; k < readers.length; k++) {
      const cr = readers[k];
      const col = cr.col;
      const raw = rowValues[col];
      if (raw === undefined || raw === null) continue;
      let result: ParseResult<unknown>;
      if (typeof raw === 'number') {
        const format = formats[r]?.[col];
        if (cr.readNumber) {
          if (format !== cr.lastFormat || !cr.formatSeen) {
            cr.lastFormat = format;
            cr.formatSeen = true;
            cr.isTime = isTimeFormat(format);
            cr.isDate = isDateFormat(format);
          }
          const n = readNumberCell(cr.readNumber, raw, cr.isTime, cr.isDate);
          if (n === n) {
            cr.nums![i] = n;
            continue;
          }
        }
        result = cr.parse(raw, format);
      } else if (typeof raw === 'string') {
        if (raw === cr.lastText) result = cr.lastResult!;
        else {
          if (isBlank(raw)) continue;
          result = cr.parse(raw, formats[r]?.[col]);
          cr.lastText = raw;
          cr.lastResult = result;
        }
      } else result = cr.parse(raw, formats[r]?.[col]);
      if (result.ok) {
        if (cr.nums) cr.nums[i] = result.value as number;
        else cr.values![i] = result.value;
      } else {
        cr.bad[i] = 1;
        issues.push({
          sheet: grid.name, cell: toA1(grid.firstRow + r, grid.firstCol + col), value: rawToText(raw),
          message: `${result.message}（${cr.label}）`, r, c: col,
        });
      }
    }
  }
  for (const cr of readers) read.cols.set(cr.placed.field, { placed: cr.placed, values: cr.values, nums: cr.nums, bad: cr.bad });
  // The user reads issues row by row, left to right.
  issues.sort((a, b) => a.r - b.r || a.c - b.c);
  for (const { r, c, ...issue } of issues) out.push(issue);
}

/** Typed access to the parsed cells of one sheet. */
class Cells {
  constructor(private readonly read: SheetRead) {}

  /**
   * The parsed column of a field; an empty one (nothing present: NaN numbers, nothing bad) when the sheet lacks it.
   * A column of numbers (times, hours, days) comes as `nums` (NaN = none) with `values` empty; any other as `values`
   * with `nums` empty.
   */
  column(field: FieldId): { present: boolean; values: unknown[]; nums: Float64Array; bad: Uint8Array } {
    const col = this.read.cols.get(field);
    const n = this.read.rows.length;
    if (!col) return { present: false, values: [], nums: new Float64Array(n).fill(Number.NaN), bad: new Uint8Array(n) };
    return { present: true, values: col.values ?? [], nums: col.nums ?? new Float64Array(0), bad: col.bad };
  }

  has(field: FieldId): boolean {
    return this.read.cols.has(field);
  }

  get<T>(field: FieldId, i: number): T | undefined {
    const col = this.read.cols.get(field);
    if (!col) return undefined;
    if (col.nums) {
      const n = col.nums[i];
      return (n === n ? n : undefined) as T | undefined;
    }
    return col.values![i] as T | undefined;
  }

  /** The cell was non-blank and could not be read (its issue is already listed). */
  bad(field: FieldId, i: number): boolean {
    return this.read.cols.get(field)?.bad[i] === 1;
  }

  address(field: FieldId, i: number): string {
    const col = this.read.cols.get(field);
    if (!col) return '';
    return toA1(this.read.grid.firstRow + this.read.rows[i], this.read.grid.firstCol + col.placed.index);
  }

  /** The cell as the user sees it (a date cell as its date), for an input issue's value. */
  raw(field: FieldId, i: number): string {
    const col = this.read.cols.get(field);
    if (!col) return '';
    const row = this.read.rows[i];
    return describeCellValue(this.read.grid.values[row][col.placed.index], this.read.grid.numberFormats?.[row]?.[col.placed.index], this.read.date1904);
  }

  /** 1-based worksheet row of data row i. */
  rowNumber(i: number): number {
    return this.read.grid.firstRow + this.read.rows[i];
  }

  ref(i: number): SourceRef {
    return { sheet: this.read.grid.name, row: this.read.grid.firstRow + this.read.rows[i] };
  }

  sheet(): string {
    return this.read.grid.name;
  }
}

/** NaN (a blank cell of a number column) → 0. */
function orZero(n: number): number {
  return n === n ? n : 0;
}

/**
 * The days seen for one employee, for duplicate rows: the latest day, and either the list of days seen (while
 * they only went forward) or, once a date went back, a map day → where it was first seen.
 */
interface SeenDays {
  maxDay: number;
  /** Last entry of this employee's list in seenDay/seenWhere/seenPrev, -1 = none. */
  head: number;
  map: Map<number, number> | null;
}

/** Collects records and issues across sheets; one per ingestWorkbook call. */
class Collector {
  readonly issues: InputIssue[] = [];
  readonly employees: Employee[] = [];
  readonly givenMonthly = new Map<string, MonthlyHours>();
  /** Where each monthly summary row's month cell is, to point at it when it overrides daily rows. */
  private readonly givenMonthlyCell = new Map<string, { sheet: string; cell: string; raw: string }>();
  readonly days = new DayTable();
  readonly grants: LeaveGrant[] = [];
  readonly takings: LeaveTaking[] = [];
  readonly family: FamilyEvent[] = [];
  readonly checklist: ChecklistAnswer[] = [];
  private readonly rosterIds = new Map<string, string>();
  /** Employee-day → where it was first seen (sheet index × 2^24 + row index), so duplicates can name it. */
  private readonly seenDays = new Map<string, SeenDays>();
  /** The days of employees whose dates have only gone forward so far: a list per employee through seenPrev. */
  private seenDay = new Int32Array(0);
  private seenWhere = new Float64Array(0);
  private seenPrev = new Int32Array(0);
  private seenCount = 0;
  private readonly sheetNames: string[] = [];
  /** First cell where each employee id appears on a non-roster sheet, for the "not on the roster" check. */
  readonly seenIds = new Map<string, { sheet: string; cell: string }>();

  constructor(private readonly options: IngestOptions) {}

  issue(sheet: string, cell: string, value: string, message: string): void {
    this.issues.push({ sheet, cell, value, message });
  }

  /** The row's employee id, or undefined (with an issue for a blank id on a row that has data). */
  employeeId(c: Cells, i: number, roster = false): string | undefined {
    const id = c.get<string>('employeeId', i);
    if (id === undefined) {
      if (!c.bad('employeeId', i)) this.issue(c.sheet(), c.address('employeeId', i), '', '社員番号が空欄です。この行は読み飛ばしました');
      return undefined;
    }
    if (!roster && !this.seenIds.has(id)) this.seenIds.set(id, { sheet: c.sheet(), cell: c.address('employeeId', i) });
    return id;
  }

  /** A required cell: its value, or undefined with an issue when blank (an unreadable one already has its issue). */
  required<T>(c: Cells, field: FieldId, i: number, fallbackField?: FieldId): T | undefined {
    const v = c.get<T>(field, i);
    if (v !== undefined || c.bad(field, i)) return v;
    const cell = c.has(field) ? c.address(field, i) : fallbackField ? c.address(fallbackField, i) : '';
    this.issue(c.sheet(), cell, '', `${FIELD_LABELS[field].ja}が空欄です。この行は読み飛ばしました`);
    return undefined;
  }

  addRoster(c: Cells, n: number): void {
    const canTell = c.has('fullTime') || c.has('weeklyHours') || c.has('employmentType');
    if (!canTell && n > 0) {
      this.issue(c.sheet(), '', '', '社員名簿にフルタイムかどうかを判断できる列（フルタイム・週所定労働時間・雇用形態）がありません。フルタイムの基準では誰も数えません');
    }
    for (let i = 0; i < n; i++) {
      const id = this.employeeId(c, i, true);
      if (id === undefined) continue;
      const first = this.rosterIds.get(id);
      if (first !== undefined) {
        this.issue(c.sheet(), c.address('employeeId', i), id, `社員番号 ${id} が名簿に重複しています（最初の行: ${first}）。最初の行だけを使います`);
        continue;
      }
      this.rosterIds.set(id, `${c.sheet()}!${c.address('employeeId', i)}`);
      this.employees.push(this.readEmployee(c, i, id, canTell));
    }
  }

  private readEmployee(c: Cells, i: number, id: string, canTell: boolean): Employee {
    const e: Employee = { id, ref: c.ref(i) };
    const text = (f: FieldId) => {
      const v = c.get<string>(f, i);
      return v ? v : undefined;
    };
    e.name = text('name');
    e.gender = c.get('gender', i);
    e.birthDate = c.get('birthDate', i);
    e.employmentType = text('employmentType');
    e.weeklyScheduledHours = c.get('weeklyHours', i);
    e.hireDate = c.get('hireDate', i);
    e.leaveDate = c.get('leaveDate', i);
    e.leaveReason = text('leaveReason');
    e.rehired = c.get('rehired', i);
    e.position = text('position');
    e.department = text('department');
    const flag = c.get<boolean>('fullTime', i);
    const unreadable = c.bad('fullTime', i) || c.bad('weeklyHours', i) || c.bad('employmentType', i);
    e.fullTime = decideFullTime(flag, e.weeklyScheduledHours, e.employmentType);
    if (e.fullTime === undefined && !unreadable && canTell) {
      const where = c.has('employmentType') ? 'employmentType' : 'employeeId';
      this.issue(c.sheet(), c.address(where, i), c.raw(where, i),
        `社員番号 ${id} がフルタイムかどうか判断できません（フルタイム欄・週所定労働時間・雇用形態 正社員/パート などで判断します）。フルタイムの基準では数えません`);
    }
    const fixed = c.get<boolean>('fixedTerm', i);
    e.fixedTerm = fixed ?? (e.employmentType ? readEmploymentType(e.employmentType).fixedTerm : undefined);
    for (const key of Object.keys(e) as (keyof Employee)[]) if (e[key] === undefined) delete e[key];
    return e;
  }

  addDaily(c: Cells, n: number): void {
    const sheetIndex = this.sheetNames.push(c.sheet()) - 1;
    const sheetBase = sheetIndex * 2 ** 24;
    // Column arrays fetched once: this loop runs for every attendance row (hundreds of thousands). Days go to a
    // column-wise table (no object per day); duplicates are found per employee by day number, without a map
    // while an employee's dates only go forward (the usual sheet).
    const [ids, dates, start, end, brk, worked, ot, hw, ln, dayType] = (
      ['employeeId', 'date', 'start', 'end', 'break', 'worked', 'overtime', 'holidayWork', 'lateNight', 'dayType'] as FieldId[]
    ).map((f) => c.column(f));
    const timeBad = (i: number) => start.bad[i] | end.bad[i] | brk.bad[i] | worked.bad[i] | ot.bad[i] | hw.bad[i] | ln.bad[i];
    const days = this.days;
    days.reserve(n);
    this.reserveSeen(n);
    let lastId: string | undefined;
    let seen: SeenDays | undefined;
    for (let i = 0; i < n; i++) {
      let id = ids.values[i] as string | undefined;
      if (id === undefined) id = this.employeeId(c, i);
      else if (id !== lastId && !this.seenIds.has(id)) this.seenIds.set(id, { sheet: c.sheet(), cell: c.address('employeeId', i) });
      let date = dates.values[i] as string | undefined;
      if (date === undefined) date = this.required<string>(c, 'date', i, 'employeeId');
      if (id === undefined || date === undefined) continue;
      if (id !== lastId) {
        lastId = id;
        seen = this.seenDays.get(id);
        if (!seen) {
          seen = { maxDay: -Infinity, head: -1, map: null };
          this.seenDays.set(id, seen);
        }
      }
      const day = dayNumber(date);
      const first = this.firstSeen(seen!, day);
      if (first !== undefined) {
        const where = `${this.sheetNames[Math.floor(first / 2 ** 24)]} ${first % 2 ** 24}行目`;
        this.issue(c.sheet(), c.address('date', i), c.raw('date', i),
          `社員番号 ${id} の ${date} の行が重複しています（最初の行: ${where}）。この行は数えません`);
        continue;
      }
      this.markSeen(seen!, day, sheetBase + c.rowNumber(i));
      // A row with an unreadable time cell is not counted; its issue is already listed.
      if (timeBad(i)) continue;
      const type = (dayType.values[i] as string | undefined) || undefined;
      // NaN = blank.
      const s = start.nums[i];
      const e = end.nums[i];
      const w = worked.nums[i];
      if ((s !== s) !== (e !== e) && w !== w) {
        const missing: FieldId = s !== s ? 'start' : 'end';
        const other: FieldId = s !== s ? 'end' : 'start';
        this.issue(c.sheet(), c.address(missing, i), '', `${FIELD_LABELS[missing].ja}が空欄です（${FIELD_LABELS[other].ja}はあります）。この日の時間は数えません`);
        continue;
      }
      let workedHours = w === w ? w : 0;
      let lateNight = ln.present ? orZero(ln.nums[i]) : Number.NaN;
      let startMinute = Number.NaN;
      let endMinute = Number.NaN;
      if (s === s && e === e) {
        const span = computeWorkedHours(s, e, orZero(brk.nums[i]));
        if (span === null) {
          // A start past 24:00 (翌1:00) with an earlier end is before the start even on the next day.
          if (adjustEndMinute(s, e) < s) this.issue(c.sheet(), c.address('end', i), c.raw('end', i), '退勤時刻が出勤時刻より前です（翌日としても前です）。この日の時間は数えません');
          else this.issue(c.sheet(), c.address('break', i), c.raw('break', i), '休憩時間が出勤から退勤までの時間より長いです。この日の時間は数えません');
          continue;
        }
        startMinute = s;
        endMinute = adjustEndMinute(s, e);
        workedHours = w === w ? w : span;
        if (!ln.present) lateNight = computeLateNightHours(s, e, workedHours);
      }
      days.push(id, date, workedHours, isStatutoryHoliday(type), ot.present ? orZero(ot.nums[i]) : Number.NaN,
        hw.present ? orZero(hw.nums[i]) : Number.NaN, lateNight, startMinute, endMinute, type, c.ref(i));
    }
  }

  /** Room for `more` entries in the seen-day lists beyond those held. */
  private reserveSeen(more: number): void {
    const need = this.seenCount + more;
    if (need <= this.seenDay.length) return;
    const cap = Math.max(need, this.seenDay.length * 2, 64);
    const day = new Int32Array(cap);
    day.set(this.seenDay);
    const where = new Float64Array(cap);
    where.set(this.seenWhere);
    const prev = new Int32Array(cap);
    prev.set(this.seenPrev);
    this.seenDay = day;
    this.seenWhere = where;
    this.seenPrev = prev;
  }

  /** Where an employee's day was first seen (sheet index × 2^24 + row), or undefined when it is new. */
  private firstSeen(seen: SeenDays, day: number): number | undefined {
    if (day > seen.maxDay) return undefined;
    if (!seen.map) {
      // The first date that is not after all earlier ones: from now on this employee's days are looked up.
      seen.map = new Map();
      for (let k = seen.head; k >= 0; k = this.seenPrev[k]) seen.map.set(this.seenDay[k], this.seenWhere[k]);
    }
    return seen.map.get(day);
  }

  private markSeen(seen: SeenDays, day: number, where: number): void {
    if (seen.map) seen.map.set(day, where);
    else {
      const k = this.seenCount++;
      if (k === this.seenDay.length) this.reserveSeen(1);
      this.seenDay[k] = day;
      this.seenWhere[k] = where;
      this.seenPrev[k] = seen.head;
      seen.head = k;
    }
    if (day > seen.maxDay) seen.maxDay = day;
  }

  addMonthly(c: Cells, n: number): void {
    for (let i = 0; i < n; i++) {
      const id = this.employeeId(c, i);
      const month = this.required<string>(c, 'month', i, 'employeeId');
      if (id === undefined || month === undefined) continue;
      if (c.bad('overtime', i) || c.bad('holidayWork', i)) continue;
      const key = `${id}|${month}`;
      const first = this.givenMonthly.get(key);
      if (first) {
        this.issue(c.sheet(), c.address('month', i), c.raw('month', i),
          `社員番号 ${id} の ${month} の行が重複しています（最初の行: ${first.refs?.[0]?.sheet ?? ''} ${first.refs?.[0]?.row ?? ''}行目）。この行は数えません`);
        continue;
      }
      // A blank overtime or holiday-work cell on a monthly summary means none that month.
      const m: MonthlyHours = {
        employeeId: id, month, overtime: c.get<number>('overtime', i) ?? 0,
        holidayWork: c.get<number>('holidayWork', i) ?? 0, refs: [c.ref(i)],
      };
      const worked = c.get<number>('worked', i);
      if (worked !== undefined) m.worked = worked;
      const late = c.get<number>('lateNight', i);
      if (late !== undefined) m.lateNight = late;
      this.givenMonthly.set(key, m);
      this.givenMonthlyCell.set(key, { sheet: c.sheet(), cell: c.address('month', i), raw: c.raw('month', i) });
    }
  }

  addLeave(c: Cells, n: number, sheetMode: AnnualLeaveKind | 'both' | null): void {
    for (let i = 0; i < n; i++) {
      const id = this.employeeId(c, i);
      if (id === undefined) continue;
      let kinds: AnnualLeaveKind[];
      if (c.has('kind')) {
        const k = this.required<AnnualLeaveKind>(c, 'kind', i);
        if (k === undefined) continue;
        kinds = [k];
      } else if (sheetMode === 'both') {
        kinds = [];
        if (c.get('grantDate', i) !== undefined || c.get('grantDays', i) !== undefined) kinds.push('grant');
        if (c.get('takenDate', i) !== undefined || c.get('takenDays', i) !== undefined || c.get('leaveHours', i) !== undefined) kinds.push('taken');
        // Neither side filled in: say so rather than drop the row (an unreadable cell already has its issue).
        if (kinds.length === 0 && !(['grantDate', 'grantDays', 'takenDate', 'takenDays', 'leaveHours'] as FieldId[]).some((f) => c.bad(f, i))) {
          this.issue(c.sheet(), c.address('employeeId', i), c.raw('employeeId', i), '付与・取得のどちらの欄も空欄です。この行は読み飛ばしました');
        }
      } else kinds = sheetMode ? [sheetMode] : [];
      for (const kind of kinds) {
        if (kind === 'taken') this.readTaking(c, i, id);
        else this.readGrant(c, i, id, kind === 'carryOver');
      }
    }
  }

  private firstOf<T>(c: Cells, i: number, fields: FieldId[]): { value?: T; bad: boolean; field: FieldId } {
    let placedField: FieldId | undefined;
    for (const f of fields) {
      if (!c.has(f)) continue;
      placedField ??= f;
      if (c.bad(f, i)) return { bad: true, field: f };
      const v = c.get<T>(f, i);
      if (v !== undefined) return { value: v, bad: false, field: f };
    }
    return { bad: false, field: placedField ?? fields[0] };
  }

  private need<T>(c: Cells, i: number, fields: FieldId[]): T | undefined {
    const got = this.firstOf<T>(c, i, fields);
    if (got.value !== undefined || got.bad) return got.value;
    this.issue(c.sheet(), c.has(got.field) ? c.address(got.field, i) : c.address('employeeId', i), '',
      `${FIELD_LABELS[got.field].ja}が空欄です。この行は読み飛ばしました`);
    return undefined;
  }

  private readGrant(c: Cells, i: number, id: string, carryOver: boolean): void {
    const date = this.need<string>(c, i, ['grantDate', 'date', 'leaveStart']);
    const days = this.need<number>(c, i, ['grantDays', 'days']);
    if (date === undefined || days === undefined) return;
    const grant: LeaveGrant = { employeeId: id, date, days, ref: c.ref(i) };
    const carry = c.get<boolean | number>('carryOver', i);
    if (carryOver || carry === true) grant.carryOver = true;
    this.grants.push(grant);
    if (typeof carry === 'number' && carry > 0) this.grants.push({ employeeId: id, date, days: carry, carryOver: true, ref: c.ref(i) });
  }

  private readTaking(c: Cells, i: number, id: string): void {
    const date = this.need<string>(c, i, ['takenDate', 'date', 'leaveStart']);
    const days = this.firstOf<number>(c, i, ['takenDays', 'days']);
    const hours = c.get<number>('leaveHours', i);
    if (days.bad || c.bad('leaveHours', i)) return;
    if (days.value === undefined && hours === undefined) {
      this.need<number>(c, i, ['takenDays', 'days', 'leaveHours']);
      return;
    }
    if (date === undefined) return;
    const taking: LeaveTaking = { employeeId: id, date, days: days.value ?? 0, ref: c.ref(i) };
    if (hours !== undefined && hours > 0) taking.hours = hours;
    this.takings.push(taking);
  }

  addFamily(c: Cells, n: number): void {
    for (let i = 0; i < n; i++) {
      const id = this.employeeId(c, i);
      const reading = this.required<FamilyKindReading>(c, 'kind', i, 'employeeId');
      if (id === undefined || reading === undefined) continue;
      const order: FieldId[] = reading.kind === 'birth' ? ['childBirthDate', 'date', 'leaveStart'] : ['leaveStart', 'date', 'childBirthDate'];
      const date = this.need<string>(c, i, order);
      if (date === undefined) continue;
      const ev: FamilyEvent = { employeeId: id, kind: reading.kind, date, ref: c.ref(i) };
      const end = c.get<string>('leaveEnd', i);
      if (end !== undefined) ev.endDate = end;
      const child = c.get<string>('childBirthDate', i);
      if (child !== undefined) ev.childBirthDate = child;
      const spouse = c.get<boolean>('spouseBirth', i) ?? reading.spouseBirth;
      if (spouse !== undefined) ev.spouseBirth = spouse;
      this.family.push(ev);
    }
  }

  addChecklist(c: Cells, n: number): void {
    for (let i = 0; i < n; i++) {
      const itemNo = c.get<string>('itemNo', i) ?? '';
      const text = c.get<string>('itemText', i) ?? '';
      if (!itemNo && !text) {
        // An answer or a note without an item: say so rather than drop the row (an unreadable item has its issue).
        if (!c.bad('itemNo', i) && !c.bad('itemText', i)) this.issue(c.sheet(), c.address(c.has('itemText') ? 'itemText' : 'itemNo', i), '', '項目番号・項目が空欄です。この行は読み飛ばしました');
        continue;
      }
      const item: ChecklistAnswer = { itemNo, text, ref: c.ref(i) };
      // A blank 該当 cell is "not answered yet", not ×.
      const answer = c.get<boolean>('answer', i);
      if (answer !== undefined) item.answer = answer;
      const evidence = c.get<string>('evidence', i);
      if (evidence) item.evidence = evidence;
      this.checklist.push(item);
    }
  }

  /** Employees on attendance or leave sheets but not on the roster (when there is one): one issue each. */
  checkAgainstRoster(): void {
    if (this.rosterIds.size === 0) return;
    for (const [id, where] of this.seenIds) {
      if (!this.rosterIds.has(id)) this.issue(where.sheet, where.cell, id, `社員番号 ${id} は社員名簿にありません`);
    }
  }

  dataset(sources: Dataset['sources']): Dataset {
    const computed = computeMonthlyHoursOf(this.days, { ...this.options, systemOf: getRosterSystems(this.employees) });
    if (computed.issues) this.issues.push(...computed.issues);
    // A monthly summary row wins over the month computed from daily rows for the same employee and month; each
    // such month is reported on the summary row, so the daily rows' hours do not vanish without a word.
    const monthly = this.givenMonthly.size === 0
      ? computed.monthlyHours
      : computed.monthlyHours.filter((m) => {
        const key = `${m.employeeId}|${m.month}`;
        const where = this.givenMonthlyCell.get(key);
        if (!where) return true;
        const daily = m.refs?.[0];
        const dailyAt = daily ? `（${daily.sheet} ${daily.row}行目ほか）` : '';
        this.issue(where.sheet, where.cell, where.raw,
          `社員番号 ${m.employeeId} の ${m.month} は日次の勤怠${dailyAt}と月次集計の両方にあります。時間外・休日労働はこの月次集計の値を使い、日次の行はこの月の時間外・休日労働の集計には使っていません`);
        return false;
      });
    monthly.push(...this.givenMonthly.values());
    return {
      employees: this.employees, monthlyHours: monthly, shifts: computed.shifts, leaveGrants: this.grants,
      leaveTakings: this.takings, familyEvents: this.family, checklist: this.checklist, sources,
    };
  }
}

const holidayCache = new Map<string, boolean>();

/**
 * Whether a day type means a statutory holiday (法定休日): `法定休日`, `法休`, `休日出勤（法定）`; never `法定外休日`.
 * Example: `isStatutoryHoliday('法定休日')` → true; `isStatutoryHoliday('所定休日')` → false.
 */
export function isStatutoryHoliday(dayType: string | undefined): boolean {
  if (!dayType) return false;
  let known = holidayCache.get(dayType);
  if (known === undefined) {
    const t = normalizeText(dayType).toLowerCase().replace(/\s/g, '');
    known = !/法定外/.test(t) && (/法定休日|法休|statutoryholiday|legalholiday/.test(t) || (/法定/.test(t) && /休日|休出/.test(t)));
    if (holidayCache.size < 10000) holidayCache.set(dayType, known);
  }
  return known;
}

/** How a leave sheet without a kind column is read: by its headers (付与日/付与日数 vs 取得日/取得日数), else its name. */
function leaveSheetMode(read: SheetRead): AnnualLeaveKind | 'both' | null {
  const has = (f: FieldId) => read.cols.has(f);
  const grant = has('grantDate') || has('grantDays');
  const taken = has('takenDate') || has('takenDays') || has('leaveHours');
  if (grant && taken) return 'both';
  if (grant) return 'grant';
  if (taken) return 'taken';
  const name = read.grid.name;
  if (/繰越/.test(name)) return 'carryOver';
  if (/付与|grant/i.test(name)) return 'grant';
  if (/取得|使用|taken/i.test(name)) return 'taken';
  return null;
}

const EXPECTED_HEADERS =
  '勤怠（社員番号・日付・出勤・退勤 または 実働時間）、月次集計（社員番号・年月・時間外労働）、社員名簿（社員番号・氏名・性別・雇用形態・入社日）、' +
  '年次有給休暇（社員番号・付与日/取得日・日数）、育児・介護（社員番号・種別・開始日 または 出産日）、チェックリスト（項目番号・項目・該当）';

/**
 * Reads every sheet of a workbook into one Dataset. Sheets of the same kind are concatenated (one per month or
 * office); unreadable cells, duplicated days, ids missing from the roster and sheets missing a required column
 * become InputIssues; nothing throws.
 * Example: `ingestWorkbook([rosterGrid, aprilGrid, mayGrid]).dataset.monthlyHours` holds OT/HW per employee-month.
 */
export function ingestWorkbook(grids: SheetGrid[], options: IngestOptions = {}): IngestResult {
  const collector = new Collector(options);
  const sheets: DetectedSheet[] = [];
  const sources: Dataset['sources'] = [];
  const excluded = new Set(options.excludeSheets ?? []);
  const reads: SheetRead[] = [];
  let recognised = 0;
  for (const grid of grids) {
    if (excluded.has(grid.name)) continue;
    const mapping = options.mapping?.[grid.name];
    const layout = readLayout(grid, mapping);
    sheets.push(layout.detected);
    if (layout.kind === null || layout.detected.headerRow === null) continue;
    recognised++;
    const kind = layout.kind;
    if (layout.detected.missingFields.length > 0) {
      const placed = new Set(layout.placed.map((p) => p.field));
      collector.issue(grid.name, '', '', `${KIND_LABELS[kind].ja}のシートとして読みましたが、必要な列がありません: ${describeMissing(kind, placed)}。このシートは読み込みませんでした`);
      continue;
    }
    const rows = listDataRows(grid, layout);
    layout.detected.dataRows = rows.length;
    const read: SheetRead = { grid, date1904: options.date1904 === true, layout, kind, rows, cols: new Map() };
    readColumns(read, options.date1904 === true, collector.issues);
    reads.push(read);
    sources.push({ sheet: grid.name, kind, rows: rows.length });
  }
  // Rosters first, so the other sheets can be checked against them whatever the sheet order.
  reads.sort((a, b) => Number(b.kind === 'roster') - Number(a.kind === 'roster'));
  for (const read of reads) {
    const cells = new Cells(read);
    const n = read.rows.length;
    switch (read.kind) {
      case 'roster': collector.addRoster(cells, n); break;
      case 'daily': collector.addDaily(cells, n); break;
      case 'monthly': collector.addMonthly(cells, n); break;
      case 'family': collector.addFamily(cells, n); break;
      case 'checklist': collector.addChecklist(cells, n); break;
      case 'leave': {
        const mode = leaveSheetMode(read);
        if (mode === null && !read.cols.has('kind')) {
          collector.issue(read.grid.name, '', '', '年次有給休暇のシートですが、付与か取得かが分かりません（区分の列、または 付与日・付与日数 / 取得日・取得日数 の見出しが必要です）。このシートは読み込みませんでした');
          break;
        }
        collector.addLeave(cells, n, mode);
        break;
      }
    }
  }
  collector.checkAgainstRoster();
  if (recognised === 0 && grids.some((g) => !excluded.has(g.name))) {
    collector.issue('', '', '', `読み取れる表が見つかりませんでした。各シートの先頭30行以内に、次のような見出しの行が必要です: ${EXPECTED_HEADERS}`);
  }
  return { dataset: collector.dataset(sources), issues: collector.issues, sheets };
}
