/**
 * The 健康管理（80時間） sheet from the rule module's own findings: a dataset run through `evaluate`, so the rows are the
 * findings the law rule gives, and the figures are checked against hand arithmetic (安衛則52条の2).
 */
import { evaluate } from '../../../src/rules';
import { defaultParams } from '../../../src/rules/params';
import { buildHealthLayout } from '../../../src/report/sheets/health';
import { buildReportLayouts, SHEET_NAMES } from '../../../src/report';
import { emptyDataset } from '../fixtures';

// E017: December 2025 (31 days) 251 h worked → 251 − 40 × 31 ÷ 7 (177.14) = 73.86 h → no notice;
//       January 2026 (31 days) 262.5 h → 262.5 − 177.14 = 85.36 h → notice.
// E020: no worked hours in February 2026: OT 78 + HW 4 = 82 h → notice (research: < 100 h, so still a warning).
// E030: March 2026 OT 95 + HW 10 = 105 h, research → over 100 h: the interview is mandatory (violation).
const dataset = emptyDataset({
  employees: [
    { id: 'E017', name: '木村' },
    { id: 'E020', name: '=研究', sector: 'research' },
    { id: 'E030', name: '山田', sector: 'research' },
  ],
  monthlyHours: [
    { employeeId: 'E017', month: '2025-12', overtime: 70, holidayWork: 0, worked: 251 },
    { employeeId: 'E017', month: '2026-01', overtime: 80, holidayWork: 4.5, worked: 262.5 },
    { employeeId: 'E020', month: '2026-02', overtime: 78, holidayWork: 4 },
    { employeeId: 'E030', month: '2026-03', overtime: 95, holidayWork: 10 },
  ],
});
const report = evaluate(dataset, 'law36', defaultParams('2026-03-31'));
const layout = buildHealthLayout(report, dataset);

describe('buildHealthLayout', () => {
  it('lists the notice months, latest first, with hours, what to do and an empty date column', () => {
    expect(layout.name).toBe('健康管理（80時間）');
    expect(layout.values[2]).toEqual([
      '社員番号',
      '氏名',
      '月',
      '週40時間を超える労働（時間）',
      '時間外労働（時間）',
      '休日労働（時間）',
      '総労働時間（時間）',
      '事業主が行うこと',
      '本人に通知した日',
      '面接指導の申出・実施（メモ）',
    ]);
    const rows = layout.values.slice(3);
    expect(rows.map((r) => [r[0], r[2], r[3], r[4], r[5], r[6], r[8]])).toEqual([
      ['E030', { date: '2026-03-01' }, 105, 95, 10, null, null],
      ['E020', { date: '2026-02-01' }, 82, 78, 4, null, null],
      ['E017', { date: '2026-01-01' }, 85.36, 80, 4.5, 262.5, null],
    ]);
    expect(String(rows[0][7])).toContain('申出がなくても医師の面接指導');
    expect(String(rows[2][7])).toContain('速やかに');
    // The user's text is kept literal (the hosts guard a leading '=').
    expect(rows[1][1]).toBe('=研究');
    expect(layout.freezeRows).toBe(3);
  });

  it('says so when nobody is over 80 h, or when the profile does not include the rule', () => {
    const calm = emptyDataset({ monthlyHours: [{ employeeId: 'A', month: '2026-03', overtime: 10, holidayWork: 0 }] });
    expect(buildHealthLayout(evaluate(calm, 'law36', defaultParams('2026-03-31')), calm).values[3][0]).toContain(
      'いません',
    );
    expect(buildHealthLayout(evaluate(calm, 'annual-leave', defaultParams('2026-03-31')), calm).values[3][0]).toContain(
      '含まれていません',
    );
  });

  it('is one of the sheets both hosts write (the last one, so the others keep their places)', () => {
    const names = buildReportLayouts(report, dataset, {
      generatedAt: '2026-04-01T09:00:00+09:00',
      profileLabel: 'law36',
    }).map((l) => l.name);
    expect(names[names.length - 1]).toBe(SHEET_NAMES.health);
  });
});
