/**
 * .csv files on disk (Node only) as a one-sheet workbook: the exports of Japanese attendance systems (KING OF
 * TIME, ジョブカン, jinjer, freee…) are CSV files, in UTF-8 or in Shift_JIS (Windows' CP932), and HR staff open
 * them in Excel as they are.
 *
 * Readings chosen (the spec says "CSV input, UTF-8 and Shift_JIS/CP932, the file name as context"):
 * - Encoding: a UTF-8 byte-order mark, else bytes that are valid UTF-8, else bytes that are valid Shift_JIS as
 *   the WHATWG Encoding Standard defines it (that decoder is Windows-31J = CP932: NEC and IBM extensions such as
 *   ① and 髙 decode). Japanese text in one is almost never valid in the other, so the first that decodes without
 *   an error wins; a file that is neither is an error that says so (never mojibake read as data).
 * - Fields: RFC 4180 — comma-separated, a field in double quotes may hold commas, line breaks and `""` (one
 *   quote); records end in CRLF, LF or CR; a last line break adds no empty record.
 * - Values: a plain decimal number (`12`, `7.5`, `-3`) is a number; everything else stays text, including
 *   numbers with a leading zero (`007`, staff codes), with thousands separators or in quotes-only formats, and
 *   dates and times (`2025/04/01`, `9:00`), which ingest reads from text as it does for text cells of a workbook.
 *   Every number format is `General`.
 * - The sheet is named after the file without its extension, made a valid Excel sheet name (no `[]:*?/\`, at
 *   most 31 characters), so that input-issue links in a written report point at the right sheet.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { RawValue, SheetGrid } from '../ingest/types';
import type { SheetLayout } from '../report/layout';
import type { ReadProgress, SheetInfo, StoredSettings, WorkbookPort, WriteResult } from './port';
import { XlsxReadError } from './xlsx/read/file';
import { XlsxCopyPort } from './xlsx/copy/copy-port';
import { padGrid } from './cell-values';

/** The encodings a CSV file is read in. */
export type CsvEncoding = 'utf-8' | 'shift_jis';

/** Longest field kept for the rows below to share (ids, names, dates, times, day types are all shorter). */
const SHARED_FIELD_LENGTH = 32;
/** Most fields kept for sharing (≈ 5 MB of map; 5,000 people's ids and names, a year's dates and times fit). */
const SHARED_FIELDS = 65_536;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const SHEET_NAME_LIMIT = 31;

/**
 * Decodes a CSV file's bytes: UTF-8 (with or without BOM), else Shift_JIS/CP932. Throws an XlsxReadError (a
 * file that cannot be read at all) for anything else.
 *
 * @example decodeCsv(Buffer.from([0x8e, 0xd0, 0x88, 0xf5]), 'a.csv') // { text: '社員', encoding: 'shift_jis' }
 */
