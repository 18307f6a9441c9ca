/**
 * Cell-level pieces of the worksheet reader (./worksheet.ts): attributes read in place, a cell's `t`, and the
 * RawValue of its text. Pure: no Node built-ins.
 */
import type { RawValue } from '../../../ingest/types';
import { decodeText } from './parts';
import { isoDateToSerial } from '../../cell-values';
import type { SharedStrings } from './shared-strings';

/** What a worksheet's cells are read against: the package's shared strings and style formats. */
export interface CellContext {
  /** The shared-string table: read lazily from a file (./shared-strings.ts), or an array. */
  strings: SharedStrings;
  /** Number format of each cell style (index = the cell's `s`). */
  formats: readonly string[];
  date1904: boolean;
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

/** A whole number written in `text` (a shared-string index); -1 if not one. */
function wholeNumber(text: string): number {
  if (text.length === 0 || text.length > 15) return -1;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The text of a shared string (its table's entry), null for an empty one, `#REF!` past the table. */
export function sharedString(context: CellContext, index: number): RawValue {
  const s = context.strings.at(index);
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
      const index = wholeNumber(trimmed);
      return index < 0 ? { error: '#REF!' } : sharedString(context, index);
    }
    case CellType.FormulaText:
    case CellType.Inline: {
      const s = decodeText(text);
      return s === '' ? null : s;
    }
    case CellType.Error:
      return { error: decodeText(text).trim() };
    case CellType.Boolean: {
      const b = text.trim();
      return b === '1' || b === 'true';
    }
    case CellType.IsoDate:
      return isoDateTimeToSerial(text.trim(), context.date1904) ?? decodeText(text);
    default: {
      if (text.trim() === '') return null;
      const n = Number(text);
      return Number.isFinite(n) ? n : { error: '#VALUE!' };
    }
  }
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
