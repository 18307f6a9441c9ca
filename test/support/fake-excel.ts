/**
 * A simulated Excel for the office-js host tests, stricter than office-addin-mock:
 * - proxies queue commands; nothing happens until `context.sync()`, which runs them in order;
 * - reading a property before `load()` + `sync()` throws `PropertyNotLoaded` (as Excel does);
 * - every sync is counted and logged with its request size (JSON of queued writes and requested loads) and
 *   response size (JSON of loaded values); a request or response over 5 MB fails like Excel on the web
 *   (`RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`), and so does a range read over
 *   5,000,000 cells;
 * - strings written to `values` are taken the way Excel takes typed input: `=…` becomes a formula, `+x`/`-x`
 *   formulas too, numbers, booleans, ISO dates and error codes are converted, a leading `'` keeps text as text;
 * - a failure can be injected on the N-th sync, and `InvalidOperationInCellEditMode` on the next syncs.
 * Only the subset of the API the host uses exists. `snapshot()` gives a deep, comparable copy of the workbook.
 */

/** Excel on the web's 5 MB, counted strictly as 5,000,000 bytes. */
export const PAYLOAD_LIMIT = 5_000_000;
const READ_CELL_LIMIT = 5_000_000;
const MAX_COLS = 16_384;
const MAX_ROWS = 1_048_576;

/** Shaped like OfficeExtension.Error: `code` is what add-ins branch on. */
export class FakeOfficeError extends Error {
  override name = 'RichApi.Error';
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface FakeCell {
  /** '' for blank; an error value as its text (`#N/A`). */
  value: string | number | boolean;
  formula?: string;
  /** true when the text was entered with a leading apostrophe. */
  quotePrefix?: boolean;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  wrap?: boolean;
  horizontal?: string;
  borders?: Record<string, string>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
}

interface FakeChart {
  type: string;
  /** Source data: the sheet by id (a chart follows its sheet's renames) and the area. */
  sourceSheetId: string;
  sourceArea: string;
  seriesBy: string;
  title?: string;
  position?: { start: string; end?: string };
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  cells: Map<number, FakeCell>;
  columnWidths: Map<number, number>;
  merges: string[];
  charts: FakeChart[];
  freeze: { rows: number; columns: number };
  /** Row heights in points set through `format.rowHeight`, by 0-based row. */
  rowHeights: Map<number, number>;
  /** `worksheet.pageLayout` (ExcelApi 1.9) as set; undefined fields were never set. */
  pageLayout: FakePageLayoutState;
}

interface FakePageLayoutState {
  orientation?: 'Portrait' | 'Landscape';
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally?: boolean;
  /** Rows repeated on each page, as set (`$5:$5`). */
  printTitleRows?: string;
  firstPageNumber?: number;
  /** `worksheet.horizontalPageBreaks.add(A…)`: the 1-based rows that start a new page. */
  pageBreakRows?: number[];
  /** `headersFooters.defaultForAllPages`: leftHeader, centerHeader, …, rightFooter. */
  headersFooters: Record<string, string>;
}

export interface SyncRecord {
  index: number;
  requestBytes: number;
  responseBytes: number;
  /** Loads requested in this sync: object kind and property list. */
  loads: { kind: string; props: string[] }[];
  error?: string;
}

interface Op {
  describe: unknown;
  exec: () => unknown;
}

interface Rect {
  sheetId: string;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** 0-based column index → letters (`0` → `A`, `27` → `AB`). */
function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseCell(a1: string): { r: number; c: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a1.trim());
  if (!m)
    throw new FakeOfficeError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format. (${a1})`,
    );
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** `A1:C3`, `B2` (no sheet part) → 0-based rectangle. */
function parseArea(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const [a, b] = address.split(':');
  const p = parseCell(a);
  const q = b ? parseCell(b) : p;
  return { r0: Math.min(p.r, q.r), c0: Math.min(p.c, q.c), r1: Math.max(p.r, q.r), c1: Math.max(p.c, q.c) };
}

function areaAddress(r: { r0: number; c0: number; r1: number; c1: number }): string {
  const a = `${columnLetters(r.c0)}${r.r0 + 1}`;
  const b = `${columnLetters(r.c1)}${r.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function quoteIfNeeded(name: string): string {
  return /^[A-Za-z_\u3000-\u9fff\uff00-\uffef][\w.\u3000-\u9fff\uff00-\uffef]*$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function splitReference(ref: string): { sheet: string; area: string } | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref);
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], area: m[3] };
}

const key = (r: number, c: number) => r * MAX_COLS + c;
const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

function propertyNotLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Converts one written value the way Excel takes input; null leaves the cell as it is. */
function enterValue(cell: FakeCell, v: unknown): void {
  delete cell.formula;
  delete cell.quotePrefix;
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  if (typeof v !== 'string')
    throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  if (v.startsWith("'")) {
    cell.value = v.slice(1);
    cell.quotePrefix = true;
  } else if (v.startsWith('=') && v.length > 1) {
    cell.formula = v;
    cell.value = 0;
  } else if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(v.trim())) {
    cell.value = Number(v);
  } else if (/^[+-]/.test(v) && v.length > 1) {
    cell.formula = `=${v}`;
    cell.value = 0;
  } else if (/^(true|false)$/i.test(v)) {
    cell.value = v.toLowerCase() === 'true';
  } else if (/^\d{4}[-/]\d{1,2}([-/]\d{1,2})?$/.test(v)) {
    // `2025-04` is taken as 2025-04-01 (Excel shows it as Apr-25).
    const [y, m, d = 1] = v.split(/[-/]/).map(Number);
    cell.value = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
    if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = 'yyyy/m/d';
  } else {
    cell.value = v;
  }
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names = new Map<string, string>();
  settings = new Map<string, unknown>();
  activeSheetId = '';
  selection: { sheet: string; address: string } | null = null;
  /** `Workbook.use1904DateSystem`; undefined = the API set is not supported (loading it fails). */
  use1904DateSystem: boolean | undefined = false;
  /** `workbook.properties.company` (ExcelApi 1.7): the document's Company property. */
  company = '';
  syncLog: SyncRecord[] = [];
  /** Number of `Excel.run` calls. */
  runCount = 0;
  private nextSheetId = 1;
  private failures = new Map<number, FakeOfficeError>();
  private cellEditModeSyncs = 0;

  constructor(sheetNames: string[] = ['Sheet1']) {
    for (const name of sheetNames) this.addSheet(name);
    this.activeSheetId = this.sheets[0]?.id ?? '';
  }

  get syncCount(): number {
    return this.syncLog.length;
  }

  /** Clears the sync log (and so the sync count). */
  resetCounters(): void {
    this.syncLog = [];
    this.runCount = 0;
  }

  /** The n-th sync from now (1 = the next one) fails before running any command. */
  failOnSync(n: number, code = 'GeneralException', message = 'An internal error has occurred.'): void {
    this.failures.set(this.syncCount + n, new FakeOfficeError(code, message));
  }

  /** The next `count` syncs fail as if the user were editing a cell. */
  enterCellEditMode(count: number): void {
    this.cellEditModeSyncs = count;
  }

  addSheet(name: string): FakeSheet {
    this.validateSheetName(name);
    const sheet: FakeSheet = {
      id: `{SHEET-${this.nextSheetId++}}`,
      name,
      visibility: 'Visible',
      tabColor: '',
      cells: new Map(),
      columnWidths: new Map(),
      merges: [],
      charts: [],
      freeze: { rows: 0, columns: 0 },
      rowHeights: new Map(),
      pageLayout: { headersFooters: {} },
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => sameName(x.name, name));
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Test set-up: writes values (typed as given, no input conversion) and formats from A1-style `topLeft`. */
  setCells(
    sheetName: string,
    topLeft: string,
    values: (string | number | boolean | null)[][],
    formats?: string[][],
  ): void {
    const sheet = this.sheet(sheetName);
    const { r, c } = parseCell(topLeft);
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const cell = this.cellAt(sheet, r + i, c + j);
        cell.value = v;
        if (formats?.[i]?.[j]) cell.numberFormat = formats[i][j];
      }),
    );
  }

  /** Test set-up: a formula cell with its cached result. */
  setFormula(sheetName: string, a1: string, formula: string, result: string | number): void {
    const { r, c } = parseCell(a1);
    const cell = this.cellAt(this.sheet(sheetName), r, c);
    cell.formula = formula;
    cell.value = result;
  }

  /** The stored cell (undefined when never touched). */
  cell(sheetName: string, a1: string): FakeCell | undefined {
    const { r, c } = parseCell(a1);
    return this.sheet(sheetName).cells.get(key(r, c));
  }

  /** Deep, comparable copy of everything a user could see in the workbook. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        sheets: this.sheets.map((s) => ({
          ...s,
          cells: [...s.cells.entries()].sort((a, b) => a[0] - b[0]),
          columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
          rowHeights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
        })),
        names: [...this.names.entries()].sort(),
        settings: [...this.settings.entries()].sort(),
        active: this.activeSheetId,
      }),
    );
  }

  /** The office-js entry point: what the host calls as `Excel.run`. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runCount++;
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run sends what is still queued when the batch returns.
    if (context.queue.length > 0) await context.sync();
    return result;
  }

  // ---- used by the proxies -------------------------------------------------------------------------

  cellAt(sheet: FakeSheet, r: number, c: number): FakeCell {
    const k = key(r, c);
    let cell = sheet.cells.get(k);
    if (!cell) {
      cell = { value: '' };
      sheet.cells.set(k, cell);
    }
    return cell;
  }

  sheetById(id: string): FakeSheet {
    const s = this.sheets.find((x) => x.id === id);
    if (!s) throw new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist.");
    return s;
  }

  findSheet(nameOrId: string): FakeSheet | undefined {
    return this.sheets.find((x) => x.id === nameOrId || sameName(x.name, nameOrId));
  }

  validateSheetName(name: string, except?: FakeSheet): void {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    }
    if (this.sheets.some((s) => s !== except && sameName(s.name, name))) {
      throw new FakeOfficeError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
    }
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    if (sheet.name === name) return;
    this.validateSheetName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    // Defined names follow a renamed sheet, as in Excel (hyperlink text does not).
    for (const [n, formula] of this.names) {
      const ref = splitReference(formula);
      if (ref && sameName(ref.sheet, old)) this.names.set(n, `=${quoteIfNeeded(name)}!${ref.area}`);
    }
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    for (const [n, formula] of this.names) {
      const ref = splitReference(formula);
      if (ref && sameName(ref.sheet, sheet.name)) this.names.set(n, `=#REF!${ref.area}`);
    }
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === 'Visible')!.id;
  }

  usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of sheet.cells) {
      const hasValue = cell.value !== '' || cell.formula !== undefined;
      const hasFormat = cell.numberFormat !== undefined || cell.fill !== undefined || cell.bold !== undefined;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { sheetId: sheet.id, r0, c0, r1, c1 };
  }

  /** Runs one sync's commands, with the size limits and injected failures. Returns the response size. */
  runSync(ops: Op[], loads: { kind: string; props: string[] }[]): void {
    const index = this.syncCount + 1;
    const record: SyncRecord = {
      index,
      requestBytes: Buffer.byteLength(JSON.stringify(ops.map((o) => o.describe))),
      responseBytes: 0,
      loads,
    };
    this.syncLog.push(record);
    const fail = (err: FakeOfficeError) => {
      record.error = err.code;
      throw err;
    };
    if (this.cellEditModeSyncs > 0) {
      this.cellEditModeSyncs--;
      fail(
        new FakeOfficeError(
          'InvalidOperationInCellEditMode',
          'The operation is not allowed while Excel is in cell-editing mode.',
        ),
      );
    }
    const injected = this.failures.get(index);
    if (injected) fail(injected);
    if (record.requestBytes > PAYLOAD_LIMIT) {
      fail(
        new FakeOfficeError(
          'RequestPayloadSizeLimitExceeded',
          'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
        ),
      );
    }
    const responses: unknown[] = [];
    for (const op of ops) {
      try {
        const out = op.exec();
        if (out !== undefined) responses.push(out);
      } catch (err) {
        fail(err instanceof FakeOfficeError ? err : new FakeOfficeError('GeneralException', String(err)));
      }
    }
    record.responseBytes = Buffer.byteLength(JSON.stringify(responses));
    if (record.responseBytes > PAYLOAD_LIMIT) {
      fail(
        new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
        ),
      );
    }
  }
}