export function decodeCsv(bytes: Uint8Array, file: string): { text: string; encoding: CsvEncoding } {
  if (UTF8_BOM.every((b, i) => bytes[i] === b))
    return { text: strictDecode('utf-8', bytes.subarray(3)) ?? fail(), encoding: 'utf-8' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new XlsxReadError(
      `UTF-16 の CSV は読めません: ${file}。Excel で「CSV UTF-8（コンマ区切り）」として保存し直してください / UTF-16 CSV is not supported: save it as "CSV UTF-8"`,
    );
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const sjis = strictDecode('shift_jis', bytes);
  if (sjis !== null) return { text: sjis, encoding: 'shift_jis' };
  return fail();

  function fail(): never {
    throw new XlsxReadError(
      `文字コードを判別できません（UTF-8 でも Shift_JIS でもありません）: ${file}。UTF-8 か Shift_JIS の CSV として保存し直してください / not UTF-8 or Shift_JIS text`,
    );
  }
}

/** The text, or null when the bytes are not valid in `encoding`. */
function strictDecode(encoding: CsvEncoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Splits CSV text into records of fields (RFC 4180). Throws an XlsxReadError naming the line where a quoted
 * field that never closes begins (the rest of the file would otherwise be read as one cell).
 *
 * @example parseCsv('a,"b,""c"""\r\n1,2\r\n') // [['a', 'b,"c"'], ['1', '2']]
 */
export function parseCsv(text: string, file = 'CSV'): string[][] {
  return [...csvRecords(text, file)];
}

/** The records of {@link parseCsv} one at a time, so that a caller can turn each into its row before the next. */
function* csvRecords(text: string, file: string): Generator<string[]> {
  const lineEnd = /[\r\n]/g;
  let line = 1;
  let i = 0;
  // The next quote at or after i, found again only once passed (searching from every line would be quadratic).
  let quote = -1;
  while (i < text.length) {
    lineEnd.lastIndex = i;
    const end = lineEnd.exec(text)?.index ?? text.length;
    if (quote < i) {
      const found = text.indexOf('"', i);
      quote = found < 0 ? Infinity : found;
    }
    let next: number;
    if (quote > end) {
      // Most records of an export hold no quote: one split of the line, not a scan field by field.
      yield text.slice(i, end).split(',');
      next = end;
    } else {
      const parsed = parseRecord(text, i, line, file);
      yield parsed.fields;
      line += parsed.lineBreaks;
      next = parsed.end;
    }
    if (next >= text.length) break;
    i = next + (text[next] === '\r' && text[next + 1] === '\n' ? 2 : 1);
    line++;
  }
}

/**
 * One record from `start`, field by field (a record with quotes); ends at the line end that closes it (or the
 * text's end), which is returned as `end`.
 */
function parseRecord(
  text: string,
  start: number,
  line: number,
  file: string,
): { fields: string[]; end: number; lineBreaks: number } {
  const delimiter = /[,\r\n]/g;
  const fields: string[] = [];
  let lineBreaks = 0;
  let i = start;
  for (;;) {
    let prefix = '';
    if (text[i] === '"') {
      const quoted = readQuoted(text, i, line + lineBreaks, file);
      lineBreaks += quoted.lineBreaks;
      prefix = quoted.value;
      i = quoted.end;
    }
    // An unquoted field, or what follows a closing quote, runs to the next comma or line end (`"a"b` → `ab`, as
    // Excel reads it).
    delimiter.lastIndex = i;
    const stop = delimiter.exec(text)?.index ?? text.length;
    fields.push(prefix + text.slice(i, stop));
    if (stop >= text.length || text[stop] !== ',') return { fields, end: stop, lineBreaks };
    i = stop + 1;
  }
}

/** A quoted field starting at `start` (its opening quote): its value, where it ends, the line breaks inside. */
function readQuoted(
  text: string,
  start: number,
  line: number,
  file: string,
): { value: string; end: number; lineBreaks: number } {
  let value = '';
  let j = start + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0)
      throw new XlsxReadError(
        `CSV の ${line} 行目で始まる「"」が閉じていません: ${file} / unterminated quoted field from line ${line}`,
      );
    if (text[q + 1] === '"') {
      value += text.slice(j, q + 1);
      j = q + 2;
      continue;
    }
    value += text.slice(j, q);
    return { value, end: q + 1, lineBreaks: countLineBreaks(text, start, q) };
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (text[k] === '\n' || (text[k] === '\r' && text[k + 1] !== '\n')) n++;
  return n;
}

/**
 * A CSV field as a cell value: a plain decimal number becomes a number, an empty field a blank, anything else
 * stays text.
 *
 * @example csvValue('7.5') // 7.5
 * @example csvValue('007') // '007'
 */
export function csvValue(field: string): RawValue {
  if (field === '') return null;
  return PLAIN_NUMBER.test(field) ? Number(field) : field;
}

/**
 * The sheet name a CSV file is read as: the file name without extension, made valid for Excel.
 *
 * @example csvSheetName('/x/custom_csv_20250401_20250430.csv') // 'custom_csv_20250401_20250430'
 */
export function csvSheetName(file: string): string {
  const stem = path
    .basename(file, path.extname(file))
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '');
  return [...(stem || 'CSV')].slice(0, SHEET_NAME_LIMIT).join('');
}

/**
 * The records as rows of values, each turned into its row as it is split, and a field repeated down the file (an id,
 * a name, a date, a time) one value for every row: a 365,000-row export is not held as 2.9 million strings of its own
 * while it is read, nor twice as arrays.
 */
function rowsOf(text: string, file: string): RawValue[][] {
  const rows: RawValue[][] = [];
  const seen = new Map<string, RawValue>();
  for (const record of csvRecords(text, file)) {
    const row = record as RawValue[];
    for (let c = 0; c < row.length; c++) {
      const field = record[c];
      let value = seen.get(field);
      if (value === undefined) {
        value = csvValue(field);
        // Short fields repeat; a long one (a remark) rarely does. The map stops growing at a bound: a punch log's
        // timestamps are short and all different.
        if (field.length <= SHARED_FIELD_LENGTH && seen.size < SHARED_FIELDS) seen.set(field, value);
      }
      row[c] = value;
    }
    rows.push(row);
  }
  return rows;
}

