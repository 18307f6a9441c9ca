/**
 * Which columns of a sheet ingest will read past its first rows, decided from those rows by detection and the
 * user's mapping: a host may then read only those (Excel on the web pays for every cell of a request), and the
 * task pane knows which sheets to read again when a mapping changes. Ingest's own knowledge, so the pipeline and
 * the pane reach it without loading a host.
 */
import { HEADER_SEARCH_ROWS, readLayout } from './detect';
import { sheetMappingFor } from './mapping';
import { columnNumber } from '../parse/text';
import type { Mapping, SheetGrid, SheetMapping } from '../types';

/**
 * Rows read with every column before the columns in use are chosen: the rows the header is searched in, with the
 * title rows and header blocks above it.
 */
export const HEAD_ROWS = HEADER_SEARCH_ROWS;

/**
 * The 1-based sheet columns ingest will read past the header, from the sheet's first rows: every column detection
 * placed a field in (by header, by its values or by the user's mapping), plus the table's first column (a 合計 / 小計 label there
 * marks a totals row even when that column holds no field). null — read everything — when no kind or header
 * was recognised: such a sheet may yet be mapped by hand, and its issues name its cells.
 *
 * @example columnsInUse(head) // [1, 3, 4, 9] for 社員番号 | 氏名(unused) | 日付 | 出勤 | … | 退勤 in I
 */
export function columnsInUse(head: SheetGrid, sheetMapping?: SheetMapping): number[] | null {
  const layout = readLayout(head, sheetMapping);
  const detected = layout.detected;
  if (detected.kind === null || detected.headerRow === null) return null;
  const columns = new Set<number>();
  for (const c of detected.columns) if (c.field) columns.add(columnNumber(c.column));
  // Placed by a mapping v2 source or inferred (a header-less sheet's 出勤2 / 退勤2): not always a listed column.
  for (const p of layout.placed)
    for (const i of [p.index, ...(p.parts ?? [])]) if (i >= 0) columns.add(head.firstCol + i);
  // Every id-like column of a header-less sheet: which one is the employee number is decided on the whole sheet.
  for (const c of layout.inference?.columns ?? []) if (c.role === 'id') columns.add(columnNumber(c.letter));
  if (columns.size === 0) return null;
  const header = head.values[detected.headerRow - head.firstRow] ?? [];
  const first = header.findIndex((v) => v !== null && v !== '');
  if (first >= 0) columns.add(head.firstCol + first);
  return [...columns].sort((a, b) => a - b);
}

/**
 * Names of the sheets read with only some columns whose mapping now places a column that was not read (the user
 * placed it after the read): they must be read again before ingest, or that column would look blank.
 *
 * @example sheetsToReread(grids, { 勤怠: { columns: { Q: 'break' } } }) // ['勤怠'] when Q was not read
 */
export function sheetsToReread(grids: SheetGrid[], mapping: Mapping = {}): string[] {
  return grids
    .filter((g) => g.columnsRead !== undefined)
    .filter((g) => {
      const head = { ...g, values: g.values.slice(0, HEAD_ROWS), numberFormats: g.numberFormats.slice(0, HEAD_ROWS) };
      const wanted = columnsInUse(head, sheetMappingFor(mapping, g.name));
      const read = new Set(g.columnsRead);
      return wanted === null ? sheetMappingFor(mapping, g.name)?.kind !== 'ignore' : wanted.some((c) => !read.has(c));
    })
    .map((g) => g.name);
}
