/**
 * The report layer: a Report (+ the Dataset for evidence) as host-neutral sheet layouts, and as a terminal table.
 * Imports rule types and the checklist data only; no host, no clock. Every word is chosen from the language's
 * catalogue (./locale) when a sheet is built.
 */
import type { Dataset, Report } from '../rules/types';
import { FUKUYAMA_CHECKLIST, localizeReport } from '../rules';
import type { SheetLayout } from './layout';
import type { ReportMeta } from './meta';
import { wordsFor } from './locale';
import { buildChecklistLayout, type ChecklistItemText } from './sheets/checklist';
import { buildChildcareLayout } from './sheets/childcare';
import { buildHealthLayout } from './sheets/health';
import type { PreviousHealthRow } from './sheets/health-carry';
import { buildHeadroomLayout } from './sheets/headroom';
import { buildIssuesLayout } from './sheets/issues';
import { buildLaw36Layout } from './sheets/law36';
import { buildLeave5Layout } from './sheets/leave5';
import { buildSummaryLayout } from './sheets/summary';
import { numberPages, withPrintSetup } from './print';

export type { ReportMeta } from './meta';
export type * from './layout';
export { SHEET_NAMES, statusLabel } from './labels';
export { needsTextGuard } from './textGuard';
export { formatCriteriaTable } from './terminal-table';
export { wordsFor, type Lang, type ReportCatalogue } from './locale';
export { readPreviousHealth } from './sheets/health-carry';
export {
  escapeHeaderText,
  estimateRowHeights,
  fitWidth,
  numberPages,
  pageBreaks,
  pageSetupFor,
  withPrintSetup,
  wrappedLines,
} from './print';

/** What an earlier run left that this one keeps: the rows HR filled in on the long-hours sheet. */
export interface CarriedOver {
  health?: Map<string, PreviousHealthRow>;
}

/**
 * The checklist sheet with the given items and answers, print-ready, in a language (the pane writes it with the
 * answers given there; hosts write it only when the workbook has none yet).
 *
 * @example checklistSheet(FUKUYAMA_CHECKLIST, [], '2026-03-31', 'ja').name // 'チェックリスト'
 */
export function checklistSheet(
  items: ChecklistItemText[],
  answers: Dataset['checklist'],
  asOf: string,
  lang: ReportMeta['lang'] = 'ja',
): SheetLayout {
  const words = wordsFor(lang);
  return withPrintSetup(buildChecklistLayout(items, answers, words), { asOf, words });
}

/**
 * Builds every sheet the checker writes, summary first. The checklist is included only when the report has
 * checklist items (a profile with the Fukuyama checklist) or the workbook already had answers; hosts write it only
 * when it does not exist yet. The other sheets are always there (with a note when empty), so a second run
 * replaces every sheet of the first one and leaves nothing stale. Every sheet, whoever added it to this list,
 * leaves here print-ready (./print.ts) and numbered among the checker's pages.
 *
 * @example buildReportLayouts(report, dataset, { generatedAt: '2026-04-01T00:00:00Z', profileLabel: 'すべて' })
 *   .map((l) => l.name) // ['WLB基準サマリー', '36協定チェック', '年休5日チェック', '育休取得率', '入力エラー', …]
 */
export function buildReportLayouts(
  reportAsRun: Report,
  dataset: Dataset,
  meta: ReportMeta,
  carried: CarriedOver = {},
): SheetLayout[] {
  const lang = meta.lang ?? 'ja';
  const words = wordsFor(lang);
  // Gaps, findings and issues rendered from their refs; the sheets' own words come from the catalogue.
  const report = localizeReport(reportAsRun, lang);
  const layouts = [
    buildSummaryLayout(report, dataset, meta, words),
    buildLaw36Layout(report, dataset, meta, words),
    buildLeave5Layout(report, dataset, words),
    buildChildcareLayout(report, dataset, words),
    buildIssuesLayout(report.inputIssues, words),
  ];
  const hasChecklist = report.criteria.some((c) => c.id.startsWith('checklist.')) || dataset.checklist.length > 0;
  if (hasChecklist) layouts.push(buildChecklistLayout(FUKUYAMA_CHECKLIST, dataset.checklist, words));
  // Last, so that the other sheets keep their places for hosts and tests that address them by position.
  layouts.push(buildHealthLayout(report, dataset, words, carried.health));
  // A run of the 36協定 rules: how many more hours each employee may work next month.
  if (report.headroom) layouts.push(buildHeadroomLayout(report, dataset, lang));
  const context = { asOf: report.asOf, companyName: meta.companyName, words };
  return numberPages(layouts.map((layout) => withPrintSetup(layout, context)));
}
