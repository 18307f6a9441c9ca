/**
 * The childcare sheet (育休取得率): each childcare rate with its status, then the births and leaves behind it
 * (the criteria's evidence rows) in one table that can be filtered by 指標.
 */
import type { CriterionResult, Dataset, Report } from '../../rules/types';
import type { CellValue, SheetLayout } from '../layout';
import { SheetDraft } from '../draft';
import { evidenceHeader, listEvidenceKeys, toEvidenceCell } from '../evidence';
import type { ReportCatalogue } from '../locale';
import { measureCell } from '../units';
import { judgement } from '../judgement';
import { HEADER_STYLE, NOTE_STYLE, SHEET_NAMES, TITLE_STYLE } from '../labels';

function isChildcare(c: CriterionResult): boolean {
  return c.id.startsWith('childcare.');
}

function addRateBlock(draft: SheetDraft, criteria: CriterionResult[], words: ReportCatalogue): void {
  const headers = words.childcare.rateHeaders;
  const headerRow = draft.push([...headers]);
  draft.styles.addRange({ row: headerRow, col: 1, colEnd: headers.length }, HEADER_STYLE);
  for (const c of criteria) {
    const value = measureCell(c.value, c.unit, words);
    const threshold = measureCell(c.threshold, c.unit, words);
    const { text, style } = judgement(c, [], words);
    const row = draft.push([c.title, value.value, threshold.value, text, c.gap ?? '']);
    if (value.numberFormat) draft.styles.addCell(row, 2, { numberFormat: value.numberFormat });
    if (threshold.numberFormat) draft.styles.addCell(row, 3, { numberFormat: threshold.numberFormat });
    draft.styles.addCell(row, 4, style);
  }
  draft.styles.addRange(
    { row: headerRow + 1, col: 1, rowEnd: draft.nextRow - 1, colEnd: headers.length },
    { wrap: true },
  );
}

/**
 * Writes one table of every evidence row: 指標, 社員番号, 氏名, then the rule module's columns. Returns the header
 * row, or undefined when there is no evidence.
 */
function addEvidenceTable(
  draft: SheetDraft,
  criteria: CriterionResult[],
  dataset: Dataset,
  words: ReportCatalogue,
): number | undefined {
  const rows = criteria.flatMap((c) => (c.evidence ?? []).map((e) => ({ title: c.title, e })));
  if (rows.length === 0) return undefined;
  const keys = listEvidenceKeys(rows.map((r) => r.e)).filter((k) => k !== 'name');
  const headerRow = draft.push([
    words.childcare.indicator,
    evidenceHeader('employeeId', words),
    evidenceHeader('name', words),
    ...keys.slice(1).map((k) => evidenceHeader(k, words)),
  ]);
  draft.styles.addRange({ row: headerRow, col: 1, colEnd: keys.length + 2 }, HEADER_STYLE);
  const names = new Map(dataset.employees.map((e) => [e.id, e.name]));
  const dateColumns = new Set<number>();
  for (const { title, e } of rows) {
    const id = e.employeeId ?? null;
    const name = (typeof e.name === 'string' ? e.name : undefined) ?? (id !== null ? names.get(id) : undefined) ?? null;
    const rest: CellValue[] = keys.slice(1).map((k, i) => {
      const cell = toEvidenceCell(e[k], words);
      if (cell !== null && typeof cell === 'object') dateColumns.add(i + 4);
      return cell;
    });
    draft.push([title, id, name, ...rest]);
  }
  const lastRow = draft.nextRow - 1;
  for (const col of dateColumns)
    draft.styles.addRange({ row: headerRow + 1, col, rowEnd: lastRow }, { numberFormat: words.dates.dateFormat });
  draft.styles.addRange({ row: headerRow + 1, col: 1, rowEnd: lastRow, colEnd: keys.length + 2 }, { border: true });
  return headerRow;
}

/**
 * Lays out the childcare sheet.
 *
 * @example buildChildcareLayout(report, dataset, wordsFor('ja')).name // '育休取得率'
 */
export function buildChildcareLayout(report: Report, dataset: Dataset, words: ReportCatalogue): SheetLayout {
  const w = words.childcare;
  const draft = new SheetDraft();
  draft.styles.addRange({ row: draft.push([w.title]), col: 1 }, TITLE_STYLE);
  const note = draft.push([w.note]);
  draft.merges.push({ row: note, col: 1, colEnd: 8 });
  draft.styles.addRange({ row: note, col: 1 }, { ...NOTE_STYLE, wrap: true });
  const criteria = report.criteria.filter(isChildcare);
  const options = { tabColor: '#7030A0', fit: { fromRow: 3, max: 40 } };
  if (criteria.length === 0) {
    draft.push([w.notEvaluated]);
    return draft.toLayout(SHEET_NAMES.childcare, options);
  }
  addRateBlock(draft, criteria, words);
  draft.push([]);
  const evidenceHeaderRow = addEvidenceTable(draft, criteria, dataset, words);
  if (evidenceHeaderRow === undefined) draft.push([w.noData]);
  return draft.toLayout(SHEET_NAMES.childcare, { ...options, freezeRows: evidenceHeaderRow });
}
