/** Finds the header row of a sheet, recognises its kind and places its columns (docs/reading.md). */
import type { SheetKind } from '../../rules/types';
import { applyContext, periodFromName } from './context';
import type { ExportLayout } from '../exports';
import { SHEET_KINDS, missingFields } from './fields';
import { findExport, meaningOf } from './header-lookup';
import { mappedField, originsOf, placeColumns, type PlacedColumn } from './placement';
import { columnLetter, isBlank, normalizeHeader } from '../parse/text';
import type { DetectedSheet, FieldId, RawValue, SheetGrid, SheetMapping } from '../types';
import { refineByValues } from './by-values';
import { headerlessLayout, inferredLayout } from './headerless';
import { cellAt, headerText, isLabelValueRow, isSubHeaderRow } from './header-rows';

export type { PlacedColumn } from './placement';

/** How far down the header row is looked for. */
export const HEADER_SEARCH_ROWS = 30;
/** Fields found on most kinds; they do not tell kinds apart. */
const COMMON_FIELDS = new Set<FieldId>(['employeeId', 'name', 'department']);
const NAME_HINTS: Record<SheetKind, RegExp> = {
  roster: /名簿|社員|従業員|職員|roster|staff|employee/i,
  daily: /勤怠|出勤|打刻|日次|タイムカード|daily|attendance|timecard/i,
  monthly: /月次|月別|集計|monthly/i,
  leave: /有給|有休|年休|休暇|leave/i,
  family: /育児|介護|出産|育休|family|childcare/i,
  checklist: /チェック|checklist|自己/i,
};
const TOTAL_LABELS = new Set([
  '合計',
  '計',
  '小計',
  '総計',
  '総合計',
  '平均',
  '累計',
  'total',
  'subtotal',
  'grandtotal',
  'sum',
  'average',
]);
const TOTAL_PREFIX = /^(合計|小計|総計|総合計|累計|total|subtotal|grandtotal)|(合計|小計|総計|累計)$/;

/**
 * Where a user's table sits in a sheet (header row, kind, placed columns, first data row), as ingest reads it;
 * not the report's TableLayout, which describes a sheet the checker writes. `detected` is what the task pane shows.
 */
export interface TableLayout {
  detected: DetectedSheet;
  kind: SheetKind | null;
  /** 0-based index into `values` of the first row after the header. */
  dataStart: number;
  placed: PlacedColumn[];
  /** Normalised header text per 0-based column index (for repeated header rows). */
  headerKeys: string[];
  /** The export recognised by its fingerprint, when one was. */
  exportLayout?: ExportLayout;
  /** 0-based index of the (first) header row: a header block is above it. */
  headerRowIndex?: number;
  /** First day of the sheet's period (ISO), for dates written without a year (`04/01(火)`, `4月2日`). */
  periodStart?: string;
  /** Where the period came from: `header block A3`, `sheet name`, `file name`, `constant` (typed by the user). */
  periodOrigin?: string;
  /** The sheet has no header row: its columns were placed by the user's letters or inferred from the values. */
  headerless?: 'user' | 'inferred';
  /** What the values showed, for a header-less sheet read without a mapping. */
  inference?: import('./infer-roles').Inference;
  /** Who a row is (set by ingest from the mapping or the columns placed). */
  identity?: 'employeeId' | 'name';
  /** A punch log's pairing: by each punch's kind, or in time order. */
  punchPairing?: 'kind' | 'order';
  /** The user's break rule for this sheet (its mapping), over the company's. */
  breakRule?: import('../read/break-rule').BreakRule;
  /** How its `06/02/2025` dates are read, and who decided: the user's mapping or the values (./date-order). */
  dateOrder?: { order: 'month-first' | 'day-first'; from: 'user' | 'values' };
}

export interface Candidate {
  kind: SheetKind;
  /** 0-based row indexes the header texts come from (top to bottom). */
  rows: number[];
  headers: string[];
  fields: (FieldId | null)[];
  distinct: number;
  distinctive: number;
  met: boolean;
  hint: boolean;
  order: number;
}

function widthOf(grid: SheetGrid, rows: number[]): number {
  let w = 0;
  for (const r of rows) w = Math.max(w, grid.values[r]?.length ?? 0);
  return w;
}

/**
 * Header text per column for a header made of `rows` (top to bottom): the lowest cell that names a field of
 * the kind, else the lowest non-blank cell of the main rows; `extraAbove` contributes only recognised headers to
 * columns the main rows leave blank (a vertically merged header whose text sits in the row above a group title).
 */
