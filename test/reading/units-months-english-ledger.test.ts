/**
 * Units decided by evidence, monthly totals without a date column, English timesheets and one-sheet leave ledgers,
 * each read by `wlb-check` with no mapping; figures by hand in each test (and ./support.ts).
 */
import { check } from '../exports/support';
import { APRIL, EXPECTED_APRIL, codes, month, run, slash, writeCsv, writeXlsx } from './support';

describe('units', () => {
  const worked = (values: string[]) => [
    ['社員番号', '日付', '実働時間'],
    ...APRIL.map((d, k) => ['1001', slash(d.date), values[k]]),
  ];

  test('quarter hours only (8, 10, 9.5, 8) are decimal hours', async () => {
    // Worked hours only, no punches: 8 + 10 + 9.5 + 8 = 35.5; OT by the day 2 + 1.5 = 3.5; no late-night times.
    const r = await run(writeCsv('quarters.csv', worked(['8', '10', '9.5', '8'])));
    expect(month(r, '1001')).toMatchObject({ overtime: 3.5, worked: 35.5 });
  });

  test('.30 with nothing else deciding is asked (decimal 9.30 = 9 h 18 min, 60進数 = 9 h 30 min)', async () => {
    const r = await run(writeCsv('thirty.csv', worked(['8', '10', '9.30', '8'])));
    expect(codes(r)).toContain('issue.duration-ambiguous');
    expect(r.report.monthlyHours).toEqual([]);
    expect(r.code).toBe(3);
  });

  test('whole numbers over 24 on a daily sheet are minutes (480, 600, 570, 480)', async () => {
    const r = await run(writeCsv('minutes.csv', worked(['480', '600', '570', '480'])));
    expect(month(r, '1001')).toMatchObject({ overtime: 3.5, worked: 35.5 });
  });

  test('a monthly overtime column larger than the month worked is minutes (210 min = 3.5 h of 35.5 h)', async () => {
    const r = await run(
      writeCsv('月次_2025年4月.csv', [
        ['社員番号', '総労働時間', '時間外労働'],
        ['1001', '35.5', '210'],
      ]),
    );
    expect(month(r, '1001')).toMatchObject({ overtime: 3.5, worked: 35.5 });
  });
});

describe('monthly totals without a date column', () => {
  test.each([
    ['2025年4月', '年月'],
    ['202504', '月度'],
    ['2025/04', '対象月'],
    ['R7.4', '対象月'],
    ['令和7年4月分', '年月'],
  ])('%s under %s', async (value, header) => {
    const r = await run(
      writeCsv(`monthly_${header}.csv`, [
        ['社員番号', header, '時間外労働時間', '法定休日労働時間'],
        ['1001', value, '3.5', '0'],
      ]),
    );
    expect(month(r, '1001')).toMatchObject({ overtime: 3.5, holidayWork: 0 });
  });

  test('the month only in the sheet name: R7.4, 2025年4月度, 20250401-20250430', async () => {
    for (const name of ['集計_R7.4', '2025年4月度', '20250401-20250430']) {
      const file = await writeXlsx(`m_${name}.xlsx`, [
        {
          name,
          rows: [
            ['従業員コード', '氏名', '時間外労働時間'],
            ['1001', '山田 太郎', 3.5],
          ],
        },
      ]);
      const r = await run(file);
      expect([name, month(r, '1001')?.overtime]).toEqual([name, 3.5]);
    }
  });
});

describe('English timesheets', () => {
  test('Toggl: User, Email, Start date/time, End date/time, Duration; a night entry after a break past midnight stays on its shift', async () => {
    const rows = [['User', 'Email', 'Project', 'Start date', 'Start time', 'End date', 'End time', 'Duration']];
    const entry = (start: string, end: string, date: string, endDate: string, duration: string) => [
      'Taro Yamada',
      'taro@example.com',
      'Ops',
      date,
      start,
      endDate,
      end,
      duration,
    ];
    rows.push(entry('09:00:00', '12:00:00', '2025-04-01', '2025-04-01', '03:00:00'));
    rows.push(entry('13:00:00', '18:00:00', '2025-04-01', '2025-04-01', '05:00:00'));
    rows.push(entry('09:00:00', '12:00:00', '2025-04-02', '2025-04-02', '03:00:00'));
    rows.push(entry('13:00:00', '20:00:00', '2025-04-02', '2025-04-02', '07:00:00'));
    rows.push(entry('09:00:00', '12:00:00', '2025-04-03', '2025-04-03', '03:00:00'));
    rows.push(entry('13:00:00', '19:30:00', '2025-04-03', '2025-04-03', '06:30:00'));
    rows.push(entry('22:00:00', '02:00:00', '2025-04-04', '2025-04-05', '04:00:00'));
    rows.push(entry('03:00:00', '07:00:00', '2025-04-05', '2025-04-05', '04:00:00'));
    const r = await run(writeCsv('Toggl_time_entries_2025-04-01_to_2025-04-30.csv', rows));
    // 4/1 8 h, 4/2 10 h (OT 2), 4/3 9.5 h (OT 1.5), 4/4 22:00–2:00 = 4 h and, after the 2:00–3:00 break, 3:00–7:00
    // = 4 h: worked 35.5 h, OT 3.5 h. The 3:00 entry dated 4/5 is the rest of 4/4's night shift (a continuous 勤務
    // across midnight is one 勤務 of the day it began, 昭63.1.1 基発1号): 4/4 is one 8 h day, one late-night day.
    expect(month(r, 'taroyamada')).toEqual(EXPECTED_APRIL);
  });
});

describe('one-sheet leave ledger', () => {
  test('dates taken as a list in one cell, the year from the grant; 取得日数計 checked', async () => {
    const file = await writeXlsx('有給管理簿.xlsx', [
      {
        name: '有給管理簿',
        rows: [
          ['年次有給休暇管理簿'],
          ['社員番号', '氏名', '付与日', '付与日数', '繰越', '取得日', '取得日数計'],
          ['1001', '山田 太郎', '2025/04/01', 10, 2, '5/31、6/3、3/3', 3],
          ['1002', '佐藤 花子', '2025/10/01', 11, 0, '4/2,4/3(半)', 2],
        ],
      },
    ]);
    const { ingest } = await check(file);
    const r = { report: { inputIssues: ingest.issues } };
    expect(ingest.dataset.leaveTakings.map((t) => [t.employeeId, t.date, t.days])).toEqual([
      ['1001', '2025-05-31', 1],
      ['1001', '2025-06-03', 1],
      ['1001', '2026-03-03', 1],
      ['1002', '2026-04-02', 1],
      ['1002', '2026-04-03', 0.5],
    ]);
    expect(ingest.dataset.leaveGrants.map((g) => [g.employeeId, g.date, g.days, g.carryOver ?? false])).toEqual([
      ['1001', '2025-04-01', 10, false],
      ['1001', '2025-04-01', 2, true],
      ['1002', '2025-10-01', 11, false],
    ]);
    // 1001: 5/31, 6/3 in 2025, 3/3 in 2026 (before the grant's 4/1); 1002: grant 2025-10-01, so 4/2 and 4/3 are 2026;
    // 4/3 is half a day: 1.5 days listed against 2 written → said.
    expect(r.report.inputIssues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          cell: 'G4',
          messageRef: expect.objectContaining({ code: 'reading.taken-total-differs' }),
        }),
      ]),
    );
    expect(r.report.inputIssues.filter((i) => i.cell === 'F3' || i.cell === 'F4')).toEqual([]);
  });
});
