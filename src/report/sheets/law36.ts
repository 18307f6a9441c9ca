/**
 * The 36協定 sheet: an employee × month matrix of OT and OT+HW, coloured by the law36 findings, with yearly OT
 * totals per agreement year, the number of months over 45 h, and the worst 2–6-month mean of OT+HW.
 *
 * Row order: employees with a law36 finding come first (those with a violation before warnings before at-risk),
 * then everyone else; within a group by employee id in natural order (E2 before E10). Each employee has two rows,
 * 時間外 (OT) and 時間外＋休日 (OT+HW), both carrying id and name so the sheet can be filtered.
 */
import type { Dataset, Finding, IsoMonth, Report, Severity } from '../../rules/types';
import type { FindingRuleId } from '../../rules';
import type { CellValue, SheetLayout } from '../layout';
import type { ReportMeta } from '../meta';
import { SheetDraft } from '../draft';
import { addAgreementLines } from './law36-agreement';
import { FORMAT_COUNT, FORMAT_HOURS, FORMAT_MONTH, naturalSortKey, toMonthCell } from '../format';
import { fromMonthNumber, toMonthNumber } from '../../rules/dates';
import {
  HEADER_STYLE,
  NOTE_STYLE,
  SEVERITY_LABELS,
  SEVERITY_RANK,
  SEVERITY_STYLES,
  SHEET_NAMES,
  TITLE_STYLE,
} from '../labels';

const OT_LABEL = '時間外';
const OTHW_LABEL = '時間外＋休日';
const FIXED_COLUMNS = 3;
const MAX_WINDOW = 6;
const MIN_WINDOW = 2;

interface EmployeeHours {
  id: string;
  /** OT and HW by month offset from the first month of the matrix (undefined: no data that month). */
  ot: (number | undefined)[];
  hw: (number | undefined)[];
}

/** The worst mean of OT+HW over 2–6 consecutive months, and where it lies. */
export interface WorstMean {
  mean: number;
  first: number;
  last: number;
}

/**
 * Finds the highest mean of 2 to 6 consecutive months (a month without data counts as 0); the earliest and
 * shortest window wins a tie.
 *
 * @example findWorstMean([70, 90, 85, 10]) // { mean: 87.5, first: 1, last: 2 }
 */
export function findWorstMean(monthly: number[]): WorstMean | undefined {
  const prefix = [0];
  for (const v of monthly) prefix.push(prefix[prefix.length - 1] + v);
  let worst: WorstMean | undefined;
  for (let first = 0; first < monthly.length; first++) {
    for (let len = MIN_WINDOW; len <= MAX_WINDOW && first + len <= monthly.length; len++) {
      const mean = (prefix[first + len] - prefix[first]) / len;
      if (!worst || mean > worst.mean) worst = { mean, first, last: first + len - 1 };
    }
  }
  return worst;
}

/**
 * Returns the first month index of the agreement year containing a month.
 *
 * @example fromMonthNumber(agreementYearStart(toMonthNumber('2026-02'), 4)) // '2025-04'
 */
export function agreementYearStart(month: number, startMonth: number): number {
  const offset = (((month - (startMonth - 1)) % 12) + 12) % 12;
  return month - offset;
}

/** Parses a finding period into first and last month indexes (a date counts as its month). */
function parsePeriod(period: string): [number, number] | undefined {
  const [a, b] = period.split('..');
  const first = toMonthNumber(a.slice(0, 7));
  const last = b === undefined ? first : toMonthNumber(b.slice(0, 7));
  return Number.isNaN(first) || Number.isNaN(last) ? undefined : [first, last];
}

function collectHours(dataset: Dataset): { employees: EmployeeHours[]; firstMonth: number; monthCount: number } {
  // Thousands of records share a dozen month strings: parse each string once.
  const indexOf = new Map<IsoMonth, number>();
  const indexes = dataset.monthlyHours.map((m) => {
    let i = indexOf.get(m.month);
    if (i === undefined) {
      i = toMonthNumber(m.month);
      indexOf.set(m.month, i);
    }
    return i;
  });
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  for (const i of indexes) {
    if (Number.isNaN(i)) continue;
    if (i < firstMonth) firstMonth = i;
    if (i > lastMonth) lastMonth = i;
  }
  if (firstMonth === Infinity) return { employees: [], firstMonth: 0, monthCount: 0 };
  const monthCount = lastMonth - firstMonth + 1;
  const byId = new Map<string, EmployeeHours>();
  dataset.monthlyHours.forEach((m, k) => {
    const i = indexes[k] - firstMonth;
    if (Number.isNaN(i)) return;
    let e = byId.get(m.employeeId);
    if (!e) {
      e = { id: m.employeeId, ot: new Array(monthCount).fill(undefined), hw: new Array(monthCount).fill(undefined) };
      byId.set(m.employeeId, e);
    }
    // Two rows for the same employee-month (one sheet per office, say) add up.
    e.ot[i] = (e.ot[i] ?? 0) + m.overtime;
    e.hw[i] = (e.hw[i] ?? 0) + m.holidayWork;
  });
  return { employees: [...byId.values()], firstMonth, monthCount };
}

