/**
 * Header-less time-recorder CSVs and 出勤簿 forms with a header block and days of the month, read by `wlb-check` with
 * no mapping; figures by hand in ./support.ts (April: OT 3.5 h, worked 35.5 h, one late-night day).
 */
import * as fs from 'fs';
import * as path from 'path';
import { APRIL, EXPECTED_APRIL, codes, month, run, slash, tmp, writeCsv, writeXlsx } from './support';

describe('no header row (a time recorder CSV: card number, date, clock-in, clock-out)', () => {
  test('columns are read from their values, the statutory break is applied and both are said', async () => {
    const file = writeCsv(
      'timecard.csv',
      APRIL.map((d) => ['1001', slash(d.date), d.start.padStart(5, '0'), d.end.padStart(5, '0')]),
    );
    const r = await run(file, '--explain');
    expect(month(r, '1001')).toEqual(EXPECTED_APRIL);
    expect(r.report.sheets?.[0]).toMatchObject({
      kind: 'daily',
      columns: { employeeId: 'A', date: 'B', start: 'C', end: 'D' },
    });
    // Once each for the sheet: the columns read from values, the break (4 days, each span over 9 h → 60 min).
    expect(codes(r).filter((c) => c.startsWith('reading.'))).toEqual([
      'reading.no-header-assumed',
      'reading.break-assumed',
    ]);
    expect(r.report.inputIssues.find((i) => i.messageRef?.code === 'reading.break-assumed')?.message).toMatch(/4日分/);
    // --explain prints the reading on standard error (standard output holds the JSON).
    expect(r.err).toMatch(/見出し: なし（列は値から推定）/);
    expect(r.err).toMatch(/列 A → 社員番号（値から推定）/);
    expect(r.err).toMatch(/休憩（列なし）: 労基法34条の最低限/);
  });

  test('a next-day flag column (翌) is recognised, not taken for a name; a third time column is asked', async () => {
    const flagged = writeCsv(
      'flagged.csv',
      APRIL.map((d) => ['1001', slash(d.date), d.start, d.end, d.end === '7:00' ? '翌' : '']),
    );
    const r = await run(flagged);
    expect(month(r, '1001')).toEqual(EXPECTED_APRIL);
    expect(r.report.sheets?.[0].columns).toMatchObject({ nextDay: 'E' });
    const three = writeCsv(
      'three_times.csv',
      APRIL.map((d) => ['1001', slash(d.date), d.start, '12:00', d.end]),
    );
    const asked = await run(three);
    expect(asked.code).toBe(3);
    expect(codes(asked)).toContain('ask.columns');
    expect(asked.report.monthlyHours).toEqual([]);
  });
});

describe('header block and day-of-month column (出勤簿 form)', () => {
  const form = (weekdays: string[]) => [
    ['出 勤 簿'],
    ['氏名：山田 太郎', null, '社員番号', '1001'],
    ['令和7年4月分'],
    [],
    ['日', '曜日', '出勤', '退勤', '休憩'],
    ...APRIL.map((d, k) => [`${Number(d.date.slice(8))}`, weekdays[k], d.start, d.end, '1:00']),
  ];

  test('name, id and 令和7年4月分 above the table; days `1` with the weekday in the next column', async () => {
    const file = await writeXlsx('form.xlsx', [{ name: '山田', rows: form(APRIL.map((d) => d.weekday)) }]);
    const r = await run(file, '--explain');
    expect(month(r, '1001')).toEqual(EXPECTED_APRIL);
    expect(r.report.sheets?.[0].columns).toMatchObject({ employeeId: 'header block D2', date: 'A', break: 'E' });
    expect(r.err).toMatch(/期間の開始: 2025-04-01/);
    expect(r.report.inputIssues.filter((i) => i.sheet)).toEqual([]);
  });

  test('`1（火）` in one cell; a weekday that contradicts its date is an issue with its cell, that day not counted', async () => {
    const rows = form(APRIL.map(() => '')).map((row, k) =>
      k >= 5
        ? [`${Number(APRIL[k - 5].date.slice(8))}（${k === 6 ? '木' : APRIL[k - 5].weekday}）`, ...row.slice(1)]
        : row,
    );
    const file = await writeXlsx('form_weekday.xlsx', [{ name: '勤務表', rows }]);
    const r = await run(file);
    // 4/2 is a Wednesday, written 木 at A7: that day (10 h, 2 h OT) is not counted.
    const issue = r.report.inputIssues.find((x) => x.cell === 'A7');
    expect(issue).toMatchObject({ sheet: '勤務表', value: '2（木）' });
    expect(issue?.message).toBe('曜日が日付と合いません（2025/04/02 は 水曜日です。書かれた曜日: 木）（日付）');
    expect(month(r, '1001')).toMatchObject({ overtime: 1.5, worked: 25.5 });
  });

  test('days with no year or month anywhere are asked, not read as 1900', async () => {
    const rows = form(APRIL.map((d) => d.weekday)).filter((_, k) => k !== 2);
    const file = await writeXlsx('no_month.xlsx', [{ name: '勤務表', rows }]);
    const r = await run(file);
    expect(r.code).toBe(3);
    expect(codes(r)).toContain('ask.month');
    expect(r.report.monthlyHours).toEqual([]);
  });
});

test('a CSV in an unknown encoding is refused with a Japanese reason naming the file, never read as figures', async () => {
  // 0x82 is a continuation byte in UTF-8 and a Shift_JIS lead byte that needs a trail byte 0x40–0xFC: 0x82 0x20 is
  // valid in neither encoding.
  const file = path.join(tmp, 'unknown_encoding.csv');
  fs.writeFileSync(file, Buffer.from([0x31, 0x30, 0x30, 0x31, 0x2c, 0x82, 0x20, 0x0d, 0x0a]));
  const r = await run(file);
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  expect(r.err).toMatch(/文字コードを判別できません（UTF-8 でも Shift_JIS でもありません）: .*unknown_encoding\.csv/);
});
