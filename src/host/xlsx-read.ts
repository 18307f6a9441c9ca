/**
 * The worksheet reader of the CLI: a scanner over a worksheet part's XML text made for this one job — each
 * cell's value and its style's number format, nothing else (no fonts, no merges, no formulas' text). It is fed
 * the inflated text chunk by chunk, so a 130 MB worksheet (1,000 employees × 365 days) is never held whole, and
 * it costs about one `indexOf` per tag: about twice the bare "inflate and find every `<v>`" floor, where exceljs'
 * SAX parser took five times that (README § Performance).
 *
 * What it understands (ECMA-376 Part 1 §18.3.1 sheetData): `<row r>` and `<c r s t>` with either `r` left out
 * (the next row / the next column), `t` = `s` shared string, `str` formula text, `inlineStr` (`<is>` with `<t>`
 * or rich-text runs `<r><t>`), `e` error, `b` boolean, `d` ISO 8601 date, `n` or none a number; a formula's
 * cached value (`<f>` is skipped, shared formulas included); phonetic readings `<rPh>` are left out. Element
 * names are matched with the prefix the root element binds to the main namespace (`''` or `x:` …), so an
 * element of another namespace is never taken for a cell. Pure: no Node built-ins (./xlsx-file.ts inflates).
 */
import type { RawValue, SheetGrid } from '../ingest/types';
import type { ReadProgress } from './port';
import { decodeText, mainPrefixOf } from './xlsx-read-parts';
import { isoDateToSerial, padGrid } from './xlsx-values';

/** What a worksheet's cells are read against: the package's shared strings and style formats. */
export interface CellContext {
  strings: readonly string[];
  /** Number format of each cell style (index = the cell's `s`). */
  formats: readonly string[];
  date1904: boolean;
  /**
   * When the part is fed as Latin-1 text (one character per byte: decoding is then a copy, where UTF-8
   * decoding of a 130 MB part costs a second), turns a cell's text back into what its UTF-8 bytes say. The
   * markup itself is ASCII, so only text with a character ≥ U+0080 goes through it.
   */
  fromLatin1?: (text: string) => string;
}

/** The elements the scanner acts on (local names in the main namespace). */
const enum El {
  Other,
  Row,
  Cell,
  Value,
  Text,
  Phonetic,
  SheetData,
}

