/**
 * The childcare sheet (育休取得率): each childcare rate with its status, then the births and leaves behind it
 * (the criteria's evidence rows) in one table that can be filtered by 指標.
 */
import type { CriterionResult, Dataset, Report } from '../../rules/types';
import type { CellValue, SheetLayout } from '../layout';
import { SheetDraft } from '../draft';
import { evidenceHeader, listEvidenceKeys, toEvidenceCell } from '../evidence';
import { FORMAT_DATE, toMeasureCell } from '../format';
import { HEADER_STYLE, NOTE_STYLE, SHEET_NAMES, STATUS_STYLES, TITLE_STYLE, statusLabel } from '../labels';

const RATE_HEADERS = ['指標', '実績', '基準', '判定', '不足分'] as const;

function isChildcare(c: CriterionResult): boolean {
  return c.id.startsWith('childcare.');
}

function addRateBlock(draft: SheetDraft, criteria: CriterionResult[]): void {
  const headerRow = draft.push([...RATE_HEADERS]);
  draft.styles.addRange({ row: headerRow, col: 1, colEnd: RATE_HEADERS.length }, HEADER_STYLE);
  for (const c of criteria) {
    const value = toMeasureCell(c.value, c.unit);
    const threshold = toMeasureCell(c.threshold, c.unit);
    const row = draft.push([c.title, value.value, threshold.value, statusLabel(c.status, 'ja'), c.gap ?? '']);
    if (value.numberFormat) draft.styles.addCell(row, 2, { numberFormat: value.numberFormat });
    if (threshold.numberFormat) draft.styles.addCell(row, 3, { numberFormat: threshold.numberFormat });
    draft.styles.addCell(row, 4, STATUS_STYLES[c.status]);
  }
}

/**
 * Writes one table of every evidence row: 指標, 社員番号, 氏名, then the rule module's columns. Returns the header
 * row, or undefined when there is no evidence.
 */
function addEvidenceTable(draft: SheetDraft, criteria: CriterionResult[], dataset: Dataset): number | undefined {
  const rows = criteria.flatMap((c) => (c.evidence ?? []).map((e) => ({ title: c.title, e })));
  if (rows.length === 0) return undefined;
  const keys = listEvidenceKeys(rows.map((r) => r.e)).filter((k) => k !== 'name');
  const headerRow = draft.push([
    '指標',
    evidenceHeader('employeeId'),
    evidenceHeader('name'),
    ...keys.slice(1).map(evidenceHeader),
  ]);
  draft.styles.addRange({ row: headerRow, col: 1, colEnd: keys.length + 2 }, HEADER_STYLE);
  const names = new Map(dataset.employees.map((e) => [e.id, e.name]));
  const dateColumns = new Set<number>();
  for (const { title, e } of rows) {
    const id = e.employeeId ?? null;
    const name = (typeof e.name === 'string' ? e.name : undefined) ?? (id !== null ? names.get(id) : undefined) ?? null;
    const rest: CellValue[] = keys.slice(1).map((k, i) => {
      const cell = toEvidenceCell(e[k]);
      if (cell !== null && typeof cell === 'object') dateColumns.add(i + 4);
      return cell;
    });
    draft.push([title, id, name, ...rest]);
  }
  const lastRow = draft.nextRow - 1;
  for (const col of dateColumns)
    draft.styles.addRange({ row: headerRow + 1, col, rowEnd: lastRow }, { numberFormat: FORMAT_DATE });
  draft.styles.addRange({ row: headerRow + 1, col: 1, rowEnd: lastRow, colEnd: keys.length + 2 }, { border: true });
  return headerRow;
}

/**
 * Lays out the childcare sheet.
 *
 * @example buildChildcareLayout(report, dataset).name // '育休取得率'
 */
export function buildChildcareLayout(report: Report, dataset: Dataset): SheetLayout {
  const draft = new SheetDraft();
  draft.styles.addRange({ row: draft.push([SHEET_NAMES.childcare]), col: 1 }, TITLE_STYLE);
  const note = draft.push([
    '男性の「出産」は配偶者の出産です。育児休業等 = 育児休業・産後パパ育休。産前産後休業は育児休業に含めません。同じ子は1回だけ数えます。',
  ]);
  draft.styles.addRange({ row: note, col: 1 }, NOTE_STYLE);
  const criteria = report.criteria.filter(isChildcare);
  const options = { tabColor: '#7030A0', fit: { fromRow: 3, max: 40 } };
  if (criteria.length === 0) {
    draft.push(['このプロファイルでは育児休業の取得率を確認していません。']);
    return draft.toLayout(SHEET_NAMES.childcare, options);
  }
  addRateBlock(draft, criteria);
  draft.push([]);
  const evidenceHeaderRow = addEvidenceTable(draft, criteria, dataset);
  if (evidenceHeaderRow === undefined) draft.push(['出産・休業のデータがありません。']);
  return draft.toLayout(SHEET_NAMES.childcare, { ...options, freezeRows: evidenceHeaderRow });
}