/**
 * `WorkbookPort` over a .csv file: one visible sheet. Reading needs only the file; `--out` writes a new .xlsx
 * holding the CSV's cells as a sheet plus the checker's sheets ({@link CsvWorkbookPort.save}); the CSV file
 * itself is never written.
 *
 * The new .xlsx is made the way `--out` copies a workbook: the cells are written with exceljs' streaming writer
 * (flat memory) to a temporary package, which the copy port (./xlsx/copy/copy-port.ts) loads and grafts the checker's
 * sheets into. Building it in exceljs' object model instead took > 2 GiB and minutes for a 365,001-row CSV.
 *
 * @example
 * const port = await CsvWorkbookPort.open('custom_csv_20250401_20250430.csv');
 * (await port.listSheets())[0].name // 'custom_csv_20250401_20250430'
 */
export class CsvWorkbookPort implements WorkbookPort {
  private copy: XlsxCopyPort | null = null;

  private constructor(
    private readonly grid: SheetGrid,
    readonly encoding: CsvEncoding,
  ) {}

  /** Reads and decodes the whole file (CSV exports are a few MB; an .xlsx of the same rows costs more). */
  static async open(file: string): Promise<CsvWorkbookPort> {
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(file);
    } catch {
      throw new XlsxReadError(`ファイルを開けません: ${file} / cannot open ${file}`);
    }
    const { text, encoding } = decodeCsv(bytes, file);
    const values = rowsOf(text, file);
    const width = values.reduce((max, r) => Math.max(max, r.length), 0);
    // A CSV has no formats: every row shares one array of them (grids are read, never written).
    const general = Array<string>(width).fill('General');
    const formats = values.map(() => general);
    return new CsvWorkbookPort(
      { name: csvSheetName(file), firstRow: 1, firstCol: 1, ...padGrid(values, formats, width) },
      encoding,
    );
  }

  async listSheets(): Promise<SheetInfo[]> {
    const rows = this.grid.values.length;
    const columns = rows === 0 ? 0 : this.grid.values[0].length;
    return [{ name: this.grid.name, rowCount: rows, columnCount: columns, visible: true, ownedByChecker: false }];
  }

  async readSheet(
    name: string,
    options: { maxRows?: number; onProgress?: (p: ReadProgress) => void } = {},
  ): Promise<SheetGrid> {
    if (name !== this.grid.name) throw new Error(`シート「${name}」がありません / no sheet named ${name}`);
    const rows = Math.min(this.grid.values.length, options.maxRows ?? Infinity);
    options.onProgress?.({ sheet: name, rowsRead: rows, rowsTotal: rows });
    if (rows === this.grid.values.length) return this.grid;
    return {
      ...this.grid,
      values: this.grid.values.slice(0, rows),
      numberFormats: this.grid.numberFormats.slice(0, rows),
    };
  }

  async isDate1904(): Promise<boolean> {
    return false;
  }

  /** Builds the .xlsx to be saved: the CSV's cells as the first sheet, then the checker's sheets. */
  async writeSheets(
    layouts: SheetLayout[],
    options: { keepIfPresent?: string[]; activate?: string } = {},
  ): Promise<WriteResult> {
    this.copy ??= await this.packageOfCells();
    return this.copy.writeSheets(layouts, options);
  }

  /** Saves the .xlsx built by {@link writeSheets} (or the CSV's cells alone when nothing was written). */
  async save(file: string): Promise<void> {
    if (this.copy) await this.copy.save(file);
    else await writeCells(this.grid, file);
  }

  /** The CLI keeps its settings in `--mapping` / `--param`; a CSV has nowhere to keep them. */
  async loadSettings(): Promise<StoredSettings | null> {
    return null;
  }

  async saveSettings(_settings: StoredSettings): Promise<void> {
    throw new Error('CSV には設定を保存しません（--mapping / --param を使います） / settings are not stored in a CSV');
  }

  /** The CSV's cells as an .xlsx package held by a copy port; the temporary file is gone once it is loaded. */
  private async packageOfCells(): Promise<XlsxCopyPort> {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'wlb-csv-'));
    try {
      const file = path.join(dir, 'cells.xlsx');
      await writeCells(this.grid, file);
      return await XlsxCopyPort.open(file);
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  }
}

/**
 * Writes a grid as a one-sheet .xlsx with exceljs' streaming writer, row by row. Text stays text: a string is
 * a shared string, never a formula, so `=…` in a CSV is inert in the workbook.
 */
async function writeCells(grid: SheetGrid, file: string): Promise<void> {
  // Loaded when a copy is written: reading a CSV never needs exceljs (≈ 600 modules, 0.3 s of start-up).
  const ExcelJS = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const sheet = workbook.addWorksheet(grid.name);
  for (const row of grid.values)
    sheet.addRow(row.map((v) => (v !== null && typeof v === 'object' ? v.error : v))).commit();
  sheet.commit();
  await workbook.commit();
}
