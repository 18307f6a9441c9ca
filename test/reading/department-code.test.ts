/**
 * A header-less time-recorder export whose first column is a 所属コード (`01`, or the number 1 once opened in
 * Excel): a column of small numbers that is not a day of the month. The full-date column is the work day; the code
 * column is left unused. Two employees, June 2025 (6/2 is a Monday), no break column, so the break is the
 * 労基法34条 minimum, the least break that makes the day lawful (docs/reading.md): a 7 h span needs 45 min (7 h − 30
 * min = 6.5 h would still be over 6 h), a span of 9 h or more needs 60 min (9 h − 45 min = 8.25 h is over 8 h):
 *   1001  6/2 9:00–18:00   9 h    − 60 min = 8.00 h, OT 0
 *         6/3 9:00–20:00   11 h   − 60 min = 10.00 h, OT 2.00
 *         6/4 8:30–17:45   9.25 h − 60 min = 8.25 h, OT 0.25
 *         worked 26.25 h, OT (労基法32条, over 8 h a day) 2.25 h
 *   1002  6/2 10:00–17:00  7 h    − 45 min = 6.25 h, OT 0
 *         6/3 9:00–21:30   12.5 h − 60 min = 11.50 h, OT 3.50
 *         6/4 12:30–21:30  9 h    − 60 min = 8.00 h, OT 0
 *         worked 25.75 h, OT 3.50 h
 * The week's hours within 8 h a day (1001: 8 + 8 + 8 = 24 h; 1002: 6.25 + 8 + 8 = 22.25 h) stay under 40 h, so no
 * weekly OT; nothing after 22:00, no holiday.
 *
 * A code of three digits (`101`) looks like an employee number as much as the card number does. The card number is
 * the column in which no value repeats on one day: 101 is on 6/2 twice (1001 and 1002), 1001 once. With one code
 * per person (101 ↔ 1001, 102 ↔ 1002) both columns group the rows the same way, so the figures are the same
 * whichever is read, and the column beside the date (the card number) is read. The same figures as above apply:
 * 1001 worked 26.25 h, OT 2.25 h; 1002 worked 25.75 h, OT 3.50 h — not one "employee 101" with 52 h and 5.75 h.
 */
import { dateCell, timeCell, type CellSpec } from '../../scripts/workbook-builders';
import { codes, month, run, writeCsv, writeXlsx } from './support';

const JUNE = [
  { id: '1001', date: '2025-06-02', start: '09:00', end: '18:00' },
  { id: '1001', date: '2025-06-03', start: '09:00', end: '20:00' },
  { id: '1001', date: '2025-06-04', start: '08:30', end: '17:45' },
  { id: '1002', date: '2025-06-02', start: '10:00', end: '17:00' },
  { id: '1002', date: '2025-06-03', start: '09:00', end: '21:30' },
  { id: '1002', date: '2025-06-04', start: '12:30', end: '21:30' },
];
const EXPECTED = {
  '1001': { overtime: 2.25, holidayWork: 0, worked: 26.25, lateNightDays: 0 },
  '1002': { overtime: 3.5, holidayWork: 0, worked: 25.75, lateNightDays: 0 },
};
const COLUMNS = { employeeId: 'B', date: 'C', start: 'D', end: 'E' };

async function expectCodeColumnUnused(file: string): Promise<void> {
  await expectCodeColumnUnusedIn(await run(file));
}

async function expectCodeColumnUnusedIn(r: Awaited<ReturnType<typeof run>>): Promise<void> {
  expect(month(r, '1001', '2025-06')).toEqual(EXPECTED['1001']);
  expect(month(r, '1002', '2025-06')).toEqual(EXPECTED['1002']);
  expect(r.report.sheets?.[0].columns).toEqual(COLUMNS);
  expect(codes(r)).not.toContain('ask.month');
}

describe('no header row, a 所属コード column first (code | card number | date | in | out)', () => {
  test.each(['01', '1'])('CSV with the code written %s: the full-date column C is the work day', async (code) => {
    const rows = JUNE.map((d) => [code, d.id, d.date.replace(/-/g, '/'), d.start, d.end]);
    await expectCodeColumnUnused(writeCsv(`code_${code}.csv`, rows));
  });

  test.each<[string, CellSpec]>([
    ['text 01', '01'],
    ['number 1', 1],
  ])('.xlsx with the code as %s, real date and time cells', async (label, code) => {
    const rows = JUNE.map((d) => [code, Number(d.id), dateCell(d.date), timeCell(d.start), timeCell(d.end)]);
    await expectCodeColumnUnused(await writeXlsx(`code_${label.replace(' ', '_')}.xlsx`, [{ name: 'Sheet1', rows }]));
  });
});

describe('no header row and no full date: a day-of-month column is read only when its values vary as days do', () => {
  test('days 2, 3, 4 with the month in the file name are the work days', async () => {
    const rows = JUNE.map((d) => [d.id, String(Number(d.date.slice(8))), d.start, d.end]);
    const r = await run(writeCsv('勤怠_2025年6月.csv', rows));
    expect(month(r, '1001', '2025-06')).toEqual(EXPECTED['1001']);
    expect(month(r, '1002', '2025-06')).toEqual(EXPECTED['1002']);
    expect(r.report.sheets?.[0].columns).toMatchObject({ date: 'B' });
  });

  test('the same number on every row is a code, not a day: the day is asked, no figures', async () => {
    const rows = JUNE.map((d) => ['01', d.id, d.start, d.end]);
    const r = await run(writeCsv('勤怠_2025年6月_code.csv', rows));
    expect(r.code).toBe(3);
    expect(codes(r)).toContain('ask.columns');
    expect(r.report.monthlyHours).toEqual([]);
  });
});

