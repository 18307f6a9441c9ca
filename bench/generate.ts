/**
 * Deterministic generator of the benchmark workbook: a year (2025-04-01 … 2026-03-31, 365 days) of daily
 * punches for N employees, with a roster, an annual-leave register and a family-leave sheet of proportional size.
 *
 * The same rows feed two outputs, so the figures measure the same data:
 * - an .xlsx file written by ./xlsx-writer.ts, streamed with backpressure so memory stays flat at any size (exceljs'
 *   in-memory writer needs ≈ 4 GB at 1,000 employees, and its streaming writer buffers the whole sheet when rows come
 *   faster than it deflates: > 2 GB at 5,000);
 * - SheetGrid[] built directly in memory, for the figures that start "from grids already in memory".
 *
 * Every cell is stored the way Excel stores it: dates and times are numbers (serials, day fractions) with a
 * `yyyy/m/d` or `h:mm` number format; text goes to the shared-strings table.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { RawValue, SheetGrid } from '../src/ingest/types';
import { seededRandom } from '../scripts/workbook-builders';
import { writeStreamedWorkbook, type TextCells } from './xlsx-writer';
import { writeRowsAsCsv } from './csv-writer';

/** Bump when the generated content changes, so cached workbooks are rebuilt. */
export const GENERATOR_VERSION = 6;

/** The evaluation date that makes the generated year the last full agreement year. */
export const BENCH_AS_OF = '2026-03-31';

const FIRST_DAY_UTC = Date.UTC(2025, 3, 1);
const DAYS = 365;
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** National holidays of Japan in FY2025 (including substitute holidays), plus the year-end closure. */
const HOLIDAYS = new Set([
  '2025-04-29',
  '2025-05-03',
  '2025-05-04',
  '2025-05-05',
  '2025-05-06',
  '2025-07-21',
  '2025-08-11',
  '2025-09-15',
  '2025-09-23',
  '2025-10-13',
  '2025-11-03',
  '2025-11-23',
  '2025-11-24',
  '2025-12-29',
  '2025-12-30',
  '2025-12-31',
  '2026-01-01',
  '2026-01-02',
  '2026-01-12',
  '2026-02-11',
  '2026-02-23',
  '2026-03-20',
]);

export const BENCH_SHEETS = {
  roster: '社員名簿',
  daily: '勤怠_2025年度',
  leave: '年休管理簿',
  family: '育児・介護休業',
} as const;

/** One column of a generated sheet: its header and the number format of its data cells. */
interface ColumnSpec {
  header: string;
  numFmt: string;
  width: number;
}

/** A generated sheet: columns and a lazily produced sequence of data rows (header not included). */
export interface GeneratedSheet {
  name: string;
  columns: ColumnSpec[];
  rows: () => Iterable<RawValue[]>;
}

/** Row counts the generator produces for N employees (data rows, header excluded). */
export interface WorkbookPlan {
  employees: number;
  rosterRows: number;
  dailyRows: number;
  leaveRows: number;
  familyRows: number;
}

const DATE = 'yyyy/m/d';
const TIME = 'h:mm';
const GENERAL = 'General';

/** The workbook builders' seeded PRNG (mulberry32), under the name the benchmark uses. */
export const createRandom = seededRandom;

/** Excel serial of a UTC date. Example: `toSerial(Date.UTC(2025, 3, 1)) === 45748`. */
function toSerial(utcMs: number): number {
  return Math.round((utcMs - EXCEL_EPOCH_UTC) / MS_PER_DAY);
}

