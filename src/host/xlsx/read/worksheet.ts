/**
 * The worksheet reader of the CLI: a scanner over a worksheet part's bytes made for this one job — each cell's
 * value and its style's number format, nothing else (no fonts, no merges, no formulas' text). It is fed the
 * inflated bytes chunk by chunk, so a 130 MB worksheet (1,000 employees × 365 days) is never held whole, and the
 * markup is never turned into text: tags are found byte by byte, numbers and shared-string indexes are read from
 * their digits, and only a text cell's own bytes are decoded (README § Performance).
 *
 * What it understands (ECMA-376 Part 1 §18.3.1 sheetData): `<row r>` and `<c r s t>` with either `r` left out
 * (the next row / the next column), `t` = `s` shared string, `str` formula text, `inlineStr` (`<is>` with `<t>`
 * or rich-text runs `<r><t>`), `e` error, `b` boolean, `d` ISO 8601 date, `n` or none a number; a formula's
 * cached value (`<f>` is skipped, shared formulas included); phonetic readings `<rPh>` are left out. Element
 * names are matched with the prefix the root element binds to the main namespace (`''` or `x:` …), so an
 * element of another namespace is never taken for a cell. Pure: no Node built-ins (./file.ts inflates).
 */
import type { RawValue, SheetGrid } from '../../../ingest/types';
import type { ReadProgress } from '../../port';
import { HEAD_ROWS } from '../../../ingest';
import { CellType, cellValue, sharedString, type CellContext } from './cells';
import {
  El,
  cellAttributesAt,
  cellTag,
  cellContentAt,
  cellTagAt,
  digitsAt,
  elementText,
  elementAt,
  rowNumberAt,
  startsWith,
  utf8Of,
  CarryOver,
  mainPrefixAt,
  special,
  specialAt,
} from './bytes';
import { GridBuilder } from './grid';
import { NumberCache } from './numbers';
import { ByteKeyedCache } from './byte-cache';

export type { CellContext } from './cells';
export { isoDateTimeToSerial } from './cells';

const LT = 60;
const GT = 62;
const SLASH = 47;

/** Rows between two progress reports. */
const PROGRESS_ROWS = 5_000;

export interface WorksheetReadOptions {
  onProgress?: (p: ReadProgress) => void;
  /** Given the first HEAD_ROWS rows (ingest's), the 1-based columns decoded below them (null: all). */
  columnsFor?: (head: SheetGrid) => number[] | null;
}

/**
 * Reads one worksheet part. Feed it the part's bytes in pieces of any size (`feed`; text is taken as its UTF-8
 * bytes), then take the grid (`finish`): A1 origin, rows and columns as written, trailing blank rows dropped.
 *
 * @example
 * const reader = new WorksheetReader('勤怠', { strings: ['社員番号'], formats: ['General'], date1904: false });
 * reader.feed('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="s"><v>0</v></c><c><v>9</v></c></row></sheetData></worksheet>');
 * reader.finish().values // [['社員番号', 9]]
 */
export class WorksheetReader {
  private readonly grid = new GridBuilder();
  private readonly numbers = new NumberCache();
  /** Texts in their cells (inline, `t="str"` as SheetJS writes) by their bytes: a repeated id or name is one string. */
  private readonly texts = new ByteKeyedCache<string>(utf8Of, () => true, 63);
  /** The piece being scanned (a cell's text is a range of it). */
  private piece: Uint8Array = new Uint8Array(0);
  /** Bytes not yet scanned: an unfinished cell or tag, or the root element before its `>` arrived. */
  private readonly carry = new CarryOver();
  private prefix: Uint8Array | null = null;
  private inSheetData = false;
  private done = false;
  private row = 0;
  private lastCol = 0;
  private rowOpen = false;
  private inCell = false;
  /** Where the open cell's `<c` starts: a piece that ends inside a cell is read again from there. */
  private cellStart = 0;
  private colBeforeCell = 0;
  private cellCol = 0;
  private cellType = CellType.Number;
  private cellStyle = 0;
  /** The cell's text as one range of the piece (the usual case), or gathered as text when in several parts. */
  private textFrom = -1;
  private textTo = -1;
  private gathered: string | null = null;
  private cellHasValue = false;
  private capture = false;
  /** Where the text being captured starts in the current piece. */
  private captureFrom = 0;
  private phonetic = 0;
  /** Columns decoded below the head rows (1 = decode), once `columnsFor` has named them. */
  private wanted: Uint8Array | null = null;
  private columnsRead: number[] | undefined;
  private headPending: boolean;

