/**
 * .xlsx files on disk (Node only): the streaming read for large inputs (`openPackage`, `streamXlsxFile`, the
 * read-only `StreamedWorkbookPort`; the CLI's copy port ./xlsx-copy.ts reads through `openPackage` too), and an
 * open helper for the in-memory port.
 *
 * The streaming read loads the zip (compressed) with jszip and walks each worksheet's XML itself with exceljs'
 * SAX helper (exceljs' own row objects would turn time cells into Dates and lose a formula's cached error), so
 * 365,000 rows × 8 columns cost about one pass over the file.
 */
import * as fs from 'fs';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { RawValue, SheetGrid } from '../ingest/types';
import type { SheetLayout } from '../report/layout';
import type { ReadProgress, SheetInfo, StoredSettings, WorkbookPort, WriteResult } from './port';
import { XlsxWorkbookPort } from './xlsx';
import { SHARED_STRINGS_REL, STYLES_REL, WORKSHEET_REL, chars, readBook, resolveTarget, type Book } from './xlsx-package';
import { attributes, element, mainPrefix } from './xlsx-xml';
import { isoDateToSerial, padGrid } from './xlsx-values';

// exceljs' SAX helper (saxes underneath), reused so that no second XML parser is bundled.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parseSax: (input: unknown) => AsyncIterable<SaxEvent[]> = require('exceljs/lib/utils/parse-sax');

interface SaxNode {
  name: string;
  attributes: Record<string, string>;
}
type SaxEvent = { eventType: 'opentag' | 'closetag'; value: SaxNode } | { eventType: 'text'; value: string };

/** Why a file could not be read at all; `message` is one line, Japanese first. */
export class XlsxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

/**
 * Checks that `path` looks like an .xlsx (a zip) before exceljs sees it, so the user gets a clear message for a
 * missing file, an encrypted workbook (an OLE container) or another format.
 *
 * @example assertReadableXlsx('in.xlsx') // throws XlsxReadError('暗号化…') for a password-protected file
 */
export function assertReadableXlsx(path: string): void {
  let head: Buffer;
  try {
    const fd = fs.openSync(path, 'r');
    head = Buffer.alloc(8);
    fs.readSync(fd, head, 0, 8, 0);
    fs.closeSync(fd);
  } catch {
    throw new XlsxReadError(`ファイルを開けません: ${path} / cannot open ${path}`);
  }
  if (head.readUInt32BE(0) === 0xd0cf11e0) {
    throw new XlsxReadError(`暗号化（パスワード付き）または旧形式 .xls のブックは読めません: ${path} / encrypted or legacy .xls workbook`);
  }
  if (head.readUInt32BE(0) !== 0x504b0304) {
    throw new XlsxReadError(`.xlsx ファイルではありません: ${path} / not an .xlsx file`);
  }
}

/**
 * Loads a whole .xlsx into exceljs' object model (the in-memory port; the CLI's copy is ./xlsx-copy.ts).
 *
 * @example const port = await openXlsxFile('in.xlsx'); await port.writeSheets(layouts);
 */
export async function openXlsxFile(path: string): Promise<XlsxWorkbookPort> {
  assertReadableXlsx(path);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (error) {
    throw new XlsxReadError(`.xlsx として読めません: ${path} (${(error as Error).message}) / unreadable .xlsx`);
  }
  return XlsxWorkbookPort.fromWorkbook(wb);
}

/** What one streaming pass over a file gives. */
export interface StreamedWorkbook {
  sheets: SheetInfo[];
  grids: SheetGrid[];
  date1904: boolean;
}

/**
 * Loads an .xlsx as a zip (compressed, ≈ the file's size in memory) and reads every worksheet's cells from it in
 * one streaming pass per part, in tab order. The zip is returned too, for the `--out` copy (./xlsx-copy.ts).
 *
 * @example const { cells } = await openPackage('big.xlsx'); cells.grids[0].values
 */
export async function openPackage(
  path: string,
  options: { onProgress?: (p: ReadProgress) => void } = {},
): Promise<{ zip: JSZip; book: Book; cells: StreamedWorkbook }> {
  assertReadableXlsx(path);
  try {
    const zip = await JSZip.loadAsync(fs.readFileSync(path));
    const book = await readBook(zip);
    return { zip, book, cells: await readCells(zip, book, options.onProgress) };
  } catch (error) {
    throw new XlsxReadError(`.xlsx として読めません: ${path} (${(error as Error).message}) / unreadable .xlsx`);
  }
}

/**
 * Reads every sheet of an .xlsx in one streaming pass (values and number formats), in workbook tab order.
 *
 * @example const { grids, date1904 } = await streamXlsxFile('big.xlsx');
 */
export async function streamXlsxFile(path: string, options: { onProgress?: (p: ReadProgress) => void } = {}): Promise<StreamedWorkbook> {
  return (await openPackage(path, options)).cells;
}

/**
 * Reads the cells of every worksheet of the package. Going through the zip rather than exceljs' WorkbookReader
 * means parts are read in the workbook's order whatever their order in the zip (that reader intermittently lost
 * the workbook part of files that store it last, as exceljs itself writes them), no sheet is spooled to a
 * temporary file, and parts are inflated by Node's zlib.
 */
