/**
 * Readings the metamorphic month once got wrong, each checked here on the April of ./support.ts with the figures
 * computed by hand: the break rule on a punch log that also holds one split day, a second punch pair after a
 * break past midnight, the columns of a header-less .xlsx read past its first rows, and the person of a sheet
 * or file named by an employee number.
 */
import { APRIL, EXPECTED_APRIL, codes, month, run, slash, writeCsv, writeXlsx } from './support';

describe('punch logs: the break rule per shift', () => {
  test('a log of clock-in / clock-out with one split day: the split day keeps its gap, the others get the rule', async () => {
    // 4/2 is punched as two stretches 9:00–12:00 and 13:00–20:00 (its break is the gap); every other day as one.
    const punches: [string, string][] = [
      ['2025/04/01', '9:00'],
      ['2025/04/01', '18:00'],
      ['2025/04/02', '9:00'],
      ['2025/04/02', '12:00'],
      ['2025/04/02', '13:00'],
      ['2025/04/02', '20:00'],
      ['2025/04/03', '9:00'],
      ['2025/04/03', '19:30'],
      ['2025/04/04', '22:00'],
      ['2025/04/05', '7:00'],
    ];
    const file = writeCsv('打刻履歴.csv', [['社員番号', '日付', '時刻'], ...punches.map(([d, t]) => ['1001', d, t])]);
    const r = await run(file, '--param', 'breakRule=statutory');
    // Statutory minimum (労基法34条) on the single stretches: 4/1 9 h span → 60 min → 8 h; 4/3 10.5 h → 60 min →
    // 9.5 h; 4/4 22:00–7:00 9 h → 60 min → 8 h. 4/2: 3 h + 7 h = 10 h, nothing added. Worked 8 + 10 + 9.5 + 8 = 35.5,
    // OT (10 − 8) + (9.5 − 8) = 3.5, one late-night day (4/4) — the April of ./support.ts.
    expect(month(r, '1001')).toEqual(EXPECTED_APRIL);
    expect(r.report.inputIssues.find((i) => i.messageRef?.code === 'reading.break-assumed')?.message).toMatch(/3日分/);
  });
  test('a log with break punches records its breaks: a day punched without any is read with none', async () => {
    const file = writeCsv('打刻_区分.csv', [
      ['社員番号', '日付', '時刻', '区分'],
      ['1001', '2025/04/01', '9:00', '出勤'],
      ['1001', '2025/04/01', '12:00', '休憩開始'],
      ['1001', '2025/04/01', '13:00', '休憩終了'],
      ['1001', '2025/04/01', '18:00', '退勤'],
      ['1001', '2025/04/02', '9:00', '出勤'],
      ['1001', '2025/04/02', '17:00', '退勤'],
    ]);
    const r = await run(file);
    // 4/1 3 h + 5 h = 8 h; 4/2 9:00–17:00 = 8 h as punched (no rule: the log says when breaks were taken).
    expect(month(r, '1001')).toEqual({ overtime: 0, holidayWork: 0, worked: 16, lateNightDays: 0 });
    expect(codes(r)).not.toContain('reading.break-assumed');
  });
});

