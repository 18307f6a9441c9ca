import { buildSummaryLayout } from '../../../src/report/sheets/summary';
import { META, cellAt, criterion, emptyDataset, findRow, makeReport, styleAt } from '../fixtures';

const dataset = emptyDataset({
  sources: [
    { sheet: '勤怠2025', kind: 'monthly', rows: 1200 },
    { sheet: '社員名簿', kind: 'roster', rows: 100 },
  ],
});

const report = makeReport({
  criteria: [
    criterion({
      id: 'hours.avg-overtime-under-45',
      title: '月平均残業45時間未満',
      status: 'pass',
      value: 31.25,
      threshold: 45,
      unit: 'hours',
      series: { '2025-04': 28.5, '2025-05': 31.25 },
    }),
    criterion({
      id: 'hours.fulltime-avg-overtime-under-30',
      status: 'fail',
      value: 33,
      threshold: 30,
      unit: 'hours',
      series: { '2025-04': 20, '2026-03': 33 },
      gap: '2026-03 の合計をあと 30.0 時間減らす',
    }),
    criterion({
      id: 'leave.takeup-rate',
      category: '年次有給休暇',
      status: 'pass',
      value: 0.75,
      threshold: 0.7,
      unit: 'rate',
    }),
    criterion({
      id: 'childcare.male-rate',
      category: '育児・介護',
      status: 'insufficient-data',
      unit: 'rate',
      threshold: 0.3,
    }),
    criterion({
      id: 'childcare.female-rate',
      category: '育児・介護',
      status: 'not-applicable',
      unit: 'rate',
      threshold: 0.75,
    }),
    criterion({
      id: 'women.manager-share',
      category: '女性活躍',
      status: 'fail',
      value: { 係長: 0.25, 課長: 0.5 },
      threshold: { 係長: 0.3, 課長: 0.15 },
      unit: 'rate',
    }),
    criterion({
      id: 'checklist.58',
      category: 'チェックリスト',
      title: '勤務間インターバル制度を設けている',
      status: 'pass',
      value: 1,
    }),
  ],
  inputIssues: [{ sheet: '勤怠', cell: 'D15', value: '9;00', message: '時刻として読めません' }],
});

const layout = buildSummaryLayout(report, dataset, META);

// Header block: title, 基準日, 12か月, 3年, 計画期間, プロファイル, 作成日時, 入力エラー, two source rows, a blank row.
const TABLE_HEADER_ROW = 12;

describe('buildSummaryLayout: header block', () => {
  it('writes the as-of date as a date and the run details', () => {
    expect(layout.name).toBe('WLB基準サマリー');
    expect(layout.values[1]).toEqual(['基準日', { date: '2026-03-31' }]);
    expect(styleAt(layout, 2, 2).numberFormat).toBe('yyyy/mm/dd');
    expect(layout.values[2]).toEqual(['集計期間（12か月）', { date: '2025-04-01' }, '〜', { date: '2026-03-01' }]);
    expect(layout.values[4]).toEqual(['計画期間', { date: '2023-04-01' }, '〜', { date: '2026-03-31' }]);
    expect(layout.values[5]).toEqual(['プロファイル', 'すべて', 'all']);
    expect(layout.values[6]).toEqual(['作成日時', '2026-04-01T09:00:00+09:00']);
  });

  it('counts input issues and links to their sheet', () => {
    expect(layout.values[7]).toEqual(['入力エラー', 1, '入力エラー']);
    expect(layout.hyperlinks).toContainEqual({ row: 8, col: 3, target: "'入力エラー'!A1" });
  });

  it('lists each source sheet with its row count as a number', () => {
    expect(layout.values[8]).toEqual(['入力シート', '勤怠2025', '勤怠（月次）', 1200]);
    expect(layout.values[9]).toEqual([null, '社員名簿', '社員名簿', 100]);
  });

  it('freezes panes below the criteria header row', () => {
    expect(layout.values[TABLE_HEADER_ROW - 1]).toEqual([
      '区分',
      '項目',
      '根拠',
      '基準',
      '実績',
      '判定',
      '不足分',
      '詳細',
    ]);
    expect(layout.freezeRows).toBe(TABLE_HEADER_ROW);
  });
});

