/**
 * SmartHR 従業員リスト and the per-person 年次有給休暇管理簿 read with no mapping, each beside a KING OF TIME 日別データ
 * sheet (the attendance they go with), so the JSON's monthlyHours is checked too (figures in ./scenario.ts).
 */
import { kotDaily } from './fixtures/king-of-time';
import { paidLeaveBook } from './fixtures/paid-leave-book';
import { smartHrEmployees } from './fixtures/smarthr';
import { EXPECTED } from './scenario';
import { cellIssues, check, monthOf, writeExport } from './support';

test('SmartHR 従業員リスト: 姓 + 名, 入社年月日 / 退職年月日, 部署1 / 役職1; ヨミガナ is not the name', async () => {
  const file = await writeExport('smarthr.xlsx', [smartHrEmployees(), kotDaily('decimal')]);
  const { report, ingest } = await check(file);
  expect(report.sheets?.[0]).toMatchObject({
    kind: 'roster',
    layout: 'smarthr-employees',
    columns: { employeeId: 'A', name: 'B+C', hireDate: 'H', leaveDate: 'I', department: 'K', position: 'L' },
  });
  expect(
    ingest.dataset.employees.map((e) => [
      e.id,
      e.name,
      e.hireDate,
      e.leaveDate ?? null,
      e.department,
      e.position ?? null,
    ]),
  ).toEqual([
    ['1001', '山田 太郎', '2015-04-01', null, '営業部', '課長'],
    ['1002', '佐藤 花子', '2018-04-01', null, '総務部', null],
    ['1003', '鈴木 一郎', '2020-10-01', '2026-02-28', '製造部', '主任'],
  ]);
  for (const id of ['1001', '1002', '1003'] as const) expect(monthOf(report, id)).toEqual(EXPECTED[id]);
  // Everyone on the attendance sheet is on the roster (no "not on the roster" issue); the only issues are that a
  // 契約社員 without scheduled hours may or may not be full-time (J4, and the rules' note at A4).
  expect(cellIssues(report).map((i) => i.cell)).toEqual(['J4', 'A4']);
});

test('年次有給休暇管理簿 (one sheet per person): the employee from the block, 4月2日 in the year from 基準日', async () => {
  const file = await writeExport('有給管理簿.xlsx', [...paidLeaveBook(), kotDaily('decimal')]);
  const { report, ingest } = await check(file);
  expect(report.sheets?.slice(0, 3).map((s) => [s.kind, s.layout, s.columns.employeeId])).toEqual([
    ['leave', 'paid-leave-book', 'header block B2'],
    ['leave', 'paid-leave-book', 'header block B2'],
    ['leave', 'paid-leave-book', 'header block B2'],
  ]);
  // 1001: 20 days granted on 2025-04-01 plus 5 carried over; 時季 4月2日 and 5月7日 are in 2025, 3月10日 (before the
  // April 基準日) in 2026.
  const grants = ingest.dataset.leaveGrants
    .filter((g) => g.employeeId === '1001')
    .map((g) => [g.date, g.days, g.carryOver ?? false]);
  expect(grants).toEqual([
    ['2025-04-01', 20, false],
    ['2025-04-01', 5, true],
  ]);
  const taken = ingest.dataset.leaveTakings.filter((t) => t.employeeId === '1001').map((t) => [t.date, t.days]);
  expect(taken).toEqual([
    ['2025-04-02', 1],
    ['2025-05-07', 0.5],
    ['2026-03-10', 1],
  ]);
  expect(ingest.dataset.leaveTakings.filter((t) => t.employeeId === '1002').map((t) => t.date)).toEqual([
    '2025-08-13',
    '2025-08-14',
  ]);
  expect(ingest.dataset.employees).toEqual([]);
  for (const id of ['1001', '1002', '1003'] as const) expect(monthOf(report, id)).toEqual(EXPECTED[id]);
  expect(cellIssues(report)).toEqual([]);
});
