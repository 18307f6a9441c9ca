/**
 * What ingest takes from a host and gives to the rules.
 * A host (office-js or exceljs) hands over each sheet as grids of raw values and number formats;
 * ingest never touches a host API.
 */
import type { MessageRef } from '../rules/messages';
import type { Dataset, InputIssue, SheetKind } from '../rules/types';

/**
 * A raw cell value as Excel stores it: number (serials, fractions), string, boolean, null (blank),
 * or an error value written as its text (`#N/A`, `#VALUE!`…) wrapped so it is not taken for text.
 */
export type RawValue = number | string | boolean | null | { error: string };

/** A rectangular block of one sheet: row-major values and number formats of the same shape. */
export interface SheetGrid {
  name: string;
  /** 1-based row number of values[0]. */
  firstRow: number;
  /** 1-based column number of values[r][0]. */
  firstCol: number;
  values: RawValue[][];
  /** Number format of each cell (`General`, `h:mm`, `yyyy/m/d`…); same shape as values. */
  numberFormats: string[][];
  /**
   * Set when the host read only these 1-based sheet columns below the first rows (Excel: the columns in use,
   * see ./detect/columns-in-use.ts); the other cells there are blank in the grid, not in the sheet.
   * Absent: every cell was read.
   */
  columnsRead?: number[];
}

/** Every field a column can be mapped to (docs/reading.md#the-reading-of-a-sheet). */
export type FieldId =
  | 'employeeId'
  | 'name'
  | 'gender'
  | 'birthDate'
  | 'employmentType'
  | 'fullTime'
  | 'weeklyHours'
  | 'hireDate'
  | 'leaveDate'
  | 'leaveReason'
  | 'rehired'
  | 'position'
  | 'department'
  | 'workplace'
  | 'fixedTerm'
  | 'date'
  | 'month'
  | 'start'
  | 'end'
  | 'break'
  | 'worked'
  | 'dayType'
  | 'overtime'
  | 'holidayWork'
  | 'lateNight'
  | 'days'
  | 'leaveHours'
  | 'kind'
  | 'grantDate'
  | 'grantDays'
  | 'takenDate'
  | 'takenDays'
  | 'carryOver'
  | 'leaveStart'
  | 'leaveEnd'
  | 'childBirthDate'
  | 'spouseBirth'
  | 'itemNo'
  | 'itemText'
  | 'answer'
  | 'evidence'
  // Added for the exports of attendance systems (docs/reading.md): roster working-time system, 36協定 sector, daily
  // scheduled hours; the scheduled hours of one day on an attendance sheet.
  | 'workingTimeSystem'
  | 'sector'
  | 'dailyHours'
  | 'scheduled'
  // Added for layouts read by structure: a next-day flag (翌, 徹夜, `*`), a punch log's time (or timestamp) and
  // kind, break start/end pairs (休憩開始1 / 休憩終了1), a leave ledger's dates taken as a list in one cell.
  | 'nextDay'
  | 'punchTime'
  | 'punchKind'
  | 'breakStart'
  | 'breakEnd'
  | 'takenDates';

/** How the numbers of a duration column are written (docs/reading.md#the-building-blocks, Units). */
export type DurationStyle = 'decimal' | 'sexagesimal' | 'minutes' | 'clock';

/**
 * One field of a mapping v2: a column by header text or letter (`"D"`), several summed (`["F", "G"]`), a constant
 * (`{ "value": "2025-04" }`) or a context (`{ "context": "sheet name" | "file name" | "header block" }`).
 */
export type FieldSource =
  string | string[] | { value: string | number | boolean } | { context: 'sheet name' | 'file name' | 'header block' };

/**
 * The user's placement of columns, remembered in the workbook (task pane) or read from `--mapping` (CLI).
 * Keyed by sheet name. Columns are keyed by header text or column letter (`"D"`); `null` ignores a column.
 */
