/**
 * .xlsx files on disk (Node only): the streaming read for large inputs (`openPackage`, `streamXlsxFile`, the
 * read-only `StreamedWorkbookPort`; the CLI's copy port ../copy/copy-port.ts reads through `openPackage` too), and an
 * open helper for the in-memory port.
 *
 * The streaming read loads the zip (compressed) with jszip, inflates each part with Node's zlib and reads the
 * cells with a scanner made for the job (./worksheet.ts; exceljs' row objects would turn time cells into Dates
 * and lose a formula's cached error, and its parser was five times the inflate-and-scan floor), so 365,000 rows
 * × 8 columns cost about one pass over the file.
 */
import * as fs from 'fs';
import JSZip from 'jszip';
import type { SheetGrid } from '../../../ingest/types';
import type { SheetLayout } from '../../../report/layout';
import type { ReadProgress, SheetInfo, StoredSettings, WorkbookPort, WriteResult } from '../../port';
import { XlsxWorkbookPort } from '../memory-port';
import {
  SHARED_STRINGS_REL,
  STYLES_REL,
  WORKSHEET_REL,
  chars,
  hasPartBytes,
  partBytesSync,
  partStream,
  readBook,
  resolveTarget,
  type Book,
} from '../package';
import { WorksheetReader, type CellContext } from './worksheet';
import { cellFormats } from './parts';
import { SharedStringTable } from './shared-strings';

/** Why a file could not be read at all; `message` is one line, Japanese first. */
export class XlsxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

/**
 * Checks that `path` looks like an .xlsx (a zip) before it is read, so the user gets a clear message for a
 * missing file, an encrypted workbook (an OLE container) or another format.
 *
 * @example assertReadableXlsx('in.xlsx') // throws XlsxReadError('暗号化…') for a password-protected file
 */
function assertReadableXlsx(path: string): void {
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
    throw new XlsxReadError(
      `暗号化（パスワード付き）または旧形式 .xls のブックは読めません: ${path} / encrypted or legacy .xls workbook`,
    );
  }
  if (head.readUInt32BE(0) !== 0x504b0304) {
    throw new XlsxReadError(`.xlsx ファイルではありません: ${path} / not an .xlsx file`);
  }
}

/**
 * Loads a whole .xlsx into exceljs' object model (the in-memory port; the CLI's copy is ../copy/copy-port.ts).
 *
 * @example const port = await openXlsxFile('in.xlsx'); await port.writeSheets(layouts);
 */
export async function openXlsxFile(path: string): Promise<XlsxWorkbookPort> {
  assertReadableXlsx(path);
  // Loaded here only: the CLI's read never needs exceljs (≈ 0.3 s of module loading).
  const ExcelJS = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (error) {
    throw new XlsxReadError(`.xlsx として読めません: ${path} (${(error as Error).message}) / unreadable .xlsx`);
  }
  return XlsxWorkbookPort.fromWorkbook(wb);
}

/** How to read a package's sheets: progress, and the columns in use of each (the others are left blank). */
export interface PackageReadOptions {
  onProgress?: (p: ReadProgress) => void;
  /** Given a sheet's first rows (ingest's HEAD_ROWS), the 1-based columns decoded below them; null: all. */
  columnsFor?: (sheet: string, head: SheetGrid) => number[] | null;
}

/** A sheet's rows and columns (A1 to its last cell). */
interface SheetSize {
  rows: number;
  columns: number;
}

/** What one streaming pass over a file gives. */
export interface StreamedWorkbook {
  sheets: SheetInfo[];
  grids: SheetGrid[];
  date1904: boolean;
  /** The package the grids came from, to read a sheet again once its grid was handed over (see handOver). */
  reread?: { zip: JSZip; book: Book; context: CellContext; options: PackageReadOptions };
}

/**
 * Loads an .xlsx as a zip (compressed, ≈ the file's size in memory) and reads every worksheet's cells from it in
 * one streaming pass per part, in tab order. The zip is returned too, for the `--out` copy (../copy/copy-port.ts).
 * With `sheetsAsAsked`, no sheet is read yet: `grids` is empty and each sheet is read when a port built on it
 * (`StreamedWorkbookPort.fromBook(cells, { handOver: true })`) is asked for it; the sheets' sizes are then the used
 * range each worksheet part records (`<dimension>`), or counted by reading the part when it records none.
 *
 * @example const { cells } = await openPackage('big.xlsx'); cells.grids[0].values
 */
export async function openPackage(
  path: string,
  options: PackageReadOptions = {},
  when: { sheetsAsAsked?: boolean } = {},
): Promise<{ zip: JSZip; book: Book; cells: StreamedWorkbook }> {
  assertReadableXlsx(path);
  try {
    const zip = await JSZip.loadAsync(fs.readFileSync(path));
    const book = await readBook(zip);
    return { zip, book, cells: await readCells(zip, book, options, when.sheetsAsAsked === true) };
  } catch (error) {
    throw new XlsxReadError(`.xlsx として読めません: ${path} (${(error as Error).message}) / unreadable .xlsx`);
  }
}

