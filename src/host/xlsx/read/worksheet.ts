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
 * element of another namespace is never taken for a cell. Pure: no Node built-ins (./file.ts inflates).
 */
import type { RawValue, SheetGrid } from '../../../ingest/types';
import type { ReadProgress } from '../../port';
import {
  CellType,
  cellTypeOf,
  cellValue,
  columnAt,
  digitsAt,
  forEachAttribute,
  rangeValue,
  type CellContext,
} from './cells';
import { mainPrefixOf } from './parts';
import { padGrid } from '../../cell-values';

export type { CellContext } from './cells';
export { isoDateTimeToSerial } from './cells';

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

const GT = 62;
const SLASH = 47;

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
      if (prefix === null)
        throw new Error(
          `シート「${this.name}」が SpreadsheetML のワークシートではありません / not a SpreadsheetML worksheet`,
        );
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
        this.cellText +=
          this.textOfRange() + buf.slice(this.captureFrom, lt) + buf.slice(lt + 9, end).replace(/&/g, '&amp;');
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
        this.shareFormats();
        if (this.onProgress && this.row % PROGRESS_ROWS === 0)
          this.onProgress({ sheet: this.name, rowsRead: this.row, rowsTotal: 0 });
        break;
    }
  }

  /**
   * A row whose number formats are those of the row above (a table's rows, as a rule) shares its array: 365,000
   * arrays fewer to keep and for the garbage collector to copy at 1,000 employees. Grids are read, never written.
   */
  private shareFormats(): void {
    const r = this.row - 1;
    const formats = this.numberFormats;
    if (r < 1 || r >= formats.length) return;
    const mine = formats[r];
    const above = formats[r - 1];
    if (mine === above || mine.length !== above.length) return;
    for (let c = 0; c < mine.length; c++) if (mine[c] !== above[c]) return;
    formats[r] = above;
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
    // A row written again after later rows (out of order: not valid, but seen) may share its formats: unshare.
    if (r < this.values.length - 1) this.numberFormats[r] = this.numberFormats[r].slice();
    const fmt = this.numberFormats[r];
    const c = this.cellCol - 1;
    while (row.length < c) {
      row.push(null);
      fmt.push('General');
    }
    let format = this.context.formats[this.cellStyle] ?? 'General';
    let value: RawValue = null;
    if (this.cellHasValue) {
      value =
        this.cellText === '' && this.textBuf !== ''
          ? rangeValue(this.cellType, this.textBuf, this.textFrom, this.textTo, this.context)
          : cellValue(this.cellType, this.cellText + this.textOfRange(), this.context);
      this.textBuf = '';
      // A `t="d"` cell is a date whatever its style: give it a date format when the style has none.
      if (this.cellType === CellType.IsoDate && typeof value === 'number' && format === 'General')
        format = Number.isInteger(value) ? 'yyyy/m/d' : 'yyyy/m/d h:mm:ss';
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
