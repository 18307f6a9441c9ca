/**
 * KING OF TIME 日別データ / 月別データ read with no mapping: every 時間表示形式 (10進数, 60進数, 分単位) gives the
 * scenario's hand-computed April (see ./scenario.ts: 1001 OT 8.5 h past 40 h a week, 1002 HW 7 h, 1003 two nights).
 */
import { kotDaily, kotMonthly } from './fixtures/king-of-time';
import { EXPECTED } from './scenario';
import { cellIssues, check, monthOf, writeExport } from './support';

describe.each(['decimal', 'sexagesimal', 'minutes'] as const)('KOT 日別データ in %s', (style) => {
  test('monthlyHours equal the hand-computed figures', async () => {
    const file = await writeExport(`kot_daily_${style}.xlsx`, [kotDaily(style)]);
    const { report } = await check(file);
    expect(report.sheets?.[0]).toMatchObject({ kind: 'daily', layout: 'king-of-time-daily', rows: 12 });
    // 残業時間 + 法定外休日残業時間 would be one sum; here the daily layout has 深夜所定時間 + 深夜残業時間 (L+M).
    expect(report.sheets?.[0].columns).toMatchObject({
      employeeId: 'A',
      date: 'C',
      dayType: 'D',
      start: 'F',
      end: 'G',
      worked: 'J',
      lateNight: 'L+M',
    });
    for (const id of ['1001', '1002', '1003'] as const) expect(monthOf(report, id)).toEqual(EXPECTED[id]);
    expect(cellIssues(report)).toEqual([]);
  });
});

describe('KOT 月別データ: the month only in the sheet / file name', () => {
  // 1001: 残業時間 2.5 + 法定外休日残業時間 6 = 8.5; 1002: 法定休日所定時間 7; 1003: 0.5. A monthly summary gives no
  // day count of late-night work, so lateNightDays is null.
  const monthly = {
    '1001': { overtime: 8.5, holidayWork: 0, worked: 56.5, lateNightDays: null },
    '1002': { overtime: 0, holidayWork: 7, worked: 19, lateNightDays: null },
    '1003': { overtime: 0.5, holidayWork: 0, worked: 15.5, lateNightDays: null },
  };

  test('10進数 with a fraction above .59 somewhere (a fourth employee, 12.75 h) is proven decimal for the whole file', async () => {
    const file = await writeExport('kot_monthly_decimal.xlsx', [
      kotMonthly('decimal', [['1004', '高橋 実', 0, 12.75, 0, 0, 0, 0]]),
    ]);
    const { report } = await check(file);
    expect(report.sheets?.[0]).toMatchObject({
      kind: 'monthly',
      layout: 'king-of-time-monthly',
      columns: { month: 'sheet name', overtime: 'E+F' },
    });
    for (const id of ['1001', '1002', '1003'] as const) expect(monthOf(report, id)).toEqual(monthly[id]);
  });

  test("60進数 with no proof either way is asked, not guessed; the mapping's duration style then reads it", async () => {
    const file = await writeExport('kot_monthly_sexagesimal.xlsx', [kotMonthly('sexagesimal')]);
    const first = await check(file);
    // 労働合計時間 56.30 could be 56 h 18 min or 56 h 30 min: one issue per open column, naming both readings.
    const asked = first.report.inputIssues.filter((i) => /10進数.*60進数/.test(i.message));
    expect(asked.map((i) => i.cell)).toEqual(expect.arrayContaining(['D1', 'E1']));
    expect(first.report.monthlyHours).toEqual([]);
    const { report } = await check(file, { 'custom_csv_*': { durationStyle: { '*': 'sexagesimal' } } });
    for (const id of ['1001', '1002', '1003'] as const) expect(monthOf(report, id)).toEqual(monthly[id]);
  });
});