async function readCells(zip: JSZip, book: Book, onProgress?: (p: ReadProgress) => void): Promise<StreamedWorkbook> {
  const partOf = (type: string) => {
    const rel = book.rels.find((r) => r.type === type && !r.external);
    const part = rel ? resolveTarget(book.workbookPath, rel.target) : '';
    return part && zip.file(part) ? part : '';
  };
  const stylesPart = partOf(STYLES_REL);
  const stringsPart = partOf(SHARED_STRINGS_REL);
  let styles: InstanceType<typeof StylesXform> | undefined;
  if (stylesPart) {
    styles = new StylesXform();
    await styles.parseStream(chars(zip, stylesPart));
  }
  const strings = stringsPart ? await sharedStringsOf(chars(zip, stringsPart)) : [];
  const workbookPr = element(book.workbook, `${mainPrefix(book.workbook)}workbookPr`);
  const date1904 = /^(1|true)$/.test(workbookPr ? (attributes(workbookPr.open).date1904 ?? '') : '');
  const context = { properties: { model: { date1904 } }, styles, allStrings: strings };
  const grids: SheetGrid[] = [];
  const sheets: SheetInfo[] = [];
  for (const s of book.sheets) {
    // Chart sheets and dialog sheets have no cells to read.
    if (book.rels.find((r) => r.id === s.rid)?.type !== WORKSHEET_REL || !s.part || !zip.file(s.part)) continue;
    const grid = await readWorksheetXml(chars(zip, s.part), s.name, context, onProgress);
    grids.push(grid);
    sheets.push({
      name: s.name,
      rowCount: grid.values.length,
      columnCount: grid.values[0]?.length ?? 0,
      visible: s.state === 'visible',
      ownedByChecker: book.owned.has(s.name),
    });
  }
  return { sheets, grids, date1904 };
}

/**
 * The text of every shared string from a stream or an async iterable of chunks of the shared-strings part: only
 * `<t>` outside `<rPh>` — the phonetic reading (furigana that Japanese Excel stores with typed names) is not the
 * text (exceljs' own shared-string parser returns the reading).
 */
export async function sharedStringsOf(input: unknown): Promise<string[]> {
  const strings: string[] = [];
  let text = '';
  let inPhonetic = 0;
  let inText = false;
  for await (const events of parseSax(input)) {
    for (const e of events) {
      if (e.eventType === 'opentag') {
        if (e.value.name === 'si') text = '';
        else if (e.value.name === 'rPh') inPhonetic++;
        else if (e.value.name === 't') inText = inPhonetic === 0;
      } else if (e.eventType === 'closetag') {
        if (e.value.name === 'si') strings.push(text);
        else if (e.value.name === 'rPh') inPhonetic--;
        else if (e.value.name === 't') inText = false;
      } else if (inText) {
        text += e.value;
      }
    }
  }
  return strings;
}

/** One cell being parsed. */
interface PendingCell {
  col: number;
  type: string;
  style: number;
  text: string;
  hasValue: boolean;
}

/** What reading a worksheet part needs from the rest of the package. */
export interface WorksheetContext {
  properties?: { model?: { date1904?: boolean } };
  styles?: { getStyleModel(id: number): { numFmt?: string } | null };
  /** All shared strings. */
  allStrings?: string[];
}

// exceljs' styles reader (the one its streaming reader uses), for each cell's number format by style index.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const StylesXform: new () => { parseStream(input: unknown): Promise<void>; getStyleModel(id: number): { numFmt?: string } | null } = require('exceljs/lib/xlsx/xform/style/styles-xform');

/** Reads a worksheet part into a SheetGrid (A1 origin), keeping each cell's number format. */
export async function readWorksheetXml(
  input: unknown,
  name: string,
  reader: WorksheetContext,
  onProgress?: (p: ReadProgress) => void,
): Promise<SheetGrid> {
  const date1904 = Boolean(reader.properties?.model?.date1904);
  const formatOf = numberFormatCache(reader);
  const strings = reader.allStrings ?? [];
  const values: RawValue[][] = [];
  const formats: string[][] = [];
  let width = 0;
  let rowIndex = 0;
  let cell: PendingCell | null = null;
  let capture = false;
  let inPhonetic = 0;
  let lastCol = 0;
  for await (const events of parseSax(input)) {
    for (const e of events) {
      if (e.eventType === 'text') {
        if (capture && cell && inPhonetic === 0) cell.text += e.value;
        continue;
      }
      const node = e.value;
      if (e.eventType === 'opentag') {
        switch (node.name) {
          case 'row':
            rowIndex = node.attributes.r ? Number(node.attributes.r) : rowIndex + 1;
            lastCol = 0;
            while (values.length < rowIndex) {
              values.push([]);
              formats.push([]);
            }
            break;
          case 'c': {
            const col = node.attributes.r ? columnOfRef(node.attributes.r) || lastCol + 1 : lastCol + 1;
            cell = { col, type: node.attributes.t ?? 'n', style: Number(node.attributes.s ?? 0), text: '', hasValue: false };
            lastCol = col;
            break;
          }
          case 'v':
          case 't':
            if (cell) {
              capture = true;
              cell.hasValue = true;
            }
            break;
          case 'rPh':
            inPhonetic++;
            break;
        }
      } else {
        switch (node.name) {
          case 'v':
          case 't':
            capture = false;
            break;
          case 'rPh':
            inPhonetic--;
            break;
          case 'c':
            if (cell && rowIndex > 0) {
              const row = values[rowIndex - 1];
              const fmt = formats[rowIndex - 1];
              while (row.length < cell.col - 1) {
                row.push(null);
                fmt.push('General');
              }
              row[cell.col - 1] = cell.hasValue ? cellValue(cell, strings, date1904) : null;
              fmt[cell.col - 1] = formatOf(cell.style);
              if (cell.col > width) width = cell.col;
            }
            cell = null;
            break;
          case 'row':
            if (onProgress && rowIndex % 5000 === 0) onProgress({ sheet: name, rowsRead: rowIndex, rowsTotal: 0 });
            break;
        }
      }
    }
  }
  trimTrailingBlankRows(values, formats);
  onProgress?.({ sheet: name, rowsRead: values.length, rowsTotal: values.length });
  return { name, firstRow: 1, firstCol: 1, ...padGrid(values, formats, width) };
}

