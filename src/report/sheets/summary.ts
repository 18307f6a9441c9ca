/**
 * The summary sheet (WLB基準サマリー) as a document HR hands in: a title naming what was checked, the company, the
 * periods as HR writes them, when it was made (Japan time), the sources read; then the verdict box, the legal
 * violations (whatever the profile), the criteria with units on every figure, the checklist, and the monthly mean
 * overtime with its chart. No internal identifier is printed.
 */
import type { CriterionResult, CriterionValue, Dataset, Report } from '../../rules/types';
import type { SheetLayout } from '../layout';
import type { ReportMeta } from '../meta';
import type { ReportCatalogue } from '../locale';
import { SheetDraft } from '../draft';
import { toCellTarget, type FormattedCell } from '../format';
import { HEADER_STYLE, LINK_STYLE, SECTION_STYLE, SHEET_NAMES, TITLE_STYLE } from '../labels';
import { judgement, legalFirst } from '../judgement';
import { measureCell } from '../units';
import { checklistText } from '../checklist-english';
import { addLegalSection, addVerdictBox } from './summary-verdict';
import { addOvertimeChart } from './summary-chart';

const COL = { category: 1, title: 2, source: 3, threshold: 4, value: 5, status: 6, gap: 7, link: 8 } as const;
const LAST_COL = 8;
/**
 * Column widths (characters): A4 landscape holds about 130 characters of 11-pt text at 100 %; these 150 print at
 * about 87 % on one page wide (10 pt), with 判定 and 不足分 on the first page.
 */
const SUMMARY_WIDTHS = [20, 28, 26, 11, 11, 9, 30, 14];

/** Names the detail sheet behind a criterion, if there is one. */
function detailSheetFor(id: string): string | undefined {
  if (id.startsWith('health.')) return SHEET_NAMES.health;
  if (id.startsWith('law36.')) return SHEET_NAMES.law36;
  if (id.startsWith('hours.') && id !== 'hours.weekly-60-share') return SHEET_NAMES.law36;
  if (id === 'leave.five-day-obligation') return SHEET_NAMES.leave5;
  if (id.startsWith('childcare.')) return SHEET_NAMES.childcare;
  if (id.startsWith('checklist.')) return SHEET_NAMES.checklist;
  return undefined;
}

/** A label in column A and its text over B..H. */
function addField(draft: SheetDraft, label: string, text: string | number): number {
  const row = draft.push([label, text]);
  draft.merges.push({ row, col: 2, colEnd: LAST_COL });
  draft.styles.addRange({ row, col: 1 }, { bold: true, wrap: true });
  draft.styles.addRange({ row, col: 2 }, { horizontal: 'left' });
  return row;
}

/** `3,558` without the machine's locale. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Title, company, as-of date, periods, when it was made, input issues and the sources read. */
function addHeaderBlock(draft: SheetDraft, report: Report, dataset: Dataset, meta: ReportMeta, words: ReportCatalogue) {
  const s = words.summary;
  const d = words.dates;
  const title = s.titles[report.profile] ?? s.fallbackTitle(meta.profileLabel);
  // Title and company overflow to the right (not merged: the host may fill an empty company cell later).
  const titleRow = draft.push([title]);
  draft.styles.addRange({ row: titleRow, col: 1 }, { ...TITLE_STYLE, fontSize: 16 });
  // The company: the name given (設定, --company), else the host writes the workbook's Company property here.
  const companyRow = draft.push([meta.companyName ?? null]);
  draft.styles.addRange({ row: companyRow, col: 1 }, { bold: true, fontSize: 13 });
  addField(draft, s.asOf, d.asOf(report.asOf));
  addField(draft, s.months12, d.monthPeriod(...report.windows.months12));
  addField(draft, s.years3, d.monthPeriod(...report.windows.years3));
  addField(draft, s.planPeriod, d.datePeriod(...report.windows.plan));
  addField(draft, s.generatedAt, d.instant(meta.generatedAt));
  const issues = report.inputIssues.length;
  const issueRow = addField(draft, s.inputIssues, words.count(issues, 'case'));
  if (issues > 0) {
    draft.hyperlinks.push({ row: issueRow, col: 2, target: toCellTarget(SHEET_NAMES.issues, 'A1') });
    draft.styles.addRange({ row: issueRow, col: 2 }, LINK_STYLE);
  }
  if (dataset.sources.length === 0) addField(draft, s.sources, s.none);
  dataset.sources.forEach((source, i) => {
    const kind = s.sourceKinds[source.kind] ?? source.kind;
    const rows = words.lang === 'en' ? words.count(source.rows, 'row') : `${thousands(source.rows)}行`;
    const text = words.lang === 'en' ? `${source.sheet} (${kind}, ${rows})` : `${source.sheet}（${kind}・${rows}）`;
    const row = addField(
      draft,
      i === 0 ? s.sources : '',
      text.replace(/^\d+ /, (m) => m),
    );
    if (i > 0) draft.styles.addRange({ row, col: 1 }, { bold: false });
  });
  return companyRow;
}