/** A cell's `t` attribute. */
const enum CellType {
  Number,
  Shared,
  FormulaText,
  Inline,
  Error,
  Boolean,
  IsoDate,
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;

/** Rows between two progress reports. */
const PROGRESS_ROWS = 5_000;

/**
 * Reads one worksheet part. Feed it the part's text in pieces of any size (`feed`), then take the grid
 * (`finish`): A1 origin, rows and columns as written, trailing blank rows dropped.
 *
 * @example
 * const reader = new WorksheetReader('勤怠', { strings: ['社員番号'], formats: ['General'], date1904: false });
 * reader.feed('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="s"><v>0</v></c><c><v>9</v></c></row></sheetData></worksheet>');
 * reader.finish().values // [['社員番号', 9]]
 */
export class WorksheetReader {
  private readonly values: RawValue[][] = [];
  private readonly numberFormats: string[][] = [];
  private width = 0;
  /** The part's text not yet scanned: an unfinished tag (or the root element before its `>` arrived). */
  private carry = '';
  private prefix: string | null = null;
  private inSheetData = false;
  private done = false;
  private row = 0;
  private lastCol = 0;
  private inCell = false;
  private cellCol = 0;
  private cellType = CellType.Number;
  private cellStyle = 0;
  /** Text of the cell's `<v>`/`<t>` gathered so far when it spans pieces, CDATA or several runs. */
  private cellText = '';
  /** The cell's text as a range of one piece (the usual case: no string is made for a number). */
  private textBuf = '';
  private textFrom = 0;
  private textTo = 0;
  private cellHasValue = false;
  private capture = false;
  /** Where the text being captured starts in the current piece. */
  private captureFrom = 0;
  private phonetic = 0;

  constructor(
    private readonly name: string,
    private readonly context: CellContext,
    private readonly onProgress?: (p: ReadProgress) => void,
  ) {}

  feed(text: string): void {
    if (this.done) return;
    let buf = this.carry + text;
    if (this.prefix === null) {
      // The root element's start tag names the main namespace's prefix; wait until it is whole.
      const root = buf.search(/<[^?!]/);
      if (root < 0 || buf.indexOf('>', root) < 0) {
        this.carry = buf;
        return;
      }
      const prefix = mainPrefixOf(buf);
      if (prefix === null) throw new Error(`シート「${this.name}」が SpreadsheetML のワークシートではありません / not a SpreadsheetML worksheet`);
      this.prefix = prefix;
    }
    const stop = this.scan(buf);
    this.carry = stop < buf.length ? buf.slice(stop) : '';
    buf = '';
  }

  finish(): SheetGrid {
    const { values, numberFormats } = this;
    while (values.length > 0 && values[values.length - 1].every((v) => v === null)) {
      values.pop();
      numberFormats.pop();
    }
    this.onProgress?.({ sheet: this.name, rowsRead: values.length, rowsTotal: values.length });
    return { name: this.name, firstRow: 1, firstCol: 1, ...padGrid(values, numberFormats, this.width) };
  }

  /** Scans whole tags of `buf`; returns where the unfinished rest starts. */
  private scan(buf: string): number {
    const prefix = this.prefix as string;
    let pos = 0;
    while (!this.done) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) return this.keepText(buf, pos);
      const next = buf.charCodeAt(lt + 1);
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const after = this.special(buf, lt);
        if (after < 0) return this.keepText(buf, lt);
        pos = after;
        continue;
      }
      const closing = next === SLASH;
      const nameStart = lt + (closing ? 2 : 1);
      const gt = buf.indexOf('>', nameStart);
      if (gt < 0) return this.keepText(buf, lt);
      pos = gt + 1;
      if (prefix && !buf.startsWith(prefix, nameStart)) continue;
      const el = elementAt(buf, nameStart + prefix.length);
      if (el === El.Other) continue;
      if (closing) {
        if (this.capture && (el === El.Value || el === El.Text)) this.endText(buf, lt);
        this.close(el);
      } else {
        this.open(el, buf, nameStart + prefix.length, gt, buf.charCodeAt(gt - 1) === SLASH);
      }
    }
    return buf.length;
  }

  /** The piece ends inside a `<v>`/`<t>`: keep what was read of its text, go on at the next piece's start. */
  private keepText(buf: string, stop: number): number {
    if (this.capture) {
      this.cellText += buf.slice(this.captureFrom, stop);
      this.captureFrom = 0;
    }
    return stop;
  }

  /** A `</v>` or `</t>` at `lt`: the text is [captureFrom, lt) of this piece, after anything gathered before. */
  private endText(buf: string, lt: number): void {
    if (this.cellText === '' && this.textBuf === '') {
      this.textBuf = buf;
      this.textFrom = this.captureFrom;
      this.textTo = lt;
    } else {
      this.cellText += this.textOfRange() + buf.slice(this.captureFrom, lt);
      this.textBuf = '';
    }
  }

  private textOfRange(): string {
    return this.textBuf === '' ? '' : this.textBuf.slice(this.textFrom, this.textTo);
  }

  /** Comments, processing instructions and CDATA (its text is a cell's text when inside `<v>`/`<t>`). */
  private special(buf: string, lt: number): number {
    if (buf.startsWith('<![CDATA[', lt)) {
      const end = buf.indexOf(']]>', lt);
      if (end < 0) return -1;
      if (this.capture) {
        // Entities are not decoded inside CDATA: escape the ampersands so decodeText leaves them as written.
        this.cellText += this.textOfRange() + buf.slice(this.captureFrom, lt) + buf.slice(lt + 9, end).replace(/&/g, '&amp;');
        this.textBuf = '';
        this.captureFrom = end + 3;
      }
      return end + 3;
    }
    const terminator = buf.startsWith('<!--', lt) ? '-->' : '>';
    const end = buf.indexOf(terminator, lt + 2);
    if (end < 0) return -1;
    if (this.capture) {
      this.cellText += this.textOfRange() + buf.slice(this.captureFrom, lt);
      this.textBuf = '';
      this.captureFrom = end + terminator.length;
    }
    return end + terminator.length;
  }

  private open(el: El, buf: string, nameStart: number, gt: number, selfClosing: boolean): void {
    if (el === El.SheetData) {
      this.inSheetData = !selfClosing;
      if (selfClosing) this.done = true;
      return;
    }
    if (!this.inSheetData) return;
    switch (el) {
      case El.Row: {
        let r = -1;
        forEachAttribute(buf, nameStart + 3, gt, (nameAt, nameLength, valueFrom, valueTo) => {
          if (nameLength === 1 && buf.charCodeAt(nameAt) === 114 /* r */) r = digitsAt(buf, valueFrom, valueTo);
        });
        this.row = r > 0 ? r : this.row + 1;
        this.lastCol = 0;
        if (selfClosing) this.close(El.Row);
        break;
      }
      case El.Cell:
        this.openCell(buf, nameStart + 1, gt);
        if (selfClosing) this.close(El.Cell);
        break;
      case El.Value:
      case El.Text:
        // `<t>` counts only inside an inline string (a cell's `<is>`), and never inside a phonetic reading.
        if (this.inCell && !selfClosing && (el === El.Value || (this.cellType === CellType.Inline && this.phonetic === 0))) {
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
        if (this.onProgress && this.row % PROGRESS_ROWS === 0) this.onProgress({ sheet: this.name, rowsRead: this.row, rowsTotal: 0 });
        break;
    }
  }

  /** Reads `r`, `s` and `t` of a `<c …>` tag whose attributes run from `from` to `gt`, in one pass. */
  private openCell(buf: string, from: number, gt: number): void {
    if (this.row === 0) this.row = 1;
    let col = 0;
    let style = 0;
    let type = CellType.Number;
    forEachAttribute(buf, from, gt, (nameAt, nameLength, valueFrom, valueTo) => {
      if (nameLength !== 1) return;
      const name = buf.charCodeAt(nameAt);
      if (name === 114 /* r */) col = columnAt(buf, valueFrom, valueTo);
      else if (name === 115 /* s */) style = Math.max(0, digitsAt(buf, valueFrom, valueTo));
      else if (name === 116 /* t */) type = cellTypeOf(buf, valueFrom, valueTo);
    });
    this.cellCol = col > 0 ? col : this.lastCol + 1;
    this.lastCol = this.cellCol;
    this.cellStyle = style;
    this.cellType = type;
    this.cellText = '';
    this.textBuf = '';
    this.cellHasValue = false;
    this.inCell = true;
  }

  private commitCell(): void {
    this.inCell = false;
    this.capture = false;
    const r = this.row - 1;
    while (this.values.length <= r) {
      this.values.push([]);
      this.numberFormats.push([]);
    }
    const row = this.values[r];
    const fmt = this.numberFormats[r];
    const c = this.cellCol - 1;
    while (row.length < c) {
      row.push(null);
      fmt.push('General');
    }
    let format = this.context.formats[this.cellStyle] ?? 'General';
    let value: RawValue = null;
    if (this.cellHasValue) {
      value = this.cellText === '' && this.textBuf !== ''
        ? rangeValue(this.cellType, this.textBuf, this.textFrom, this.textTo, this.context)
        : cellValue(this.cellType, this.cellText + this.textOfRange(), this.context);
      this.textBuf = '';
      // A `t="d"` cell is a date whatever its style: give it a date format when the style has none.
      if (this.cellType === CellType.IsoDate && typeof value === 'number' && format === 'General') format = Number.isInteger(value) ? 'yyyy/m/d' : 'yyyy/m/d h:mm:ss';
    }
    row[c] = value;
    fmt[c] = format;
    if (this.cellCol > this.width) this.width = this.cellCol;
  }
}