/**
 * Reads every sheet of an .xlsx in one streaming pass (values and number formats), in workbook tab order.
 *
 * @example const { grids, date1904 } = await streamXlsxFile('big.xlsx');
 */
export async function streamXlsxFile(path: string, options: PackageReadOptions = {}): Promise<StreamedWorkbook> {
  return (await openPackage(path, options)).cells;
}

/** What a worksheet's cells are read against (styles, shared strings, date system), read once per package. */
async function cellContextOf(zip: JSZip, book: Book): Promise<CellContext> {
  const partOf = (type: string) => {
    const rel = book.rels.find((r) => r.type === type && !r.external);
    const part = rel ? resolveTarget(book.workbookPath, rel.target) : '';
    return part && zip.file(part) ? part : '';
  };
  const stylesPart = partOf(STYLES_REL);
  const stringsPart = partOf(SHARED_STRINGS_REL);
  return {
    formats: stylesPart ? cellFormats(await partText(zip, stylesPart)) : [],
    strings: stringsPart ? new SharedStringTable(await partBytes(zip, stringsPart)) : [],
    date1904: book.date1904,
  };
}

/** The book's sheets that hold cells (chart sheets and dialog sheets have none), in tab order. */
function worksheetsOf(zip: JSZip, book: Book): Book['sheets'] {
  return book.sheets.filter(
    (s) => book.rels.find((r) => r.id === s.rid)?.type === WORKSHEET_REL && s.part !== '' && zip.file(s.part),
  );
}

/** One worksheet part's cells, streamed through the reader made for it (./worksheet.ts). */
async function readSheetCells(
  zip: JSZip,
  sheet: Book['sheets'][number],
  context: CellContext,
  options: PackageReadOptions,
): Promise<SheetGrid> {
  const { onProgress, columnsFor } = options;
  const reader = new WorksheetReader(sheet.name, context, {
    onProgress,
    columnsFor: columnsFor && ((head) => columnsFor(sheet.name, head)),
  });
  for await (const bytes of partStream(zip, sheet.part)) reader.feed(bytes as Buffer);
  return reader.finish();
}

/**
 * Reads the cells of every worksheet of the package with the reader made for it (./worksheet.ts). Going
 * through the zip rather than exceljs' WorkbookReader means parts are read in the workbook's order whatever
 * their order in the zip (that reader intermittently lost the workbook part of files that store it last, as
 * exceljs itself writes them), no sheet is spooled to a temporary file, and parts are inflated by Node's zlib.
 */
async function readCells(
  zip: JSZip,
  book: Book,
  options: PackageReadOptions,
  sheetsAsAsked: boolean,
): Promise<StreamedWorkbook> {
  const context = await cellContextOf(zip, book);
  const grids: SheetGrid[] = [];
  const sheets: SheetInfo[] = [];
  for (const s of worksheetsOf(zip, book)) {
    let size = sheetsAsAsked ? ((await recordedSize(zip, s.part)) ?? sizeWhenAsked(zip, s, context)) : null;
    if (size === null) {
      const grid = await readSheetCells(zip, s, context, sheetsAsAsked ? {} : options);
      if (!sheetsAsAsked) grids.push(grid);
      size = sizeOf(grid);
    }
    const counted = size;
    sheets.push({
      name: s.name,
      get rowCount() {
        return counted.rows;
      },
      get columnCount() {
        return counted.columns;
      },
      visible: s.state === 'visible',
      ownedByChecker: book.owned.has(s.name),
    });
  }
  return { sheets, grids, date1904: book.date1904, reread: { zip, book, context, options } };
}

/** A grid's rows and columns (a SheetInfo's size). */
function sizeOf(grid: SheetGrid): { rows: number; columns: number } {
  return { rows: grid.values.length, columns: grid.values[0]?.length ?? 0 };
}

/**
 * The size of a sheet whose part records none, counted by reading the part the first time it is asked for (the
 * CLI never asks: reading every part once more to list the sheets would double the read); null for a part made in
 * memory, which is then counted now.
 */
function sizeWhenAsked(zip: JSZip, sheet: Book['sheets'][number], context: CellContext): SheetSize | null {
  if (!hasPartBytes(zip, sheet.part)) return null;
  let size: SheetSize | undefined;
  const count = (): SheetSize => {
    if (size) return size;
    const reader = new WorksheetReader(sheet.name, context);
    reader.feed(partBytesSync(zip, sheet.part));
    return (size = sizeOf(reader.finish()));
  };
  return {
    get rows() {
      return count().rows;
    },
    get columns() {
      return count().columns;
    },
  };
}