class FakeContext {
  queue: Op[] = [];
  private pendingLoads: { obj: FakeObject; props: string[]; values?: Record<string, unknown> }[] = [];
  readonly workbook: FakeWorkbook;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(describe: unknown, exec: () => unknown): void {
    this.queue.push({ describe, exec });
  }

  enqueueLoad(obj: FakeObject, props: string[]): void {
    const entry: { obj: FakeObject; props: string[]; values?: Record<string, unknown> } = { obj, props };
    this.pendingLoads.push(entry);
    this.enqueue({ load: obj.kind, props }, () => {
      entry.values = obj.readProps(props);
      return entry.values;
    });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const loads = this.pendingLoads;
    this.queue = [];
    this.pendingLoads = [];
    this.excel.runSync(
      ops,
      loads.map((l) => ({ kind: l.obj.kind, props: l.props })),
    );
    for (const l of loads) l.obj.acceptLoaded(l.values ?? {});
    for (const obj of this.tracked) obj.synced = true;
  }

  /** Objects whose `isNullObject` becomes readable at the next sync. */
  tracked: FakeObject[] = [];
}

/** Base of every proxy: queued property writes, load() and strict reads. */
abstract class FakeObject {
  abstract readonly kind: string;
  private loaded: Record<string, unknown> = {};
  synced = false;
  protected nullObject = false;

  constructor(protected ctx: FakeContext) {
    ctx.tracked.push(this);
  }

  load(props?: string | string[] | Record<string, unknown>): this {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : Object.keys(props ?? {});
    this.ctx.enqueueLoad(this, list.map((p) => p.trim()).filter(Boolean));
    return this;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw propertyNotLoaded('isNullObject');
    return this.nullObject;
  }

  /** Values of the given properties, computed at sync time. */
  abstract readProps(props: string[]): Record<string, unknown>;

  acceptLoaded(values: Record<string, unknown>): void {
    Object.assign(this.loaded, values);
  }

  protected get<T>(prop: string): T {
    if (!(prop in this.loaded)) throw propertyNotLoaded(prop);
    return this.loaded[prop] as T;
  }

  protected set(prop: string, value: unknown, apply: () => void): void {
    this.ctx.enqueue({ set: `${this.kind}.${prop}`, value }, apply);
  }

  protected notNull(): void {
    if (this.nullObject)
      throw new FakeOfficeError('InvalidObjectPath', 'The object path is not working for the object.');
  }

  /** Makes this proxy the null object a `get…OrNullObject` call returns when nothing matches. */
  markNull(): void {
    this.nullObject = true;
  }

  /**
   * `readProps` for proxies with a fixed set of scalar properties: nothing for a null object, like Excel;
   * an unknown property fails as Excel's InvalidArgument does.
   */
  protected readKnownProps(props: string[], readers: Record<string, () => unknown>): Record<string, unknown> {
    if (this.nullObject) return {};
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (!(p in readers)) throw new FakeOfficeError('InvalidArgument', `Unknown property ${this.kind}.${p}`);
      out[p] = readers[p]();
    }
    return out;
  }
}

