/**
 * The checklist sheet (チェックリスト): the self-declared items for the user to answer. Hosts write it only when
 * the checker's checklist sheet does not exist yet, so the user's answers are never overwritten.
 *
 * The headers are ones ingest recognises for a checklist sheet (項目番号, 項目, 該当, 証拠書類), so the answers are
 * read back on the next run; the Q&A column's header (必要な資料) deliberately matches no field.
 */
import type { ChecklistAnswer } from '../../rules/types';
import type { SheetLayout } from '../layout';
import { SheetDraft } from '../draft';
import { HEADER_STYLE, SHEET_NAMES } from '../labels';
import type { ReportCatalogue } from '../locale';
import { checklistText } from '../checklist-english';

/** The shape of the rule module's ChecklistItem, restated so this file depends on types only. */
export interface ChecklistItemText {
  itemNo: string;
  text: string;
  evidence: string;
}

const ANSWER_STYLE = { fill: '#FFF2CC', horizontal: 'center' as const };

function answerText(answer: boolean | undefined): string | null {
  if (answer === undefined) return null;
  return answer ? '○' : '×';
}

/**
 * Lays out the checklist; answers already known (from a checklist sheet under another name) are filled in,
 * and the 該当 column is shaded as the place to type.
 *
 * @example buildChecklistLayout([{ itemNo: '58', text: '勤務間インターバル制度を設けている', evidence: '就業規則等' }], [], wordsFor('ja')).values[1]
 * // [58, '勤務間インターバル制度を設けている', null, null, '就業規則等']
 */
export function buildChecklistLayout(
  items: ChecklistItemText[],
  answers: ChecklistAnswer[],
  words: ReportCatalogue,
): SheetLayout {
  const headers = words.checklist.headers;
  const draft = new SheetDraft();
  draft.push([...headers]);
  draft.styles.addRange({ row: 1, col: 1, colEnd: headers.length }, HEADER_STYLE);
  const byNo = new Map(answers.map((a) => [a.itemNo, a]));
  for (const item of items) {
    const answer = byNo.get(item.itemNo);
    const itemNo = /^\d+$/.test(item.itemNo) ? Number(item.itemNo) : item.itemNo;
    const text = checklistText(item.text, words.lang);
    const documents = checklistText(item.evidence, words.lang);
    draft.push([itemNo, text, answerText(answer?.answer), answer?.evidence ?? null, documents]);
  }
  const lastRow = items.length + 1;
  if (items.length > 0) {
    draft.styles.addRange({ row: 2, col: 3, rowEnd: lastRow }, ANSWER_STYLE);
    draft.styles.addRange({ row: 2, col: 2, rowEnd: lastRow }, { wrap: true });
    draft.styles.addRange({ row: 2, col: 4, rowEnd: lastRow, colEnd: 5 }, { wrap: true });
    draft.styles.addRange({ row: 2, col: 1, rowEnd: lastRow, colEnd: headers.length }, { border: true });
  }
  const layout = draft.toLayout(SHEET_NAMES.checklist, { freezeRows: 1, tabColor: '#00B0F0' });
  // The item texts are long: a fixed width with wrapping reads better than a width fitted to the longest text.
  layout.columnWidths = [10, 60, 12, 30, 40];
  return layout;
}
