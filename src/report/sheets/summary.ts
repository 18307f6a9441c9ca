/**
 * The summary sheet (WLB基準サマリー): run details, one row per criterion with status text and colour, the
 * self-declared checklist items, and the monthly mean overtime with its chart.
 */
import type { CriterionResult, CriterionValue, Dataset, Report } from '../../rules/types';
import type { ChartSpec, SheetLayout } from '../layout';
import type { ReportMeta } from '../meta';
import { SheetDraft } from '../draft';
import {
  FORMAT_COUNT,
  FORMAT_DATE,
  FORMAT_HOURS,
  FORMAT_MONTH,
  type FormattedCell,
  toCellTarget,
  toMeasureCell,
  toMonthCell,
} from '../format';
import { listMonths } from '../../rules/dates';
import {
  HEADER_STYLE,
  LINK_STYLE,
  SECTION_STYLE,
  SHEET_NAMES,
  STATUS_STYLES,
  TITLE_STYLE,
  statusLabel,
} from '../labels';
import { reportWords, type ReportLocale } from '../words';

const SUMMARY_HEADERS = reportWords('ja').summaryHeaders;
const COL = { category: 1, title: 2, source: 3, threshold: 4, value: 5, status: 6, gap: 7, link: 8 } as const;
/**
 * Column widths (characters) for print: A4 landscape holds about 130 characters at 100 %, so these 161 print at
 * about 80 % on one page wide, with 判定 and 不足分 on the first page. Column A also holds the header block's
 * labels (集計期間（12か月） is 18 wide); long texts wrap instead of widening their column.
 */
const SUMMARY_WIDTHS = [19, 30, 24, 12, 12, 10, 40, 14];

const AVG_ID = 'hours.avg-overtime-under-45';
const FULLTIME_ID = 'hours.fulltime-avg-overtime-under-30';

/**
 * Names the detail sheet behind a criterion, if there is one. The working-hours means link to the 36協定 matrix
 * because that matrix holds the per-employee OT and OT+HW they are averaged from.
 *
 * @example detailSheetFor('childcare.male-rate') // '育休取得率'
 */
function detailSheetFor(id: string): string | undefined {
  if (id.startsWith('health.')) return SHEET_NAMES.health;
  if (id.startsWith('law36.')) return SHEET_NAMES.law36;
  if (id.startsWith('hours.') && id !== 'hours.weekly-60-share') return SHEET_NAMES.law36;
  if (id === 'leave.five-day-obligation') return SHEET_NAMES.leave5;
  if (id.startsWith('childcare.')) return SHEET_NAMES.childcare;
  if (id.startsWith('checklist.')) return SHEET_NAMES.checklist;
  return undefined;
}

