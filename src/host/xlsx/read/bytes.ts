/**
 * Byte-level pieces of the worksheet reader (./worksheet.ts): the markup of a worksheet is ASCII, so tags, attribute
 * names, references, style indexes and numbers are read from the inflated bytes in place, without making a string;
 * only a text cell's bytes are decoded (UTF-8). Pure: no Node built-ins.
 */
import { CellType } from './cells';
import { mainPrefix } from '../xml';

const QUOTE = 34;
const APOS = 39;
const GT = 62;
const SLASH = 47;
const LT = 60;

const utf8 = new TextDecoder('utf-8');

/** The UTF-8 text of `buf[from, to)`. */
export function utf8Of(buf: Uint8Array, from: number, to: number): string {
  return to > from ? utf8.decode(buf.subarray(from, to)) : '';
}

/** A whole number written in `buf[from, to)` (`r` of a row, `s` of a cell, a shared-string index); -1 if not one. */
export function digitsAt(buf: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The column of a cell reference (`AB12` → 28, `$C$3` → 3); 0 when it has no letters. */
function columnAt(buf: Uint8Array, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    let code = buf[i];
    if (code === 36 /* $ */ && col === 0) continue;
    if (code >= 97 && code <= 122) code -= 32;
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col;
}

/** A cell's `t` attribute, read in place. */
function typeAt(buf: Uint8Array, from: number, to: number): CellType {
  const length = to - from;
  switch (buf[from]) {
    case 115 /* s */:
      if (length === 1) return CellType.Shared;
      return length === 3 && buf[from + 1] === 116 && buf[from + 2] === 114 ? CellType.FormulaText : CellType.Number;
    case 105 /* i */:
      return length === 9 && startsWithText(buf, from, 'inlineStr') ? CellType.Inline : CellType.Number;
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

/** Space, tab, CR, LF, `/` or `>`: the end of an element name. */
export function isNameEnd(code: number): boolean {
  return code === 32 || code === GT || code === SLASH || code === 9 || code === 10 || code === 13;
}

/** The attribute last found by {@link nextAttribute}: one shared record, no object per attribute. */
const attribute = { nameAt: 0, nameLength: 0, from: 0, to: 0 };

/**
 * Finds the next `name="value"` of a tag from `i` (before `end`) and puts it in {@link attribute}; returns where
 * to go on, or -1 when there is none. A prefixed name (`x14ac:dyDescent`) keeps its prefix, so it never passes for
 * `r`, `s` or `t`.
 */
function nextAttribute(buf: Uint8Array, i: number, end: number): number {
  while (i < end && buf[i] <= 32) i++;
  const nameAt = i;
  while (i < end && buf[i] !== 61 /* = */ && buf[i] > 32) i++;
  const nameLength = i - nameAt;
  while (i < end && buf[i] !== QUOTE && buf[i] !== APOS) i++;
  if (i >= end) return -1;
  const quote = buf[i];
  const from = ++i;
  while (i < end && buf[i] !== quote) i++;
  if (i >= end) return -1;
  attribute.nameAt = nameAt;
  attribute.nameLength = nameLength;
  attribute.from = from;
  attribute.to = i;
  return i + 1;
}

/** `bytes` at `at`. */
export function startsWith(buf: Uint8Array, at: number, bytes: Uint8Array): boolean {
  if (at + bytes.length > buf.length) return false;
  for (let k = 0; k < bytes.length; k++) if (buf[at + k] !== bytes[k]) return false;
  return true;
}

/** `text` (ASCII) at `at`. */
function startsWithText(buf: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > buf.length) return false;
  for (let k = 0; k < text.length; k++) if (buf[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** Where `text` (ASCII) first occurs from `from`; -1 if it does not. */
function indexOfText(buf: Uint8Array, text: string, from: number): number {
  const first = text.charCodeAt(0);
  for (let i = from; i + text.length <= buf.length; i++) if (buf[i] === first && startsWithText(buf, i, text)) return i;
  return -1;
}

/** Where `byte` first occurs from `from`; -1 if it does not. */
function indexOfByte(buf: Uint8Array, byte: number, from: number): number {
  for (let i = from; i < buf.length; i++) if (buf[i] === byte) return i;
  return -1;
}

/** The elements the scanner acts on (local names in the main namespace). */
export const enum El {
  Other,
  Row,
  Cell,
  Value,
  Text,
  Phonetic,
  SheetData,
}

/** The element whose local name starts at `i` (the prefix already skipped), by its first bytes. */
export function elementAt(buf: Uint8Array, i: number): El {
  switch (buf[i]) {
    case 99 /* c */:
      return isNameEnd(buf[i + 1]) ? El.Cell : El.Other;
    case 118 /* v */:
      return isNameEnd(buf[i + 1]) ? El.Value : El.Other;
    case 116 /* t */:
      return isNameEnd(buf[i + 1]) ? El.Text : El.Other;
    case 114 /* r */:
      if (buf[i + 1] === 111 && buf[i + 2] === 119 && isNameEnd(buf[i + 3])) return El.Row;
      if (buf[i + 1] === 80 && buf[i + 2] === 104 && isNameEnd(buf[i + 3])) return El.Phonetic;
      return El.Other;
    case 115 /* s */:
      return startsWithText(buf, i + 1, 'heetData') && isNameEnd(buf[i + 9]) ? El.SheetData : El.Other;
    default:
      return El.Other;
  }
}

/**
 * Where the bare tag `<ab>` — `</ab>` when `closing` — of a two-letter element (`is`, `si`; the prefix on its name)
 * that starts at `lt` ends; -1 when it is not there.
 */
function twoLetterTagEnd(
  buf: Uint8Array,
  lt: number,
  prefix: Uint8Array,
  closing: boolean,
  first: number,
  second: number,
): number {
  let at = lt + (closing ? 2 : 1);
  if (buf[lt] !== LT || (closing && buf[lt + 1] !== SLASH)) return -1;
  if (prefix.length > 0) {
    if (!startsWith(buf, at, prefix)) return -1;
    at += prefix.length;
  }
  return buf[at] === first && buf[at + 1] === second && buf[at + 2] === GT ? at + 3 : -1;
}

/** Where the closing tag `</x>` (the prefix on its name) of a one-letter element that starts at `lt` ends; -1 when it is not there. */
function closingTagEnd(buf: Uint8Array, lt: number, prefix: Uint8Array, letter: number): number {
  const at = lt + 2 + prefix.length;
  if (at + 1 >= buf.length || buf[lt] !== LT || buf[lt + 1] !== SLASH) return -1;
  if (buf[at] !== letter || buf[at + 1] !== GT) return -1;
  return prefix.length === 0 || startsWith(buf, lt + 2, prefix) ? at + 2 : -1;
}

/** The first `<` from `from`; -1 when there is none (a loop: the texts are a few bytes long). */
function nextLt(buf: Uint8Array, from: number): number {
  for (let i = from; i < buf.length; i++) if (buf[i] === LT) return i;
  return -1;
}

/** The text range last found by {@link cellContentAt} or {@link wrappedTextAt}. */
export const elementText = { from: 0, to: 0 };

/**
 * `<t>text</t>` or `<t xml:space="preserve">text</t>` (the prefix on each name) at `lt`: puts the text's range in
 * {@link elementText} and returns where `</t>` ends; -1 for anything else.
 */
function textElementAt(buf: Uint8Array, lt: number, prefix: Uint8Array): number {
  let i = lt + 2 + prefix.length;
  if (buf[lt] !== LT || !startsWith(buf, lt + 1, prefix) || buf[i - 1] !== 116 /* t */) return -1;
  if (buf[i] === 32 && startsWithText(buf, i, ' xml:space="preserve"')) i += 21;
  if (buf[i] !== GT) return -1;
  const to = nextLt(buf, i + 1);
  if (to < 0) return -1;
  elementText.from = i + 1;
  elementText.to = to;
  return closingTagEnd(buf, to, prefix, 116 /* t */);
}

/**
 * `<ab><t>text</t></ab>` — an inline string's `<is>`, a shared string's `<si>`, the two letters of its name given —
 * at `lt`: puts the text's range in {@link elementText} and returns where `</ab>` ends; -1 for anything else (rich
 * text, a phonetic reading, CDATA, the piece's end).
 */
export function wrappedTextAt(buf: Uint8Array, lt: number, prefix: Uint8Array, first: number, second: number): number {
  const open = twoLetterTagEnd(buf, lt, prefix, false, first, second);
  const afterText = open < 0 ? -1 : textElementAt(buf, open, prefix);
  return afterText < 0 ? -1 : twoLetterTagEnd(buf, afterText, prefix, true, first, second);
}

/**
 * A cell's content as writers write it — `<v>text</v></c>`, or `<is><t>text</t></is></c>` for an inline string (as
 * Apache POI's streaming writer writes every text) — at `lt`: puts the text's range in {@link elementText} and
 * returns where `</c>` ends; -1 for anything else. (The `<v>` case, most of a sheet's cells, is spelt out.)
 */
export function cellContentAt(buf: Uint8Array, lt: number, prefix: Uint8Array, inline: boolean): number {
  if (inline) {
    const afterText = wrappedTextAt(buf, lt, prefix, 105 /* i */, 115 /* s */);
    return afterText < 0 ? -1 : closingTagEnd(buf, afterText, prefix, 99 /* c */);
  }
  const plen = prefix.length;
  const text = lt + 3 + plen;
  if (buf[lt] !== LT || buf[text - 2] !== 118 /* v */ || buf[text - 1] !== GT) return -1;
  if (plen > 0 && !startsWith(buf, lt + 1, prefix)) return -1;
  let end = text;
  while (end < buf.length && buf[end] !== LT) end++;
  const afterValue = closingTagEnd(buf, end, prefix, 118 /* v */);
  const afterCell = afterValue < 0 ? -1 : closingTagEnd(buf, afterValue, prefix, 99 /* c */);
  elementText.from = text;
  elementText.to = end;
  return afterCell;
}

/**
 * The prefix (as bytes) the root element binds to SpreadsheetML's main namespace; undefined until the root's start
 * tag is whole in `buf`, null when the root is not in that namespace (../xml.ts mainPrefix).
 */
export function mainPrefixAt(buf: Uint8Array): Uint8Array | null | undefined {
  // The first bytes as text (the markup is ASCII), decoded a block at a time: one flat string, few allocations.
  const blocks: string[] = [];
  for (let at = 0; at < Math.min(buf.length, 65_536); at += 1024)
    blocks.push(String.fromCharCode.apply(null, Array.from(buf.subarray(at, Math.min(at + 1024, buf.length, 65_536)))));
  const head = blocks.join('');
  const root = head.search(/<[^?!]/);
  if (root < 0 || head.indexOf('>', root) < 0) return undefined;
  const prefix = mainPrefix(head);
  return prefix === null ? null : new TextEncoder().encode(prefix);
}

/**
 * The bytes a scan left for the next piece, kept at the start of a buffer reused from piece to piece with the
 * next piece copied after them: no allocation per piece (a 130 MB part comes in 500 pieces).
 */
export class CarryOver {
  private work = new Uint8Array(0);
  private length = 0;

  /** The carried bytes and `bytes` as one buffer (`bytes` itself when nothing is carried). */
  join(bytes: Uint8Array): Uint8Array {
    if (this.length === 0) return bytes;
    const length = this.length + bytes.length;
    this.reserve(length);
    this.work.set(bytes, this.length);
    this.length = 0;
    return this.work.subarray(0, length);
  }

  /** Keeps `buf` from `stop` on for the next piece. */
  keep(buf: Uint8Array, stop: number): void {
    this.length = 0;
    if (stop >= buf.length) return;
    if (buf.buffer === this.work.buffer) this.work.copyWithin(0, stop, buf.length);
    else {
      this.reserve(buf.length - stop);
      this.work.set(buf.subarray(stop), 0);
    }
    this.length = buf.length - stop;
  }

  /** Room for `length` bytes, the carried bytes kept. */
  private reserve(length: number): void {
    if (this.work.length >= length) return;
    const grown = new Uint8Array(Math.max(length, this.work.length * 2));
    grown.set(this.work.subarray(0, this.length));
    this.work = grown;
  }
}

/** The comment, processing instruction or CDATA section last found by {@link specialAt}. */
export const special = { cdata: false, contentEnd: 0, after: 0 };

/** Finds the end of the `<!…>` or `<?…>` at `lt` and puts it in {@link special}; false when the piece cuts it off. */
export function specialAt(buf: Uint8Array, lt: number): boolean {
  const cdata = startsWithText(buf, lt, '<![CDATA[');
  const comment = !cdata && startsWithText(buf, lt, '<!--');
  const end = cdata
    ? indexOfText(buf, ']]>', lt + 9)
    : comment
      ? indexOfText(buf, '-->', lt + 4)
      : indexOfByte(buf, GT, lt + 2);
  if (end < 0) return false;
  special.cdata = cdata;
  special.contentEnd = end;
  special.after = end + (cdata || comment ? 3 : 1);
  return true;
}

/** The `r` (column), `s` and `t` of the cell tag last read by {@link cellAttributesAt} or {@link cellTagAt}. */
export const cellTag = { col: 0, style: 0, type: CellType.Number, selfClosing: false };

/** Reads `r`, `s` and `t` of a `<c …>` tag whose attributes run from `from` to `gt` into {@link cellTag}. */
export function cellAttributesAt(buf: Uint8Array, from: number, gt: number): void {
  cellTag.col = 0;
  cellTag.style = 0;
  cellTag.type = CellType.Number;
  for (let i = from; i < gt;) {
    const at = nextAttribute(buf, i, gt);
    if (at < 0) break;
    if (attribute.nameLength === 1) takeCellAttribute(buf, buf[attribute.nameAt], attribute.from, attribute.to);
    i = at;
  }
}

function takeCellAttribute(buf: Uint8Array, name: number, from: number, to: number): void {
  if (name === 114 /* r */) cellTag.col = columnAt(buf, from, to);
  else if (name === 115 /* s */) cellTag.style = Math.max(0, digitsAt(buf, from, to));
  else if (name === 116 /* t */) cellTag.type = typeAt(buf, from, to);
}

/**
 * The usual cell tag read in one pass: its attributes from `from` (just past `<c`) to its `>`, each written
 * `name="value"`, into {@link cellTag}; returns where the `>` is, or -1 for anything else (the piece ends first, a
 * `>` inside a value, an unusual spelling), which the scanner then reads tag by tag as before.
 */
export function cellTagAt(buf: Uint8Array, from: number): number {
  const n = buf.length;
  cellTag.col = 0;
  cellTag.style = 0;
  cellTag.type = CellType.Number;
  let i = from;
  for (;;) {
    while (i < n && (buf[i] === 32 || buf[i] === 9 || buf[i] === 10 || buf[i] === 13)) i++;
    if (i + 1 >= n) return -1;
    if (buf[i] === GT || (buf[i] === SLASH && buf[i + 1] === GT)) break;
    const nameAt = i;
    while (i < n && buf[i] > 32 && buf[i] !== 61 /* = */ && buf[i] !== GT && buf[i] !== SLASH) i++;
    if (buf[i] !== 61 || (buf[i + 1] !== QUOTE && buf[i + 1] !== APOS)) return -1;
    const quote = buf[i + 1];
    const valueFrom = (i += 2);
    while (i < n && buf[i] !== quote && buf[i] !== GT) i++;
    if (i >= n || buf[i] !== quote) return -1;
    if (valueFrom - 2 - nameAt === 1) takeCellAttribute(buf, buf[nameAt], valueFrom, i);
    i++;
  }
  cellTag.selfClosing = buf[i] === SLASH;
  return cellTag.selfClosing ? i + 1 : i;
}

/** `r` of a `<row …>` tag whose attributes run from `from` to `gt` (the first one given); -1 when it has none. */
export function rowNumberAt(buf: Uint8Array, from: number, gt: number): number {
  for (let i = from; i < gt;) {
    const at = nextAttribute(buf, i, gt);
    if (at < 0) break;
    if (attribute.nameLength === 1 && buf[attribute.nameAt] === 114 /* r */)
      return digitsAt(buf, attribute.from, attribute.to);
    i = at;
  }
  return -1;
}