/** ISO date of day `d` of the generated year. */
function isoDay(d: number): string {
  return new Date(FIRST_DAY_UTC + d * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Minutes → Excel day fraction, wrapping past midnight (an overnight end is written as the clock shows it). */
function timeOfDay(minutes: number): number {
  return (((minutes % 1440) + 1440) % 1440) / 1440;
}

/** How an employee works all year: chosen once per employee so some people produce 36協定 findings. */
interface Profile {
  id: string;
  name: string;
  female: boolean;
  partTime: boolean;
  /** Mean overtime minutes on a working day. */
  overtimeMean: number;
  /** Probability of working a Saturday / holiday, and a Sunday (法定休日). */
  saturdayWork: number;
  sundayWork: number;
  startMinute: number;
  grantDays: number;
  leaveDaysTarget: number;
  birthDay: number | null;
}

/** Employee ids are text, as most HR exports have them (`E00042`). */
function employeeId(index: number): string {
  return `E${String(index + 1).padStart(5, '0')}`;
}

const FAMILY_NAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田'];
const GIVEN_NAMES = ['翔太', '陽菜', '蓮', '結衣', '大輝', '美咲', '健', '愛', '拓也', '彩', '誠', '葵'];

/** The year-long working pattern of employee `index`; deterministic in (index). */
function profileOf(index: number): Profile {
  const rnd = createRandom(index * 7919 + 17);
  const r = rnd();
  const name = `${FAMILY_NAMES[Math.floor(rnd() * FAMILY_NAMES.length)]} ${GIVEN_NAMES[Math.floor(rnd() * GIVEN_NAMES.length)]}`;
  const partTime = r < 0.15;
  // ≈ 70 % light overtime, 20 % busy, 10 % heavy (over 45 h in several months).
  const busy = r >= 0.7 && r < 0.9;
  const heavy = r >= 0.9;
  const overtimeMean = partTime ? 0 : heavy ? 150 + rnd() * 60 : busy ? 70 + rnd() * 30 : rnd() * 30;
  return {
    id: employeeId(index),
    name,
    female: rnd() < 0.45,
    partTime,
    overtimeMean,
    saturdayWork: heavy ? 0.35 : busy ? 0.1 : 0.01,
    sundayWork: heavy ? 0.08 : 0,
    startMinute: 8 * 60 + 30 + 5 * Math.floor(rnd() * 7),
    grantDays: partTime ? 7 : 10 + Math.floor(rnd() * 11),
    // Some people take fewer than 5 days, so the 年5日 check has findings.
    leaveDaysTarget: Math.floor(rnd() * 14),
    birthDay: rnd() < 0.05 ? Math.floor(rnd() * 300) : null,
  };
}

/** Day type of day `d` for the calendar: 法定休日 on Sundays, 所定休日 on Saturdays and holidays. */
function calendarDayType(d: number): '出勤' | '所定休日' | '法定休日' {
  const weekday = new Date(FIRST_DAY_UTC + d * MS_PER_DAY).getUTCDay();
  if (weekday === 0) return '法定休日';
  if (weekday === 6 || HOLIDAYS.has(isoDay(d))) return '所定休日';
  return '出勤';
}

/** Working days on which employee `p` takes annual leave (day indexes, ascending). */
function leaveDaysOf(p: Profile, index: number): Set<number> {
  const rnd = createRandom(index * 104729 + 3);
  const days = new Set<number>();
  let guard = 0;
  while (days.size < p.leaveDaysTarget && guard++ < 1000) {
    const d = Math.floor(rnd() * DAYS);
    if (calendarDayType(d) === '出勤') days.add(d);
  }
  return days;
}

/** A day without punches: 社員番号, 氏名, 日付, 勤務区分 and blank times. */
function dayOff(p: Profile, serial: number, dayType: string): RawValue[] {
  return [p.id, p.name, serial, dayType, null, null, null, null];
}

/** A worked day: times as day fractions, 実働 = end − start − break (also a day fraction, `h:mm`). */
function dayWorked(
  p: Profile,
  serial: number,
  dayType: string,
  start: number,
  minutes: number,
  breakMin: number,
): RawValue[] {
  return [
    p.id,
    p.name,
    serial,
    dayType,
    timeOfDay(start),
    timeOfDay(start + minutes),
    breakMin / 1440,
    (minutes - breakMin) / 1440,
  ];
}

/** One row of the daily sheet: 社員番号, 氏名, 日付, 勤務区分, 出勤, 退勤, 休憩, 実働. */
function dailyRow(p: Profile, d: number, leave: Set<number>, rnd: () => number): RawValue[] {
  const serial = toSerial(FIRST_DAY_UTC + d * MS_PER_DAY);
  const calendar = calendarDayType(d);
  if (leave.has(d)) return dayOff(p, serial, '年休');
  const worksRestDay =
    (calendar === '所定休日' && rnd() < p.saturdayWork) || (calendar === '法定休日' && rnd() < p.sundayWork);
  if (calendar !== '出勤' && !worksRestDay) return dayOff(p, serial, calendar);
  if (calendar === '出勤' && rnd() < 0.004) return dayOff(p, serial, '欠勤');
  const start = p.startMinute + 5 * Math.floor(rnd() * 4);
  if (p.partTime) return dayWorked(p, serial, calendar, start, 6 * 60 + 45, 45);
  // Overtime: exponential around the mean, in 5-minute steps; a rest day is a short 6-hour stint.
  const overtime = 5 * Math.round((-Math.log(1 - rnd()) * p.overtimeMean) / 5);
  const length = worksRestDay ? 6 * 60 + 60 : 9 * 60 + Math.min(overtime, 7 * 60);
  return dayWorked(p, serial, calendar, start, length, 60);
}

function* dailyRows(from: number, to: number): Iterable<RawValue[]> {
  for (let e = from; e < to; e++) {
    const p = profileOf(e);
    const leave = leaveDaysOf(p, e);
    const rnd = createRandom(e * 31337 + 11);
    for (let d = 0; d < DAYS; d++) yield dailyRow(p, d, leave, rnd);
  }
}

const DEPARTMENTS = ['総務部', '営業部', '製造部', '開発部', '経理部'];
const POSITIONS = [null, null, null, null, null, '主任', '係長', '課長', '部長'];

function* rosterRows(employees: number): Iterable<RawValue[]> {
  for (let e = 0; e < employees; e++) {
    const p = profileOf(e);
    const rnd = createRandom(e * 65537 + 5);
    const birth = toSerial(Date.UTC(1965 + Math.floor(rnd() * 38), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
    const hire = toSerial(Date.UTC(1995 + Math.floor(rnd() * 30), Math.floor(rnd() * 12), 1));
    const position = p.partTime ? null : POSITIONS[Math.floor(rnd() * POSITIONS.length)];
    yield [
      p.id,
      p.name,
      p.female ? '女' : '男',
      birth,
      p.partTime ? 'パート' : '正社員',
      hire,
      null,
      position,
      DEPARTMENTS[e % DEPARTMENTS.length],
    ];
  }
}

/** Annual leave register: one grant on 2025-04-01 and one row per day taken (the daily sheet's 年休 days). */
function* leaveRows(employees: number): Iterable<RawValue[]> {
  const grantSerial = toSerial(FIRST_DAY_UTC);
  for (let e = 0; e < employees; e++) {
    const p = profileOf(e);
    yield [p.id, '付与', grantSerial, p.grantDays];
    const taken = [...leaveDaysOf(p, e)].sort((a, b) => a - b);
    for (const d of taken) yield [p.id, '取得', toSerial(FIRST_DAY_UTC + d * MS_PER_DAY), 1];
  }
}

/** Family events for the ≈ 5 % of employees with a birth in the year (own for women, spouse's for men). */
function* familyRows(employees: number): Iterable<RawValue[]> {
  for (let e = 0; e < employees; e++) {
    const p = profileOf(e);
    if (p.birthDay === null) continue;
    const birth = toSerial(FIRST_DAY_UTC + p.birthDay * MS_PER_DAY);
    yield [p.id, '出産', birth, null, birth];
    if (p.female) {
      yield [p.id, '産前産後休業', birth - 42, birth + 56, birth];
      yield [p.id, '育児休業', birth + 57, birth + 365, birth];
    } else if (e % 3 !== 0) {
      // Two men in three take leave: some 産後パパ育休, some 育児休業.
      yield [p.id, e % 2 === 0 ? '産後パパ育休' : '育児休業', birth + 1, birth + 14, birth];
    }
  }
}

/** Data rows an Excel sheet can hold (1,048,576 rows, one for the header). */
const MAX_DATA_ROWS = 1_048_575;

/**
 * The daily sheets for N employees: one while N × 365 rows fit in a sheet (N ≤ 2,872), else the employees split
 * evenly over as many sheets as needed (one per office, say), as sheets.md allows. Example:
 * `dailySheetNames(1000)` → `['勤怠_2025年度']`, `dailySheetNames(3000)` → `['勤怠_2025年度_1', '勤怠_2025年度_2']`.
 */
export function dailySheetNames(employees: number): string[] {
  const parts = Math.ceil((employees * DAYS) / MAX_DATA_ROWS);
  return parts <= 1 ? [BENCH_SHEETS.daily] : Array.from({ length: parts }, (_, i) => `${BENCH_SHEETS.daily}_${i + 1}`);
}

/** What a workbook holds besides the same data: a free-text column, as many exports have, or not. */
export interface WorkbookVariant {
  /**
   * A 残業理由 column after 実働 with a reason of its own on every worked day (`月次締め作業のため（E00042 行 123）`):
   * one shared string per worked day, in a column the checker does not use.
   */
  freeText?: boolean;
  /**
   * How text is written: in the shared-string table (the default, as Excel writes it), in its cell as an inline
   * string (`t="inlineStr"`, as Apache POI's streaming writer — many exports' — writes it), or as `t="str"` in `<v>`
   * (as SheetJS writes it by default).
   */
  textCells?: TextCells;
}

/** The free-text column's text for the `index`-th row of a sheet (null on a day off). */
function reasonOf(row: RawValue[], index: number): RawValue {
  return row[4] === null ? null : `月次締め作業のため（${String(row[0])} 行 ${index}）`;
}

function dailySheets(employees: number, variant: WorkbookVariant): GeneratedSheet[] {
  const names = dailySheetNames(employees);
  const per = Math.ceil(employees / names.length);
  const columns = [
    { header: '社員番号', numFmt: GENERAL, width: 10 },
    { header: '氏名', numFmt: GENERAL, width: 14 },
    { header: '日付', numFmt: DATE, width: 12 },
    { header: '勤務区分', numFmt: GENERAL, width: 10 },
    { header: '出勤', numFmt: TIME, width: 8 },
    { header: '退勤', numFmt: TIME, width: 8 },
    { header: '休憩', numFmt: TIME, width: 8 },
    { header: '実働', numFmt: '[h]:mm', width: 8 },
  ];
  if (variant.freeText) columns.push({ header: '残業理由', numFmt: GENERAL, width: 30 });
  return names.map((name, i) => ({
    name,
    columns,
    rows: function* () {
      let index = 0;
      for (const row of dailyRows(i * per, Math.min(employees, (i + 1) * per)))
        yield variant.freeText ? [...row, reasonOf(row, ++index)] : row;
    },
  }));
}

/** The sheets for N employees (roster, daily, leave, family), rows produced lazily. */
export function describeWorkbook(employees: number, variant: WorkbookVariant = {}): GeneratedSheet[] {
  return [
    {
      name: BENCH_SHEETS.roster,
      columns: [
        { header: '社員番号', numFmt: GENERAL, width: 10 },
        { header: '氏名', numFmt: GENERAL, width: 14 },
        { header: '性別', numFmt: GENERAL, width: 6 },
        { header: '生年月日', numFmt: DATE, width: 12 },
        { header: '雇用形態', numFmt: GENERAL, width: 10 },
        { header: '入社日', numFmt: DATE, width: 12 },
        { header: '退職日', numFmt: DATE, width: 12 },
        { header: '役職', numFmt: GENERAL, width: 8 },
        { header: '部署', numFmt: GENERAL, width: 10 },
      ],
      rows: () => rosterRows(employees),
    },
    ...dailySheets(employees, variant),
    {
      name: BENCH_SHEETS.leave,
      columns: [
        { header: '社員番号', numFmt: GENERAL, width: 10 },
        { header: '区分', numFmt: GENERAL, width: 8 },
        { header: '日付', numFmt: DATE, width: 12 },
        { header: '日数', numFmt: '0.0', width: 8 },
      ],
      rows: () => leaveRows(employees),
    },
    {
      name: BENCH_SHEETS.family,
      columns: [
        { header: '社員番号', numFmt: GENERAL, width: 10 },
        { header: '種別', numFmt: GENERAL, width: 14 },
        { header: '開始日', numFmt: DATE, width: 12 },
        { header: '終了日', numFmt: DATE, width: 12 },
        { header: '子の生年月日', numFmt: DATE, width: 12 },
      ],
      rows: () => familyRows(employees),
    },
  ];
}

function countRows(sheet: GeneratedSheet): number {
  let n = 0;
  for (const _row of sheet.rows()) n++;
  return n;
}

/**
 * The row counts of each sheet for N employees (the daily sheet always has N × 365 rows).
 * Example: `planWorkbook(20).dailyRows === 7300`.
 */
export function planWorkbook(employees: number): WorkbookPlan {
  const sheets = describeWorkbook(employees);
  const [roster, leave, family] = [BENCH_SHEETS.roster, BENCH_SHEETS.leave, BENCH_SHEETS.family].map(
    (name) => sheets.find((sheet) => sheet.name === name) as GeneratedSheet,
  );
  return {
    employees,
    rosterRows: countRows(roster),
    dailyRows: employees * DAYS,
    leaveRows: countRows(leave),
    familyRows: countRows(family),
  };
}

/**
 * The generated sheets as in-memory grids (header in row 1, data below), the shape a host's readSheet returns.
 * Example: `buildGrids(20)[1].values.length === 7301`.
 */
export function buildGrids(employees: number): SheetGrid[] {
  return describeWorkbook(employees).map((sheet) => {
    const values: RawValue[][] = [sheet.columns.map((c) => c.header)];
    const formats = sheet.columns.map((c) => c.numFmt);
    for (const row of sheet.rows()) values.push(row);
    return { name: sheet.name, firstRow: 1, firstCol: 1, values, numberFormats: values.map(() => formats) };
  });
}

/** Path of the cached workbook for N employees. */
export function workbookPath(outDir: string, employees: number, variant: WorkbookVariant = {}): string {
  const text = variant.textCells ?? 'shared';
  const suffix = `${variant.freeText ? '-free-text' : ''}${text === 'shared' ? '' : `-${text}`}`;
  return path.join(outDir, `attendance-${employees}${suffix}.xlsx`);
}

/**
 * `file`, written by `write` (to a partial file, then renamed) unless a file from this generator version is there.
 * Returns whether it was written and how long that took.
 */
async function cachedFile(
  file: string,
  plan: WorkbookPlan,
  write: (partial: string) => Promise<void>,
): Promise<{ generated: boolean; generateMs: number }> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const metaFile = `${file}.json`;
  const cached = readJson(metaFile) as { version?: number } | null;
  if (cached?.version === GENERATOR_VERSION && fs.existsSync(file)) return { generated: false, generateMs: 0 };
  const started = performance.now();
  const partial = `${file}.partial`;
  await write(partial);
  fs.renameSync(partial, file);
  fs.writeFileSync(metaFile, JSON.stringify({ version: GENERATOR_VERSION, plan }, null, 2));
  return { generated: true, generateMs: performance.now() - started };
}

/**
 * Returns the workbook for N employees, generating it unless a file from this generator version exists.
 * Example: `await ensureWorkbook('bench/out', 100)` → `{ file: 'bench/out/attendance-100.xlsx', generated: true, … }`.
 */
export async function ensureWorkbook(
  outDir: string,
  employees: number,
  variant: WorkbookVariant = {},
): Promise<{ file: string; bytes: number; generated: boolean; generateMs: number; plan: WorkbookPlan }> {
  const file = workbookPath(outDir, employees, variant);
  const plan = planWorkbook(employees);
  const made = await cachedFile(file, plan, (partial) =>
    writeStreamedWorkbook(partial, describeWorkbook(employees, variant), { textCells: variant.textCells }),
  );
  return { file, bytes: fs.statSync(file).size, plan, ...made };
}

/**
 * The daily rows of N employees (every daily sheet's) as one CSV file, as a time recorder exports them; cached like
 * the workbook. Example: `await ensureDailyCsv('bench/out', 100)` → `'bench/out/attendance-100-daily.csv'`.
 */
export async function ensureDailyCsv(outDir: string, employees: number): Promise<string> {
  const file = path.join(outDir, `attendance-${employees}-daily.csv`);
  await cachedFile(file, planWorkbook(employees), (partial) => writeRowsAsCsv(partial, dailySheets(employees, {})));
  return file;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

if (require.main === module) {
  const sizes = (process.argv[2] ?? '1000').split(',').map(Number);
  const outDir = process.argv[3] ?? path.join(__dirname, '..', '..', 'bench', 'out');
  (async () => {
    for (const n of sizes) {
      const result = await ensureWorkbook(outDir, n);
      console.log(JSON.stringify(result));
    }
  })().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