describe('buildSummaryLayout: criteria rows', () => {
  it.each([
    ['hours.avg-overtime-under-45', '達成', '#C6EFCE'],
    ['hours.fulltime-avg-overtime-under-30', '未達', '#FFC7CE'],
    ['childcare.male-rate', 'データ不足', '#FFEB9C'],
    ['childcare.female-rate', '対象外', '#EDEDED'],
  ])('%s: status text %s with fill %s', (id, text, fill) => {
    const row = TABLE_HEADER_ROW + 1 + report.criteria.findIndex((c) => c.id === id);
    expect(cellAt(layout, row, 6)).toBe(text);
    expect(styleAt(layout, row, 6).fill).toBe(fill);
  });

  it('makes 未達 bold so it reads in black-and-white print', () => {
    expect(styleAt(layout, TABLE_HEADER_ROW + 2, 6).bold).toBe(true);
  });

  it('writes a rate as the number 0.75 with format 0.0%', () => {
    const row = findRow(layout, '年次有給休暇');
    expect(cellAt(layout, row, 5)).toBe(0.75);
    expect(styleAt(layout, row, 5).numberFormat).toBe('0.0%');
    expect(cellAt(layout, row, 4)).toBe(0.7);
    expect(styleAt(layout, row, 4).numberFormat).toBe('0.0%');
  });

  it('writes hours as numbers with format 0.0', () => {
    const row = TABLE_HEADER_ROW + 1;
    expect(cellAt(layout, row, 5)).toBe(31.25);
    expect(styleAt(layout, row, 5).numberFormat).toBe('0.0');
    expect(cellAt(layout, row, 4)).toBe(45);
  });

  it('writes a value object as one line of text', () => {
    const row = findRow(layout, '女性活躍');
    expect(cellAt(layout, row, 5)).toBe('係長 25.0% / 課長 50.0%');
    expect(cellAt(layout, row, 4)).toBe('係長 30.0% / 課長 15.0%');
    expect(styleAt(layout, row, 5).numberFormat).toBeUndefined();
  });

  it('links a criterion to its detail sheet, and not when there is none', () => {
    const male = TABLE_HEADER_ROW + 4;
    expect(cellAt(layout, male, 8)).toBe('育休取得率');
    expect(layout.hyperlinks).toContainEqual({ row: male, col: 8, target: "'育休取得率'!A1" });
    const women = findRow(layout, '女性活躍');
    expect(cellAt(layout, women, 8)).toBe('');
    expect(layout.hyperlinks.some((h) => h.row === women)).toBe(false);
  });

  it('lists checklist items below the data criteria, with the answer as ○', () => {
    const section = findRow(layout, 'チェックリスト（自己申告項目）');
    expect(section).toBe(TABLE_HEADER_ROW + 7);
    expect(layout.values[section]).toEqual([
      'チェックリスト',
      '勤務間インターバル制度を設けている',
      'テスト',
      null,
      '○',
      '達成',
      '',
      'チェックリスト',
    ]);
  });
});

describe('buildSummaryLayout: overtime chart', () => {
  // Rows after the table: 6 data criteria (13–18), checklist heading (19) and item (20), blank (21),
  // chart heading (22), data header (23), the 12 months 2025-04 … 2026-03 (24–35).
  it('writes the data block 月, 平均, フルタイム平均, 45h, 30h', () => {
    expect(layout.values[22]).toEqual(['月', '平均', 'フルタイム平均', '45h', '30h']);
    expect(layout.values[23]).toEqual([{ date: '2025-04-01' }, 28.5, 20, 45, 30]);
    expect(layout.values[24]).toEqual([{ date: '2025-05-01' }, 31.25, null, 45, 30]);
    expect(layout.values[25]).toEqual([{ date: '2025-06-01' }, null, null, 45, 30]);
    expect(layout.values[34]).toEqual([{ date: '2026-03-01' }, null, 33, 45, 30]);
    expect(layout.values).toHaveLength(35);
    expect(styleAt(layout, 24, 2).numberFormat).toBe('0.0');
    expect(styleAt(layout, 24, 1).numberFormat).toBe('yyyy/mm');
  });

  it('points the chart at the data block including its header row', () => {
    expect(layout.charts).toHaveLength(1);
    expect(layout.charts[0].type).toBe('line');
    expect(layout.charts[0].dataRange).toEqual({ row: 23, col: 1, rowEnd: 35, colEnd: 5 });
    // Below the data block (last month in row 35, one blank row), within columns A–E of the table: beside the
    // block it would widen the printed area of a sheet printed one page wide.
    expect(layout.charts[0].anchor).toEqual({ row: 37, col: 1, rowEnd: 54, colEnd: 5 });
  });

  it('prints one page wide on A4 landscape with the criteria header row (row 12) repeated', () => {
    // Column widths 19+30+24+12+12+10+40+14 = 161 characters: the eight table columns A–H and nothing wider.
    expect(layout.columnWidths).toEqual([19, 30, 24, 12, 12, 10, 40, 14]);
    expect(layout.printTitleRow).toBe(12);
  });

  it('has no chart and no data block without the overtime criteria', () => {
    const plain = buildSummaryLayout(makeReport({ criteria: [report.criteria[2]] }), dataset, META);
    expect(plain.charts).toEqual([]);
    expect(plain.values.some((r) => r[0] === '月')).toBe(false);
  });

  it('uses only the overall mean when the full-time criterion is absent', () => {
    const one = buildSummaryLayout(makeReport({ criteria: [report.criteria[0]] }), dataset, META);
    const header = one.values.findIndex((r) => r[0] === '月') + 1;
    expect(one.values[header - 1]).toEqual(['月', '平均', '45h', '30h']);
    expect(one.charts[0].dataRange).toEqual({ row: header, col: 1, rowEnd: header + 12, colEnd: 4 });
  });
});

describe('buildSummaryLayout: style ranges', () => {
  it('merges consecutive rows of the same status into one range', () => {
    const many = makeReport({
      criteria: Array.from({ length: 40 }, (_, i) =>
        criterion({ id: `x.${i}`, status: 'pass', value: i / 100, unit: 'rate' }),
      ),
    });
    const out = buildSummaryLayout(many, emptyDataset(), META);
    // No sources: one 入力シート（なし） row (9), a blank row (10), the header (11), the 40 criteria (12–51).
    const fills = out.styles.filter((s) => s.style.fill === '#C6EFCE');
    expect(fills).toEqual([
      { row: 12, col: 6, rowEnd: 51, colEnd: 6, style: expect.objectContaining({ fill: '#C6EFCE' }) },
    ]);
    expect(out.styles.length).toBeLessThanOrEqual(20);
  });
});