function addCriterionRow(draft: SheetDraft, c: CriterionResult, report: Report, words: ReportCatalogue): void {
  const isChecklist = c.id.startsWith('checklist.');
  const threshold = isChecklist ? { value: null } : measureCell(c.threshold, c.unit, words);
  const value = isChecklist ? answerCell(c.value) : measureCell(c.value, c.unit, words);
  const detail = detailSheetFor(c.id);
  const { text, style } = judgement(c, report.findings, words);
  const row = draft.push([
    c.category,
    isChecklist ? checklistText(c.title, words.lang) : c.title,
    c.source,
    threshold.value,
    value.value,
    text,
    c.gap ?? '',
    detail ?? '',
  ]);
  if (threshold.numberFormat) draft.styles.addCell(row, COL.threshold, { numberFormat: threshold.numberFormat });
  if (value.numberFormat) draft.styles.addCell(row, COL.value, { numberFormat: value.numberFormat });
  draft.styles.addCell(row, COL.status, style);
  if (detail) draft.hyperlinks.push({ row, col: COL.link, target: toCellTarget(detail, 'A1') });
}

/** A checklist item's value is its answer (1 = ○, 0 = ×). */
function answerCell(value: CriterionValue): FormattedCell {
  if (value === 1) return { value: '○' };
  if (value === 0) return { value: '×' };
  return { value: null };
}

/** The criteria table: legal criteria first, then the rest in the profile's order; the checklist below. */
function addCriteriaTable(draft: SheetDraft, report: Report, words: ReportCatalogue): number {
  const s = words.summary;
  draft.styles.addRange({ row: draft.push([s.criteriaSection]), col: 1 }, SECTION_STYLE);
  const headerRow = draft.push([...s.headers]);
  draft.styles.addRange({ row: headerRow, col: 1, colEnd: LAST_COL }, HEADER_STYLE);
  const data = report.criteria.filter((c) => !c.id.startsWith('checklist.'));
  for (const c of legalFirst(data)) addCriterionRow(draft, c, report, words);
  const checklist = report.criteria.filter((c) => c.id.startsWith('checklist.'));
  if (checklist.length > 0) {
    const sectionRow = draft.push([s.checklistSection]);
    draft.merges.push({ row: sectionRow, col: 1, colEnd: LAST_COL });
    draft.styles.addRange({ row: sectionRow, col: 1 }, { ...SECTION_STYLE, fontSize: 11 });
    for (const c of checklist) addCriterionRow(draft, c, report, words);
  }
  const lastRow = draft.nextRow - 1;
  if (lastRow > headerRow) {
    draft.styles.addRange({ row: headerRow + 1, col: COL.link, rowEnd: lastRow }, LINK_STYLE);
    // Every cell wraps (and so is top-aligned): a row made tall by its gap reads from the top across the row.
    draft.styles.addRange(
      { row: headerRow + 1, col: COL.category, rowEnd: lastRow, colEnd: COL.link },
      { wrap: true, border: true },
    );
  }
  return headerRow;
}

/**
 * Lays out the summary sheet in the catalogue's language.
 *
 * @example buildSummaryLayout(report, dataset, meta, wordsFor('ja')).values[0] // ['くるみん認定（2025年4月改正）基準 自己チェック']
 */
export function buildSummaryLayout(
  report: Report,
  dataset: Dataset,
  meta: ReportMeta,
  words: ReportCatalogue,
): SheetLayout {
  const draft = new SheetDraft();
  const companyRow = addHeaderBlock(draft, report, dataset, meta, words);
  if (report.verdict) {
    draft.push([]);
    addVerdictBox(draft, report.verdict, words);
  }
  draft.push([]);
  addLegalSection(draft, report, words);
  draft.push([]);
  const tableHeaderRow = addCriteriaTable(draft, report, words);
  const chart = addOvertimeChart(draft, report, words);
  if (chart) draft.charts.push(chart);
  const layout = draft.toLayout(SHEET_NAMES.summary, { tabColor: '#2F5597' });
  // The criteria table's header row is repeated on each printed page (not the whole header block).
  return {
    ...layout,
    columnWidths: [...SUMMARY_WIDTHS],
    printTitleRow: tableHeaderRow,
    companyCell: meta.companyName ? undefined : { row: companyRow, col: 1 },
  };
}