/** Where things are on the sheet, so findings can be turned into cells. */
interface Grid {
  firstMonth: number;
  monthCount: number;
  /** First month index of each agreement year shown. */
  years: number[];
  startMonth: number;
  monthCol(month: number): number | undefined;
  totalCol(yearIndex: number): number;
  countCol(yearIndex: number): number;
  worstCol: number;
  periodCol: number;
  findingsCol: number;
}

function makeGrid(firstMonth: number, monthCount: number, startMonth: number): Grid {
  const years: number[] = [];
  if (monthCount > 0) {
    for (let y = agreementYearStart(firstMonth, startMonth); y < firstMonth + monthCount; y += 12) years.push(y);
  }
  const afterMonths = FIXED_COLUMNS + monthCount + 1;
  return {
    firstMonth,
    monthCount,
    years,
    startMonth,
    monthCol: (month) =>
      month >= firstMonth && month < firstMonth + monthCount ? FIXED_COLUMNS + 1 + month - firstMonth : undefined,
    totalCol: (y) => afterMonths + y,
    countCol: (y) => afterMonths + years.length + y,
    worstCol: afterMonths + 2 * years.length,
    periodCol: afterMonths + 2 * years.length + 1,
    findingsCol: afterMonths + 2 * years.length + 2,
  };
}

/** The cells a finding colours, as [row offset (0 = OT row, 1 = OT+HW row), column]. */
function cellsOfFinding(finding: Finding, grid: Grid): [0 | 1, number][] {
  const period = parsePeriod(finding.period);
  if (!period) return [];
  const [first, last] = period;
  const yearIndex = grid.years.indexOf(agreementYearStart(first, grid.startMonth));
  const monthCells = (offset: 0 | 1): [0 | 1, number][] => {
    const out: [0 | 1, number][] = [];
    for (let m = first; m <= last; m++) {
      const col = grid.monthCol(m);
      if (col !== undefined) out.push([offset, col]);
    }
    return out;
  };
  // Typed, so a misspelt rule id does not compile.
  switch (finding.rule as FindingRuleId) {
    case 'law36.month-100-or-more':
    case 'agreement.special-month-over':
      return monthCells(1);
    case 'agreement.year-over':
      return yearIndex >= 0 ? [[0, grid.totalCol(yearIndex)]] : [];
    case 'agreement.special-times-over':
      return yearIndex >= 0 ? [[0, grid.countCol(yearIndex)]] : [];
    case 'law36.avg-over-80':
      return [...monthCells(1), [1, grid.worstCol]];
    case 'law36.year-over-360':
    case 'law36.year-over-720':
      return yearIndex >= 0 ? [[0, grid.totalCol(yearIndex)]] : [];
    case 'law36.months-over-45-more-than-6':
      return yearIndex >= 0 ? [[0, grid.countCol(yearIndex)]] : [];
    default:
      return monthCells(0);
  }
}

function countBySeverity(findings: Finding[]): string {
  const counts = new Map<Severity, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  return (Object.keys(SEVERITY_RANK) as Severity[])
    .filter((s) => counts.has(s))
    .map((s) => `${SEVERITY_LABELS[s]} ${counts.get(s)}`)
    .join(' / ');
}

function worstRank(findings: Finding[] | undefined): number {
  if (!findings || findings.length === 0) return Infinity;
  return Math.min(...findings.map((f) => SEVERITY_RANK[f.severity]));
}

function formatMonthSpan(first: number, last: number): string {
  const show = (i: number): string => fromMonthNumber(i).replace('-', '/');
  return `${show(first)}〜${show(last)}`;
}

