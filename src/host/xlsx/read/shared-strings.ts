/**
 * The shared-string table (`xl/sharedStrings.xml`) read lazily: the part's inflated bytes are kept, one pass over
 * them finds where each item (`<si>`) starts and ends, and an item's text is decoded the first time a cell asks for
 * it. A table of free text — remarks, reasons, comments, one per row — in a column the checker does not use is then
 * never decoded (below a sheet's head rows the worksheet reader decodes only the columns in use). An item's text is
 * what ./parts.ts `sharedStrings` gives for it: plain `<t>` text is decoded from its bytes at once, any other item
 * (rich-text runs, phonetic readings, entities, `_xHHHH_` escapes, CDATA) by that same tag reader, one item at a
 * time — so an item left unclosed cannot spill into the next one. Pure: no Node built-ins.
 */
import { isNameEnd, mainPrefixAt, special, specialAt, startsWith, startsWithText, utf8Of } from './bytes';
import { stringItems } from './parts';

const LT = 60;
const GT = 62;
const SLASH = 47;
const AMP = 38;
const UNDERSCORE = 95;

/** What a worksheet reader needs of a shared-string table: its size and an item's text (an array serves). */
export interface SharedStrings {
  readonly length: number;
  at(index: number): string | undefined;
}

/**
 * @example
 * const table = new SharedStringTable(new TextEncoder().encode('<sst xmlns="…main"><si><t>山田</t></si><si><r><t>A</t></r><r><t>B</t></r></si></sst>'));
 * table.length // 2
 * table.at(1) // 'AB' (decoded now, and kept)
 */
export class SharedStringTable implements SharedStrings {
  readonly length: number;
  /** Byte range of each item, `<si>` to `</si>` included. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Texts decoded so far (undefined: not asked for yet). */
  private readonly texts: (string | undefined)[];
  private readonly prefix: Uint8Array;
  private decodedItems = 0;

  constructor(private readonly bytes: Uint8Array) {
    const prefix = mainPrefixAt(bytes);
    this.prefix = prefix ?? new Uint8Array(0);
    const { starts, ends, count } = prefix ? itemRanges(bytes, prefix) : { starts: [], ends: [], count: 0 };
    this.starts = Int32Array.from(starts);
    this.ends = Int32Array.from(ends);
    this.length = count;
    this.texts = new Array<string | undefined>(count);
  }

  /** The text of item `index`; undefined past the table. */
  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.length && Number.isInteger(index))) return undefined;
    const known = this.texts[index];
    if (known !== undefined) return known;
    this.decodedItems++;
    return (this.texts[index] = this.decode(this.starts[index], this.ends[index]));
  }

  /** How many items have been decoded (each once). */
  get decoded(): number {
    return this.decodedItems;
  }

  private decode(from: number, to: number): string {
    if (plainTextOf(this.bytes, from, to, this.prefix)) return utf8Of(this.bytes, plain.from, plain.to);
    const prefix = new TextDecoder().decode(this.prefix);
    return stringItems(utf8Of(this.bytes, from, to), prefix)[0] ?? '';
  }
}

/**
 * Where each `<si>…</si>` (or `<si/>`) of the table starts and ends, found byte by byte; comments, processing
 * instructions and CDATA sections are stepped over whole, so markup written inside them is not taken for an item.
 * A stray `</si>` is an item of its own (empty), as the tag reader takes it.
 */
function itemRanges(bytes: Uint8Array, prefix: Uint8Array): { starts: number[]; ends: number[]; count: number } {
  const starts: number[] = [];
  const ends: number[] = [];
  const plen = prefix.length;
  let open = -1;
  let i = bytes.indexOf(LT);
  while (i >= 0 && i + 1 < bytes.length) {
    const next = bytes[i + 1];
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      if (!specialAt(bytes, i)) break;
      i = bytes.indexOf(LT, special.after);
      continue;
    }
    const closing = next === SLASH;
    const name = i + (closing ? 2 : 1);
    const isItem =
      (plen === 0 || startsWith(bytes, name, prefix)) &&
      bytes[name + plen] === 115 /* s */ &&
      bytes[name + plen + 1] === 105 /* i */ &&
      isNameEnd(bytes[name + plen + 2]);
    if (!isItem) {
      i = bytes.indexOf(LT, i + 1);
      continue;
    }
    const gt = bytes.indexOf(GT, name);
    if (gt < 0) break;
    if (closing) {
      starts.push(open >= 0 ? open : i);
      ends.push(gt + 1);
      open = -1;
    } else if (bytes[gt - 1] === SLASH) {
      starts.push(i);
      ends.push(gt + 1);
    } else open = i;
    i = bytes.indexOf(LT, gt + 1);
  }
  return { starts, ends, count: starts.length };
}

/** The text last found by {@link plainTextOf}: one shared record, no object per item. */
const plain = { from: 0, to: 0 };

/**
 * Finds the text of an item written `<si><t>text</t></si>` (or `<t xml:space="preserve">`) whose text needs no
 * decoding (no `&`, no `_x`) and puts its range in {@link plain}; false for any other item.
 */
function plainTextOf(bytes: Uint8Array, from: number, to: number, prefix: Uint8Array): boolean {
  const plen = prefix.length;
  // `<si>` then `<t`
  let i = from + 1 + plen;
  if (bytes[i] !== 115 || bytes[i + 1] !== 105 || bytes[i + 2] !== GT) return false;
  i += 3;
  if (bytes[i] !== LT || !startsWith(bytes, i + 1, prefix) || bytes[i + 1 + plen] !== 116 /* t */) return false;
  i += 2 + plen;
  if (bytes[i] === 32 && startsWithText(bytes, i, ' xml:space="preserve"')) i += 21;
  if (bytes[i] !== GT) return false;
  const text = i + 1;
  const end = bytes.indexOf(LT, text);
  if (end < 0 || end >= to) return false;
  for (let k = text; k < end; k++) {
    const b = bytes[k];
    if (b === AMP || (b === UNDERSCORE && bytes[k + 1] === 120) /* x */) return false;
  }
  // `</t></si>` and nothing after
  let j = end;
  if (bytes[j + 1] !== SLASH || !startsWith(bytes, j + 2, prefix) || bytes[j + 2 + plen] !== 116) return false;
  j += 3 + plen;
  if (bytes[j] !== GT || bytes[j + 1] !== LT || bytes[j + 2] !== SLASH || !startsWith(bytes, j + 3, prefix))
    return false;
  j += 3 + plen;
  if (bytes[j] !== 115 || bytes[j + 1] !== 105 || bytes[j + 2] !== GT || j + 3 !== to) return false;
  plain.from = text;
  plain.to = end;
  return true;
}
