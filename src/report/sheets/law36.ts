/**
 * The 36協定 sheet: OT and OT+HW of every employee by month, one row pair per employee and agreement year, so that
 * at most 12 month columns stand side by side (the same 4月…3月 header for every year: a wide matrix prints in pages
 * of 12 months instead of shrinking), coloured by the law36 findings, with the year's OT total, its months over
 * 45 h, and the worst 2–6-month mean of OT+HW.
 *
 * Row order: agreement years oldest first; within a year, employees with a law36 finding first (violation before
 * warning before at-risk), then everyone else, by employee id in natural order (E2 before E10).
 */
import type { Dataset, Finding, Report, Severity } from '../../rules/types';
import type { FindingRuleId } from '../../rules';
import type { CellValue, SheetLayout } from '../layout';
import type { ReportMeta } from '../meta';
import type { ReportCatalogue } from '../locale';
import { SheetDraft } from '../draft';
import { FORMAT_HOURS, naturalSortKey } from '../format';
import { fromMonthNumber } from '../../rules/dates';
import { HEADER_STYLE, NOTE_STYLE, SEVERITY_RANK, SEVERITY_STYLES, SHEET_NAMES, TITLE_STYLE } from '../labels';
import { addAgreementLines } from './law36-agreement';
import {
  agreementYearStart,
  collectHours,
  findWorstMean,
  parsePeriod,
  type EmployeeHours,
  type WorstMean,
} from './law36-hours';

/** 社員番号, 氏名, 年度, 区分, then the 12 months. */
const FIXED = 4;
const MONTHS = 12;
const COL = { total: FIXED + MONTHS + 1, over45: FIXED + MONTHS + 2, worst: FIXED + MONTHS + 3 } as const;
const PERIOD_COL = COL.worst + 1;
const FINDINGS_COL = COL.worst + 2;
/** Widths (characters) that print one page wide at 75 % or more: narrow ids, 12 months of `104.5`, wrapped labels. */
const WIDTHS = [7, 9, 10, 9, ...new Array(MONTHS).fill(7), 7, 6, 7, 10, 9];

/** An employee's row pair in one agreement year. */
interface YearRows {
  e: EmployeeHours;
  /** Month index (since year 0) of the year's first month. */
  year: number;
  findings: Finding[];
  worst?: WorstMean;
}

/** The findings of each employee (law36 rules only), in report order. */
function groupFindings(findings: Finding[]): Map<string, Finding[]> {
  const byEmployee = new Map<string, Finding[]>();
  for (const f of findings) {
    // The company's own agreement's findings too (a company-wide note has no employee).
    if (!f.rule.startsWith('law36.') && !(f.rule.startsWith('agreement.') && f.employeeId !== '')) continue;
    byEmployee.set(f.employeeId, [...(byEmployee.get(f.employeeId) ?? []), f]);
  }
  return byEmployee;
}

function worstRank(findings: Finding[]): number {
  return findings.length === 0 ? Infinity : Math.min(...findings.map((f) => SEVERITY_RANK[f.severity]));
}

/** The year a finding belongs to (its first month's agreement year). */
function yearOfFinding(f: Finding, startMonth: number): number | undefined {
  const period = parsePeriod(f.period);
  return period ? agreementYearStart(period[0], startMonth) : undefined;
}

/** The cells a finding colours in its year's row pair: [0 = OT row, 1 = OT+HW row, column]. */
function cellsOfFinding(f: Finding, year: number): [0 | 1, number][] {
  const period = parsePeriod(f.period);
  if (!period) return [];
  const months = (offset: 0 | 1): [0 | 1, number][] => {
    const out: [0 | 1, number][] = [];
    for (let m = Math.max(period[0], year); m <= Math.min(period[1], year + MONTHS - 1); m++)
      out.push([offset, FIXED + 1 + m - year]);
    return out;
  };
  // Typed, so a misspelt rule id does not compile.
  switch (f.rule as FindingRuleId) {
    case 'law36.month-100-or-more':
    case 'agreement.special-month-over':
      return months(1);
    case 'agreement.year-over':
      return [[0, COL.total]];
    case 'agreement.special-times-over':
      return [[0, COL.over45]];
    case 'law36.avg-over-80':
      return [...months(1), [1, COL.worst]];
    case 'law36.year-over-360':
    case 'law36.year-over-720':
      return [[0, COL.total]];
    case 'law36.months-over-45-more-than-6':
      return [[0, COL.over45]];
    default:
      return months(0);
  }
}