class FakeWorkbook extends FakeObject {
  readonly kind = 'Workbook';
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly properties: FakeDocumentProperties;

  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.properties = new FakeDocumentProperties(ctx);
  }

  readProps(props: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p !== 'use1904DateSystem') throw new FakeOfficeError('InvalidArgument', `Unknown property ${p}`);
      if (this.ctx.excel.use1904DateSystem === undefined)
        throw new FakeOfficeError(
          'ApiNotFound',
          'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
        );
      out[p] = this.ctx.excel.use1904DateSystem;
    }
    return out;
  }

  get use1904DateSystem(): boolean {
    return this.get('use1904DateSystem');
  }
}

/** `workbook.properties` (ExcelApi 1.7), the part the host reads: `company`. */
class FakeDocumentProperties extends FakeObject {
  readonly kind = 'DocumentProperties';

  readProps(props: string[]): Record<string, unknown> {
    return this.readKnownProps(props, { company: () => this.ctx.excel.company });
  }

  get company(): string {
    return this.get('company');
  }
}

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER_SIZES = ['Letter', 'Legal', 'A3', 'A4', 'A5', 'B4', 'B5'];
const HEADER_FOOTER_FIELDS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

/**
 * `worksheet.pageLayout` (ExcelApi 1.9), write-only like the rest of the fake's formats. Strict as Excel is about
 * enumerations and the zoom object: an unknown orientation or paper size, a zoom mixing `scale` with fit to pages,
 * a fit count that is not a whole number ≥ 0, or print title rows that are not whole rows fail with InvalidArgument.
 */
function makePageLayout(
  ws: { sheet(): FakeSheet },
  set: (prop: string, value: unknown, apply: () => void) => void,
): unknown {
  const invalid = () =>
    new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  const state = () => ws.sheet().pageLayout;
  const writeOnly = (prop: string): never => {
    throw propertyNotLoaded(prop);
  };
  const headersFooters: Record<string, string> = {};
  for (const field of HEADER_FOOTER_FIELDS) {
    Object.defineProperty(headersFooters, field, {
      get: () => writeOnly(field),
      set: (v: string) =>
        set(`pageLayout.headersFooters.defaultForAllPages.${field}`, v, () => {
          if (typeof v !== 'string') throw invalid();
          state().headersFooters[field] = v;
        }),
    });
  }
  return {
    get orientation() {
      return writeOnly('orientation');
    },
    set orientation(v: string) {
      set('pageLayout.orientation', v, () => {
        if (!ORIENTATIONS.includes(v)) throw invalid();
        state().orientation = v as FakePageLayoutState['orientation'];
      });
    },
    get paperSize() {
      return writeOnly('paperSize');
    },
    set paperSize(v: string) {
      set('pageLayout.paperSize', v, () => {
        if (!PAPER_SIZES.includes(v)) throw invalid();
        state().paperSize = v;
      });
    },
    get zoom() {
      return writeOnly('zoom');
    },
    set zoom(v: FakePageLayoutState['zoom']) {
      set('pageLayout.zoom', v, () => {
        const fits = [v?.horizontalFitToPages, v?.verticalFitToPages].filter((n) => n !== undefined);
        if (!v || (v.scale !== undefined && fits.length > 0)) throw invalid();
        if (fits.some((n) => !Number.isInteger(n) || (n as number) < 0)) throw invalid();
        if (v.scale !== undefined && !(v.scale >= 10 && v.scale <= 400)) throw invalid();
        state().zoom = { ...v };
      });
    },
    get centerHorizontally() {
      return writeOnly('centerHorizontally');
    },
    set centerHorizontally(v: boolean) {
      set('pageLayout.centerHorizontally', v, () => {
        state().centerHorizontally = v;
      });
    },
    get firstPageNumber() {
      return writeOnly('firstPageNumber');
    },
    set firstPageNumber(v: number) {
      set('pageLayout.firstPageNumber', v, () => {
        if (!Number.isInteger(v) || v < 1) throw invalid();
        state().firstPageNumber = v;
      });
    },
    setPrintTitleRows(rows: string) {
      set('pageLayout.setPrintTitleRows', rows, () => {
        if (typeof rows !== 'string' || !/^\$?\d+:\$?\d+$/.test(rows)) throw invalid();
        state().printTitleRows = rows;
      });
    },
    headersFooters: { defaultForAllPages: headersFooters },
  };
}

class FakeWorksheetCollection extends FakeObject {
  readonly kind = 'WorksheetCollection';
  private itemProxies: FakeWorksheet[] | null = null;

