/**
 * Bad input to the structural reader: each case ends in a Japanese input issue that names the sheet (and the cell
 * where there is one) or a question — never a crash, never a figure made up. (A CSV in an unknown encoding and a
 * name shared by two roster people are tested beside their blocks: ./no-header-and-blocks.test.ts,
 * ./punches-names-breaks.test.ts.)
 */
import { APRIL, codes, month, run, slash, writeCsv } from './support';

describe('bad input', () => {
  test('a punch log without kinds, one day with 3 punches: the days it makes doubtful are said with their cells, not counted', async () => {
    // Rows 2–3: 4/1 9:00, 18:00; rows 4–6: 4/2 9:00, 12:00, 20:00 (odd: which punch is missing cannot be told);
    // rows 7–8: 4/3 9:00, 19:30.
    const rows = [
      ['社員番号', '日付', '時刻'],
      ['1001', '2025/04/01', '9:00'],
      ['1001', '2025/04/01', '18:00'],
      ['1001', '2025/04/02', '9:00'],
      ['1001', '2025/04/02', '12:00'],
      ['1001', '2025/04/02', '20:00'],
      ['1001', '2025/04/03', '9:00'],
      ['1001', '2025/04/03', '19:30'],
    ];
    const r = await run(writeCsv('odd_plain.csv', rows));
    const issues = r.report.inputIssues.filter((i) => i.messageRef?.code === 'reading.punch-unpaired');
    // 9:00–12:00 pairs; then 20:00 and 4/3 9:00 could be a night's work (20:00 → 9:00) with 19:30 left alone, or a
    // clock-out at 20:00 with a punch missing on 4/2 and 4/3 9:00–19:30: which cannot be told, so neither day is
    // counted, each said at its first punch that does not pair (C6 = 20:00 on 4/2, C7 = 9:00 on 4/3).
    expect(issues.map((i) => [i.sheet, i.cell, i.value])).toEqual([
      ['odd_plain', 'C6', '20:00'],
      ['odd_plain', 'C7', '9:00'],
    ]);
    expect(issues[0].message).toBe(
      '1001 の 2025-04-02 の打刻が対になりません（打刻の数が奇数です）。この日の時間は数えません',
    );
    // Only 4/1 is counted: 9 h span − 60 min (労基法34条 minimum, the default rule) = 8 h, no OT, no late night.
    expect(month(r, '1001')).toEqual({ overtime: 0, holidayWork: 0, worked: 8, lateNightDays: 0 });
  });

  test('times with no date and no header: a question for the sheet, exit 3, no figure', async () => {
    const r = await run(
      writeCsv(
        'times_only.csv',
        APRIL.map((d) => ['1001', d.start, d.end]),
      ),
    );
    expect(r.code).toBe(3);
    expect(r.report.monthlyHours).toEqual([]);
    const asked = r.report.inputIssues.find((i) => i.messageRef?.code === 'ask.columns');
    expect(asked).toMatchObject({ sheet: 'times_only' });
    expect(asked?.message).toMatch(/日付の列がなく、何年何月何日の時刻か分かりません/);
  });

  test('day numbers and times with no month anywhere: ask.month at the first day cell, no figure', async () => {
    const rows = [
      ['社員番号', '日', '出勤', '退勤'],
      ...APRIL.map((d) => ['1001', String(Number(d.date.slice(8))), d.start, d.end]),
    ];
    const r = await run(writeCsv('days_only.csv', rows));
    expect(r.code).toBe(3);
    expect(r.report.monthlyHours).toEqual([]);
    const asked = r.report.inputIssues.find((i) => i.messageRef?.code === 'ask.month');
    expect(asked).toMatchObject({ sheet: 'days_only', cell: 'B2', value: '1' });
  });

  test('a header-less punch log whose times never pair with a date: nothing read, nothing crashes', async () => {
    const r = await run(
      writeCsv('garbage.csv', [
        ['1001', slash(APRIL[0].date), '99:99'],
        ['x', '', ''],
      ]),
    );
    expect([1, 3]).toContain(r.code);
    expect(r.report.monthlyHours).toEqual([]);
    expect(codes(r).length + r.err.length).toBeGreaterThan(0);
  });
});
