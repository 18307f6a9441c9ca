/**
 * Cell-level pieces of the worksheet reader (./worksheet.ts): attributes read in place, a cell's `t`, and the
 * RawValue of its text. Pure: no Node built-ins.
 */
import type { RawValue } from '../../../ingest/types';
import { decodeText } from './parts';
import { isoDateToSerial } from '../../cell-values';

const QUOTE = 34;
const APOS = 39;

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

/** A cell's `t` attribute. */
export enum CellType {
  Number,
  Shared,
  FormulaText,
  Inline,
  Error,
  Boolean,
  IsoDate,
}

/**
 * Calls `visit` with each attribute of a tag (name position and length, value range) from `from` to `to`.
 * Attributes with a prefix (`x14ac:dyDescent`) come with their prefix, so they never pass for `r`, `s`, `t`.
 */
export function forEachAttribute(
  buf: string,
  from: number,
  to: number,
  visit: (nameAt: number, nameLength: number, valueFrom: number, valueTo: number) => void,
): void {
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
export function digitsAt(buf: string, from: number, to: number): number {
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
export function columnAt(buf: string, from: number, to: number): number {
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
export function cellTypeOf(buf: string, from: number, to: number): CellType {
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
export function rangeValue(type: CellType, buf: string, from: number, to: number, context: CellContext): RawValue {
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
export function cellValue(type: CellType, text: string, context: CellContext): RawValue {
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
  return context.fromLatin1 && /[\u0080-\uffff]/.test(text) ? context.fromLatin1(text) : text;
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