function countBySeverity(findings: Finding[], words: ReportCatalogue): string {
  const counts = new Map<Severity, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  return (Object.keys(SEVERITY_RANK) as Severity[])
    .filter((s) => counts.has(s))
    .map((s) => `${words.severity[s]} ${counts.get(s)}`)
    .join(' / ');
}

/** The OT row and the OT+HW row of one employee in one agreement year. */
function toRows(
  r: YearRows,
  name: string | null,
  firstMonth: number,
  words: ReportCatalogue,
): [CellValue[], CellValue[]] {
  const w = words.law36;
  const ot: CellValue[] = new Array(FINDINGS_COL).fill(null);
  const othw: CellValue[] = new Array(FINDINGS_COL).fill(null);
  ot[0] = othw[0] = r.e.id;
  ot[1] = othw[1] = name;
  ot[2] = othw[2] = w.yearLabel(Math.floor(r.year / 12));
  ot[3] = w.ot;
  othw[3] = w.otHw;
  let total = 0;
  let over45 = 0;
  for (let k = 0; k < MONTHS; k++) {
    const i = r.year + k - firstMonth;
    const o = r.e.ot[i];
    const h = r.e.hw[i];
    if (o !== undefined) {
      ot[FIXED + k] = o;
      total += o;
      if (o > 45) over45 += 1;
    }
    if (o !== undefined || h !== undefined) othw[FIXED + k] = (o ?? 0) + (h ?? 0);
  }
  ot[COL.total - 1] = total;
  ot[COL.over45 - 1] = over45;
  if (r.worst) {
    othw[COL.worst - 1] = r.worst.mean;
    const show = (m: number) => words.dates.month(fromMonthNumber(firstMonth + m));
    othw[PERIOD_COL - 1] = w.range(show(r.worst.first), show(r.worst.last));
  }
  ot[FINDINGS_COL - 1] = countBySeverity(r.findings, words);
  return [ot, othw];
}

function addLegend(draft: SheetDraft, startMonth: number, words: ReportCatalogue): void {
  const w = words.law36;
  draft.styles.addRange({ row: draft.push([w.title]), col: 1 }, TITLE_STYLE);
  (['violation', 'warning', 'at-risk'] as Severity[]).forEach((severity, i) => {
    const row = draft.push([i === 0 ? w.legend : null, words.severity[severity], w.legendTexts[severity]]);
    draft.styles.addRange({ row, col: 2 }, { ...SEVERITY_STYLES[severity], horizontal: 'center', border: true });
    draft.merges.push({ row, col: 3, colEnd: FINDINGS_COL });
  });
  const note = draft.push([w.note(startMonth)]);
  draft.merges.push({ row: note, col: 1, colEnd: FINDINGS_COL });
  draft.styles.addRange({ row: note, col: 1 }, { ...NOTE_STYLE, wrap: true });
}

/** The header row: 4月 … 3月 (the agreement year's months, the same in every year); returns its row. */
function addHeaderRow(draft: SheetDraft, startMonth: number, words: ReportCatalogue): number {
  const h = words.law36.headers;
  const row = draft.push([
    h.id,
    h.name,
    h.year,
    h.kind,
    ...Array.from({ length: MONTHS }, (_, k) => words.law36.monthHeader(((startMonth - 1 + k) % 12) + 1)),
    h.total,
    h.over45,
    h.worstMean,
    h.worstPeriod,
    h.findings,
  ]);
  draft.styles.addRange({ row, col: 1, colEnd: FINDINGS_COL }, HEADER_STYLE);
  return row;
}

