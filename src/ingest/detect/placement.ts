/**
 * Places the columns of a found header row on fields: the user's mapping (v1 column → field, v2 field → source)
 * first, then the export's and the general vocabulary; several columns of one field are summed where that is
 * their meaning (an export's sums, the same item for several offices), numbered punch pairs become segments.
 */
import type { SheetKind } from '../../rules/types';
import type { ExportLayout } from '../exports';
import { FIELD_LABELS } from './fields';
import { msg, type MessageRef } from '../../rules/messages';
import { addProblem } from './problems';
import { cachedKey, legendOf, meaningOf } from './header-lookup';
import { bracketContents, columnLetter, columnNumber, normalizeHeader } from '../parse/text';
import type { DetectedColumn, DurationStyle, FieldId, FieldSource, SheetGrid, SheetMapping } from '../types';

/** One placed column, with what the reader needs to parse it. */
export interface PlacedColumn {
  /** 0-based index into a row of `values`; -1 for a value from the context (then `constant` holds it). */
  index: number;
  field: FieldId;
  /** The header says 分: plain numbers are minutes. */
  minutes: boolean;
  /** Further columns summed into this field (0-based indexes). */
  parts?: number[];
  /** 1-based punch pair (出勤2/退勤2 → 2); absent for the first. */
  pair?: number;
  /** Codes explained in the header (`0:法定休日`). */
  legend?: Map<string, string>;
  /** How the column's plain numbers are written, once decided (./duration-style). */
  style?: DurationStyle;
  /** Dates written `06/02/2025`: true = day first, false = month first (./date-order); unset: not such dates. */
  dayFirst?: boolean;
  /** A context value for every row (month from the sheet name, employee from a header block …). */
  constant?: string | number | boolean;
  /** Where a context value came from: `sheet name`, `file name`, `header block B2`, `constant`. */
  origin?: string;
  /** Read for the issues of its cells only: its duration style is not known yet. */
  unused?: boolean;
  /** Placed by the user's mapping (v1 column → field). */
  byUser?: boolean;
}

/**
 * A field key as a mapping may write it: `start`, or `start#2` for the second punch pair.
 * Example: `splitPairKey('end#3')` → `{ field: 'end', pair: 3 }`.
 */
function splitPairKey(key: string): { field: FieldId; pair: number } {
  const m = /^(.+)#(\d{1,2})$/.exec(key);
  return m ? { field: m[1] as FieldId, pair: Number(m[2]) } : { field: key as FieldId, pair: 1 };
}

/** Two headers of one quantity in two units (Clockify's `Duration (h)` and `Duration (decimal)`): never added up. */
function sameInOtherUnit(a: string, b: string): boolean {
  const unit = /^[(（]?(h|hr|hours?|decimal|時間|分|min|minutes?|10進数?|60進数?|hh:mm(:ss)?)[)）]?$/i;
  const inside = (t: string) => bracketContents(t).replace(/[()（）]/g, '');
  return unit.test(inside(a) || 'h') && unit.test(inside(b) || 'h');
}

/** Key of a placed column in SheetRead.cols: the field, or `start#2` for a later punch pair. */
export function columnKey(field: FieldId, pair?: number): string {
  return pair && pair > 1 ? `${field}#${pair}` : field;
}

/** Whether a header says its numbers are minutes (`休憩（分）`, `Break (min)`, `休憩分`). */
function saysMinutes(header: string): boolean {
  const inside = bracketContents(header).toLowerCase();
  if (/分|min/.test(inside)) return true;
  const n = normalizeHeader(header);
  return /分$/.test(n) && !/区分$|配分$|繰越分$/.test(n);
}

/** Mapping v1: the field the user gave a column (by letter or header text); undefined when none. */
function v1Field(mapping: SheetMapping | undefined, letter: string, header: string): FieldId | null | undefined {
  const cols = mapping?.columns;
  if (!cols) return undefined;
  if (Object.prototype.hasOwnProperty.call(cols, letter)) return cols[letter];
  const key = normalizeHeader(header);
  if (key) {
    for (const k of Object.keys(cols)) if (!isLetterRef(k) && normalizeHeader(k) === key) return cols[k];
  }
  return undefined;
}

