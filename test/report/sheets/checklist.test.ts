import { wordsFor } from '../../../src/report';
const JA = wordsFor('ja');
import { buildChecklistLayout } from '../../../src/report/sheets/checklist';
import { ingestWorkbook } from '../../../src/ingest';
import type { SheetGrid } from '../../../src/ingest/types';
import type { SheetLayout } from '../../../src/report/layout';
import { styleAt } from '../fixtures';

const items = [
  { itemNo: '3', text: '3歳から小学校就学前の子を養育する従業員に関する措置', evidence: '就業規則等' },
  { itemNo: '58', text: '勤務間インターバル制度を設けている', evidence: '制度が分かる就業規則等' },
  { itemNo: '58-2', text: '追加項目', evidence: '社内資料' },
];

/** The grid a host would read back from the written sheet (text and numbers only on this sheet). */
function toGrid(layout: SheetLayout): SheetGrid {
  const width = Math.max(...layout.values.map((r) => r.length));
  const values = layout.values.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const v = row[c] ?? null;
      if (v !== null && typeof v === 'object') throw new Error('no dates or formulas expected on the checklist');
      return v;
    }),
  );
  return {
    name: layout.name,
    firstRow: 1,
    firstCol: 1,
    values,
    numberFormats: values.map((r) => r.map(() => 'General')),
  };
}

describe('buildChecklistLayout', () => {
  const layout = buildChecklistLayout(
    items,
    [{ itemNo: '58', text: '', answer: true, evidence: '=就業規則第12条' }],
    JA,
  );

  it('writes item no., text, 該当, evidence and what the Q&A asks for', () => {
    expect(layout.name).toBe('チェックリスト');
    expect(layout.values).toEqual([
      ['項目番号', '項目', '該当（○/×）', '証拠書類（ファイル名・メモ）', '必要な資料（Q&A）'],
      [3, '3歳から小学校就学前の子を養育する従業員に関する措置', null, null, '就業規則等'],
      [58, '勤務間インターバル制度を設けている', '○', '=就業規則第12条', '制度が分かる就業規則等'],
      ['58-2', '追加項目', null, null, '社内資料'],
    ]);
    expect(layout.freezeRows).toBe(1);
    expect(styleAt(layout, 2, 3).fill).toBe('#FFF2CC');
  });

  it('is read back by ingest as a checklist with the answers the user types', () => {
    const grid = toGrid(layout);
    grid.values[1][2] = '×';
    const result = ingestWorkbook([grid]);
    const answers = result.dataset.checklist.map((a) => [String(a.itemNo), a.answer]);
    expect(answers).toEqual([
      ['3', false],
      ['58', true],
      ['58-2', undefined],
    ]);
  });
});
