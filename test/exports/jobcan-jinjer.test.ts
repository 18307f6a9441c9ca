/**
 * ジョブカン 出勤簿 (per-person sheets, header block, year-less dates) and jinjer 汎用データ (`*` columns, punch pairs,
 * code legend, ends past 24:00) read with no mapping; figures by hand in ./scenario.ts.
 */
import { jinjerGeneric } from './fixtures/jinjer';
import { jobcanTimesheets } from './fixtures/jobcan';
import { EXPECTED } from './scenario';
import { cellIssues, check, monthOf, writeExport } from './support';

test('ジョブカン 出勤簿: one sheet per person, the staff code from the header block, 04/07(月) in 2025 from 年月', async () => {
  const file = await writeExport('jobcan_出勤簿.xlsx', jobcanTimesheets());
  const { report } = await check(file);
  expect(report.sheets?.map((s) => [s.kind, s.layout])).toEqual([
    ['daily', 'jobcan-timesheet'],
    ['daily', 'jobcan-timesheet'],
    ['daily', 'jobcan-timesheet'],
  ]);
  // The employee comes from B2 of each sheet (スタッフコード | 1001), not from a column.
  expect(report.sheets?.[0].columns).toMatchObject({ employeeId: 'header block B2', date: 'A', dayType: 'B' });
  for (const id of ['1001', '1002', '1003'] as const) expect(monthOf(report, id)).toEqual(EXPECTED[id]);
  expect(cellIssues(report)).toEqual([]);
});

test('jinjer 汎用データ: *従業員ID, punch pairs 出勤1/退勤1 …, 休日 codes from the header legend, 30:00', async () => {
  const file = await writeExport('jinjer_汎用データ_202504.xlsx', [jinjerGeneric()]);
  const { report, ingest } = await check(file);
  expect(report.sheets?.[0]).toMatchObject({
    kind: 'daily',
    layout: 'jinjer-generic',
    columns: { employeeId: 'A', date: 'C', dayType: 'D', start: 'E', end: 'F', 'start#2': 'G', 'end#2': 'H' },
  });
  for (const id of ['1001', '1002', '1003'] as const) expect(monthOf(report, id)).toEqual(EXPECTED[id]);
  // 1002's Sunday is code 0 → 法定休日 (the legend), so its 7 h are holiday work.
  expect(ingest.dataset.shifts.find((s) => s.employeeId === '1002' && s.date === '2025-04-06')?.dayType).toBe(
    '法定休日',
  );
  expect(cellIssues(report)).toEqual([]);
});
