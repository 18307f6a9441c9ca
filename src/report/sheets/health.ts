/**
 * The long-hours sheet (健康管理（80時間）): the employees and months of `health.over-80-notify` (安衛法66条の8の3,
 * 安衛則52条の2), latest month first — the month's to-do list: the hours beyond 40 a week, the figures behind them,
 * what the employer must do, and an empty column for the date the employee was told (filled in by HR).
 */
import type { Dataset, Finding, MonthlyHours, Report } from '../../rules/types';
import { OVER_80_DUTIES } from '../../rules';
import type { CellValue, SheetLayout } from '../layout';
import { SheetDraft } from '../draft';
import { FORMAT_DATE, FORMAT_HOURS, FORMAT_MONTH, toMonthCell } from '../format';
import { HEADER_STYLE, NOTE_STYLE, SEVERITY_STYLES, SHEET_NAMES, TITLE_STYLE } from '../labels';

const RULE = 'health.over-80-notify';

const HEALTH_HEADERS = [
  '社員番号',
  '氏名',
  '月',
  '週40時間を超える労働（時間）',
  '時間外労働（時間）',
  '休日労働（時間）',
  '総労働時間（時間）',
  '事業主が行うこと',
  '本人に通知した日',
  '面接指導の申出・実施（メモ）',
] as const;

const NOTE =
  '週40時間を超えて労働させた時間（総労働時間 − 40 × 月の日数 ÷ 7。総労働時間が分からない月は時間外労働 + 休日労働）が' +
  '月80時間を超えた社員です。管理監督者・みなし労働時間制の社員も含みます。通知した日を記入してください（再実行するとこのシートは作り直されます: 記録は別に保存してください）。';

/** The month's figures of an employee (rows of one month given on several sheets summed). */
function findMonth(
  dataset: Dataset,
  employeeId: string,
  month: string,
): { overtime: number; holidayWork: number; worked: number | null } {
  let overtime = 0;
  let holidayWork = 0;
  let worked: number | null = null;
  for (const row of dataset.monthlyHours as MonthlyHours[]) {
    if (row.employeeId !== employeeId || row.month !== month) continue;
    overtime += row.overtime;
    holidayWork += row.holidayWork;
    if (row.worked !== undefined) worked = (worked ?? 0) + row.worked;
  }
  return { overtime, holidayWork, worked };
}

/** Latest month first, then by employee id. */
function compareFindings(a: Finding, b: Finding): number {
  if (a.period !== b.period) return a.period < b.period ? 1 : -1;
  return a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0;
}

/**
 * Lays out the long-hours sheet from the report's `health.over-80-notify` findings.
 *
 * @example buildHealthLayout(report, dataset).values[2] // the header row: ['社員番号', '氏名', '月', …]
 */
export function buildHealthLayout(report: Report, dataset: Dataset): SheetLayout {
  const draft = new SheetDraft();
  draft.styles.addRange({ row: draft.push([SHEET_NAMES.health]), col: 1 }, TITLE_STYLE);
  draft.styles.addRange({ row: draft.push([NOTE]), col: 1 }, NOTE_STYLE);
  const header = draft.push([...HEALTH_HEADERS]);
  draft.styles.addRange({ row: header, col: 1, colEnd: HEALTH_HEADERS.length }, HEADER_STYLE);
  const evaluated = report.criteria.some((c) => c.id === RULE);
  const findings = report.findings.filter((f) => f.rule === RULE).sort(compareFindings);
  if (findings.length === 0) {
    const note = evaluated
      ? '週40時間を超える労働が月80時間を超えた社員はいません。'
      : 'この判定（長時間労働者への通知）は選んだプロファイルに含まれていません。';
    draft.styles.addRange({ row: draft.push([note]), col: 1 }, NOTE_STYLE);
    return draft.toLayout(SHEET_NAMES.health, { freezeRows: header, tabColor: '#C00000', fit: { max: 60 } });
  }
  const names = new Map(dataset.employees.map((e) => [e.id, e.name ?? '']));
  for (const f of findings) {
    const m = findMonth(dataset, f.employeeId, f.period);
    const duty = f.severity === 'violation' ? OVER_80_DUTIES.researchInterview : OVER_80_DUTIES.notify;
    const row: CellValue[] = [
      f.employeeId,
      names.get(f.employeeId) ?? '',
      toMonthCell(f.period),
      f.value,
      m.overtime,
      m.holidayWork,
      m.worked,
      duty,
      null,
      null,
    ];
    const r = draft.push(row);
    draft.styles.addRange({ row: r, col: 4 }, { ...SEVERITY_STYLES[f.severity], numberFormat: FORMAT_HOURS });
  }
  const first = header + 1;
  const last = header + findings.length;
  draft.styles.addRange({ row: first, col: 3, rowEnd: last }, { numberFormat: FORMAT_MONTH });
  draft.styles.addRange({ row: first, col: 5, rowEnd: last, colEnd: 7 }, { numberFormat: FORMAT_HOURS });
  draft.styles.addRange({ row: first, col: 8, rowEnd: last }, { wrap: true });
  draft.styles.addRange({ row: first, col: 9, rowEnd: last }, { numberFormat: FORMAT_DATE });
  draft.styles.addRange({ row: header, col: 1, rowEnd: last, colEnd: HEALTH_HEADERS.length }, { border: true });
  return draft.toLayout(SHEET_NAMES.health, {
    freezeRows: header,
    freezeColumns: 2,
    tabColor: '#C00000',
    fit: { max: 60 },
  });
}
