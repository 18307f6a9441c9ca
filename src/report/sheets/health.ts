/**
 * The long-hours sheet (健康管理（80時間）): the employees and months of `health.over-80-notify` (労働安全衛生法66条の8の3,
 * 安衛則52条の2), latest month first — the month's to-do list: the hours beyond 40 a week, the figures behind them,
 * what the employer must do, and the columns HR fills in (the date the employee was told, the doctor's interview).
 * What HR typed on an earlier run is carried over by employee and month (./health-carry.ts); a row whose finding
 * disappeared stays, marked 解消.
 */
import type { Dataset, Finding, Report } from '../../rules/types';
import type { FindingRuleId } from '../../rules';
import type { CellValue, SheetLayout } from '../layout';
import type { ReportCatalogue } from '../locale';
import { SheetDraft } from '../draft';
import { FORMAT_HOURS, naturalSortKey, toMonthCell } from '../format';
import { HEADER_STYLE, NOTE_STYLE, SEVERITY_STYLES, SHEET_NAMES, STATUS_STYLES, TITLE_STYLE } from '../labels';
import { HEALTH_COLUMNS as C, TYPED_COLUMNS, type PreviousHealthRow } from './health-carry';

const RULE: FindingRuleId = 'health.over-80-notify';
/** Where HR types: shaded like the checklist's answer column. */
const TYPED_STYLE = { fill: '#FFF2CC' };
/** Column widths: narrow ids, the duty and the memo wrapped. */
const WIDTHS = [9, 12, 12, 10, 9, 9, 9, 34, 10, 12, 22];

/** The month's figures of an employee (rows of one month given on several sheets summed). */
function findMonth(dataset: Dataset, employeeId: string, month: string) {
  let overtime = 0;
  let holidayWork = 0;
  let worked: number | null = null;
  for (const row of dataset.monthlyHours) {
    if (row.employeeId !== employeeId || row.month !== month) continue;
    overtime += row.overtime;
    holidayWork += row.holidayWork;
    if (row.worked !== undefined) worked = (worked ?? 0) + row.worked;
  }
  return { overtime, holidayWork, worked };
}

interface HealthRow {
  employeeId: string;
  month: string;
  cells: CellValue[];
  severity?: Finding['severity'];
}

/** A finding's row, with what HR typed on the same employee and month before. */
function currentRow(
  f: Finding,
  dataset: Dataset,
  names: Map<string, string>,
  previous: PreviousHealthRow | undefined,
  words: ReportCatalogue,
): HealthRow {
  const m = findMonth(dataset, f.employeeId, f.period);
  const duty = f.severity === 'violation' ? words.health.duties.researchInterview : words.health.duties.notify;
  const cells: CellValue[] = [
    f.employeeId,
    names.get(f.employeeId) ?? '',
    toMonthCell(f.period),
    f.value,
    m.overtime,
    m.holidayWork,
    m.worked,
    duty,
    words.health.current,
    null,
    null,
  ];
  for (const c of TYPED_COLUMNS) cells[c] = previous?.cells[c] ?? null;
  return { employeeId: f.employeeId, month: f.period, cells, severity: f.severity };
}

/** Latest month first, then by employee id in natural order. */
function compareRows(a: HealthRow, b: HealthRow): number {
  if (a.month !== b.month) return a.month < b.month ? 1 : -1;
  const ka = naturalSortKey(a.employeeId);
  const kb = naturalSortKey(b.employeeId);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Every row: this run's findings, and the earlier rows no finding matches any more (kept, marked 解消). */
function collectRows(
  report: Report,
  dataset: Dataset,
  previous: Map<string, PreviousHealthRow>,
  words: ReportCatalogue,
): HealthRow[] {
  const names = new Map(dataset.employees.map((e) => [e.id, e.name ?? '']));
  const findings = report.findings.filter((f) => f.rule === RULE);
  const rows = findings.map((f) => currentRow(f, dataset, names, previous.get(`${f.employeeId}|${f.period}`), words));
  const current = new Set(rows.map((r) => `${r.employeeId}|${r.month}`));
  for (const [key, old] of previous) {
    if (current.has(key)) continue;
    const cells = [...old.cells];
    cells[C.status] = words.health.resolved;
    rows.push({ employeeId: old.employeeId, month: old.month, cells });
  }
  return rows.sort(compareRows);
}

function styleRows(draft: SheetDraft, rows: HealthRow[], header: number, words: ReportCatalogue): void {
  const first = header + 1;
  const last = header + rows.length;
  draft.styles.addRange({ row: first, col: C.month + 1, rowEnd: last }, { numberFormat: words.dates.monthFormat });
  draft.styles.addRange(
    { row: first, col: C.beyond40 + 1, rowEnd: last, colEnd: C.worked + 1 },
    { numberFormat: FORMAT_HOURS },
  );
  draft.styles.addRange({ row: first, col: C.duty + 1, rowEnd: last }, { wrap: true });
  draft.styles.addRange({ row: first, col: C.told + 1, rowEnd: last }, { numberFormat: words.dates.dateFormat });
  draft.styles.addRange({ row: first, col: C.told + 1, rowEnd: last, colEnd: C.interview + 1 }, TYPED_STYLE);
  draft.styles.addRange({ row: first, col: C.interview + 1, rowEnd: last }, { wrap: true });
  rows.forEach((r, i) => {
    const row = first + i;
    if (r.severity) draft.styles.addCell(row, C.beyond40 + 1, SEVERITY_STYLES[r.severity]);
    draft.styles.addCell(row, C.status + 1, r.severity ? SEVERITY_STYLES[r.severity] : STATUS_STYLES.pass);
  });
  draft.styles.addRange({ row: header, col: 1, rowEnd: last, colEnd: WIDTHS.length }, { border: true });
}

/**
 * Lays out the long-hours sheet from the report's `health.over-80-notify` findings and what HR typed on the
 * earlier sheet (`previous`, from ./health-carry.ts `readPreviousHealth`).
 *
 * @example buildHealthLayout(report, dataset, wordsFor('ja')).values[2] // ['社員番号', '氏名', '月', …]
 */
export function buildHealthLayout(
  report: Report,
  dataset: Dataset,
  words: ReportCatalogue,
  previous: Map<string, PreviousHealthRow> = new Map(),
): SheetLayout {
  const h = words.health;
  const draft = new SheetDraft();
  draft.styles.addRange({ row: draft.push([h.title]), col: 1 }, TITLE_STYLE);
  const noteRow = draft.push([h.note]);
  draft.merges.push({ row: noteRow, col: 1, colEnd: WIDTHS.length });
  draft.styles.addRange({ row: noteRow, col: 1 }, { ...NOTE_STYLE, wrap: true });
  const header = draft.push([...h.headers]);
  draft.styles.addRange({ row: header, col: 1, colEnd: WIDTHS.length }, HEADER_STYLE);
  const rows = collectRows(report, dataset, previous, words);
  if (rows.length === 0) {
    const evaluated = report.criteria.some((c) => c.id === RULE) || report.verdict !== undefined;
    draft.styles.addRange({ row: draft.push([evaluated ? h.none : h.notEvaluated]), col: 1 }, NOTE_STYLE);
  }
  for (const r of rows) draft.push(r.cells);
  if (rows.length > 0) styleRows(draft, rows, header, words);
  const layout = draft.toLayout(SHEET_NAMES.health, { freezeRows: header, freezeColumns: 2, tabColor: '#C00000' });
  return { ...layout, columnWidths: [...WIDTHS] };
}
