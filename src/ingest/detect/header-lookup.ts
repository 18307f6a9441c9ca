/**
 * Header text → field, with an export's own vocabulary on top of the general one, numbered punch pairs
 * (出勤1/退勤1 … 出勤10/退勤10) and day-type code legends in the header (`休日（0:法定休日、1:所定休日）`).
 */
import type { SheetKind } from '../../rules/types';
import { EXPORT_LAYOUTS, type ExportLayout } from '../exports';
import { fieldForNormalizedHeader, headerKey } from './fields';
import { isBlank, rawToText } from '../parse/text';
import type { FieldId, SheetGrid } from '../types';

/** What a header means: the field, and for the 2nd… punch pair its number. */
export interface HeaderMeaning {
  field: FieldId;
  /** 1-based punch pair (出勤2 → 2); 1 for an unnumbered or first pair. */
  pair: number;
}

const PAIR = /^(.*?)(\d{1,2})$/;
const keyCache = new Map<string, string>();

/** headerKey, cached (header texts repeat across sheets). */
export function cachedKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = headerKey(text);
    if (keyCache.size < 10000) keyCache.set(text, key);
  }
  return key;
}

/**
 * The meaning of a header on a sheet of `kind`, the export's vocabulary first. A numbered 出勤/退勤 header is a
 * punch pair. Example: `meaningOf('出勤2', 'daily')` → `{ field: 'start', pair: 2 }`.
 */
export function meaningOf(text: string, kind: SheetKind, layout?: ExportLayout): HeaderMeaning | null {
  const key = cachedKey(text);
  if (!key) return null;
  if (layout?.headers && Object.prototype.hasOwnProperty.call(layout.headers, key)) {
    const f = layout.headers[key];
    return f ? { field: f, pair: 1 } : null;
  }
  const field = fieldForNormalizedHeader(key, kind);
  if (field) return { field, pair: 1 };
  if (kind !== 'daily') return null;
  const m = PAIR.exec(key);
  if (!m) return null;
  const base = fieldForNormalizedHeader(m[1], kind);
  const pair = Number(m[2]);
  const paired = base === 'start' || base === 'end' || base === 'breakStart' || base === 'breakEnd';
  return paired && pair >= 1 && pair <= 10 ? { field: base, pair } : null;
}

/**
 * Codes explained in a header: `休日（0:法定休日、1:所定休日）` → 0 → 法定休日, 1 → 所定休日. Null when there is none.
 */
export function legendOf(header: string): Map<string, string> | null {
  const text = header.normalize('NFKC');
  const legend = new Map<string, string>();
  for (const m of text.matchAll(/([0-9A-Za-z]+)\s*[:=]\s*([^、,;)\]]+)/g)) legend.set(m[1], m[2].trim());
  return legend.size > 0 ? legend : null;
}

/** Header keys of the text cells of one row. */
function rowKeys(grid: SheetGrid, r: number): Set<string> {
  const keys = new Set<string>();
  for (const v of grid.values[r] ?? []) {
    if (isBlank(v) || typeof v === 'object') continue;
    const text = typeof v === 'string' ? v : rawToText(v);
    if (text.length <= 60) keys.add(cachedKey(text));
  }
  return keys;
}

/**
 * The export a sheet is, by its fingerprint, and the 0-based row of its header; null when none matches.
 * Example: a sheet whose row 1 holds 従業員コード, 日時, 労働合計時間 → KING OF TIME 日別データ, row 0.
 */
export function findExport(grid: SheetGrid, searchRows: number): { layout: ExportLayout; row: number } | null {
  const limit = Math.min(grid.values.length, searchRows);
  const above = new Set<string>();
  for (let r = 0; r < limit; r++) {
    const keys = rowKeys(grid, r);
    for (const layout of EXPORT_LAYOUTS) {
      if (!layout.signature.every((k) => keys.has(k))) continue;
      if (layout.blockSignature && !layout.blockSignature.every((k) => above.has(k))) continue;
      return { layout, row: r };
    }
    for (const k of keys) above.add(k);
  }
  return null;
}