  constructor(
    private readonly name: string,
    private readonly context: CellContext,
    private readonly options: WorksheetReadOptions = {},
  ) {
    this.headPending = options.columnsFor !== undefined;
  }

  feed(piece: Uint8Array | string): void {
    if (this.done) return;
    const buf = this.carry.join(typeof piece === 'string' ? new TextEncoder().encode(piece) : piece);
    if (this.prefix === null) {
      const prefix = mainPrefixAt(buf);
      if (prefix === null) throw this.notAWorksheet();
      if (prefix === undefined) return this.carry.keep(buf, 0);
      this.prefix = prefix;
    }
    this.carry.keep(buf, this.scan(buf));
  }

  private notAWorksheet(): Error {
    return new Error(
      `シート「${this.name}」が SpreadsheetML のワークシートではありません / not a SpreadsheetML worksheet`,
    );
  }

  finish(): SheetGrid {
    // A part cut short inside a cell or tag: what was whole is kept, the rest is not a cell.
    this.inCell = false;
    if (this.rowOpen) this.endRow();
    const grid = this.grid.finish(this.name);
    this.options.onProgress?.({ sheet: this.name, rowsRead: grid.values.length, rowsTotal: grid.values.length });
    if (this.columnsRead) grid.columnsRead = this.columnsRead;
    return grid;
  }

