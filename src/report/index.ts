/**
 * The report layer: a Report (+ the Dataset for evidence) as host-neutral sheet layouts, and as a terminal table.
 * Imports rule types and the checklist data only; no host, no clock.
 */
import type { Dataset, Report } from '../rules/types';
import { FUKUYAMA_CHECKLIST, localizeReport } from '../rules';
import { layoutToEnglish, pageToEnglish } from './english';
import type { SheetLayout } from './layout';
import type { ReportMeta } from './meta';
import { buildChecklistLayout } from './sheets/checklist';
export { buildChecklistLayout } from './sheets/checklist';
import { buildChildcareLayout } from './sheets/childcare';
import { buildHealthLayout } from './sheets/health';
import { buildIssuesLayout } from './sheets/issues';
import { buildLaw36Layout } from './sheets/law36';
import { buildLeave5Layout } from './sheets/leave5';
import { buildSummaryLayout } from './sheets/summary';
import { withPrintSetup } from './print';

export type { ReportMeta } from './meta';
export type * from './layout';
export { SHEET_NAMES, statusLabel } from './labels';
export { needsTextGuard } from './textGuard';
export { formatCriteriaTable } from './table';
export { reportWords } from './words';
export { escapeHeaderText, estimateRowHeights, pageSetupFor, withPrintSetup, wrappedLines } from './print';

/**
 * Builds every sheet the checker writes, summary first. The checklist is included only when the report has
 * checklist items (a profile with the Fukuyama checklist) or the workbook already had answers; hosts write it only
 * when it does not exist yet. The other sheets are always there (with a note when empty), so a second run
 * replaces every sheet of the first one and leaves nothing stale. Every sheet, whoever added it to this list,
 * leaves here print-ready (./print.ts: A4 landscape, one page wide, header row repeated, fitted row heights).
 *
 * @example buildReportLayouts(report, dataset, { generatedAt: '2026-04-01T09:00:00+09:00', profileLabel: 'すべて' })
 *   .map((l) => l.name) // ['WLB基準サマリー', '36協定チェック', '年休5日チェック', '育休取得率', '入力エラー', …]
 */
export function buildReportLayouts(reportAsRun: Report, dataset: Dataset, meta: ReportMeta): SheetLayout[] {
  // English: gaps, findings and issues from their refs first, then the sheets' own labels (./english.ts).
  // `lang` (the pane and --lang) and the report layer's older `locale` name the same choice.
  const lang = meta.lang ?? meta.locale ?? 'ja';
  const english = lang === 'en';
  meta = { ...meta, lang, locale: lang };
  const report = localizeReport(reportAsRun, lang);
  const layouts = [
    buildSummaryLayout(report, dataset, meta),
    buildLaw36Layout(report, dataset, meta),
    buildLeave5Layout(report, dataset),
    buildChildcareLayout(report, dataset),
    buildIssuesLayout(report.inputIssues, meta.locale),
  ];
  const hasChecklist = report.criteria.some((c) => c.id.startsWith('checklist.')) || dataset.checklist.length > 0;
  if (hasChecklist) layouts.push(buildChecklistLayout(FUKUYAMA_CHECKLIST, dataset.checklist));
  // Last, so that the other sheets keep their places for hosts and tests that address them by position.
  layouts.push(buildHealthLayout(report, dataset));
  return layouts.map((layout) => {
    const printed = withPrintSetup(english ? layoutToEnglish(layout) : layout, {
      asOf: report.asOf,
      companyName: meta.companyName,
      locale: lang,
    });
    return english ? pageToEnglish(printed) : printed;
  });
}