/**
 * The rows and columns of a worksheet's used range as its part records it (`<dimension ref="A1:H365001">`: the grid
 * from A1 to its last cell), read from the part's first bytes; null when it records none, or a range ending at `A1`
 * (an empty sheet and a one-cell sheet both say so).
 */
async function recordedSize(zip: JSZip, part: string): Promise<SheetSize | null> {
  let head = '';
  for await (const piece of chars(zip, part)) {
    head += piece;
    if (head.length > 65_536 || /<([\w.-]+:)?sheetData[\s/>]/.test(head)) break;
  }
  const ref = /<(?:[\w.-]+:)?dimension\s[^>]*?ref\s*=\s*["']([^"']*)["']/.exec(head)?.[1] ?? '';
  const last = /^(?:\$?[A-Za-z]+\$?\d+:)?\$?([A-Za-z]+)\$?(\d+)$/.exec(ref.trim());
  if (!last || (last[1].toUpperCase() === 'A' && last[2] === '1')) return null;
  let columns = 0;
  for (const ch of last[1].toUpperCase()) columns = columns * 26 + (ch.charCodeAt(0) - 64);
  return { rows: Number(last[2]), columns };
}

/** A whole part's bytes, inflated by zlib. */
async function partBytes(zip: JSZip, part: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of partStream(zip, part)) chunks.push(chunk as Buffer);
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/** A whole part as text, inflated by zlib (jszip's own inflate, in JavaScript, is several times slower). */
async function partText(zip: JSZip, part: string): Promise<string> {
  let out = '';
  for await (const piece of chars(zip, part)) out += piece;
  return out;
}

/**
 * A read-only WorkbookPort over one streaming pass: `--json` without `--out` never loads the workbook into
 * exceljs' object model. Writing goes through ../copy/copy-port.ts (the CLI) or {@link openXlsxFile}.
 *
 * @example const port = await StreamedWorkbookPort.open('big.xlsx'); const grid = await port.readSheet('勤怠');
 */
export class StreamedWorkbookPort implements WorkbookPort {
  /** The grids not yet handed over (undefined: handed over, read again from the package if asked for). */
  private readonly grids: (SheetGrid | undefined)[];
  /** The workbook less its grids (kept in `grids`, so that one handed over is held by nothing here). */
  private readonly book: Omit<StreamedWorkbook, 'grids'>;

  private constructor(
    { grids, ...book }: StreamedWorkbook,
    private readonly handOver: boolean,
  ) {
    this.grids = [...grids];
    this.book = book;
  }

  static async open(path: string, options: PackageReadOptions = {}): Promise<StreamedWorkbookPort> {
    return new StreamedWorkbookPort(await streamXlsxFile(path, options), false);
  }

  /**
   * Wraps a workbook already read (by ../copy/copy-port.ts from the package it keeps). With `handOver`, a sheet read
   * whole is no longer kept by the port: the caller's grid is the only one, so it is freed once the caller is done
   * with it (the CLI: after ingest, before the rules run); a sheet asked for again is read again from the package.
   */
  static fromBook(book: StreamedWorkbook, options: { handOver?: boolean } = {}): StreamedWorkbookPort {
    return new StreamedWorkbookPort(book, options.handOver === true);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.book.sheets;
  }

  async readSheet(
    name: string,
    options: { maxRows?: number; onProgress?: (p: ReadProgress) => void } = {},
  ): Promise<SheetGrid> {
    const at = this.book.sheets.findIndex((s) => s.name === name);
    if (at < 0) throw new Error(`シート「${name}」がありません / no sheet named ${name}`);
    const grid = this.grids[at] ?? (await this.readAgain(name));
    options.onProgress?.({ sheet: name, rowsRead: grid.values.length, rowsTotal: grid.values.length });
    if (options.maxRows === undefined || options.maxRows >= grid.values.length) {
      this.grids[at] = this.handOver ? undefined : grid;
      return grid;
    }
    this.grids[at] = grid;
    return {
      ...grid,
      values: grid.values.slice(0, options.maxRows),
      numberFormats: grid.numberFormats.slice(0, options.maxRows),
    };
  }

  /** A sheet not read yet, or whose grid was handed over: read from its part (as it was read the first time). */
  private async readAgain(name: string): Promise<SheetGrid> {
    const { zip, book, context, options } = this.book.reread!;
    const sheet = worksheetsOf(zip, book).find((s) => s.name === name)!;
    return readSheetCells(zip, sheet, context, options);
  }

  async isDate1904(): Promise<boolean> {
    return this.book.date1904;
  }

  async writeSheets(_layouts: SheetLayout[]): Promise<WriteResult> {
    throw new Error(
      '読み取り専用のブックです（書き込みは XlsxCopyPort か openXlsxFile で） / read-only streamed workbook',
    );
  }

  async loadSettings(): Promise<StoredSettings | null> {
    return null;
  }

  async saveSettings(_settings: StoredSettings): Promise<void> {
    throw new Error('読み取り専用のブックです / read-only streamed workbook');
  }
}