function yearLabel(yearStart: number): string {
  return `${Math.floor(yearStart / 12)}年度`;
}

/**
 * The OT row and the OT+HW row of one employee, filled by index (this runs for every employee: no spreads).
 * OT row: months, yearly totals, months over 45 h, finding counts. OT+HW row: months, worst 2–6-month mean.
 */
function toEmployeeRows(
  e: EmployeeHours,
  name: string | null,
  findings: Finding[],
  grid: Grid,
  yearOfMonth: number[],
): [CellValue[], CellValue[]] {
  const length = grid.findingsCol;
  const ot: CellValue[] = new Array(length).fill(null);
  const othw: CellValue[] = new Array(length).fill(null);
  ot[0] = othw[0] = e.id;
  ot[1] = othw[1] = name;
  ot[2] = OT_LABEL;
  othw[2] = OTHW_LABEL;
  for (let y = 0; y < grid.years.length; y++) {
    ot[grid.totalCol(y) - 1] = 0;
    ot[grid.countCol(y) - 1] = 0;
  }
  const sums: number[] = new Array(grid.monthCount);
  for (let i = 0; i < grid.monthCount; i++) {
    const o = e.ot[i];
    const h = e.hw[i];
    sums[i] = (o ?? 0) + (h ?? 0);
    const col = FIXED_COLUMNS + i;
    if (o !== undefined) {
      ot[col] = o;
      const y = yearOfMonth[i];
      (ot[grid.totalCol(y) - 1] as number) += o;
      if (o > 45) (ot[grid.countCol(y) - 1] as number) += 1;
    }
    if (o !== undefined || h !== undefined) othw[col] = sums[i];
  }
  const worst = findWorstMean(sums);
  if (worst) {
    othw[grid.worstCol - 1] = worst.mean;
    othw[grid.periodCol - 1] = formatMonthSpan(grid.firstMonth + worst.first, grid.firstMonth + worst.last);
  }
  ot[grid.findingsCol - 1] = countBySeverity(findings);
  return [ot, othw];
}

function addLegend(draft: SheetDraft, startMonth: number): void {
  draft.styles.addRange({ row: draft.push([SHEET_NAMES.law36]), col: 1 }, TITLE_STYLE);
  const legend: [Severity, string][] = [
    ['violation', '単月100h以上（時間外＋休日）、2〜6か月平均80h超、年720h超、45h超が年7か月以上'],
    ['warning', '月45h超（特別条項が必要）、年360h超'],
    ['at-risk', '直近の月の時間外が45hに近い'],
  ];
  legend.forEach(([severity, text], i) => {
    const row = draft.push([i === 0 ? '凡例' : null, SEVERITY_LABELS[severity], text]);
    draft.styles.addRange({ row, col: 2 }, { ...SEVERITY_STYLES[severity], horizontal: 'center', border: true });
  });
  const note = draft.push([
    `時間外 = 法定時間外労働（休日労働を除く）、時間外＋休日 = 法定時間外労働＋法定休日労働（時間）。年度は36協定の対象期間（${startMonth}月始まり）。データのない月は空欄。`,
  ]);
  draft.styles.addRange({ row: note, col: 1 }, NOTE_STYLE);
}

/** The 36協定 findings (`law36.*`, and `agreement.*` of the company's own agreement) of each employee, in report order. */
function groupLaw36Findings(findings: Finding[]): Map<string, Finding[]> {
  const byEmployee = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.rule.startsWith('law36.') && !(f.rule.startsWith('agreement.') && f.employeeId !== '')) continue;
    const list = byEmployee.get(f.employeeId) ?? [];
    list.push(f);
    byEmployee.set(f.employeeId, list);
  }
  return byEmployee;
}

/**
 * Lays out the 36協定 sheet.
 *
 * @example buildLaw36Layout(report, dataset, meta).freezeRows // 5: title, legend and note stay visible
 */