/** Column number of a cell reference (`AB12` → 28) without a regex: this runs once per cell. */
function columnOfRef(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col;
}

/** Typed value of a `<c>` element by its `t` attribute. */
function cellValue(cell: PendingCell, strings: string[], date1904: boolean): RawValue {
  switch (cell.type) {
    case 's': {
      const s = strings[Number(cell.text)];
      return s === undefined || s === '' ? null : s;
    }
    case 'str':
    case 'inlineStr':
      return cell.text === '' ? null : cell.text;
    case 'e':
      return { error: cell.text };
    case 'b':
      return cell.text.trim() === '1' || cell.text.trim() === 'true';
    case 'd':
      return isoDateToSerial(cell.text, date1904) ?? cell.text;
    default: {
      if (cell.text.trim() === '') return null;
      const n = Number(cell.text);
      return Number.isFinite(n) ? n : { error: '#VALUE!' };
    }
  }
}

function numberFormatCache(reader: WorksheetContext): (styleId: number) => string {
  const cache = new Map<number, string>();
  return (id) => {
    let fmt = cache.get(id);
    if (fmt === undefined) {
      fmt = (id && reader.styles?.getStyleModel(id)?.numFmt) || 'General';
      cache.set(id, fmt);
    }
    return fmt;
  };
}

/** Rows that exist only for their height or style are not part of the used range. */
function trimTrailingBlankRows(values: RawValue[][], formats: string[][]): void {
  while (values.length > 0 && values[values.length - 1].every((v) => v === null)) {
    values.pop();
    formats.pop();
  }
}

/**
 * A read-only WorkbookPort over one streaming pass: `--json` without `--out` never loads the workbook into
 * exceljs' object model. Writing goes through ./xlsx-copy.ts (the CLI) or {@link openXlsxFile}.
 *
 * @example const port = await StreamedWorkbookPort.open('big.xlsx'); const grid = await port.readSheet('勤怠');
 */
export class StreamedWorkbookPort implements WorkbookPort {
  private constructor(private readonly book: StreamedWorkbook) {}

  static async open(path: string, options: { onProgress?: (p: ReadProgress) => void } = {}): Promise<StreamedWorkbookPort> {
    return new StreamedWorkbookPort(await streamXlsxFile(path, options));
  }

  /** Wraps a workbook already read (by ./xlsx-copy.ts from the package it keeps). */
  static fromBook(book: StreamedWorkbook): StreamedWorkbookPort {
    return new StreamedWorkbookPort(book);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.book.sheets;
  }

  async readSheet(name: string, options: { maxRows?: number; onProgress?: (p: ReadProgress) => void } = {}): Promise<SheetGrid> {
    const grid = this.book.grids.find((g) => g.name === name);
    if (!grid) throw new Error(`シート「${name}」がありません / no sheet named ${name}`);
    options.onProgress?.({ sheet: name, rowsRead: grid.values.length, rowsTotal: grid.values.length });
    if (options.maxRows === undefined || options.maxRows >= grid.values.length) return grid;
    return { ...grid, values: grid.values.slice(0, options.maxRows), numberFormats: grid.numberFormats.slice(0, options.maxRows) };
  }

  async isDate1904(): Promise<boolean> {
    return this.book.date1904;
  }

  async writeSheets(_layouts: SheetLayout[]): Promise<WriteResult> {
    throw new Error('読み取り専用のブックです（書き込みは XlsxCopyPort か openXlsxFile で） / read-only streamed workbook');
  }

  async loadSettings(): Promise<StoredSettings | null> {
    return null;
  }

  async saveSettings(_settings: StoredSettings): Promise<void> {
    throw new Error('読み取り専用のブックです / read-only streamed workbook');
  }
}