function buildCandidate(
  grid: SheetGrid,
  kind: SheetKind,
  main: number[],
  extraAbove: number | null,
  order: number,
  sheetName: string,
  mapping?: SheetMapping,
  exportLayout?: ExportLayout,
): Candidate {
  const rows = extraAbove === null ? main : [extraAbove, ...main];
  const width = widthOf(grid, rows);
  const headers: string[] = new Array(width).fill('');
  const fields: (FieldId | null)[] = new Array(width).fill(null);
  const used = new Set<FieldId>();
  for (let c = 0; c < width; c++) {
    let text = '';
    let field: FieldId | null = null;
    for (let i = rows.length - 1; i >= 0; i--) {
      const t = headerText(cellAt(grid, rows[i], c));
      if (!t) continue;
      // The row above lends its text only to a column the header leaves blank (a vertically merged header).
      if (rows[i] === extraAbove && text) break;
      const user = mappedField(mapping, columnLetter(grid.firstCol + c), t);
      const f = user !== undefined ? user : (meaningOf(t, kind, exportLayout)?.field ?? null);
      if (f && !used.has(f)) {
        text = t;
        field = f;
        break;
      }
      if (!text && rows[i] !== extraAbove) text = t;
    }
    headers[c] = text;
    if (field) {
      fields[c] = field;
      used.add(field);
    }
  }
  let distinctive = 0;
  for (const f of used) if (!COMMON_FIELDS.has(f)) distinctive++;
  return {
    kind,
    rows,
    headers,
    fields,
    distinct: used.size,
    distinctive,
    // A monthly sheet's month may be only in its name (`2025年4月度`): then the name meets that need.
    met:
      missingFields(kind, kind === 'monthly' && periodFromName(sheetName) ? new Set([...used, 'month' as const]) : used)
        .length === 0,
    hint: NAME_HINTS[kind].test(sheetName),
    order,
  };
}

function better(a: Candidate, b: Candidate | null): boolean {
  if (!b) return true;
  if (a.distinctive !== b.distinctive) return a.distinctive > b.distinctive;
  if (a.met !== b.met) return a.met;
  if (a.distinct !== b.distinct) return a.distinct > b.distinct;
  if (a.hint !== b.hint) return a.hint;
  return a.order < b.order;
}

function bestForRow(
  grid: SheetGrid,
  r: number,
  kinds: SheetKind[],
  minFields: number,
  mapping?: SheetMapping,
): Candidate | null {
  const name = grid.name;
  let best: Candidate | null = null;
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS) - 1;
  for (let k = 0; k < kinds.length; k++) {
    const kind = kinds[k];
    const above = r > 0 ? r - 1 : null;
    const single = buildCandidate(grid, kind, [r], above, k, name, mapping);
    if (single.distinct < minFields) continue;
    let chosen = single;
    if (r + 1 <= last) {
      // A two-row header (a merged group title above): the pair wins only when the second row adds fields and is
      // header text under the columns already named (else it is the first data row, e.g. a note such as 残業).
      const pair = buildCandidate(grid, kind, [r, r + 1], above, k, name, mapping);
      if (pair.distinct > single.distinct && isSubHeaderRow(grid, r + 1, single, mapping)) chosen = pair;
    }
    if (better(chosen, best)) best = chosen;
  }
  return best;
}

function emptyLayout(grid: SheetGrid, kind: SheetKind | null): TableLayout {
  return {
    detected: { sheet: grid.name, kind, headerRow: null, columns: [], dataRows: 0, missingFields: [], problems: [] },
    kind,
    dataStart: grid.values.length,
    placed: [],
    headerKeys: [],
  };
}

/**
 * Reads a sheet's layout: header row (title rows above and a two-row header allowed), kind, placed columns,
 * with the user's mapping applied on top, an export's own vocabulary when its fingerprint is there, and the
 * context (month, employee, period) a sheet takes from its name, the file name or a header block.
 * Used by ingest; detectSheet is its public face.
 */
export function readLayout(grid: SheetGrid, mapping?: SheetMapping, sourceName?: string): TableLayout {
  if (mapping?.kind === 'ignore') return emptyLayout(grid, null);
  if (mapping?.headerRow === 0) return withValues(grid, headerlessLayout(grid, mapping, sourceName));
  // An export's vocabulary stays when the user only confirms its kind; a header row of their own replaces it.
  const found0 = mapping?.headerRow ? null : findExport(grid, HEADER_SEARCH_ROWS);
  const exported = found0 && (!mapping?.kind || mapping.kind === found0.layout.kind) ? found0 : null;
  const kinds = exported ? [exported.layout.kind] : mapping?.kind ? [mapping.kind] : SHEET_KINDS;
  const exportLayout = exported?.layout;
  let found: Candidate | null = null;
  const headerRow = exported ? exported.row + grid.firstRow : mapping?.headerRow;
  if (headerRow !== undefined && Number.isInteger(headerRow)) {
    const r = headerRow - grid.firstRow;
    if (r >= 0 && r < grid.values.length) {
      for (let k = 0; k < kinds.length; k++) {
        const cand = buildCandidate(grid, kinds[k], [r], null, k, grid.name, mapping, exportLayout);
        if (better(cand, found)) found = cand;
      }
    }
  } else found = searchHeader(grid, kinds, mapping);
  if (!found) {
    const inferred = !mapping?.kind || mapping.kind === 'daily' ? inferredLayout(grid, sourceName) : null;
    return inferred ? withValues(grid, inferred) : emptyLayout(grid, mapping?.kind ?? null);
  }
  const headerRowIndex = found.rows[found.rows.length - 1];
  const placement = placeColumns(grid, found.kind, found.headers, mapping, exportLayout);
  const layout: TableLayout = {
    detected: {
      sheet: grid.name,
      kind: found.kind,
      headerRow: grid.firstRow + headerRowIndex,
      columns: placement.columns,
      dataRows: 0,
      missingFields: [],
      problems: placement.problems,
      problemRefs: placement.problemRefs,
    },
    kind: found.kind,
    dataStart: headerRowIndex + 1,
    placed: placement.placed,
    headerKeys: found.headers.map((h) => normalizeHeader(h)),
    exportLayout,
    headerRowIndex: found.rows[0],
  };
  if (exportLayout) layout.detected.layout = exportLayout.id;
  applyContext(grid, layout, mapping, sourceName);
  refineByValues(grid, layout);
  const placedFields = new Set(layout.placed.map((p) => p.field));
  layout.detected.missingFields = missingFields(found.kind, placedFields);
  layout.detected.origins = originsOf(grid, layout.placed);
  return layout;
}