  readProps(props: string[]): Record<string, unknown> {
    const itemProps = props.map((p) => p.replace(/^items\//, ''));
    const sheets = this.ctx.excel.sheets;
    this.itemProxies = sheets.map((s) => FakeWorksheet.bound(this.ctx, s.id));
    return { items: this.itemProxies.map((proxy) => proxy.readProps(itemProps)) };
  }

  override acceptLoaded(values: Record<string, unknown>): void {
    const items = values.items as Record<string, unknown>[];
    this.itemProxies!.forEach((proxy, i) => proxy.acceptLoaded(items[i]));
    super.acceptLoaded({ items: this.itemProxies });
  }

  get items(): FakeWorksheet[] {
    return this.get('items');
  }

  add(name?: string): FakeWorksheet {
    const proxy = new FakeWorksheet(this.ctx);
    this.ctx.enqueue({ method: 'worksheets.add', name }, () => {
      proxy.sheetId = this.ctx.excel.addSheet(name ?? `Sheet${this.ctx.excel.sheets.length + 1}`).id;
    });
    return proxy;
  }

  getItem(key: string): FakeWorksheet {
    return this.lookup(key, false);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.lookup(key, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    const proxy = new FakeWorksheet(this.ctx);
    this.ctx.enqueue({ method: 'getActiveWorksheet' }, () => {
      proxy.sheetId = this.ctx.excel.activeSheetId;
    });
    return proxy;
  }

  private lookup(key: string, orNull: boolean): FakeWorksheet {
    const proxy = new FakeWorksheet(this.ctx);
    this.ctx.enqueue({ method: orNull ? 'worksheets.getItemOrNullObject' : 'worksheets.getItem', key }, () => {
      const sheet = this.ctx.excel.findSheet(key);
      if (sheet) proxy.sheetId = sheet.id;
      else if (orNull) proxy.markNull();
      else throw new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist.");
    });
    return proxy;
  }
}

class FakeWorksheet extends FakeObject {
  readonly kind = 'Worksheet';
  sheetId = '';
  readonly freezePanes: {
    freezeRows(n?: number): void;
    freezeColumns(n?: number): void;
    freezeAt(r: FakeRange | string): void;
  };
  readonly charts: { add(type: string, source: FakeRange, seriesBy?: string): FakeChartProxy };
  readonly pageLayout: unknown;
  /** `horizontalPageBreaks` (ExcelApi 1.9): a break above the first row of the range given. */
  readonly horizontalPageBreaks: { add(pageBreakRange: string): void };

  constructor(ctx: FakeContext) {
    super(ctx);
    this.pageLayout = makePageLayout(this, (prop, value, apply) => this.set(prop, value, apply));
    this.horizontalPageBreaks = {
      add: (address: string) =>
        this.ctx.enqueue({ method: 'horizontalPageBreaks.add', address }, () => {
          const layout = this.sheet().pageLayout;
          layout.pageBreakRows = [...(layout.pageBreakRows ?? []), parseArea(address).r0 + 1];
        }),
    };
    const freeze = (describe: string, rows: () => number | undefined, cols: () => number | undefined) =>
      this.ctx.enqueue({ method: describe }, () => {
        const f = this.sheet().freeze;
        f.rows = rows() ?? f.rows;
        f.columns = cols() ?? f.columns;
      });
    this.freezePanes = {
      freezeRows: (n = 1) =>
        freeze(
          'freezeRows',
          () => n,
          () => 0,
        ),
      freezeColumns: (n = 1) =>
        freeze(
          'freezeColumns',
          () => 0,
          () => n,
        ),
      freezeAt: (r) =>
        freeze(
          'freezeAt',
          () => (typeof r === 'string' ? parseArea(r).r1 + 1 : r.rect().r1 + 1),
          () => (typeof r === 'string' ? parseArea(r).c1 + 1 : r.rect().c1 + 1),
        ),
    };
    this.charts = {
      add: (type, source, seriesBy = 'Auto') => {
        const proxy = new FakeChartProxy(this.ctx);
        this.ctx.enqueue({ method: 'charts.add', type, seriesBy }, () => {
          const rect = source.rect();
          const chart: FakeChart = { type, sourceSheetId: rect.sheetId, sourceArea: areaAddress(rect), seriesBy };
          this.sheet().charts.push(chart);
          proxy.chart = chart;
        });
        return proxy;
      },
    };
  }

  static bound(ctx: FakeContext, id: string): FakeWorksheet {
    const proxy = new FakeWorksheet(ctx);
    proxy.sheetId = id;
    return proxy;
  }

  sheet(): FakeSheet {
    this.notNull();
    return this.ctx.excel.sheetById(this.sheetId);
  }

  readProps(props: string[]): Record<string, unknown> {
    return this.readKnownProps(props, {
      name: () => this.sheet().name,
      id: () => this.sheet().id,
      visibility: () => this.sheet().visibility,
      position: () => this.ctx.excel.sheets.indexOf(this.sheet()),
      tabColor: () => this.sheet().tabColor,
    });
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, () => this.ctx.excel.renameSheet(this.sheet(), v));
  }
  get id(): string {
    return this.get('id');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.set('visibility', v, () => {
      this.sheet().visibility = v as FakeSheet['visibility'];
    });
  }
  get position(): number {
    return this.get('position');
  }
  set position(v: number) {
    this.set('position', v, () => {
      const s = this.sheet();
      const list = this.ctx.excel.sheets.filter((x) => x !== s);
      list.splice(Math.min(v, list.length), 0, s);
      this.ctx.excel.sheets = list;
    });
  }
  get tabColor(): string {
    return this.get('tabColor');
  }
  set tabColor(v: string) {
    this.set('tabColor', v, () => {
      this.sheet().tabColor = v;
    });
  }

  delete(): void {
    this.ctx.enqueue({ method: 'worksheet.delete' }, () => this.ctx.excel.deleteSheet(this.sheet()));
  }

  activate(): void {
    this.ctx.enqueue({ method: 'worksheet.activate' }, () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot activate a hidden sheet.');
      this.ctx.excel.activeSheetId = s.id;
    });
  }

  getRange(address?: string): FakeRange {
    return FakeRange.derived(this.ctx, { method: 'getRange', address }, () => {
      const s = this.sheet();
      const area = address
        ? parseArea(address.includes('!') ? splitReference(address)!.area : address)
        : { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };
      return { sheetId: s.id, ...area };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return FakeRange.derived(
      this.ctx,
      { method: 'getRangeByIndexes', startRow, startColumn, rowCount, columnCount },
      () => {
        if (rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS) {
          throw new FakeOfficeError(
            'InvalidArgument',
            'The argument is invalid or missing or has an incorrect format.',
          );
        }
        return {
          sheetId: this.sheet().id,
          r0: startRow,
          c0: startColumn,
          r1: startRow + rowCount - 1,
          c1: startColumn + columnCount - 1,
        };
      },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return FakeRange.derived(this.ctx, { method: 'getUsedRangeOrNullObject', valuesOnly }, () =>
      this.ctx.excel.usedRect(this.sheet(), valuesOnly),
    );
  }
}

class FakeChartProxy extends FakeObject {
  readonly kind = 'Chart';
  chart: FakeChart | null = null;
  readonly title: { text: string };

  constructor(ctx: FakeContext) {
    super(ctx);
    const setTitle = (v: string) =>
      this.set('title.text', v, () => {
        this.chart!.title = v;
      });
    this.title = {
      get text(): string {
        throw propertyNotLoaded('text');
      },
      set text(v: string) {
        setTitle(v);
      },
    };
  }

  readProps(): Record<string, unknown> {
    return {};
  }

  setPosition(startCell: string, endCell?: string): void {
    this.ctx.enqueue({ method: 'chart.setPosition', startCell, endCell }, () => {
      parseArea(startCell);
      if (endCell) parseArea(endCell);
      this.chart!.position = { start: startCell, end: endCell };
    });
  }
}

class FakeRange extends FakeObject {
  readonly kind = 'Range';
  private bound: Rect | null = null;
  readonly format: {
    fill: { color: string };
    font: { bold: boolean; color: string; size: number; name: string };
    columnWidth: number;
    rowHeight: number;
    wrapText: boolean;
    horizontalAlignment: string;
    borders: { getItem(edge: string): { style: string } };
  };

  constructor(ctx: FakeContext) {
    super(ctx);
    this.format = this.makeFormat();
  }

  /** A range whose rectangle is computed when its place in the queue is reached (as Excel resolves paths). */
  static derived(ctx: FakeContext, describe: unknown, compute: () => Rect | null): FakeRange {
    const proxy = new FakeRange(ctx);
    ctx.enqueue(describe, () => {
      const rect = compute();
      if (rect) proxy.bound = rect;
      else proxy.nullObject = true;
    });
    return proxy;
  }

  rect(): Rect {
    this.notNull();
    if (!this.bound) throw new FakeOfficeError('InvalidObjectPath', 'The object path is not working for the object.');
    this.ctx.excel.sheetById(this.bound.sheetId);
    return this.bound;
  }

  private eachCell(fn: (cell: FakeCell, i: number, j: number) => void): void {
    const r = this.rect();
    const sheet = this.ctx.excel.sheetById(r.sheetId);
    for (let i = 0; i <= r.r1 - r.r0; i++)
      for (let j = 0; j <= r.c1 - r.c0; j++) fn(this.ctx.excel.cellAt(sheet, r.r0 + i, r.c0 + j), i, j);
  }

  private matrix<T>(fn: (cell: FakeCell | undefined) => T): T[][] {
    const r = this.rect();
    const sheet = this.ctx.excel.sheetById(r.sheetId);
    if ((r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1) > READ_CELL_LIMIT) {
      throw new FakeOfficeError(
        'RangeExceedsLimit',
        'The number of cells in the range has exceeded the maximum supported number.',
      );
    }
    const out: T[][] = [];
    for (let i = r.r0; i <= r.r1; i++) {
      const row: T[] = [];
      for (let j = r.c0; j <= r.c1; j++) row.push(fn(sheet.cells.get(key(i, j))));
      out.push(row);
    }
    return out;
  }

  private writeMatrix(prop: string, v: unknown, apply: (cell: FakeCell, x: unknown) => void): void {
    this.set(prop, v, () => {
      const r = this.rect();
      const rows = r.r1 - r.r0 + 1;
      const cols = r.c1 - r.c0 + 1;
      if (!Array.isArray(v)) {
        this.eachCell((cell) => apply(cell, v));
        return;
      }
      if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw new FakeOfficeError(
          'InvalidArgument',
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      }
      this.eachCell((cell, i, j) => {
        const x = (v as unknown[][])[i][j];
        if (x !== null && x !== undefined) apply(cell, x);
      });
    });
  }

  readProps(props: string[]): Record<string, unknown> {
    if (this.nullObject) return {};
    const r = this.rect();
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === 'values') out.values = this.matrix((c) => (c ? c.value : ''));
      else if (p === 'numberFormat') out.numberFormat = this.matrix((c) => c?.numberFormat ?? 'General');
      else if (p === 'formulas') out.formulas = this.matrix((c) => (c ? (c.formula ?? c.value) : ''));
      else if (p === 'address')
        out.address = `${quoteIfNeeded(this.ctx.excel.sheetById(r.sheetId).name)}!${areaAddress(r)}`;
      else if (p === 'rowIndex') out.rowIndex = r.r0;
      else if (p === 'columnIndex') out.columnIndex = r.c0;
      else if (p === 'rowCount') out.rowCount = r.r1 - r.r0 + 1;
      else if (p === 'columnCount') out.columnCount = r.c1 - r.c0 + 1;
      else throw new FakeOfficeError('InvalidArgument', `Unknown property Range.${p}`);
    }
    return out;
  }

  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.writeMatrix('values', v, enterValue);
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.writeMatrix('numberFormat', v, (cell, x) => {
      cell.numberFormat = String(x);
    });
  }
  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  set hyperlink(h: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }) {
    this.set('hyperlink', h, () =>
      this.eachCell((cell) => {
        cell.hyperlink = { ...h };
        if (h.textToDisplay !== undefined) {
          delete cell.formula;
          cell.value = h.textToDisplay;
        }
      }),
    );
  }