/** The element whose local name starts at `i` (the prefix already skipped), by its first characters. */
function elementAt(buf: string, i: number): El {
  const a = buf.charCodeAt(i);
  switch (a) {
    case 99 /* c */:
      return isNameEnd(buf.charCodeAt(i + 1)) ? El.Cell : El.Other;
    case 118 /* v */:
      return isNameEnd(buf.charCodeAt(i + 1)) ? El.Value : El.Other;
    case 116 /* t */:
      return isNameEnd(buf.charCodeAt(i + 1)) ? El.Text : El.Other;
    case 114 /* r */:
      if (buf.startsWith('ow', i + 1) && isNameEnd(buf.charCodeAt(i + 3))) return El.Row;
      if (buf.startsWith('Ph', i + 1) && isNameEnd(buf.charCodeAt(i + 3))) return El.Phonetic;
      return El.Other;
    case 115 /* s */:
      return buf.startsWith('heetData', i + 1) && isNameEnd(buf.charCodeAt(i + 9)) ? El.SheetData : El.Other;
    default:
      return El.Other;
  }
}

/** Space, tab, CR, LF, `/` or `>`: the end of an element name. */
function isNameEnd(code: number): boolean {
  return code === 32 || code === GT || code === SLASH || code === 9 || code === 10 || code === 13;
}

/**
 * Calls `visit` with each attribute of a tag (name position and length, value range) from `from` to `to`.
 * Attributes with a prefix (`x14ac:dyDescent`) come with their prefix, so they never pass for `r`, `s`, `t`.
 */