/** Mapping v2: the field whose `fields` entry names the column (alone or in a sum); undefined when none. */
function v2Field(mapping: SheetMapping | undefined, letter: string, header: string): FieldId | undefined {
  const key = normalizeHeader(header);
  for (const [field, source] of Object.entries(mapping?.fields ?? {}) as [FieldId, FieldSource][]) {
    const refs = typeof source === 'string' ? [source] : Array.isArray(source) ? source : [];
    if (refs.some((ref) => ref === letter || (key && !isLetterRef(ref) && normalizeHeader(ref) === key))) return field;
  }
  return undefined;
}

/**
 * The field the user gave a column by letter or header text (mapping v1, else v2), for finding the header row;
 * undefined when none. Example: `mappedField({ columns: { No: 'employeeId' } }, 'A', 'No')` → `'employeeId'`.
 */
export function mappedField(
  mapping: SheetMapping | undefined,
  letter: string,
  header: string,
): FieldId | null | undefined {
  return v1Field(mapping, letter, header) ?? v2Field(mapping, letter, header);
}

/** A column letter as the user writes it (`D`, `AB`); `No` or `In` are header texts. */
function isLetterRef(ref: string): boolean {
  return /^[A-Z]{1,3}$/.test(ref) && columnNumber(ref) > 0;
}

/** The 0-based columns a mapping v2 column reference names: a letter, or every column with that header. */
function columnsNamed(ref: string, headers: string[], firstCol: number): number[] {
  if (isLetterRef(ref)) {
    const c = columnNumber(ref) - firstCol;
    return c >= 0 && c < headers.length ? [c] : [];
  }
  const key = cachedKey(ref);
  const out: number[] = [];
  headers.forEach((h, c) => {
    if (h && cachedKey(h) === key) out.push(c);
  });
  return out;
}

interface Placement {
  placed: PlacedColumn[];
  columns: DetectedColumn[];
  problems: string[];
  problemRefs?: Record<string, MessageRef>;
}

/** Mapping v2 fields: columns, sums, constants (contexts are applied later by ./context). */
function placeMappedFields(
  grid: SheetGrid,
  headers: string[],
  fields: Partial<Record<FieldId, FieldSource>>,
  out: Placement,
  taken: Set<number>,
): void {
  for (const [field, source] of Object.entries(fields) as [FieldId, FieldSource][]) {
    if (typeof source === 'object' && !Array.isArray(source)) {
      if ('value' in source)
        out.placed.push({ index: -1, field, minutes: false, constant: source.value, origin: 'constant' });
      continue;
    }
    const refs = Array.isArray(source) ? source : [source];
    const indexes: number[] = [];
    for (const ref of refs) {
      const found = columnsNamed(ref, headers, grid.firstCol);
      if (found.length !== 1) {
        addProblem(
          out,
          found.length === 0
            ? msg('issue.mapping-no-column', { ref, field: FIELD_LABELS[field] })
            : msg('issue.mapping-many-columns', { ref, field: FIELD_LABELS[field], n: found.length }),
        );
        continue;
      }
      indexes.push(found[0]);
    }
    if (indexes.length === 0) continue;
    const [first, ...rest] = indexes;
    const key = splitPairKey(field);
    const p: PlacedColumn = { index: first, field: key.field, minutes: saysMinutes(headers[first] ?? '') };
    if (key.pair > 1) p.pair = key.pair;
    if (rest.length) p.parts = rest;
    out.placed.push(p);
    for (const c of indexes) taken.add(c);
  }
}

/**
 * Places the columns under `headers` (0-based by column) for a sheet of `kind`.
 * Example: KOT headers 残業時間 | 法定外休日残業時間 → one overtime column with `parts: [1]`.
 */
