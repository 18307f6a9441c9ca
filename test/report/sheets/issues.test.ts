import { wordsFor } from '../../../src/report';
const JA = wordsFor('ja');
import { buildIssuesLayout } from '../../../src/report/sheets/issues';
import { styleAt } from '../fixtures';

describe('buildIssuesLayout', () => {
  const layout = buildIssuesLayout(
    [
      { sheet: '勤怠', cell: 'D15', value: '9;00', message: '時刻として読めません' },
      { sheet: "O'Neil", cell: 'B2', value: '=1+1', message: '日付として読めません' },
      { sheet: '社員名簿', cell: '', value: '', message: '社員番号の列が見つかりません' },
    ],
    JA,
  );

  it('writes one row per issue under the header', () => {
    expect(layout.name).toBe('入力エラー');
    expect(layout.values).toEqual([
      ['シート', 'セル', '値', '内容'],
      ['勤怠', 'D15', '9;00', '時刻として読めません'],
      ["O'Neil", 'B2', '=1+1', '日付として読めません'],
      ['社員名簿', '', '', '社員番号の列が見つかりません'],
    ]);
    expect(layout.freezeRows).toBe(1);
  });

  it('links each cell back to the sheet, quoting the sheet name', () => {
    expect(layout.hyperlinks).toEqual([
      { row: 2, col: 2, target: "'勤怠'!D15" },
      { row: 3, col: 2, target: "'O''Neil'!B2" },
    ]);
    expect(styleAt(layout, 3, 2).fontColor).toBe('#0563C1');
  });

  it('says there are none when there are none', () => {
    expect(buildIssuesLayout([], JA).values).toEqual([['シート', 'セル', '値', '内容'], ['入力エラーはありません。']]);
  });
});
