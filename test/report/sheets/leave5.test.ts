import { wordsFor } from '../../../src/report';
const JA = wordsFor('ja');
import type { Finding } from '../../../src/rules/types';
import { buildLeave5Layout } from '../../../src/report/sheets/leave5';
import { cellAt, criterion, emptyDataset, makeReport, styleAt } from '../fixtures';

const dataset = emptyDataset({
  employees: [
    { id: 'E001', name: '佐藤' },
    { id: 'E002', name: '-田中' },
  ],
});

// Evidence as the rule module writes it (one row per grant of 10 days or more); findings are dated at the window end.
const fiveDay = criterion({
  id: 'leave.five-day-obligation',
  category: '年次有給休暇',
  status: 'fail',
  value: 1,
  threshold: 0,
  unit: 'count',
  evidence: [
    {
      employeeId: 'E003',
      grantDate: '2025-04-01',
      days: 12,
      windowEnd: '2026-03-31',
      taken: 5,
      remaining: 0,
      status: 'ok',
    },
    {
      employeeId: 'E001',
      grantDate: '2025-10-01',
      days: 11,
      windowEnd: '2026-09-30',
      taken: 6,
      remaining: 0,
      status: 'ok',
    },
    {
      employeeId: 'E002',
      grantDate: '2025-10-01',
      days: 11,
      windowEnd: '2026-09-30',
      taken: 1.5,
      remaining: 3.5,
      status: 'at-risk',
    },
    {
      employeeId: 'E001',
      grantDate: '2024-10-01',
      days: 10,
      windowEnd: '2025-09-30',
      taken: 3,
      remaining: 2,
      status: 'violation',
    },
  ],
});
const findings: Finding[] = [
  { rule: 'leave.five-day-obligation', employeeId: 'E001', period: '2025-09-30', value: 2, severity: 'violation' },
  { rule: 'leave.five-day-obligation', employeeId: 'E002', period: '2026-09-30', value: 3.5, severity: 'at-risk' },
];
const layout = buildLeave5Layout(makeReport({ criteria: [fiveDay], findings }), dataset, JA);

describe('buildLeave5Layout', () => {
  it('has the header and freezes it', () => {
    expect(layout.values[2]).toEqual([
      '社員番号',
      '氏名',
      '付与日',
      '付与日数',
      '期限',
      '取得日数',
      '残り（5日まで）',
      '状況',
    ]);
    expect(layout.freezeRows).toBe(3);
  });

  it('lists violations first, then at-risk, then grants already met, by employee id', () => {
    expect(layout.values.slice(3)).toEqual([
      ['E001', '佐藤', { date: '2024-10-01' }, 10, { date: '2025-09-30' }, 3, 2, '違反（期限までに5日未満）'],
      ['E002', '-田中', { date: '2025-10-01' }, 11, { date: '2026-09-30' }, 1.5, 3.5, '要取得（期限前）'],
      ['E001', '佐藤', { date: '2025-10-01' }, 11, { date: '2026-09-30' }, 6, 0, '達成'],
      ['E003', null, { date: '2025-04-01' }, 12, { date: '2026-03-31' }, 5, 0, '達成'],
    ]);
  });

  it('colours the status and formats dates and days', () => {
    expect(styleAt(layout, 4, 8).fill).toBe('#FF7C80');
    expect(styleAt(layout, 5, 8).fill).toBe('#FFFF99');
    expect(styleAt(layout, 6, 8).fill).toBe('#C6EFCE');
    // Dates as HR writes them (2026年3月31日), days with their unit (3.5 日).
    expect(styleAt(layout, 4, 3).numberFormat).toBe('yyyy"年"m"月"d"日"');
    expect(styleAt(layout, 4, 5).numberFormat).toBe('yyyy"年"m"月"d"日"');
    expect(styleAt(layout, 5, 6).numberFormat).toBe('0.0" 日"');
    expect(styleAt(layout, 5, 7).numberFormat).toBe('0.0" 日"');
  });

  it('works out the window end and the days still needed when the evidence leaves them out', () => {
    const sparse = criterion({
      id: 'leave.five-day-obligation',
      evidence: [{ employeeId: 'E009', grantDate: '2025-06-15', days: 10, taken: 1.5 }],
    });
    const out = buildLeave5Layout(makeReport({ criteria: [sparse] }), emptyDataset(), JA);
    // Window: 2025-06-15 … 2026-06-14; 5 − 1.5 = 3.5 days to go; no finding, not yet 5 days: no status.
    expect(out.values[3]).toEqual(['E009', null, { date: '2025-06-15' }, 10, { date: '2026-06-14' }, 1.5, 3.5, '']);
  });

  it('falls back on the evidence status when there is no finding', () => {
    const only = criterion({
      id: 'leave.five-day-obligation',
      evidence: [
        {
          employeeId: 'E4',
          grantDate: '2024-04-01',
          days: 10,
          windowEnd: '2025-03-31',
          taken: 4,
          remaining: 1,
          status: 'violation',
        },
      ],
    });
    const out = buildLeave5Layout(makeReport({ criteria: [only] }), emptyDataset(), JA);
    expect(cellAt(out, 4, 8)).toBe('違反（期限までに5日未満）');
    expect(styleAt(out, 4, 8).fill).toBe('#FF7C80');
  });

  it('leaves out grants under 10 days', () => {
    const small = criterion({
      id: 'leave.five-day-obligation',
      evidence: [{ employeeId: 'P1', grantDate: '2025-10-01', days: 7, taken: 0 }],
    });
    const out = buildLeave5Layout(makeReport({ criteria: [small] }), emptyDataset(), JA);
    expect(cellAt(out, 4, 1)).toBe('10日以上の付与データがありません。');
  });

  it('says so when the profile does not check the obligation', () => {
    expect(cellAt(buildLeave5Layout(makeReport(), emptyDataset(), JA), 4, 1)).toBe(
      'このプロファイルでは年休5日の取得義務を確認していません。',
    );
  });
});