  /** Scans whole tags of `buf`; returns where the unfinished rest starts. */
  private scan(buf: Uint8Array): number {
    const prefix = this.prefix as Uint8Array;
    const plen = prefix.length;
    const n = buf.length;
    this.piece = buf;
    let pos = 0;
    while (!this.done) {
      let lt = pos;
      while (lt < n && buf[lt] !== LT) lt++;
      if (lt + 1 >= n) return this.stopAt(lt < n ? lt : n);
      const next = buf[lt + 1];
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const after = this.special(buf, lt);
        if (after < 0) return this.stopAt(lt);
        pos = after;
        continue;
      }
      const quick = this.inSheetData ? this.quickCell(buf, lt) : -1;
      if (quick >= 0) {
        pos = quick;
        continue;
      }
      const closing = next === SLASH;
      const nameStart = lt + (closing ? 2 : 1);
      let gt = nameStart;
      while (gt < n && buf[gt] !== GT) gt++;
      if (gt >= n) return this.stopAt(lt);
      pos = gt + 1;
      if (plen > 0 && !startsWith(buf, nameStart, prefix)) continue;
      const el = elementAt(buf, nameStart + plen);
      if (el === El.Other) continue;
      if (closing) {
        if (this.capture && (el === El.Value || el === El.Text)) this.endText(buf, lt);
        this.close(el);
      } else {
        this.open(el, buf, lt, nameStart + plen, gt);
      }
    }
    return n;
  }

  /**
   * The piece ends at `stop` before a whole tag: inside a cell, the cell is read again from its `<c` with the
   * next piece (so a cell's text is always one range of one piece); elsewhere the scan goes on at `stop`.
   */
  private stopAt(stop: number): number {
    if (!this.inCell) return stop;
    this.inCell = false;
    this.capture = false;
    this.lastCol = this.colBeforeCell;
    return this.cellStart;
  }

  /** A `</v>` or `</t>` at `lt`: the text is [captureFrom, lt) of this piece, after anything gathered before. */
  private endText(buf: Uint8Array, lt: number): void {
    if (this.gathered === null && this.textFrom < 0) {
      this.textFrom = this.captureFrom;
      this.textTo = lt;
    } else {
      this.gathered = this.gatheredText(buf) + utf8Of(buf, this.captureFrom, lt);
    }
  }

  /** The text gathered so far, the single range included (which is then cleared). */
  private gatheredText(buf: Uint8Array): string {
    let out = this.gathered ?? '';
    if (this.textFrom >= 0) out += utf8Of(buf, this.textFrom, this.textTo);
    this.textFrom = -1;
    return out;
  }

  /** Comments, processing instructions and CDATA (its text is a cell's text when inside `<v>`/`<t>`). */
  private special(buf: Uint8Array, lt: number): number {
    if (!specialAt(buf, lt)) return -1;
    if (this.capture) {
      let text = this.gatheredText(buf) + utf8Of(buf, this.captureFrom, lt);
      // Entities are not decoded inside CDATA: escape the ampersands so decodeText leaves them as written.
      if (special.cdata) text += utf8Of(buf, lt + 9, special.contentEnd).replace(/&/g, '&amp;');
      this.gathered = text;
      this.captureFrom = special.after;
    }
    return special.after;
  }

  private open(el: El, buf: Uint8Array, lt: number, localStart: number, gt: number): void {
    const selfClosing = buf[gt - 1] === SLASH;
    if (el === El.SheetData) {
      this.inSheetData = !selfClosing;
      if (selfClosing) this.done = true;
      return;
    }
    if (!this.inSheetData) return;
    switch (el) {
      case El.Row:
        this.openRow(buf, localStart + 3, gt);
        if (selfClosing) this.close(El.Row);
        break;
      case El.Cell:
        this.cellStart = lt;
        this.openCell(buf, localStart + 1, gt);
        if (selfClosing) this.close(El.Cell);
        break;
      case El.Value:
      case El.Text:
        // `<t>` counts only inside an inline string (a cell's `<is>`), and never inside a phonetic reading.
        if (
          this.inCell &&
          !selfClosing &&
          (el === El.Value || (this.cellType === CellType.Inline && this.phonetic === 0))
        ) {
          this.capture = true;
          this.captureFrom = gt + 1;
          this.cellHasValue = true;
        }
        break;
      case El.Phonetic:
        if (!selfClosing) this.phonetic++;
        break;
    }
  }

  private close(el: El): void {
    switch (el) {
      case El.SheetData:
        this.inSheetData = false;
        this.done = true;
        break;
      case El.Value:
      case El.Text:
        this.capture = false;
        break;
      case El.Phonetic:
        this.phonetic = Math.max(0, this.phonetic - 1);
        break;
      case El.Cell:
        if (this.inCell) this.commitCell();
        break;
      case El.Row:
        if (this.rowOpen) this.endRow();
        break;
    }
  }

  /** Reads `r` of a `<row …>` tag whose attributes run from `from` to `gt`. */
  private openRow(buf: Uint8Array, from: number, gt: number): void {
    if (this.rowOpen) this.endRow();
    const r = rowNumberAt(buf, from, gt);
    this.row = r > 0 ? r : this.row + 1;
    this.lastCol = 0;
    this.rowOpen = true;
    if (this.headPending && this.row > HEAD_ROWS) this.nameColumns();
  }

  /** Reads `r`, `s` and `t` of a `<c …>` tag whose attributes run from `from` to `gt`, in one pass. */
  private openCell(buf: Uint8Array, from: number, gt: number): void {
    cellAttributesAt(buf, from, gt);
    this.startCell();
  }

  /** A cell begins, its attributes in `cellTag`. */
  private startCell(): void {
    if (!this.rowOpen) {
      // A cell outside any row: the row after the last one (as a reader of the first row would take it).
      if (this.row === 0) this.row = 1;
      this.rowOpen = true;
    }
    this.colBeforeCell = this.lastCol;
    this.cellCol = cellTag.col > 0 ? cellTag.col : this.lastCol + 1;
    this.lastCol = this.cellCol;
    this.cellStyle = cellTag.style;
    this.cellType = cellTag.type;
    this.gathered = null;
    this.textFrom = -1;
    this.cellHasValue = false;
    // A phonetic reading never runs past its cell: a cell read again from its `<c` (cut by a piece's end after its
    // `<rPh>`) starts outside one, or its text and every inline string after it would be taken for furigana.
    this.phonetic = 0;
    this.inCell = true;
  }

  /**
   * The usual cell in one step — `<c …/>` or `<c …><v>text</v></c>` — read as the tag-by-tag scan would read it
   * (a cell's text is then one range of the piece); returns where to go on, or -1 (anything else, or cut off by the
   * piece's end) for the tag-by-tag scan. Most of a worksheet's tags are these.
   */
  private quickCell(buf: Uint8Array, lt: number): number {
    const prefix = this.prefix as Uint8Array;
    const plen = prefix.length;
    if (buf[lt + 1 + plen] !== 99 /* c */ || !(buf[lt + 2 + plen] <= 32) || !startsWith(buf, lt + 1, prefix)) return -1;
    const gt = cellTagAt(buf, lt + 2 + plen);
    if (gt < 0) return -1;
    let after = gt + 1;
    if (!cellTag.selfClosing) {
      const afterCell = cellContentAt(buf, after, prefix, cellTag.type === CellType.Inline);
      if (afterCell < 0) return -1;
      this.startCell();
      this.textFrom = elementText.from;
      this.textTo = elementText.to;
      this.cellHasValue = true;
      after = afterCell;
    } else this.startCell();
    this.commitCell();
    return after;
  }

  private commitCell(): void {
    this.inCell = false;
    this.capture = false;
    if (this.wanted !== null && this.wanted[this.cellCol] !== 1) {
      this.grid.widen(this.cellCol);
      return;
    }
    let format = this.context.formats[this.cellStyle] ?? 'General';
    let value: RawValue = null;
    if (this.cellHasValue) {
      value = this.cellValueOf();
      // A `t="d"` cell is a date whatever its style: give it a date format when the style has none.
      if (this.cellType === CellType.IsoDate && typeof value === 'number' && format === 'General')
        format = Number.isInteger(value) ? 'yyyy/m/d' : 'yyyy/m/d h:mm:ss';
    }
    this.grid.set(this.cellCol - 1, value, format);
  }

  /** The open cell's value: numbers and shared-string indexes read from their bytes, other text decoded. */
  private cellValueOf(): RawValue {
    const buf = this.piece;
    if (this.gathered === null && this.textFrom >= 0) {
      if (this.cellType === CellType.Number) {
        const n = this.numbers.read(buf, this.textFrom, this.textTo);
        if (n === n) return n;
      } else if (this.cellType === CellType.Shared) {
        const i = digitsAt(buf, this.textFrom, this.textTo);
        if (i >= 0) return sharedString(this.context, i);
      } else if (this.cellType === CellType.Inline || this.cellType === CellType.FormulaText) {
        return cellValue(this.cellType, this.texts.read(buf, this.textFrom, this.textTo), this.context);
      }
    }
    const text = this.gathered ?? (this.textFrom >= 0 ? utf8Of(buf, this.textFrom, this.textTo) : '');
    return cellValue(this.cellType, text, this.context);
  }

  private endRow(): void {
    this.rowOpen = false;
    this.grid.endRow(this.row - 1);
    this.progress();
  }

  private progress(): void {
    if (this.options.onProgress && this.row % PROGRESS_ROWS === 0)
      this.options.onProgress({ sheet: this.name, rowsRead: this.row, rowsTotal: 0 });
  }

  /** The head rows are read: `columnsFor` names the columns decoded from here on. */
  private nameColumns(): void {
    this.headPending = false;
    const columns = this.options.columnsFor?.(this.grid.head(this.name));
    if (!columns) return;
    this.columnsRead = [...columns].sort((a, b) => a - b);
    this.wanted = new Uint8Array(Math.max(0, ...columns) + 1);
    for (const c of columns) if (c > 0) this.wanted[c] = 1;
  }
}