function addHeaderBlock(draft: SheetDraft, report: Report, dataset: Dataset, meta: ReportMeta): void {
  const words = reportWords(meta.locale);
  draft.styles.addRange({ row: draft.push([words.summaryTitle]), col: 1 }, TITLE_STYLE);
  const dateRow = draft.push([words.asOf, { date: report.asOf }]);
  draft.styles.addRange({ row: dateRow, col: 2 }, { numberFormat: FORMAT_DATE, horizontal: 'left' });
  const [m12a, m12b] = report.windows.months12;
  const [y3a, y3b] = report.windows.years3;
  const monthRowA = draft.push([words.months12, toMonthCell(m12a), words.through, toMonthCell(m12b)]);
  const monthRowB = draft.push([words.years3, toMonthCell(y3a), words.through, toMonthCell(y3b)]);
  draft.styles.addRange(
    { row: monthRowA, col: 2, rowEnd: monthRowB, colEnd: 4 },
    { numberFormat: FORMAT_MONTH, horizontal: 'left' },
  );
  const planRow = draft.push([
    words.planPeriod,
    { date: report.windows.plan[0] },
    words.through,
    { date: report.windows.plan[1] },
  ]);
  draft.styles.addRange({ row: planRow, col: 2, colEnd: 4 }, { numberFormat: FORMAT_DATE, horizontal: 'left' });
  draft.push([words.profile, meta.profileLabel, report.profile]);
  draft.push([words.generatedAt, meta.generatedAt]);
  const issueCount = report.inputIssues.length;
  const issueRow = draft.push([words.inputIssues, issueCount, issueCount > 0 ? SHEET_NAMES.issues : '']);
  draft.styles.addRange({ row: issueRow, col: 2 }, { numberFormat: FORMAT_COUNT, horizontal: 'left' });
  if (issueCount > 0) {
    draft.hyperlinks.push({ row: issueRow, col: 3, target: toCellTarget(SHEET_NAMES.issues, 'A1') });
    draft.styles.addRange({ row: issueRow, col: 3 }, LINK_STYLE);
  }
  if (dataset.sources.length === 0) {
    draft.push([words.sources, words.none]);
    return;
  }
  const firstSource = draft.nextRow;
  dataset.sources.forEach((source, i) => {
    draft.push([i === 0 ? words.sources : null, source.sheet, words.kinds[source.kind] ?? source.kind, source.rows]);
  });
  draft.styles.addRange(
    { row: firstSource, col: 4, rowEnd: draft.nextRow - 1 },
    { numberFormat: words.rowsFormat, horizontal: 'left' },
  );
}

/** A checklist item's value is its answer (1 = ○, 0 = ×), shown as the mark the user typed. */
function toAnswerCell(value: CriterionValue): FormattedCell {
  if (value === 1) return { value: '○' };
  if (value === 0) return { value: '×' };
  return { value: null };
}

function addCriterionRow(draft: SheetDraft, criterion: CriterionResult, locale: ReportLocale): void {
  const isChecklist = criterion.id.startsWith('checklist.');
  const threshold = toMeasureCell(criterion.threshold, criterion.unit);
  const value = isChecklist ? toAnswerCell(criterion.value) : toMeasureCell(criterion.value, criterion.unit);
  const detail = detailSheetFor(criterion.id);
  const row = draft.push([
    criterion.category,
    criterion.title,
    criterion.source,
    threshold.value,
    value.value,
    statusLabel(criterion.status, locale),
    criterion.gap ?? '',
    detail ?? '',
  ]);
  if (threshold.numberFormat) draft.styles.addCell(row, COL.threshold, { numberFormat: threshold.numberFormat });
  if (value.numberFormat) draft.styles.addCell(row, COL.value, { numberFormat: value.numberFormat });
  draft.styles.addCell(row, COL.status, STATUS_STYLES[criterion.status]);
  if (detail) draft.hyperlinks.push({ row, col: COL.link, target: toCellTarget(detail, 'A1') });
}

function addCriteriaTable(draft: SheetDraft, criteria: CriterionResult[], locale: ReportLocale): number {
  const words = reportWords(locale);
  const headerRow = draft.push([...words.summaryHeaders]);
  draft.styles.addRange({ row: headerRow, col: 1, colEnd: SUMMARY_HEADERS.length }, HEADER_STYLE);
  const data = criteria.filter((c) => !c.id.startsWith('checklist.'));
  const checklist = criteria.filter((c) => c.id.startsWith('checklist.'));
  for (const criterion of data) addCriterionRow(draft, criterion, locale);
  if (checklist.length > 0) {
    const sectionRow = draft.push([words.checklistSection]);
    draft.styles.addRange({ row: sectionRow, col: 1 }, SECTION_STYLE);
    for (const criterion of checklist) addCriterionRow(draft, criterion, locale);
  }
  const lastRow = draft.nextRow - 1;
  if (lastRow > headerRow) {
    draft.styles.addRange({ row: headerRow + 1, col: COL.link, rowEnd: lastRow }, LINK_STYLE);
    // Every cell wraps (and so is top-aligned): a row made tall by its gap reads from the top across the row.
    draft.styles.addRange({ row: headerRow + 1, col: COL.category, rowEnd: lastRow, colEnd: COL.link }, { wrap: true });
  }
  return headerRow;
}

