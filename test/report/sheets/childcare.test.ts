import { wordsFor } from '../../../src/report';
const JA = wordsFor('ja');
import { buildChildcareLayout } from '../../../src/report/sheets/childcare';
import { cellAt, criterion, emptyDataset, makeReport, styleAt } from '../fixtures';

const male = criterion({
  id: 'childcare.male-rate',
  title: '男性の育児休業等取得率',
  category: '育児・介護',
  status: 'fail',
  value: 0.25,
  threshold: 0.3,
  unit: 'rate',
  gap: '男性の取得者があと1人必要',
  evidence: [
    {
      employeeId: 'E005',
      gender: '男性',
      birthDate: '2025-06-01',
      leaveTaken: true,
      leaveKind: 'childcare-leave',
      leaveStart: '2025-07-01',
    },
    {
      employeeId: 'E006',
      gender: '男性',
      birthDate: '2025-08-10',
      leaveTaken: false,
      leaveKind: null,
      leaveStart: null,
    },
  ],
});
const female = criterion({
  id: 'childcare.female-rate',
  title: '女性の育児休業等取得率',
  status: 'not-applicable',
  unit: 'rate',
  threshold: 0.75,
});
const dataset = emptyDataset({
  employees: [
    { id: 'E005', name: '鈴木' },
    { id: 'E006', name: '@高橋' },
  ],
});
const layout = buildChildcareLayout(
  makeReport({ criteria: [male, female, criterion({ id: 'women.hire-share' })] }),
  dataset,
  JA,
);

// Rows: title (1), note (2), rate header (3), male (4), female (5), blank (6), evidence header (7), rows (8–9).
describe('buildChildcareLayout', () => {
  it('shows each childcare rate as a number with its status', () => {
    expect(layout.values[2]).toEqual(['指標', '実績', '基準', '判定', '不足分']);
    expect(layout.values[3]).toEqual(['男性の育児休業等取得率', 0.25, 0.3, '未達', '男性の取得者があと1人必要']);
    expect(styleAt(layout, 4, 2).numberFormat).toBe('0.0 %');
    expect(styleAt(layout, 4, 4).fill).toBe('#FFC7CE');
    expect(layout.values[4]).toEqual(['女性の育児休業等取得率', null, 0.75, '対象外', '']);
    expect(layout.values).toHaveLength(9);
  });

  it('lists the births and leaves behind the rate, with names from the roster', () => {
    expect(layout.values[6]).toEqual([
      '指標',
      '社員番号',
      '氏名',
      '性別',
      '出産日',
      '育児休業等の取得',
      '休業の種別',
      '休業開始日',
    ]);
    expect(layout.values[7]).toEqual([
      '男性の育児休業等取得率',
      'E005',
      '鈴木',
      '男性',
      { date: '2025-06-01' },
      '○',
      '育児休業',
      { date: '2025-07-01' },
    ]);
    expect(layout.values[8]).toEqual([
      '男性の育児休業等取得率',
      'E006',
      '@高橋',
      '男性',
      { date: '2025-08-10' },
      '×',
      null,
      null,
    ]);
    expect(styleAt(layout, 8, 5).numberFormat).toBe('yyyy"年"m"月"d"日"');
    expect(styleAt(layout, 9, 8).numberFormat).toBe('yyyy"年"m"月"d"日"');
    expect(layout.freezeRows).toBe(7);
  });

  it('says so when no childcare criterion is in the profile', () => {
    const none = buildChildcareLayout(makeReport(), dataset, JA);
    expect(cellAt(none, 3, 1)).toBe('このプロファイルでは育児休業の取得率を確認していません。');
  });
});