describe('no header row, a three-digit 所属コード before the card number (101 | 1001 | date | in | out)', () => {
  const shared = () => '101';
  const perPerson = (id: string) => (id === '1001' ? '101' : '102');
  test.each([
    ['one code 101 for both', shared],
    ['codes 101 / 102', perPerson],
  ])('CSV with %s: the card number column B is the employee', async (label, codeOf) => {
    const rows = JUNE.map((d) => [codeOf(d.id), d.id, d.date.replace(/-/g, '/'), d.start, d.end]);
    const r = await run(writeCsv(`code3_${label.replace(/\W+/g, '_')}.csv`, rows));
    await expectCodeColumnUnusedIn(r);
  });

  test.each([
    ['one code 101 for both', shared],
    ['codes 101 / 102', perPerson],
  ])('.xlsx with %s as numbers, real date and time cells', async (label, codeOf) => {
    const rows = JUNE.map((d) => [
      Number(codeOf(d.id)),
      Number(d.id),
      dateCell(d.date),
      timeCell(d.start),
      timeCell(d.end),
    ]);
    const file = await writeXlsx(`code3_${label.replace(/\W+/g, '_')}.xlsx`, [{ name: 'Sheet1', rows }]);
    await expectCodeColumnUnusedIn(await run(file));
  });

  test('.xlsx sorted by employee, longer than the rows the columns are chosen from: the code column is still read', async () => {
    // 1001 works 10:00–15:00 (5 h: no break is due up to 6 h, 労基法34条) on the 21 weekdays of June 2025 and on
    // July 1–4 and 7–9: June 21 × 5 = 105 h, July 7 × 5 = 35 h, a week at most 5 × 5 = 25 h, no OT. Those 28 rows
    // come first; 1002's three June days (as above: 25.75 h, OT 3.50 h) straddle row 30.
    const weekdays = (ym: string, days: number[]) => days.map((d) => `${ym}-${String(d).padStart(2, '0')}`);
    const june = weekdays('2025-06', [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 30]);
    const july = weekdays('2025-07', [1, 2, 3, 4, 7, 8, 9]);
    const rows = [
      ...[...june, ...july].map((date) => [101, 1001, dateCell(date), timeCell('10:00'), timeCell('15:00')]),
      ...JUNE.filter((d) => d.id === '1002').map((d) => [
        102,
        1002,
        dateCell(d.date),
        timeCell(d.start),
        timeCell(d.end),
      ]),
    ];
    const r = await run(await writeXlsx('code3_sorted.xlsx', [{ name: 'Sheet1', rows }]));
    expect(month(r, '1001', '2025-06')).toEqual({ overtime: 0, holidayWork: 0, worked: 105, lateNightDays: 0 });
    expect(month(r, '1001', '2025-07')).toEqual({ overtime: 0, holidayWork: 0, worked: 35, lateNightDays: 0 });
    expect(month(r, '1002', '2025-06')).toEqual(EXPECTED['1002']);
    expect(r.report.sheets?.[0].columns).toEqual(COLUMNS);
  });

  test('one person whose code changes (101, then 102) cannot be told from two people: asked, no figures', async () => {
    const rows = JUNE.filter((d) => d.id === '1001').map((d, k) => [
      k === 0 ? '101' : '102',
      d.id,
      d.date.replace(/-/g, '/'),
      d.start,
      d.end,
    ]);
    const r = await run(writeCsv('code3_changes.csv', rows));
    expect(r.code).toBe(3);
    expect(codes(r)).toContain('ask.columns');
    expect(r.report.monthlyHours).toEqual([]);
  });

  test('the same code change with a name column: the names group the rows as the card number does, so it is read', async () => {
    const rows = JUNE.filter((d) => d.id === '1001').map((d, k) => [
      k === 0 ? '101' : '102',
      d.id,
      '山田 太郎',
      d.date.replace(/-/g, '/'),
      d.start,
      d.end,
    ]);
    const r = await run(writeCsv('code3_changes_named.csv', rows));
    expect(month(r, '1001', '2025-06')).toEqual(EXPECTED['1001']);
    expect(r.report.sheets?.[0].columns).toEqual({ employeeId: 'B', name: 'C', date: 'D', start: 'E', end: 'F' });
    expect(codes(r)).not.toContain('ask.columns');
  });

  test('one person with one code: both columns give the same figures, the card number beside the date is read', async () => {
    const rows = JUNE.filter((d) => d.id === '1001').map((d) => [
      '101',
      d.id,
      d.date.replace(/-/g, '/'),
      d.start,
      d.end,
    ]);
    const r = await run(writeCsv('code3_one_person.csv', rows));
    expect(month(r, '1001', '2025-06')).toEqual(EXPECTED['1001']);
    expect(r.report.sheets?.[0].columns).toEqual(COLUMNS);
  });
});
