/**
 * jinjer勤怠 汎用データ as a CSV download (docs/exports.md): the day type is a code whose meaning is only in the
 * header, `休日（0:法定休日、1:所定休日）`. Hours on a day coded 0 are holiday work (労働基準法35条, 37条), never
 * overtime; hours on a day coded 1 (the company's own rest day) are ordinary work under the daily and weekly limits
 * (32条). Read through the general blocks: a header legend, punch pairs 出勤1/退勤1, an overtime column.
 *
 * The month, employee 3001, April 2025 (weeks Sunday–Saturday):
 *   Mon 4/7 – Fri 4/11 9:00–18:00, break 1:00 → 5 × 8 h = 40 h, no daily OT;
 *   Sat 4/12, code 1 (所定休日) 9:00–13:00, no break → 4 h of ordinary work; the week 4/6–4/12 already holds 40 h,
 *     so all 4 h are weekly OT (jinjer writes them as 法定外残業時間 4:00 too);
 *   Sun 4/13, code 0 (法定休日) 9:00–17:00, break 1:00 → 7 h of holiday work, no OT (法定外残業時間 0:00).
 *   worked 40 + 4 + 7 = 51 h; OT 4 h; holiday work 7 h; no late-night work.
 */
import { run, writeCsv } from './support';

const HEADER = [
  '*従業員ID',
  '従業員名',
  '*年月日',
  '休日（0:法定休日、1:所定休日）',
  '出勤1',
  '退勤1',
  '出勤2',
  '退勤2',
  '休憩時間',
  '総労働時間',
  '法定内残業時間',
  '法定外残業時間',
  '深夜労働時間',
];

function day(date: string, code: string, start: string, end: string, rest: string, worked: string, ot: string) {
  return ['3001', '伊藤 健', date, code, start, end, '', '', rest, worked, '0:00', ot, '0:00'];
}

const ROWS = [
  HEADER,
  ...['07', '08', '09', '10', '11'].map((d) => day(`2025/04/${d}`, '', '9:00', '18:00', '1:00', '8:00', '0:00')),
  day('2025/04/12', '1', '9:00', '13:00', '0:00', '4:00', '4:00'),
  day('2025/04/13', '0', '9:00', '17:00', '1:00', '7:00', '0:00'),
];

const april = (r: Awaited<ReturnType<typeof run>>) => {
  const m = r.report.monthlyHours.find((x) => x.employeeId === '3001' && x.month === '2025-04');
  return m && { overtime: m.overtime, holidayWork: m.holidayWork, worked: m.worked, lateNightDays: m.lateNightDays };
};

describe('jinjer 汎用データ: 法定休日 hours from the 休日 code legend', () => {
  test('code 0 is holiday work, code 1 ordinary work (weekly OT), with no statutory weekday set', async () => {
    const r = await run(writeCsv('jinjer_汎用データ_202504.csv', ROWS), '--explain');
    expect(april(r)).toEqual({ overtime: 4, holidayWork: 7, worked: 51, lateNightDays: 0 });
    expect(r.report.sheets?.[0]).toMatchObject({ kind: 'daily', columns: { dayType: 'D', overtime: 'L' } });
    expect(r.report.inputIssues.filter((i) => i.sheet && i.cell)).toEqual([]);
    // --explain names the column of the day type; its codes come from the header.
    expect(r.err).toMatch(/列 D「休日（0:法定休日、1:所定休日）」 → /);
  });

  test('the same with the company’s statutory holiday set to Sunday: the code agrees, the figures are the same', async () => {
    const r = await run(writeCsv('jinjer_汎用データ_sun.csv', ROWS), '--param', 'statutoryHolidayWeekday=0');
    expect(april(r)).toEqual({ overtime: 4, holidayWork: 7, worked: 51, lateNightDays: 0 });
  });
});
