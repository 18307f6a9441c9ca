/**
 * What HR typed on the long-hours sheet (健康管理（80時間）) of an earlier run, read back so the next run keeps it:
 * the rows are matched by employee and month, the typed columns (the date the employee was told, the doctor's
 * interview memo) carried over, and a row whose finding disappeared is kept whole, marked 解消.
 *
 * The earlier sheet is found by its headers in either language (a run in English after one in Japanese keeps the
 * same record), so the columns may have moved between versions without anything being lost.
 */
import type { CellValue } from '../layout';
import { ja } from '../locale/ja';
import { en } from '../locale/en';

/** The columns of the sheet (0-based), by what they hold. */
export const HEALTH_COLUMNS = {
  employeeId: 0,
  name: 1,
  month: 2,
  beyond40: 3,
  overtime: 4,
  holidayWork: 5,
  worked: 6,
  duty: 7,
  status: 8,
  told: 9,
  interview: 10,
} as const;

/** The columns HR fills in: carried over by employee and month. */
export const TYPED_COLUMNS = [HEALTH_COLUMNS.told, HEALTH_COLUMNS.interview] as const;

/** A row of the earlier sheet: the employee, the month (`YYYY-MM`) and its cells in today's column order. */
export interface PreviousHealthRow {
  employeeId: string;
  month: string;
  cells: CellValue[];
}

/** A cell as a host reads it back (values only). */
type ReadValue = string | number | boolean | null | { error: string } | undefined;

const MS_PER_DAY = 86_400_000;

/** `YYYY-MM` of a month cell: a date serial (either date system) or text such as `2025-12`, `2025/12`, `2025年12月`. */
function monthOf(value: ReadValue, date1904: boolean): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    return new Date(epoch + Math.round(value) * MS_PER_DAY).toISOString().slice(0, 7);
  }
  if (typeof value !== 'string') return null;
  const m = /(\d{4})\D{1,2}(\d{1,2})/.exec(value);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}` : null;
}

/** Today's column of each header text, in both languages (a header renamed since is matched by its old wording too). */
function columnByHeader(): Map<string, number> {
  const byText = new Map<string, number>();
  for (const catalogue of [ja, en]) catalogue.health.headers.forEach((h, i) => byText.set(h, i));
  return byText;
}

function toCell(value: ReadValue): CellValue {
  if (value === undefined || value === null || typeof value === 'object') return null;
  return value === '' ? null : value;
}

/**
 * The rows of an earlier long-hours sheet (values as the host read them, row 1 first), keyed `employee|month`.
 * A sheet without the header row gives none.
 *
 * @example readPreviousHealth([['健康管理（80時間）'], [], ['社員番号', '氏名', '月', …], ['E017', '佐藤', 46000, …]], false)
 * // Map { 'E017|2025-12' => { employeeId: 'E017', month: '2025-12', cells: [...] } }
 */
export function readPreviousHealth(values: ReadValue[][], date1904: boolean): Map<string, PreviousHealthRow> {
  const byText = columnByHeader();
  const rows = new Map<string, PreviousHealthRow>();
  const headerIndex = values.findIndex((row) => row.some((v) => typeof v === 'string' && byText.get(v.trim()) === 0));
  if (headerIndex < 0) return rows;
  // Old column → today's column.
  const columns = values[headerIndex].map((v) => (typeof v === 'string' ? byText.get(v.trim()) : undefined));
  const idCol = columns.indexOf(HEALTH_COLUMNS.employeeId);
  const monthCol = columns.indexOf(HEALTH_COLUMNS.month);
  if (idCol < 0 || monthCol < 0) return rows;
  for (const row of values.slice(headerIndex + 1)) {
    const id = row[idCol];
    const month = monthOf(row[monthCol], date1904);
    if ((typeof id !== 'string' && typeof id !== 'number') || String(id).trim() === '' || !month) continue;
    const cells: CellValue[] = new Array(Object.keys(HEALTH_COLUMNS).length).fill(null);
    columns.forEach((col, i) => {
      if (col !== undefined) cells[col] = toCell(row[i]);
    });
    cells[HEALTH_COLUMNS.month] = { date: `${month}-01` };
    const employeeId = String(id).trim();
    rows.set(`${employeeId}|${month}`, { employeeId, month, cells });
  }
  return rows;
}