/** Every employee's row pairs, year by year, worst findings first within a year. */
function collectYearRows(report: Report, dataset: Dataset, startMonth: number) {
  const { employees, firstMonth, monthCount } = collectHours(dataset);
  const findingsById = groupFindings(report.findings);
  const years = new Set<number>();
  for (let m = firstMonth; m < firstMonth + monthCount; m++) years.add(agreementYearStart(m, startMonth));
  const rows: YearRows[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const inYear = employees.map((e) => {
      const findings = (findingsById.get(e.id) ?? []).filter((f) => yearOfFinding(f, startMonth) === year);
      return { e, year, findings, rank: worstRank(findings), key: naturalSortKey(e.id) };
    });
    inYear.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    rows.push(...inYear);
  }
  // The worst 2–6-month mean is the employee's over all months, shown in the year its window ends.
  for (const e of employees) {
    const worst = findWorstMean(e.ot.map((o, i) => (o ?? 0) + (e.hw[i] ?? 0)));
    if (!worst) continue;
    const year = agreementYearStart(firstMonth + worst.last, startMonth);
    const target = rows.find((r) => r.e === e && r.year === year);
    if (target) target.worst = worst;
  }
  return { rows, firstMonth };
}

/**
 * Lays out the 36協定 sheet.
 *
 * @example buildLaw36Layout(report, dataset, meta, wordsFor('ja')).values[5] // ['社員番号', '氏名', '年度', '区分', '4月', …]
 */
export function buildLaw36Layout(
  report: Report,
  dataset: Dataset,
  meta: ReportMeta,
  words: ReportCatalogue,
): SheetLayout {
  const startMonth = meta.agreementStartMonth ?? 4;
  const draft = new SheetDraft();
  addLegend(draft, startMonth, words);
  addAgreementLines(draft, report, words.lang);
  const headerRow = addHeaderRow(draft, startMonth, words);
  const options = { freezeRows: headerRow, freezeColumns: FIXED, tabColor: '#C00000' };
  const { rows, firstMonth } = collectYearRows(report, dataset, startMonth);
  if (rows.length === 0) {
    draft.push([words.law36.noData]);
    return { ...draft.toLayout(SHEET_NAMES.law36, options), columnWidths: [...WIDTHS] };
  }
  const names = new Map(dataset.employees.map((e) => [e.id, e.name ?? null]));
  const severityAt = new Map<string, Severity>();
  for (const r of rows) {
    const [ot, othw] = toRows(r, names.get(r.e.id) ?? null, firstMonth, words);
    const rowNumbers = [draft.push(ot), draft.push(othw)];
    for (const f of r.findings) {
      for (const [offset, col] of cellsOfFinding(f, r.year)) {
        const key = `${rowNumbers[offset]},${col}`;
        const current = severityAt.get(key);
        if (!current || SEVERITY_RANK[f.severity] < SEVERITY_RANK[current]) severityAt.set(key, f.severity);
      }
    }
  }
  const last = draft.nextRow - 1;
  draft.styles.addRange(
    { row: headerRow + 1, col: FIXED + 1, rowEnd: last, colEnd: COL.total },
    { numberFormat: FORMAT_HOURS },
  );
  draft.styles.addRange({ row: headerRow + 1, col: COL.over45, rowEnd: last }, { numberFormat: '0' });
  draft.styles.addRange({ row: headerRow + 1, col: COL.worst, rowEnd: last }, { numberFormat: FORMAT_HOURS });
  draft.styles.addRange({ row: headerRow + 1, col: 3, rowEnd: last, colEnd: FIXED }, { wrap: true });
  draft.styles.addRange({ row: headerRow + 1, col: PERIOD_COL, rowEnd: last, colEnd: FINDINGS_COL }, { wrap: true });
  draft.styles.addRange({ row: headerRow + 1, col: 1, rowEnd: last, colEnd: FINDINGS_COL }, { border: true });
  for (const [key, severity] of severityAt) {
    const [row, col] = key.split(',').map(Number);
    draft.styles.addCell(row, col, SEVERITY_STYLES[severity]);
  }
  return { ...draft.toLayout(SHEET_NAMES.law36, options), columnWidths: [...WIDTHS] };
}
