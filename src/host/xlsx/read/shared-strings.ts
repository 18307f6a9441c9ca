/**
 * The shared-string table (`xl/sharedStrings.xml`) read lazily: the part's inflated bytes are kept, one pass over
 * them finds where each item (`<si>`) starts and ends, and an item's text is decoded the first time a cell asks for
 * it. A table of free text — remarks, reasons, comments, one per row — in a column the checker does not use is then
 * never decoded (below a sheet's head rows the worksheet reader decodes only the columns in use). An item's text is
 * what ./parts.ts `sharedStrings` gives for it: plain `<t>` text is decoded from its bytes at once, any other item
 * (rich-text runs, phonetic readings, entities, `_xHHHH_` escapes, CDATA) by that same tag reader, one item at a
 * time — so an item left unclosed cannot spill into the next one. Pure: no Node built-ins.
 */
import { elementText, isNameEnd, mainPrefixAt, special, specialAt, startsWith, utf8Of, wrappedTextAt } from './bytes';
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
  /** The same prefix as text, for the tag reader. */
  private readonly prefixText: string;
  private decodedItems = 0;

  constructor(private readonly bytes: Uint8Array) {
    const prefix = mainPrefixAt(bytes);
    this.prefix = prefix ?? new Uint8Array(0);
    this.prefixText = new TextDecoder().decode(this.prefix);
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
    if (isPlainText(this.bytes, from, to, this.prefix)) return utf8Of(this.bytes, elementText.from, elementText.to);
    return stringItems(utf8Of(this.bytes, from, to), this.prefixText)[0] ?? '';
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

/**
 * True when the item at `bytes[from, to)` is written `<si><t>text</t></si>` (or `<t xml:space="preserve">`) with a text
 * that needs no decoding (no `&`, no `_x`): its range is then in `elementText`.
 */
function isPlainText(bytes: Uint8Array, from: number, to: number, prefix: Uint8Array): boolean {
  if (wrappedTextAt(bytes, from, prefix, 115 /* s */, 105 /* i */) !== to) return false;
  for (let k = elementText.from; k < elementText.to; k++) {
    const b = bytes[k];
    if (b === AMP || (b === UNDERSCORE && bytes[k + 1] === 120) /* x */) return false;
  }
  return true;
}
