/**
 * The layout of a sheet with no header row: its columns placed by letter, from the user's mapping
 * (`"headerRow": 0`) or from the roles their values show (./infer-roles). The rows above the first row that fits
 * (a title, an unrecognised header) are the sheet's header block, read for context like any other.
 */
import { msg } from '../../rules/messages';
import { applyContext } from './context';
import type { TableLayout } from './detect';
import { missingFields } from './fields';
import { originsOf, placeColumns } from './placement';
import { addProblem } from './problems';
import { columnLetter, columnNumber, isBlank, rawToText } from '../parse/text';
import type { DetectedColumn, SheetGrid, SheetMapping } from '../types';
import { inferRoles, type Inference } from './infer-roles';

/** How many columns the first rows use. */
function widthOf(grid: SheetGrid): number {
  let w = 0;
  for (let r = 0; r < Math.min(grid.values.length, 200); r++) w = Math.max(w, grid.values[r]?.length ?? 0);
  return w;
}

/** 0-based first row whose date (or first placed) column holds a value that fits: the table starts there. */
function firstDataRow(grid: SheetGrid, mapping: SheetMapping, inference?: Inference): number {
  if (!inference) return 0;
  const date = inference.columns.find((c) => c.field === 'date');
  const time = inference.columns.find((c) => c.role === 'time');
  if (!date || !time) return 0;
  const dc = columnNumber(date.letter) - grid.firstCol;
  const tc = columnNumber(time.letter) - grid.firstCol;
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    if (!isBlank(row[dc]) && !isBlank(row[tc]) && /\d/.test(rawToText(row[tc] ?? null))) return r;
  }
  return mapping.headerRow ?? 0;
}

/**
 * A layout for a sheet the user (or the inference) says has no header row: every column placed by its letter.
 * Example: `{ kind: 'daily', headerRow: 0, columns: { A: 'employeeId', B: 'date', C: 'start', D: 'end' } }`.
 */
export function headerlessLayout(
  grid: SheetGrid,
  mapping: SheetMapping,
  sourceName: string | undefined,
  inference?: Inference,
): TableLayout {
  const kind = mapping.kind && mapping.kind !== 'ignore' ? mapping.kind : 'daily';
  const width = widthOf(grid);
  const headers: string[] = new Array(width).fill('');
  const placement = placeColumns(grid, kind, headers, mapping, undefined);
  const dataStart = firstDataRow(grid, mapping, inference);
  const columns: DetectedColumn[] = [];
  for (let c = 0; c < width; c++) {
    const letter = columnLetter(grid.firstCol + c);
    // Placed by a v1 letter, or by a v2 field (`"date": "C"`, a part of a sum) — those name no column entry.
    const placed = placement.columns.find((x) => x.column === letter);
    const byField = placement.placed.find((p) => !p.unused && (p.index === c || p.parts?.includes(c)));
    columns.push(
      placed ?? { column: letter, header: '', field: byField?.field ?? null, byUser: byField !== undefined },
    );
  }
  const layout: TableLayout = {
    detected: {
      sheet: grid.name,
      kind,
      headerRow: 0,
      columns,
      dataRows: 0,
      missingFields: [],
      problems: placement.problems,
      problemRefs: placement.problemRefs,
    },
    kind,
    dataStart,
    placed: placement.placed,
    headerKeys: [],
    headerRowIndex: dataStart,
    headerless: inference ? 'inferred' : 'user',
  };
  applyContext(grid, layout, mapping, sourceName);
  layout.detected.missingFields = missingFields(kind, new Set(layout.placed.map((p) => p.field)));
  layout.detected.origins = originsOf(grid, layout.placed);
  return layout;
}

/**
 * The proposed reading of a sheet whose header could not be found: columns from their values, or a question when
 * the values do not decide them; null when the sheet does not look like attendance (no date, no time).
 */
export function inferredLayout(grid: SheetGrid, sourceName: string | undefined): TableLayout | null {
  const inference = inferRoles(grid);
  if (!inference) return null;
  const mapping: SheetMapping = { kind: 'daily', headerRow: 0, columns: {} };
  for (const [letter, field] of Object.entries(inference.fields))
    if (field && !field.includes('#')) mapping.columns![letter] = field as never;
  const layout = headerlessLayout(grid, { ...mapping, fields: pairedFields(inference) }, sourceName, inference);
  layout.inference = inference;
  if (inference.ask) addProblem(layout.detected, msg('ask.columns', { why: inference.ask }));
  return layout;
}

/** Later punch pairs (start#2 …) as mapping v2 sources by letter: v1 columns name one field per letter only. */
function pairedFields(inference: Inference): SheetMapping['fields'] {
  const out: Record<string, string> = {};
  for (const [letter, field] of Object.entries(inference.fields)) if (field?.includes('#')) out[field] = letter;
  return out as SheetMapping['fields'];
}
