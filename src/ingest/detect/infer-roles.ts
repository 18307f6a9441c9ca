/**
 * Column roles of a sheet with no header row (a time recorder's CSV: card number, date, punch times, a next-day
 * flag), inferred from the values. The result is a proposed mapping — header row 0 (none), columns by letter — that
 * the ordinary reader then reads, shown to the user with what was assumed; where the values allow two readings with
 * different figures (three time columns: which one is the break?) it is a question, not a reading.
 */
import { parseDate } from '../parse/dates';
import { isDateFormat, isTimeFormat } from '../parse/formats';
import { looksLikeDayOfMonth } from '../parse/day-of-month';
import { punchKindOf } from '../read/punch-pairs';
import { columnLetter, columnNumber, isBlank, normalizeText } from '../parse/text';
import type { FieldId, RawValue, SheetGrid } from '../types';
import { chooseEmployeeColumn } from './employee-column';

/** What the values of one column look like. */
type ValueRole =
  'id' | 'name' | 'date' | 'day' | 'weekday' | 'time' | 'flag' | 'punchKind' | 'number' | 'text' | 'blank';

interface InferredColumn {
  letter: string;
  role: ValueRole;
  field: FieldId | null;
  /** A later punch pair (start#2 …). */
  pair?: number;
}

export interface Inference {
  columns: InferredColumn[];
  /** Mapping v1 columns (letter → field, `start#2` as `start`+pair is spelled `start#2` in the reading). */
  fields: Record<string, string | null>;
  /** A question when the values do not decide (Japanese and English), else undefined. */
  ask?: { ja: string; en: string };
  /** Rows are punches (one time per row, a kind or none). */
  punchLog: boolean;
}