export function buildLaw36Layout(report: Report, dataset: Dataset, meta: ReportMeta): SheetLayout {
  const startMonth = meta.agreementStartMonth ?? 4;
  const draft = new SheetDraft();
  addLegend(draft, startMonth);
  addAgreementLines(draft, report, meta.lang ?? 'ja');
  const { employees, firstMonth, monthCount } = collectHours(dataset);
  const grid = makeGrid(firstMonth, monthCount, startMonth);
  const headerRow = addHeaderRow(draft, grid, firstMonth, monthCount);
  const freeze = {
    freezeRows: headerRow,
    freezeColumns: FIXED_COLUMNS,
    tabColor: '#C00000',
    fit: { fromRow: headerRow, max: 30 },
  };
  if (employees.length === 0) {
    draft.push(['勤怠データがありません。']);
    return draft.toLayout(SHEET_NAMES.law36, freeze);
  }

  const findingsById = groupLaw36Findings(report.findings);
  const names = new Map(dataset.employees.map((e) => [e.id, e.name ?? null]));
  const keyed = employees.map((e) => ({ e, rank: worstRank(findingsById.get(e.id)), key: naturalSortKey(e.id) }));
  keyed.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const yearOfMonth = Array.from({ length: monthCount }, (_, i) =>
    grid.years.indexOf(agreementYearStart(firstMonth + i, startMonth)),
  );
  const severityAt = new Map<number, Severity>();
  for (const { e } of keyed) {
    const findings = findingsById.get(e.id) ?? [];
    const rows = toEmployeeRows(e, names.get(e.id) ?? null, findings, grid, yearOfMonth);
    const rowNumbers: [number, number] = [draft.push(rows[0]), draft.push(rows[1])];
    markFindingCells(severityAt, findings, rowNumbers, grid);
  }
  styleBody(draft, headerRow, grid, severityAt);
  return draft.toLayout(SHEET_NAMES.law36, freeze);
}

/** Writes the column headers (months as real month cells, so they sort and filter as dates); returns its row. */
function addHeaderRow(draft: SheetDraft, grid: Grid, firstMonth: number, monthCount: number): number {
  const monthHeaders = Array.from({ length: monthCount }, (_, i) => toMonthCell(fromMonthNumber(firstMonth + i)));
  const headerRow = draft.push([
    '社員番号',
    '氏名',
    '区分',
    ...monthHeaders,
    ...grid.years.map((y) => `${yearLabel(y)} 時間外計`),
    ...grid.years.map((y) => `${yearLabel(y)} 45h超の月数`),
    '2〜6か月平均の最大',
    'その期間',
    '指摘',
  ]);
  draft.styles.addRange({ row: headerRow, col: 1, colEnd: grid.findingsCol }, HEADER_STYLE);
  if (monthCount > 0)
    draft.styles.addRange(
      { row: headerRow, col: FIXED_COLUMNS + 1, colEnd: FIXED_COLUMNS + monthCount },
      { numberFormat: FORMAT_MONTH },
    );
  return headerRow;
}

/**
 * Records, for each cell an employee's findings point at, the worst severity among them (several findings can
 * cover one month), keyed by row × sheet width + column. The cells are coloured once all rows are written.
 */
function markFindingCells(
  severityAt: Map<number, Severity>,
  findings: Finding[],
  [otRow, othwRow]: [number, number],
  grid: Grid,
): void {
  const width = grid.findingsCol + 1;
  for (const f of findings) {
    for (const [offset, col] of cellsOfFinding(f, grid)) {
      const key = (offset === 0 ? otRow : othwRow) * width + col;
      const current = severityAt.get(key);
      if (current === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[current]) severityAt.set(key, f.severity);
    }
  }
}

/** Number formats and borders of the employee rows, then the severity colours on top of them. */
function styleBody(draft: SheetDraft, headerRow: number, grid: Grid, severityAt: Map<number, Severity>): void {
  const lastRow = draft.nextRow - 1;
  draft.styles.addRange(
    { row: headerRow + 1, col: FIXED_COLUMNS + 1, rowEnd: lastRow, colEnd: grid.totalCol(grid.years.length - 1) },
    { numberFormat: FORMAT_HOURS },
  );
  draft.styles.addRange(
    { row: headerRow + 1, col: grid.countCol(0), rowEnd: lastRow, colEnd: grid.countCol(grid.years.length - 1) },
    { numberFormat: FORMAT_COUNT },
  );
  draft.styles.addRange({ row: headerRow + 1, col: grid.worstCol, rowEnd: lastRow }, { numberFormat: FORMAT_HOURS });
  draft.styles.addRange({ row: headerRow + 1, col: 1, rowEnd: lastRow, colEnd: grid.findingsCol }, { border: true });
  const width = grid.findingsCol + 1;
  for (const [key, severity] of severityAt) {
    draft.styles.addCell(Math.floor(key / width), key % width, SEVERITY_STYLES[severity]);
  }
}
