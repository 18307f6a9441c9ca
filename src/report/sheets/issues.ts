/**
 * The input-issue sheet (入力エラー): every cell that could not be read, with a link back to it.
 */
import type { InputIssue } from '../../rules/types';
import type { SheetLayout } from '../layout';
import { SheetDraft } from '../draft';
import { toCellTarget } from '../format';
import { HEADER_STYLE, LINK_STYLE, SHEET_NAMES } from '../labels';
import type { ReportCatalogue } from '../locale';

/**
 * Lays out the input-issue sheet; the cell column links to `'<sheet>'!<cell>` (a sheet-level issue has no link).
 *
 * @example buildIssuesLayout([{ sheet: '勤怠', cell: 'D15', value: '9;00', message: '時刻として読めません' }], wordsFor('ja')).hyperlinks
 * // [{ row: 2, col: 2, target: "'勤怠'!D15" }]
 */
export function buildIssuesLayout(issues: InputIssue[], words: ReportCatalogue): SheetLayout {
  const w = words.issues;
  const draft = new SheetDraft();
  draft.push([...w.headers]);
  draft.styles.addRange({ row: 1, col: 1, colEnd: w.headers.length }, HEADER_STYLE);
  if (issues.length === 0) draft.push([w.none]);
  for (const issue of issues) {
    const row = draft.push([issue.sheet, issue.cell, issue.value, issue.message]);
    if (issue.cell !== '') draft.hyperlinks.push({ row, col: 2, target: toCellTarget(issue.sheet, issue.cell) });
  }
  if (issues.length > 0) {
    draft.styles.addRange({ row: 2, col: 2, rowEnd: issues.length + 1 }, LINK_STYLE);
    draft.styles.addRange(
      { row: 2, col: 1, rowEnd: issues.length + 1, colEnd: w.headers.length },
      { border: true, wrap: true },
    );
  }
  return draft.toLayout(SHEET_NAMES.issues, { freezeRows: 1, tabColor: '#FFC000', fit: { max: 60 } });
}