const SAMPLE_ROWS = 200;
const TIME_TEXT = /^(翌|前)?\s*\d{1,2}[:：時]\d{2}(分)?([:：]\d{2})?$/;
const FLAG_TEXT = /^(徹夜|翌|翌日|\*|＊|夜勤|○|〇)$/;
const WEEKDAY_TEXT = /^[(（]?[日月火水木金土](曜日?)?[)）]?$/;
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々\s\u3000]{2,12}$/u;
const LATIN_NAME = /^[A-Za-z][A-Za-z.'\- ]{1,40}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const ID_TEXT = /^[A-Za-z]{0,3}-?\d{1,10}$/;

function isTimeValue(v: RawValue, format: string | undefined): boolean {
  if (typeof v === 'number') return isTimeFormat(format) && !isDateFormat(format) ? v >= 0 && v < 2 : false;
  return typeof v === 'string' && TIME_TEXT.test(normalizeText(v));
}

function isDateValue(v: RawValue, format: string | undefined): boolean {
  if (typeof v === 'number') return isDateFormat(format) || (Number.isInteger(v) && v >= 19000101 && v <= 21001231);
  if (typeof v !== 'string') return false;
  const t = normalizeText(v);
  return /\d{1,4}[/\-.年]\d{1,2}/.test(t) && parseDate(t.replace(/\s.*$/, ''), undefined).ok;
}

/** The role one cell's value suggests. */
function roleOfValue(v: RawValue, format: string | undefined): ValueRole {
  if (isBlank(v)) return 'blank';
  if (isTimeValue(v, format)) return 'time';
  if (isDateValue(v, format)) return 'date';
  if (typeof v === 'number')
    return Number.isInteger(v) && v >= 1 && v <= 31 && !isDateFormat(format) ? 'day' : 'number';
  if (typeof v !== 'string') return 'text';
  const t = normalizeText(v);
  if (FLAG_TEXT.test(t)) return 'flag';
  if (WEEKDAY_TEXT.test(t)) return 'weekday';
  if (punchKindOf(t)) return 'punchKind';
  if (looksLikeDayOfMonth(t)) return 'day';
  if (ID_TEXT.test(t) || EMAIL.test(t)) return 'id';
  if (/^\d+(\.\d+)?$/.test(t)) return 'number';
  if (CJK_NAME.test(t) || LATIN_NAME.test(t)) return 'name';
  return 'text';
}

/** The role of a column: the role most of its non-blank sample cells agree on (a flag column may be mostly blank). */
function columnRole(grid: SheetGrid, c: number, rows: number): ValueRole {
  const counts = new Map<ValueRole, number>();
  let filled = 0;
  for (let r = 0; r < rows; r++) {
    const role = roleOfValue(grid.values[r]?.[c] ?? null, grid.numberFormats[r]?.[c]);
    if (role === 'blank') continue;
    filled++;
    counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  if (filled === 0) return 'blank';
  let best: ValueRole = 'text';
  let bestN = 0;
  for (const [role, n] of counts) if (n > bestN) [best, bestN] = [role, n];
  if ((counts.get('flag') ?? 0) > 0 && (counts.get('flag') ?? 0) + (counts.get('text') ?? 0) === filled) return 'flag';
  // Numbers 1–31 in an id column (card numbers) are ids when the column also holds larger numbers.
  if (best === 'day' && (counts.get('number') ?? 0) > 0) return 'id';
  return bestN / filled >= 0.8 ? best : 'text';
}

/** Whole numbers in a column whose values repeat (one card number on many rows) are an id, not a quantity. */
function numbersAreIds(grid: SheetGrid, c: number, rows: number): boolean {
  const seen = new Set<string>();
  let n = 0;
  for (let r = 0; r < rows; r++) {
    const v = grid.values[r]?.[c];
    if (typeof v !== 'number' && typeof v !== 'string') continue;
    const t = String(v);
    if (!/^\d+$/.test(normalizeText(t))) return false;
    seen.add(t);
    n++;
  }
  return n > 0 && seen.size < n;
}

/**
 * The columns that may hold the work day, most trusted first. A column of full dates says the day by itself; a
 * column of bare small numbers (`01`, `1`) beside it is at most a repeat of it — or a 所属コード, a count, a shift
 * number — so it is never the date while a full-date column exists. Without one, a day-of-month column (出勤簿:
 * `1`, `1日`, `1（月）`, the month from context) is a candidate only when its values vary as days do: one number on
 * every row is a code, not a month of days.
 */
function workDayCandidates(grid: SheetGrid, columns: InferredColumn[], rows: number): InferredColumn[] {
  const fullDates = columns.filter((x) => x.role === 'date');
  if (fullDates.length > 0) return fullDates;
  return columns.filter((x) => x.role === 'day' && variesLikeDays(grid, columnNumber(x.letter) - grid.firstCol, rows));
}

/** Whether a column's values differ between rows, as days of a month do (three or more rows of one value do not). */
function variesLikeDays(grid: SheetGrid, c: number, rows: number): boolean {
  const seen = new Set<string>();
  let filled = 0;
  for (let r = 0; r < rows; r++) {
    const v = grid.values[r]?.[c] ?? null;
    if (isBlank(v)) continue;
    filled++;
    seen.add(normalizeText(String(v)).replace(/^0+(?=\d)/, ''));
  }
  return seen.size > 1 || filled < 3;
}

/** A question in both languages. */
function ask(ja: string, en: string): { ja: string; en: string } {
  return { ja, en };
}

/**
 * Infers the columns of a header-less sheet from its first rows; null when it does not look like attendance at all
 * (no time column, or a single time column and no date). Two time columns and no date are asked about.
 * Example: `1001, 2025/04/01, 9:00, 18:00` rows → employeeId A, date B, start C, end D.
 */
export function inferRoles(grid: SheetGrid): Inference | null {
  const rows = Math.min(grid.values.length, SAMPLE_ROWS);
  let width = 0;
  for (let r = 0; r < rows; r++) width = Math.max(width, grid.values[r]?.length ?? 0);
  const columns: InferredColumn[] = [];
  for (let c = 0; c < width; c++) {
    let role = columnRole(grid, c, rows);
    if (role === 'number' && numbersAreIds(grid, c, rows)) role = 'id';
    columns.push({ letter: columnLetter(grid.firstCol + c), role, field: null });
  }
  const dates = workDayCandidates(grid, columns, rows);
  const times = columns.filter((x) => x.role === 'time');
  if (times.length === 0 || (dates.length === 0 && times.length < 2)) return null;
  const employee = employeeColumn(grid, columns, dates[0]);
  // A question leaves the employee column unplaced: reading either proposal would give figures nobody chose.
  const inference = assignFields(columns, dates, times, employee?.ask ? undefined : employee?.column);
  if (employee?.ask) inference.ask ??= employee.ask;
  // Punch times with no date anywhere in the row: which day they belong to is a question, never a guess.
  if (dates.length === 0)
    inference.ask = ask(
      '日付の列がなく、何年何月何日の時刻か分かりません',
      'There is no date column: which day the times belong to cannot be told',
    );
  return inference;
}

/** The id-like column that is the employee number (a 所属コード `101` before the card number is not), or undefined. */
function employeeColumn(grid: SheetGrid, columns: InferredColumn[], date: InferredColumn | undefined) {
  const indexOf = (col: InferredColumn) => columnNumber(col.letter) - grid.firstCol;
  const ids = columns.filter((x) => x.role === 'id').map((col) => ({ col, index: indexOf(col) }));
  if (ids.length === 0) return undefined;
  const name = columns.find((x) => x.role === 'name');
  // The whole sheet, not the sample: a file sorted by employee may show one person only in its first rows.
  const all = grid.values.length;
  const choice = chooseEmployeeColumn(grid, ids, date ? indexOf(date) : -1, all, name ? indexOf(name) : -1);
  return { column: choice.column.col, ask: 'ask' in choice ? choice.ask : undefined };
}

function assignFields(
  columns: InferredColumn[],
  dates: InferredColumn[],
  times: InferredColumn[],
  employee: InferredColumn | undefined,
): Inference {
  const out: Inference = { columns, fields: {}, punchLog: false };
  const place = (col: InferredColumn, field: FieldId, pair?: number) => {
    col.field = field;
    if (pair && pair > 1) col.pair = pair;
    out.fields[col.letter] = pair && pair > 1 ? `${field}#${pair}` : field;
  };
  const names = columns.filter((x) => x.role === 'name');
  if (employee) place(employee, 'employeeId');
  if (names.length > 0) place(names[0], 'name');
  if (dates.length > 0) place(dates[0], 'date');
  const kinds = columns.filter((x) => x.role === 'punchKind');
  if (times.length === 1) {
    out.punchLog = true;
    place(times[0], 'punchTime' as FieldId);
    if (kinds.length > 0) place(kinds[0], 'punchKind' as FieldId);
    return out;
  }
  if (times.length % 2 === 1)
    out.ask = ask(
      `時刻の列が${times.length}列あり、どれが出勤・退勤・休憩か決まりません`,
      `${times.length} time columns: which is clock-in, clock-out or a break cannot be told`,
    );
  else times.forEach((col, k) => place(col, k % 2 === 0 ? 'start' : 'end', Math.floor(k / 2) + 1));
  const flags = columns.filter((x) => x.role === 'flag');
  if (flags.length > 0) place(flags[0], 'nextDay' as FieldId);
  if (dates.length > 1 && dates[1].role === dates[0].role)
    out.ask ??= ask(
      '日付の列が2列以上あり、どれが勤務日か決まりません',
      'More than one date column: which is the work day cannot be told',
    );
  return out;
}