function forEachAttribute(buf: string, from: number, to: number, visit: (nameAt: number, nameLength: number, valueFrom: number, valueTo: number) => void): void {
  let i = from;
  while (i < to) {
    const eq = buf.indexOf('=', i);
    if (eq < 0 || eq >= to) return;
    let q = eq + 1;
    while (q < to && buf.charCodeAt(q) !== QUOTE && buf.charCodeAt(q) !== APOS) q++;
    const end = buf.indexOf(buf[q], q + 1);
    if (q >= to || end < 0 || end > to) return;
    let nameEnd = eq;
    while (nameEnd > i && buf.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > i && buf.charCodeAt(nameStart - 1) > 32) nameStart--;
    visit(nameStart, nameEnd - nameStart, q + 1, end);
    i = end + 1;
  }
}

/** A whole number written in `buf[from, to)` (`r` of a row, `s` of a cell, a shared-string index); -1 if not one. */
function digitsAt(buf: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = buf.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The column of a cell reference (`AB12` → 28, `$C$3` → 3); 0 when it has no letters. */
function columnAt(buf: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    let code = buf.charCodeAt(i);
    if (code === 36 /* $ */ && col === 0) continue;
    if (code >= 97 && code <= 122) code -= 32;
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col;
}

/** A cell's `t` attribute, read in place. */
function cellTypeOf(buf: string, from: number, to: number): CellType {
  const length = to - from;
  switch (buf.charCodeAt(from)) {
    case 115 /* s */:
      if (length === 1) return CellType.Shared;
      return length === 3 && buf.startsWith('str', from) ? CellType.FormulaText : CellType.Number;
    case 105 /* i */:
      return length === 9 && buf.startsWith('inlineStr', from) ? CellType.Inline : CellType.Number;
    case 101 /* e */:
      return length === 1 ? CellType.Error : CellType.Number;
    case 98 /* b */:
      return length === 1 ? CellType.Boolean : CellType.Number;
    case 100 /* d */:
      return length === 1 ? CellType.IsoDate : CellType.Number;
    default:
      return CellType.Number;
  }
}

/** A cell's value from its text as a range of a piece: numbers and shared-string indexes without a string made. */
function rangeValue(type: CellType, buf: string, from: number, to: number, context: CellContext): RawValue {
  if (type === CellType.Shared || type === CellType.Number) {
    const n = digitsAt(buf, from, to);
    if (n >= 0) return type === CellType.Number ? n : sharedString(context, n);
  }
  return cellValue(type, buf.slice(from, to), context);
}

function sharedString(context: CellContext, index: number): RawValue {
  const s = context.strings[index];
  if (s === undefined) return { error: '#REF!' };
  return s === '' ? null : s;
}

/**
 * The RawValue of a cell from its type and text. A number that is not one, or a shared-string index past the
 * table, is `#VALUE!` / `#REF!`-like error rather than a silent blank, so ingest reports the cell.
 */
function cellValue(type: CellType, text: string, context: CellContext): RawValue {
  switch (type) {
    case CellType.Shared: {
      const trimmed = text.trim();
      const index = digitsAt(trimmed, 0, trimmed.length);
      return index < 0 ? { error: '#REF!' } : sharedString(context, index);
    }
    case CellType.FormulaText:
    case CellType.Inline: {
      const s = decodeText(utf8(text, context));
      return s === '' ? null : s;
    }
    case CellType.Error:
      return { error: decodeText(utf8(text, context)).trim() };
    case CellType.Boolean: {
      const b = text.trim();
      return b === '1' || b === 'true';
    }
    case CellType.IsoDate:
      return isoDateTimeToSerial(text.trim(), context.date1904) ?? decodeText(utf8(text, context));
    default: {
      if (text.trim() === '') return null;
      const n = Number(text);
      return Number.isFinite(n) ? n : { error: '#VALUE!' };
    }
  }
}

/** Text of a part fed as Latin-1, as its UTF-8 bytes say (see CellContext.fromLatin1). */
function utf8(text: string, context: CellContext): string {
  // eslint-disable-next-line no-control-regex
  return context.fromLatin1 && /[^\x00-\x7f]/.test(text) ? context.fromLatin1(text) : text;
}

/**
 * An ISO 8601 date or date-time of a `t="d"` cell as a serial (time as the fraction of the day).
 *
 * @example isoDateTimeToSerial('2025-04-01T09:00:00', false) // 45748.375
 */
export function isoDateTimeToSerial(iso: string, date1904: boolean): number | null {
  const day = isoDateToSerial(iso, date1904);
  if (day === null) return null;
  const time = /T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?/.exec(iso);
  if (!time) return day;
  return day + (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86_400;
}