/** A header-less layout after its values settled what they could (./detect/by-values). */
function withValues(grid: SheetGrid, layout: TableLayout): TableLayout {
  refineByValues(grid, layout);
  layout.detected.missingFields = missingFields(layout.kind!, new Set(layout.placed.map((p) => p.field)));
  layout.detected.origins = originsOf(grid, layout.placed);
  return layout;
}

/**
 * The header row within the first rows: the first that names enough fields — passing over rows of a header block
 * (`スタッフコード | 1001 | 氏名 | 山田`, `年月 | 2025年04月 | グループ | 本社`: label, value, label, value) when a row
 * further down names enough fields; such a row is the header only when nothing below is.
 */
function searchHeader(grid: SheetGrid, kinds: SheetKind[], mapping?: SheetMapping): Candidate | null {
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  const minFields = mapping?.kind ? 1 : 2;
  let fallback: Candidate | null = null;
  for (let r = 0; r < limit; r++) {
    const found = bestForRow(grid, r, kinds, minFields, mapping);
    if (!found) continue;
    if (!isLabelValueRow(grid, r, found)) return found;
    fallback ??= found;
  }
  return fallback;
}

const skipLabelCache = new Map<string, string>();

function labelKey(text: string): string {
  let key = skipLabelCache.get(text);
  if (key === undefined) {
    key = text.length > 60 ? '' : normalizeHeader(text);
    if (skipLabelCache.size < 100000) skipLabelCache.set(text, key);
  }
  return key;
}

/**
 * Whether a normalised first cell marks a totals row: 合計, 計, 小計, 平均, Total (also `4月合計`, `合計（時間）`).
 * Example: `isTotalLabel('小計')` → true.
 */
function isTotalLabel(text: string): boolean {
  const key = labelKey(text);
  return key.length > 0 && (TOTAL_LABELS.has(key) || TOTAL_PREFIX.test(key));
}

/** 0-based indexes of the data rows: after the header, skipping blank rows, repeated header rows and totals rows. */
export function listDataRows(grid: SheetGrid, layout: TableLayout): number[] {
  const out: number[] = [];
  const values = grid.values;
  const keys = layout.headerKeys;
  // The first cell repeats down a sheet (an employee id on each of their 365 days): a text already found to be
  // neither a totals label nor its column's header is not looked up again.
  let plainText: string | undefined;
  let plainColumn = -1;
  for (let r = layout.dataStart; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    let first = -1;
    for (let c = 0; c < row.length; c++) {
      if (!isBlank(row[c])) {
        first = c;
        break;
      }
    }
    if (first < 0) continue;
    const v = row[first];
    if (typeof v === 'string' && (v !== plainText || first !== plainColumn)) {
      if (isTotalLabel(v)) continue;
      if (keys[first] && labelKey(v) === keys[first]) {
        if (isRepeatedHeader(row, keys)) continue;
      } else {
        plainText = v;
        plainColumn = first;
      }
    }
    out.push(r);
  }
  return out;
}

function isRepeatedHeader(row: RawValue[], keys: string[]): boolean {
  let same = 0;
  let headers = 0;
  for (let c = 0; c < keys.length; c++) {
    if (!keys[c]) continue;
    headers++;
    const v = row[c];
    if (typeof v === 'string' && labelKey(v) === keys[c]) same++;
  }
  return same >= Math.min(2, headers);
}

/**
 * Recognises one sheet: kind, header row, each column's field, data rows, and fields the kind still needs.
 * Works on the first ≤30 rows too (dataRows then counts only those).
 * Example: a sheet with headers 社員番号 | 日付 | 出勤 | 退勤 → `{ kind: 'daily', headerRow: 1, missingFields: [] … }`.
 */
export function detectSheet(grid: SheetGrid, sheetMapping?: SheetMapping, sourceName?: string): DetectedSheet {
  const layout = readLayout(grid, sheetMapping, sourceName);
  if (layout.kind !== null && layout.detected.headerRow !== null)
    layout.detected.dataRows = listDataRows(grid, layout).length;
  return layout.detected;
}
