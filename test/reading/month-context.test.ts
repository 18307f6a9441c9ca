/**
 * Days of the month (`1（火）`) whose year and month are written elsewhere on the sheet: in a 年月 column on every
 * row, or in a title row such as `勤怠一覧 202504分`. The April of ./support.ts (every break 1:00 as written):
 * 35.5 h worked, OT 3.5 h, one late-night day. Where the sheet cannot say which month a day is in, it asks.
 */
import { APRIL, EXPECTED_APRIL, codes, month, run, writeCsv } from './support';

const day = (d: (typeof APRIL)[number]) => `${Number(d.date.slice(8))}（${d.weekday}）`;
const HEADER = ['社員番号', '年月', '日', '出勤', '退勤', '休憩'];

describe('the month of day-of-month rows', () => {
  test('a 年月 column saying 2025年4月 on every row gives the days their month', async () => {
    const rows = APRIL.map((d) => ['1001', '2025年4月', day(d), d.start, d.end, '1:00']);
    const r = await run(writeCsv('勤怠一覧.csv', [HEADER, ...rows]), '--explain');
    expect(month(r, '1001')).toEqual(EXPECTED_APRIL);
    expect(r.err).toMatch(/期間の開始: 2025-04-01（列 B）/);
  });

  test('a title row 勤怠一覧 202504分 (ideographic space) above the table', async () => {
    const rows = APRIL.map((d) => ['1001', day(d), d.start, d.end, '1:00']);
    const file = writeCsv('kintai.csv', [
      ['勤怠一覧\u3000202504分'],
      [],
      ['社員番号', '日', '出勤', '退勤', '休憩'],
      ...rows,
    ]);
    expect(month(await run(file), '1001')).toEqual(EXPECTED_APRIL);
  });

  test('two months in the 年月 column: which month `1` is cannot be told from one period — asked, no figure', async () => {
    const rows = APRIL.map((d, k) => ['1001', k < 2 ? '2025年4月' : '2025年5月', day(d), d.start, d.end, '1:00']);
    const r = await run(writeCsv('二か月.csv', [HEADER, ...rows]));
    expect(r.code).toBe(3);
    expect(r.report.monthlyHours).toEqual([]);
    expect(codes(r)).toContain('ask.month');
  });

  test('月度 2025年5月 with days 21 … 31 then 1 …: a closing-day period the column does not give — asked', async () => {
    const closing = [
      ['1001', '2025年5月度', '21', '9:00', '18:00', '1:00'],
      ['1001', '2025年5月度', '22', '9:00', '18:00', '1:00'],
      ['1001', '2025年5月度', '1', '9:00', '18:00', '1:00'],
      ['1001', '2025年5月度', '2', '9:00', '18:00', '1:00'],
    ];
    const r = await run(writeCsv('締め.csv', [['社員番号', '月度', '日', '出勤', '退勤', '休憩'], ...closing]));
    expect(r.code).toBe(3);
    expect(r.report.monthlyHours).toEqual([]);
    expect(codes(r)).toContain('ask.month');
  });
});

describe('a header block row right above the header', () => {
  test('社員番号 in the block above 出勤2 does not become the column’s header', async () => {
    const rows = [
      ['出勤簿'],
      ['期間', '2025/04/01～2025/04/30'],
      ['氏名', '山田 太郎', '', '社員番号', '1001'],
      ['日', '出勤', '退勤', '出勤2', '退勤2', '休憩'],
      ['1', '9:00', '18:00', '', '', '1:00'],
      ['2', '9:00', '12:00', '13:00', '20:00', '0:00'],
      ['3', '9:00', '19:30', '', '', '1:00'],
      ['4', '22:00', '31:00', '', '', '1:00'],
    ];
    const r = await run(writeCsv('出勤簿_山田.csv', rows), '--explain');
    // 4/1 8 h; 4/2 3 h + 7 h = 10 h (the gap is the break); 4/3 9.5 h; 4/4 22:00–31:00 − 1:00 = 8 h: the April of
    // ./support.ts (OT 3.5 h, one late-night day), for 1001 from the block (E3).
    expect(month(r, '1001')).toEqual(EXPECTED_APRIL);
    expect(r.err).toMatch(/列 D「出勤2」 → 出勤時刻 2（見出し）/);
    expect(r.err).toMatch(/社員番号: 1001（シート上部 E3）/);
  });
});
