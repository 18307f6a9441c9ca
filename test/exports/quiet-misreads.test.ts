/**
 * The four quiet misreads of issue 9, each read as the user's file is: every test fails on the code before this
 * round (noted per test) and passes now.
 */
import { nothingUsable, sheetProblems } from '../../src/ingest';
import { kotDaily } from './fixtures/king-of-time';
import { moneyForwardMonthly } from './fixtures/monthly-summaries';
import { paidLeaveBook } from './fixtures/paid-leave-book';
import { check, monthOf, writeExport } from './support';

test('KING OF TIME 60進数 is not read as decimal hours', async () => {
  // 1001's Monday 4/14: 9:00–20:30 less 1:00 = 10 h 30 min, written 10.30 with 残業時間 2.30 (2 h 30 min); with the
  // Saturday's 6.00 the month is 8.5 h of OT (read as decimals it would be 2.3 + 6 = 8.3). Before: the sheet was not
  // recognised at all (日時 unknown) or, mapped, read 10.30 as 10.3 h with no issue.
  const file = await writeExport('kot_60.xlsx', [kotDaily('sexagesimal')]);
  const { report } = await check(file);
  expect(monthOf(report, '1001')).toMatchObject({ overtime: 8.5, worked: 56.5 });
  expect(monthOf(report, '1003')).toMatchObject({ overtime: 0.5, worked: 15.5 });
});

test('an attendance sheet that is not recognised beside a roster is said, and nothing usable is the reason for exit 3', async () => {
  const file = await writeExport('unrecognised.xlsx', [
    {
      name: '社員名簿',
      rows: [
        ['社員番号', '氏名', '雇用形態'],
        ['1001', '山田 太郎', '正社員'],
      ],
    },
    {
      name: '勤怠_4月',
      rows: [
        ['番号', '日', '始', '終'],
        ['1001', '4/1', '9:00', '18:00'],
      ],
    },
  ]);
  const { ingest } = await check(file);
  // Before: the run had the roster, no issue named 勤怠_4月, and wlb-check exited 0 with every hours criterion データ不足.
  expect(ingest.issues.filter((i) => i.sheet === '勤怠_4月')).toHaveLength(1);
  expect(nothingUsable(ingest)).toMatch(/勤怠・休暇の行が1行も使えませんでした.*勤怠_4月/);
  expect(sheetProblems(ingest)).toEqual([expect.stringMatching(/^勤怠_4月: /)]);
});

test('the 年休管理簿 template is read as per-person leave sheets, not as rosters of phantom employees', async () => {
  const file = await writeExport('管理簿.xlsx', paidLeaveBook());
  const { ingest, report } = await check(file);
  // Before: each sheet's 社員番号 | 1001 | 氏名 row was a roster header, so 入社日, 基準日 and the serial numbers
  // below became employees, and no leave was read.
  expect(ingest.dataset.employees).toEqual([]);
  expect(ingest.dataset.leaveGrants.map((g) => g.employeeId)).toEqual(['1001', '1001', '1002', '1003', '1003']);
  expect(report.sheets?.map((s) => s.kind)).toEqual(['leave', 'leave', 'leave']);
});

test('MF 法定外時間（平日）and 法定外時間（法定休日）are not both overtime: holiday work is not 0', async () => {
  const file = await writeExport('月別データ_202504.xlsx', [moneyForwardMonthly()]);
  const { report } = await check(file);
  // 1002: 法定外時間（法定休日）（本社）7:00 → holiday work 7 h, overtime 0. Before: both columns normalised to
  // 法定外時間 and the month was not in a column, so the sheet was either unread or holiday work was 0.
  expect(monthOf(report, '1002')).toMatchObject({ overtime: 0, holidayWork: 7 });
  expect(monthOf(report, '1001')).toMatchObject({ overtime: 8.5, holidayWork: 0 });
});