function thresholdHours(criterion: CriterionResult | undefined, fallback: number): number {
  return typeof criterion?.threshold === 'number' ? criterion.threshold : fallback;
}

/**
 * Writes the monthly means (月, 平均, [フルタイム平均], 45h, 30h) for the 12-month window and returns a line chart
 * over that block. A month without data is left empty, so the chart shows a gap rather than a false zero.
 */
function addOvertimeChart(draft: SheetDraft, report: Report, locale: ReportLocale): ChartSpec | undefined {
  const words = reportWords(locale);
  const avg = report.criteria.find((c) => c.id === AVG_ID);
  const fulltime = report.criteria.find((c) => c.id === FULLTIME_ID);
  const series = [
    { header: words.mean, data: avg?.series },
    { header: words.fullTimeMean, data: fulltime?.series },
  ].filter((s): s is { header: string; data: Record<string, number> } => s.data !== undefined);
  if (series.length === 0) return undefined;
  const line45 = thresholdHours(avg, 45);
  const line30 = thresholdHours(fulltime, 30);
  draft.push([]);
  const sectionRow = draft.push([words.chartSection]);
  draft.styles.addRange({ row: sectionRow, col: 1 }, SECTION_STYLE);
  const headers = [words.month, ...series.map((s) => s.header), `${line45}h`, `${line30}h`];
  const headerRow = draft.push(headers);
  draft.styles.addRange({ row: headerRow, col: 1, colEnd: headers.length }, HEADER_STYLE);
  const months = listMonths(...report.windows.months12);
  for (const month of months) {
    draft.push([toMonthCell(month), ...series.map((s) => s.data[month] ?? null), line45, line30]);
  }
  const lastRow = draft.nextRow - 1;
  draft.styles.addRange({ row: headerRow + 1, col: 1, rowEnd: lastRow }, { numberFormat: FORMAT_MONTH });
  draft.styles.addRange(
    { row: headerRow + 1, col: 2, rowEnd: lastRow, colEnd: headers.length },
    { numberFormat: FORMAT_HOURS },
  );
  // Below the data block, within the table's columns: beside it, the chart would widen the printed area and
  // shrink the whole page to fit it one page wide.
  const chartRow = lastRow + 2;
  return {
    type: 'line',
    title: words.chartTitle,
    valueAxisTitle: words.hoursAxis,
    dataRange: { row: headerRow, col: 1, rowEnd: lastRow, colEnd: headers.length },
    anchor: { row: chartRow, col: 1, rowEnd: chartRow + 17, colEnd: 5 },
    referenceLines: 2,
  };
}

/** The header block may grow with the number of source sheets; beyond this many rows freezing would hide too much. */
const MAX_FROZEN_ROWS = 16;

/**
 * Lays out the summary sheet.
 *
 * @example buildSummaryLayout(report, dataset, { generatedAt: '2026-04-01T09:00:00+09:00', profileLabel: 'すべて' }).name
 * // 'WLB基準サマリー'
 */
export function buildSummaryLayout(report: Report, dataset: Dataset, meta: ReportMeta): SheetLayout {
  const draft = new SheetDraft();
  addHeaderBlock(draft, report, dataset, meta);
  draft.push([]);
  const tableHeaderRow = addCriteriaTable(draft, report.criteria, meta.locale ?? 'ja');
  const chart = addOvertimeChart(draft, report, meta.locale ?? 'ja');
  if (chart) draft.charts.push(chart);
  const layout = draft.toLayout(SHEET_NAMES.summary, {
    freezeRows: tableHeaderRow <= MAX_FROZEN_ROWS ? tableHeaderRow : undefined,
    tabColor: '#2F5597',
    fit: { fromRow: 2, max: 40 },
  });
  // The criteria table's header row is repeated on each printed page (not the whole header block).
  return { ...layout, columnWidths: [...SUMMARY_WIDTHS], printTitleRow: tableHeaderRow };
}
