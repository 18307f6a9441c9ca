/**
 * The steps of ingest that settle the parts of a sheet's reading beyond its columns — who a row is, the break rule,
 * a punch log's pairing — and say what was assumed (columns read from values) or ask what the sheet cannot decide
 * (days of the month with no month anywhere); then the reading itself is kept on the detected sheet for the pane
 * and `--explain`.
 */
import { msg } from '../rules/messages';
import { Collector } from './read/collector';
import { listDataRows, readLayout, type TableLayout } from './detect/detect';
import { decideDurationStyles } from './detect/duration-style';
import { readingOf } from './detect/reading';
import { fieldLabel } from './detect/reading';
import { looksLikeDayOfMonth } from './parse/day-of-month';
import { addProblem } from './detect/problems';
import { askDateOrder } from './detect/date-order';
import { periodFromMonthColumn } from './detect/month-column';
import { DEFAULT_BREAK_RULE, parseBreakRule } from './read/break-rule';
import { columnLetter, rawToText } from './parse/text';
import type { DetectedSheet, IngestOptions, SheetGrid, SheetMapping } from './types';

const has = (layout: TableLayout, field: string) => layout.placed.some((p) => p.field === field && !p.unused);

/**
 * Identity, break rule and pairing from the user's mapping, else from what the sheet holds: a sheet with names and
 * no employee number is read by name; a user's `identity: 'name'` drops the number column.
 */
export function settleParts(layout: TableLayout, mapping: SheetMapping | undefined): void {
  const identity =
    mapping?.identity ?? (has(layout, 'employeeId') ? 'employeeId' : has(layout, 'name') ? 'name' : undefined);
  if (identity) layout.identity = identity;
  if (identity === 'name') layout.placed = layout.placed.filter((p) => p.field !== 'employeeId');
  const rule = parseBreakRule(mapping?.breakRule);
  if (rule) layout.breakRule = rule;
  if (has(layout, 'punchTime'))
    layout.punchPairing = mapping?.punchLog?.pairing ?? (has(layout, 'punchKind') ? 'kind' : 'order');
}

/** The reading-from-values statement of a header-less sheet read without a mapping, once. */
export function sayHeaderless(grid: SheetGrid, layout: TableLayout, collector: Collector): void {
  if (layout.headerless !== 'inferred' || (layout.detected.problems ?? []).length > 0) return;
  const columns = layout.placed
    .filter((p) => p.index >= 0)
    .map((p) => {
      const key = p.pair && p.pair > 1 ? `${p.field}#${p.pair}` : p.field;
      return {
        ja: `${columnLetter(grid.firstCol + p.index)} ${fieldLabel(key, 'ja')}`,
        en: `${columnLetter(grid.firstCol + p.index)} ${fieldLabel(key, 'en')}`,
      };
    });
  const joined = { ja: columns.map((c) => c.ja).join('、'), en: columns.map((c) => c.en).join(', ') };
  collector.issue(grid.name, '', '', msg('reading.no-header-assumed', { columns: joined }));
}

/** An employee number taken from the sheet or file name (a sheet `1001`) is a guess from digits: said once. */
export function sayIdFromName(grid: SheetGrid, layout: TableLayout, collector: Collector): void {
  const id = layout.placed.find((p) => p.field === 'employeeId' && p.index < 0);
  if (!id || (id.origin !== 'sheet name' && id.origin !== 'file name')) return;
  const where =
    id.origin === 'sheet name' ? { ja: 'シート名', en: 'sheet name' } : { ja: 'ファイル名', en: 'file name' };
  collector.issue(
    grid.name,
    '',
    String(id.constant ?? ''),
    msg('reading.id-from-name', { id: String(id.constant), where }),
  );
}

/**
 * Days of the month (`1`, `1日`, `1（月）`) with no month in the header block, the sheet name or the file name are
 * asked, once for the sheet, instead of read as dates in 1900 or refused cell by cell. True when asked.
 */
export function askMonthOfDays(grid: SheetGrid, layout: TableLayout, rows: number[], collector: Collector): boolean {
  periodFromMonthColumn(grid, layout, rows);
  const date = layout.placed.find((p) => p.field === 'date' && p.index >= 0);
  if (!date || layout.periodStart || layout.kind !== 'daily') return false;
  let days = 0;
  let seen = 0;
  let first = -1;
  for (const r of rows.slice(0, 40)) {
    const v = grid.values[r]?.[date.index];
    if (v === null || v === undefined || v === '') continue;
    seen++;
    if (!looksLikeDayOfMonth(v, grid.numberFormats[r]?.[date.index])) continue;
    days++;
    if (first < 0) first = r;
  }
  if (seen === 0 || days / seen < 0.8) return false;
  const ref = msg('ask.month');
  const cell = `${columnLetter(grid.firstCol + date.index)}${grid.firstRow + first}`;
  collector.issue(grid.name, cell, rawToText(grid.values[first][date.index]), ref);
  addProblem(layout.detected, ref);
  return true;
}

/** Keeps the sheet's reading on what the pane and `--explain` show. */
export function keepReading(grid: SheetGrid, layout: TableLayout, options: IngestOptions): void {
  const needsBreakRule =
    layout.kind === 'daily' &&
    !has(layout, 'break') &&
    !has(layout, 'breakStart') &&
    !has(layout, 'worked') &&
    (has(layout, 'start') || has(layout, 'punchTime')) &&
    !layout.placed.some((p) => (p.pair ?? 1) > 1);
  layout.detected.reading = readingOf(grid, layout, {
    identity: layout.identity,
    breakRule: layout.breakRule ?? options.breakRule ?? DEFAULT_BREAK_RULE,
    breakFrom: layout.breakRule || options.breakRule ? 'user' : 'default',
    needsBreakRule,
    headerless: layout.headerless !== undefined,
    punchLog: layout.punchPairing ? { pairing: layout.punchPairing } : undefined,
  });
}

/**
 * One sheet as 列の確認 shows it: detection with the whole reading settled as ingest would read it — who a row is,
 * the break rule, the pairing, each duration column's unit, the month of `1（月）` days — without reading the rows.
 *
 * @example detectWithReading(grid, undefined, {}).reading?.headerRow // 0 for a time recorder's CSV
 */
export function detectWithReading(
  grid: SheetGrid,
  mapping: SheetMapping | undefined,
  options: IngestOptions = {},
): DetectedSheet {
  const layout = readLayout(grid, mapping, options.sourceName);
  if (layout.kind === null || layout.detected.headerRow === null) return layout.detected;
  settleParts(layout, mapping);
  const rows = listDataRows(grid, layout);
  layout.detected.dataRows = rows.length;
  const collector = new Collector(options);
  if (!askMonthOfDays(grid, layout, rows, collector) && !askDateOrder(grid, layout, rows, mapping, collector))
    decideDurationStyles(grid, layout, rows, mapping, collector.issues);
  keepReading(grid, layout, options);
  return layout.detected;
}
