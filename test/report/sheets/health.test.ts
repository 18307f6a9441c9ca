/**
 * The 健康管理（80時間） sheet from the rule module's own findings: a dataset run through `evaluate`, so the rows are the
 * findings the law rule gives, and the figures are checked against hand arithmetic (安衛則52条の2).
 */
import { readPreviousHealth, wordsFor } from '../../../src/report';
import { evaluate } from '../../../src/rules';
import { defaultParams } from '../../../src/rules/params';
import { buildHealthLayout } from '../../../src/report/sheets/health';
import { buildReportLayouts, SHEET_NAMES } from '../../../src/report';
import { emptyDataset } from '../fixtures';

const JA = wordsFor('ja');

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
const layout = buildHealthLayout(report, dataset, JA);

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
      '状況',
      '本人に通知した日',
      '面接指導の申出・実施（メモ）',
    ]);
    const rows = layout.values.slice(3);
    expect(rows.map((r) => [r[0], r[2], r[3], r[4], r[5], r[6], r[8], r[9]])).toEqual([
      ['E030', { date: '2026-03-01' }, 105, 95, 10, null, '要対応', null],
      ['E020', { date: '2026-02-01' }, 82, 78, 4, null, '要対応', null],
      ['E017', { date: '2026-01-01' }, 85.36, 80, 4.5, 262.5, '要対応', null],
    ]);
    expect(String(rows[0][7])).toContain('申出がなくても医師の面接指導');
    expect(String(rows[2][7])).toContain('速やかに');
    // The user's text is kept literal (the hosts guard a leading '=').
    expect(rows[1][1]).toBe('=研究');
    expect(layout.freezeRows).toBe(3);
  });

  it('says so when nobody is over 80 h, or when the profile does not include the rule', () => {
    const calm = emptyDataset({ monthlyHours: [{ employeeId: 'A', month: '2026-03', overtime: 10, holidayWork: 0 }] });
    expect(buildHealthLayout(evaluate(calm, 'law36', defaultParams('2026-03-31')), calm, JA).values[3][0]).toContain(
      'いません',
    );
    expect(
      buildHealthLayout(evaluate(calm, 'annual-leave', defaultParams('2026-03-31')), calm, JA).values[3][0],
    ).toContain('含まれていません');
  });

  it('is one of the sheets both hosts write (after the others, so they keep their places)', () => {
    const names = buildReportLayouts(report, dataset, {
      generatedAt: '2026-04-01T09:00:00+09:00',
      profileLabel: 'law36',
    }).map((l) => l.name);
    // A 36協定 run ends with the headroom sheet (残業上限の残り) after this one.
    const tail = report.headroom ? [SHEET_NAMES.health, SHEET_NAMES.headroom] : [SHEET_NAMES.health];
    expect(names.slice(-tail.length)).toEqual(tail);
  });
});

describe('what HR typed is carried over by employee and month', () => {
  // The earlier sheet as a host reads it back: E017's January row with a date typed (2026-02-05 = serial 46058:
  // 2026-02-05 − 1899-12-30 = 46058 days) and a memo, and a row of E099 (2025-11) whose finding has gone since.
  const typed = 46058;
  const previous = [
    ['健康管理（80時間）'],
    ['（注記）'],
    [...JA.health.headers],
    ['E017', '木村', 46023, 85.36, 80, 4.5, 262.5, '通知', '要対応', typed, '2/10 面接希望'],
    ['E099', '佐藤', 45962, 90, 90, 0, null, '通知', '要対応', '口頭で通知済み', null],
  ];
  const carried = readPreviousHealth(previous, false);
  const again = buildHealthLayout(report, dataset, JA, carried);
  const rows = again.values.slice(3);

  it('reads the earlier rows by header, whatever the column order (46023 = 2026-01-01)', () => {
    expect([...carried.keys()]).toEqual(['E017|2026-01', 'E099|2025-11']);
  });

  it('keeps the date and memo typed on E017’s January row', () => {
    const jan = rows.find((r) => r[0] === 'E017')!;
    expect([jan[8], jan[9], jan[10]]).toEqual(['要対応', typed, '2/10 面接希望']);
  });

  it('keeps E099’s row whose finding disappeared, marked 解消, with what was typed', () => {
    const gone = rows.find((r) => r[0] === 'E099')!;
    expect([gone[2], gone[8], gone[9]]).toEqual([
      { date: '2025-11-01' },
      '解消（今回の集計では該当なし）',
      '口頭で通知済み',
    ]);
    // Latest month first: 2026-03, 2026-02, 2026-01, then the resolved 2025-11.
    expect(rows.map((r) => r[0])).toEqual(['E030', 'E020', 'E017', 'E099']);
  });

  it('reads an English sheet of an earlier run too (headers matched in both languages)', () => {
    const en = [
      [...wordsFor('en').health.headers],
      ['E017', 'Kimura', 46023, 85, 80, 5, 262, 'x', 'To do', typed, 'memo'],
    ];
    expect(readPreviousHealth(en, false).get('E017|2026-01')?.cells[9]).toBe(typed);
  });
});