export function placeColumns(
  grid: SheetGrid,
  kind: SheetKind,
  headers: string[],
  mapping: SheetMapping | undefined,
  exportLayout: ExportLayout | undefined,
): Placement {
  const out: Placement = { placed: [], columns: [], problems: [] };
  const taken = new Set<number>();
  if (mapping?.fields) placeMappedFields(grid, headers, mapping.fields, out, taken);
  const byField = new Map<string, PlacedColumn>();
  for (const p of out.placed) byField.set(columnKey(p.field, p.pair), p);
  const v1User = new Set<FieldId>();
  headers.forEach((h, c) => {
    const f = v1Field(mapping, columnLetter(grid.firstCol + c), h);
    if (f) v1User.add(f);
  });
  const sums = new Set(exportLayout?.sum ?? []);
  for (let c = 0; c < headers.length; c++) {
    const header = headers[c];
    const letter = columnLetter(grid.firstCol + c);
    const user = v1Field(mapping, letter, header);
    let field: FieldId | null = null;
    let pair = 1;
    // A column a v2 entry names but could not place (it named two columns) is left unplaced, not guessed.
    const namedByV2 = !taken.has(c) && v2Field(mapping, letter, header) !== undefined;
    if (taken.has(c)) field = out.placed.find((p) => p.index === c || p.parts?.includes(c))?.field ?? null;
    else if (user) ({ field, pair } = splitPairKey(user));
    else if (user === null) field = null;
    else if (namedByV2) field = null;
    else if (header) {
      const meaning = meaningOf(header, kind, exportLayout);
      if (meaning && !v1User.has(meaning.field) && !(mapping?.fields && meaning.field in mapping.fields)) {
        field = meaning.field;
        pair = meaning.pair;
      }
    }
    if (field && !taken.has(c)) field = place(field, pair, c, header, headers, byField, sums, out, user !== undefined);
    if (header || user !== undefined)
      out.columns.push({ column: letter, header, field, byUser: user !== undefined || taken.has(c) || namedByV2 });
  }
  return out;
}

/** Fields whose columns for several offices add up (hours and days; never ids, dates or names). */
const SUMMABLE = new Set<FieldId>([
  'worked',
  'overtime',
  'holidayWork',
  'lateNight',
  'break',
  'scheduled',
  'days',
  'grantDays',
  'takenDays',
  'leaveHours',
]);

/** Places column c on field (or adds it to the field's sum); the field it ended on, or null when not used. */
function place(
  field: FieldId,
  pair: number,
  c: number,
  header: string,
  headers: string[],
  byField: Map<string, PlacedColumn>,
  sums: Set<FieldId>,
  out: Placement,
  byUser: boolean,
): FieldId | null {
  const key = columnKey(field, pair);
  const existing = byField.get(key);
  if (existing) {
    // The same item for another office (`残業時間（本社）`, `残業時間（支店）`) or an export's sum: added up.
    const first = headers[existing.index] ?? '';
    const sameItem =
      SUMMABLE.has(field) &&
      cachedKey(first) === cachedKey(header) &&
      first !== header &&
      !sameInOtherUnit(first, header);
    // Two columns the user placed on one hours field (平日残業 and 法定外休時間 both on 法定時間外労働) add up too.
    if (
      existing.index >= 0 &&
      (((sums.has(field) || sameItem) && !byUser) || (byUser && existing.byUser && SUMMABLE.has(field)))
    ) {
      (existing.parts ??= []).push(c);
      return field;
    }
    return null;
  }
  const p: PlacedColumn = { index: c, field, minutes: saysMinutes(header) };
  if (byUser) p.byUser = true;
  if (pair > 1) p.pair = pair;
  if (field === 'dayType') {
    const legend = legendOf(header);
    if (legend) p.legend = legend;
  }
  byField.set(key, p);
  out.placed.push(p);
  return field;
}

/**
 * Where each field came from, for the JSON report: `C`, `F+G`, or the context's origin.
 * Example: `{ employeeId: 'header block B2', date: 'A', overtime: 'F+G' }`.
 */
export function originsOf(grid: SheetGrid, placed: PlacedColumn[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of placed) {
    if (p.unused) continue;
    const key = columnKey(p.field, p.pair);
    if (p.index < 0) out[key] = p.origin ?? 'constant';
    else out[key] = [p.index, ...(p.parts ?? [])].map((c) => columnLetter(grid.firstCol + c)).join('+');
  }
  return out;
}