  merge(across = false): void {
    this.ctx.enqueue({ method: 'merge', across }, () => {
      const r = this.rect();
      const sheet = this.ctx.excel.sheetById(r.sheetId);
      const overlaps = sheet.merges.some((m) => {
        const a = parseArea(m);
        return a.r0 <= r.r1 && r.r0 <= a.r1 && a.c0 <= r.c1 && r.c0 <= a.c1;
      });
      if (overlaps) throw new FakeOfficeError('MergedRangeConflict', 'Cannot merge cells that overlap a merged range.');
      sheet.merges.push(areaAddress(r));
    });
  }

  select(): void {
    this.ctx.enqueue({ method: 'select' }, () => {
      const r = this.rect();
      const sheet = this.ctx.excel.sheetById(r.sheetId);
      if (sheet.id !== this.ctx.excel.activeSheetId)
        throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid for this operation.');
      this.ctx.excel.selection = { sheet: sheet.name, address: areaAddress(r) };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return FakeRange.derived(this.ctx, { method: 'getResizedRange', deltaRows, deltaColumns }, () => {
      const r = this.rect();
      return { ...r, r1: r.r1 + deltaRows, c1: r.c1 + deltaColumns };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return FakeRange.derived(this.ctx, { method: 'getCell', row, column }, () => {
      const r = this.rect();
      return { sheetId: r.sheetId, r0: r.r0 + row, c0: r.c0 + column, r1: r.r0 + row, c1: r.c0 + column };
    });
  }

  private makeFormat(): FakeRange['format'] {
    // The accessors below are object-literal members (their own `this`), so they reach the range through this view.
    const self = {
      set: this.set.bind(this),
      eachCell: this.eachCell.bind(this),
      rect: this.rect.bind(this),
      ctx: this.ctx,
    };
    const setter =
      <K extends keyof FakeCell>(prop: string, field: K) =>
      (v: FakeCell[K]) =>
        self.set(`format.${prop}`, v, () =>
          self.eachCell((cell) => {
            cell[field] = v;
          }),
        );
    const writeOnly = (prop: string): never => {
      throw propertyNotLoaded(prop);
    };
    return {
      fill: {
        get color() {
          return writeOnly('color');
        },
        set color(v: string) {
          setter('fill.color', 'fill')(v);
        },
      },
      font: {
        get bold() {
          return writeOnly('bold');
        },
        set bold(v: boolean) {
          setter('font.bold', 'bold')(v);
        },
        get color() {
          return writeOnly('color');
        },
        set color(v: string) {
          setter('font.color', 'fontColor')(v);
        },
        get size() {
          return writeOnly('size');
        },
        set size(v: number) {
          setter('font.size', 'fontSize')(v);
        },
        get name() {
          return writeOnly('name');
        },
        set name(v: string) {
          setter('font.name', 'fontName')(v);
        },
      },
      get columnWidth() {
        return writeOnly('columnWidth');
      },
      set columnWidth(v: number) {
        self.set('format.columnWidth', v, () => {
          const r = self.rect();
          const sheet = self.ctx.excel.sheetById(r.sheetId);
          for (let c = r.c0; c <= r.c1; c++) sheet.columnWidths.set(c, v);
        });
      },
      get rowHeight() {
        return writeOnly('rowHeight');
      },
      set rowHeight(v: number) {
        self.set('format.rowHeight', v, () => {
          // Excel: 0–409 points.
          if (!(v >= 0 && v <= 409))
            throw new FakeOfficeError(
              'InvalidArgument',
              'The argument is invalid or missing or has an incorrect format.',
            );
          const r = self.rect();
          const sheet = self.ctx.excel.sheetById(r.sheetId);
          for (let row = r.r0; row <= r.r1; row++) sheet.rowHeights.set(row, v);
        });
      },
      get wrapText() {
        return writeOnly('wrapText');
      },
      set wrapText(v: boolean) {
        setter('wrapText', 'wrap')(v);
      },
      get horizontalAlignment() {
        return writeOnly('horizontalAlignment');
      },
      set horizontalAlignment(v: string) {
        setter('horizontalAlignment', 'horizontal')(v);
      },
      borders: {
        getItem(edge: string) {
          return {
            get style(): string {
              return writeOnly('style');
            },
            set style(v: string) {
              self.set(`format.borders.${edge}.style`, v, () =>
                self.eachCell((cell) => {
                  cell.borders = { ...cell.borders, [edge]: v };
                }),
              );
            },
          };
        },
      },
    };
  }
}

class FakeNamedItemCollection extends FakeObject {
  readonly kind = 'NamedItemCollection';
  private itemProxies: FakeNamedItem[] | null = null;

  readProps(props: string[]): Record<string, unknown> {
    const itemProps = props.map((p) => p.replace(/^items\//, ''));
    this.itemProxies = [...this.ctx.excel.names.keys()].map((n) => new FakeNamedItem(this.ctx, n));
    return { items: this.itemProxies.map((p) => p.readProps(itemProps)) };
  }

  override acceptLoaded(values: Record<string, unknown>): void {
    const items = values.items as Record<string, unknown>[];
    this.itemProxies!.forEach((proxy, i) => proxy.acceptLoaded(items[i]));
    super.acceptLoaded({ items: this.itemProxies });
  }

  get items(): FakeNamedItem[] {
    return this.get('items');
  }

  add(name: string, reference: string | FakeRange): FakeNamedItem {
    this.ctx.enqueue(
      { method: 'names.add', name, reference: typeof reference === 'string' ? reference : 'range' },
      () => {
        if (!/^[A-Za-z_\\][\w.]*$/.test(name))
          throw new FakeOfficeError(
            'InvalidArgument',
            'The argument is invalid or missing or has an incorrect format.',
          );
        if ([...this.ctx.excel.names.keys()].some((n) => sameName(n, name))) {
          throw new FakeOfficeError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
        }
        let formula: string;
        if (typeof reference === 'string') {
          // Excel keeps the reference, not the text: it shows quotes only where the sheet name needs them.
          const ref = splitReference(reference);
          const sheet = ref && this.ctx.excel.findSheet(ref.sheet);
          if (!ref || !sheet)
            throw new FakeOfficeError(
              'InvalidArgument',
              'The argument is invalid or missing or has an incorrect format.',
            );
          formula = `=${quoteIfNeeded(sheet.name)}!${ref.area}`;
        } else {
          const r = reference.rect();
          formula = `=${quoteIfNeeded(this.ctx.excel.sheetById(r.sheetId).name)}!${areaAddress(r)}`;
        }
        this.ctx.excel.names.set(name, formula);
      },
    );
    return new FakeNamedItem(this.ctx, name);
  }

  getItem(name: string): FakeNamedItem {
    return this.lookup(name, false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return this.lookup(name, true);
  }

  private lookup(name: string, orNull: boolean): FakeNamedItem {
    const proxy = new FakeNamedItem(this.ctx, name);
    this.ctx.enqueue({ method: orNull ? 'names.getItemOrNullObject' : 'names.getItem', name }, () => {
      const found = [...this.ctx.excel.names.keys()].find((n) => sameName(n, name));
      if (found) proxy.itemName = found;
      else if (orNull) proxy.markNull();
      else throw new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist.");
    });
    return proxy;
  }
}

class FakeNamedItem extends FakeObject {
  readonly kind = 'NamedItem';

  constructor(
    ctx: FakeContext,
    public itemName: string,
  ) {
    super(ctx);
  }

  readProps(props: string[]): Record<string, unknown> {
    return this.readKnownProps(props, {
      name: () => this.itemName,
      formula: () => this.ctx.excel.names.get(this.itemName),
      type: () => 'Range',
    });
  }

  get name(): string {
    return this.get('name');
  }
  get formula(): string {
    return this.get('formula');
  }

  delete(): void {
    this.ctx.enqueue({ method: 'name.delete', name: this.itemName }, () => {
      this.notNull();
      if (!this.ctx.excel.names.delete(this.itemName))
        throw new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist.");
    });
  }
}

class FakeSettingCollection extends FakeObject {
  readonly kind = 'SettingCollection';

  readProps(): Record<string, unknown> {
    return {};
  }

  add(key: string, value: unknown): FakeSetting {
    this.ctx.enqueue({ method: 'settings.add', key, value }, () => {
      this.ctx.excel.settings.set(key, JSON.parse(JSON.stringify(value)));
    });
    return new FakeSetting(this.ctx, key);
  }

  getItemOrNullObject(key: string): FakeSetting {
    const proxy = new FakeSetting(this.ctx, key);
    this.ctx.enqueue({ method: 'settings.getItemOrNullObject', key }, () => {
      if (!this.ctx.excel.settings.has(key)) proxy.markNull();
    });
    return proxy;
  }
}

class FakeSetting extends FakeObject {
  readonly kind = 'Setting';

  constructor(
    ctx: FakeContext,
    readonly key: string,
  ) {
    super(ctx);
  }

  readProps(props: string[]): Record<string, unknown> {
    return this.readKnownProps(props, { value: () => this.ctx.excel.settings.get(this.key), key: () => this.key });
  }

  get value(): unknown {
    return this.get('value');
  }

  delete(): void {
    this.ctx.enqueue({ method: 'setting.delete', key: this.key }, () => {
      this.ctx.excel.settings.delete(this.key);
    });
  }
}