describe('a night shift in two stretches', () => {
  test('the second pair of a row after a break past midnight is the next morning (header-less .xlsx, 35 rows)', async () => {
    // 31 rows of another employee first, so 1001's rows lie past the rows the reading is proposed from.
    const filler = Array.from({ length: 31 }, (_, k) => [
      '2001',
      `2025/03/${String(k + 1).padStart(2, '0')}`,
      '09:00',
      '12:00',
      '13:00',
      '18:00',
    ]);
    const second: Record<string, [string, string, string, string]> = {
      '2025-04-01': ['9:00', '12:00', '13:00', '18:00'],
      '2025-04-02': ['9:00', '12:00', '13:00', '20:00'],
      '2025-04-03': ['9:00', '12:00', '13:00', '19:30'],
      '2025-04-04': ['22:00', '2:00', '3:00', '7:00'],
    };
    const rows = [...filler, ...APRIL.map((d) => ['1001', slash(d.date), ...second[d.date]])];
    const file = await writeXlsx('タイムレコーダー.xlsx', [{ name: 'データ', rows }]);
    const r = await run(file, '--explain');
    // 4/1 3 + 5 = 8; 4/2 3 + 7 = 10 (OT 2); 4/3 3 + 6.5 = 9.5 (OT 1.5); 4/4 22:00–2:00 + 3:00–7:00 = 4 + 4 = 8, its
    // late night 22:00–2:00 and 3:00–5:00 on one 勤務 → one late-night day: the April of ./support.ts.
    expect(month(r, '1001')).toEqual(EXPECTED_APRIL);
    // 2001: 31 days of March, each 9:00–12:00 + 13:00–18:00 = 8 h → 248 h: every row past row 30 is read whole.
    expect(r.report.monthlyHours.find((m) => m.employeeId === '2001')?.worked).toBe(248);
    expect(r.err).toMatch(/列 F → 退勤時刻 2（値から推定）/);
  });

  test('Toggl-style entries: a 3:00 entry an hour after a 22:00–2:00 entry is the same shift, a 9:00 one is not', async () => {
    const header = ['User', 'Start date', 'Start time', 'End date', 'End time', 'Duration'];
    const file = writeCsv('Toggl_time_entries_night.csv', [
      header,
      ['Taro Yamada', '2025-04-07', '22:00:00', '2025-04-08', '02:00:00', '04:00:00'],
      ['Taro Yamada', '2025-04-08', '03:00:00', '2025-04-08', '07:00:00', '04:00:00'],
      ['Taro Yamada', '2025-04-09', '22:00:00', '2025-04-10', '02:00:00', '04:00:00'],
      ['Taro Yamada', '2025-04-10', '09:00:00', '2025-04-10', '12:00:00', '03:00:00'],
    ]);
    const r = await run(file);
    // 4/7: 22:00–2:00 and 3:00–7:00 after a 1 h break → one 勤務 of 8 h (昭63.1.1 基発1号), its late night on 4/7
    // only — 4/8 has no shift of its own. 4/9: 22:00–2:00 = 4 h. The 4/10 entry 9:00–12:00 starts 7 h after 2:00 and
    // outside the night: a day of its own, 3 h. Worked 8 + 4 + 3 = 15 h, no day over 8 h and 15 h in the week
    // 4/6–4/12: no OT; late-night days 4/7 and 4/9 = 2 (not 3: 4/8 is not a day worked).
    expect(month(r, 'taroyamada')).toEqual({ overtime: 0, holidayWork: 0, worked: 15, lateNightDays: 2 });
  });
  test('a late shift to 23:00 and an early one from 4:00 the next day are two days (a 5-hour rest, not a break)', async () => {
    const file = writeCsv('遅番早番.csv', [
      ['社員番号', '日付', '出勤', '退勤', '休憩'],
      ['1001', '2025/04/07', '15:00', '23:00', '1:00'],
      ['1001', '2025/04/08', '4:00', '12:00', '1:00'],
    ]);
    // 4/7 15:00–23:00 − 1:00 = 7 h, late night 22:00–23:00; 4/8 4:00–12:00 − 1:00 = 7 h, late night 4:00–5:00.
    // Two days of 7 h: no daily OT, 14 h in the week; two late-night days. (One 勤務 would be 14 h with 6 h OT.)
    expect(month(await run(file), '1001')).toEqual({ overtime: 0, holidayWork: 0, worked: 14, lateNightDays: 2 });
  });
});

describe('the person of a sheet or file named by an employee number', () => {
  const table = (days: typeof APRIL) => [
    ['日付', '出勤', '退勤', '休憩'],
    ...days.map((d) => [slash(d.date), d.start, d.end, '1:00']),
  ];

  test('sheets 1001 and 1002 in 勤怠_個人別.xlsx: each sheet is its person, 個人別 in the file name is no one', async () => {
    const file = await writeXlsx('勤怠_個人別.xlsx', [
      { name: '1001', rows: table(APRIL) },
      { name: '1002', rows: table(APRIL.slice(0, 1)) },
    ]);
    const r = await run(file, '--explain');
    // 1001: the April of ./support.ts (every break 1:00 as written). 1002: 4/1 9:00–18:00 − 1:00 = 8 h, nothing else.
    expect(month(r, '1001')).toEqual(EXPECTED_APRIL);
    expect(month(r, '1002')).toEqual({ overtime: 0, holidayWork: 0, worked: 8, lateNightDays: 0 });
    expect(r.report.monthlyHours.map((m) => m.employeeId).sort()).toEqual(['1001', '1002']);
    expect(r.err).toMatch(/社員番号: 1001（シート名）/);
  });

  test('timecard_1001_2025-04.csv: the number left in the file name once the month is taken out', async () => {
    const r = await run(writeCsv('timecard_1001_2025-04.csv', table(APRIL)));
    expect(month(r, '1001')).toEqual(EXPECTED_APRIL);
    // A number taken from a name is said, once, so a wrong guess is seen.
    const said = r.report.inputIssues.filter((i) => i.messageRef?.code === 'reading.id-from-name');
    expect(said.map((i) => i.message)).toEqual([
      '社員番号の列がないため、ファイル名の「1001」をこのシートの社員番号としました。違う場合は列の確認で指定してください',
    ]);
  });

  test('a sheet named by a year (2025) is not a person: asked for the employee, no figure', async () => {
    const file = await writeXlsx('勤怠.xlsx', [{ name: '2025', rows: table(APRIL) }]);
    const r = await run(file);
    expect(r.code).toBe(3);
    expect(r.report.monthlyHours).toEqual([]);
    expect(r.err + r.report.inputIssues.map((i) => i.message).join()).toMatch(/社員番号（または 氏名）/);
    expect(codes(r)).not.toContain('reading.break-assumed');
  });
});