export interface SheetMapping {
  kind?: SheetKind | 'ignore';
  /** 1-based header row, when detection picked the wrong one; 0 = the sheet has no header row (columns by letter). */
  headerRow?: number;
  /** Version 1: column (header text or letter) → field; `null` ignores the column. */
  columns?: Record<string, FieldId | null>;
  /** Version 2: field → where it comes from (a column, a sum of columns, a constant or a context). */
  fields?: Partial<Record<FieldId, FieldSource>>;
  /** Duration style per column (header text or letter), or `"*"` for every duration column of the sheet. */
  durationStyle?: Record<string, DurationStyle>;
  /** The break of a sheet with start and end times but no break: the 労基法34条 minimum, a fixed window, or none. */
  breakRule?: import('./read/break-rule').BreakRule;
  /** Who a row is: by employee number (default when there is one) or by name, joined to the roster. */
  identity?: 'employeeId' | 'name';
  /** A punch log's pairing: by the kind of each punch (出勤 / 退勤 …) or in time order. */
  punchLog?: { pairing: 'kind' | 'order' };
  /** How dates written with the year last (`06/02/2025`) are read: month first (US) or day first. */
  dateOrder?: 'month-first' | 'day-first';
}
/**
 * Keyed by sheet name, or by a pattern with `*` (`勤怠_*`) matching several sheets; an exact name wins over a
 * pattern. The same JSON is stored by the task pane and read by `--mapping`.
 */
export type Mapping = Record<string, SheetMapping>;

/** How one sheet was understood: shown in the task pane's 検出 and 列の確認 steps. */
export interface DetectedSheet {
  sheet: string;
  kind: SheetKind | null;
  headerRow: number | null;
  /** One entry per non-empty header cell. */
  columns: DetectedColumn[];
  dataRows: number;
  /** Fields the kind needs but no column provides (Japanese labels are in ./detect/fields.ts). */
  missingFields: FieldId[];
  /** The export layout recognised (`king-of-time-daily`…), when one was. */
  layout?: string;
  /** Where each field came from: a column letter, `F+G`, `sheet name`, `file name`, `header block B2`, `constant`. */
  origins?: Record<string, string>;
  /**
   * What keeps part of this sheet from being used (Japanese, one sentence each): a column whose duration style
   * cannot be told, a required column missing, a mapping entry that matched nothing. Said at the top of the pane.
   */
  problems?: string[];
  /** The problems as message refs, by their Japanese text (see ./detect/problems.ts), to render in another language. */
  problemRefs?: Record<string, MessageRef>;
  /** The whole reading of the sheet (header row or none, columns, context, units, break rule, identity). */
  reading?: import('./detect/reading').SheetReading;
}

export interface DetectedColumn {
  /** Column letter (`D`). */
  column: string;
  header: string;
  field: FieldId | null;
  /** true when the user's mapping placed it, false when recognised from the header text. */
  byUser: boolean;
}

export interface IngestOptions {
  mapping?: Mapping;
  /** Sheets the user excluded in the task pane. */
  excludeSheets?: string[];
  /** Daily statutory limit (hours); default 8. */
  dailyLimitHours?: number;
  /** Weekly statutory limit (hours); default 40 (44 for 特例措置対象事業場). */
  weeklyLimitHours?: number;
  /** First day of the week, 0 = Sunday (default) … 6 = Saturday. */
  weekStartsOn?: number;
  /** true when the workbook uses the 1904 date system. */
  date1904?: boolean;
  /** The input's file name (`custom_csv_20250401_20250430.csv`): context for a month or period a sheet lacks. */
  sourceName?: string;
  /** The company's break rule for sheets without a break (parameter `breakRule`); a sheet's mapping wins. */
  breakRule?: import('./read/break-rule').BreakRule;
  /** Company-wide working-time system when the roster does not say (parameter `workingTimeSystem`). */
  workingTimeSystem?: import('../rules/types').WorkingTimeSystem;
  /** Company's statutory rest weekday, 0 = Sunday … 6 = Saturday (parameter `statutoryHolidayWeekday`). */
  statutoryHolidayWeekday?: number;
  /** Flextime settlement period in months, 1–3 (parameter `flexSettlementMonths`). */
  flexSettlementMonths?: number;
  /** First month (1–12) of the 1-year variable-hours period (parameter `variablePeriodStartMonth`). */
  variablePeriodStartMonth?: number;
}

export interface IngestResult {
  dataset: Dataset;
  issues: InputIssue[];
  sheets: DetectedSheet[];
  /** The company's 36協定 from a `36協定` sheet the user keeps (label + value cells), when there is one. */
  agreements?: import('../rules/agreement').Agreement[];
}
