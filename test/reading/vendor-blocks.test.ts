/**
 * Vendor layouts that the general blocks read: a ジョブカン 出勤簿 whose hours come only from its punch times (no 労働時間
 * column, so no export fingerprint: the header block above the table must not be taken for a roster), and a KING OF
 * TIME 月別データ whose period is only in a sheet name written another way. Figures by hand in ../exports/scenario.ts.
 */
import { jobcanTimesheets } from '../exports/fixtures/jobcan';
import { kotMonthly } from '../exports/fixtures/king-of-time';
import { EXPECTED } from '../exports/scenario';
import { cellIssues, check, monthOf, writeExport } from '../exports/support';

test('ジョブカン 出勤簿 with punch times and breaks only: the staff code from the block, hours from the punches', async () => {
  // Keep 日付, 休日区分, 出勤時刻, 退勤時刻, 休憩時間; drop 労働時間, 残業時間, 深夜時間 (columns F–H).
  const sheets = jobcanTimesheets().map((s) => ({
    ...s,
    rows: [...s.rows].map((row, k) => (k < 4 ? row : row.slice(0, 5))),
  }));
  const file = await writeExport('jobcan_punches_only.xlsx', sheets);
  const { report, ingest } = await check(file);
  expect(ingest.dataset.employees).toEqual([]);
  expect(report.sheets?.map((s) => s.kind)).toEqual(['daily', 'daily', 'daily']);
  expect(report.sheets?.[0].columns).toMatchObject({ employeeId: 'header block B2', date: 'A', start: 'C', end: 'D' });
  for (const id of ['1001', '1002', '1003'] as const) expect(monthOf(report, id)).toEqual(EXPECTED[id]);
  expect(cellIssues(report)).toEqual([]);
});

test('KING OF TIME 月別データ with the period only in the sheet name `月別(2025年04月01日～04月30日)`', async () => {
  const sheet = {
    ...kotMonthly('decimal', [['1004', '高橋 実', 0, 12.75, 0, 0, 0, 0]]),
    name: '月別(2025年04月01日～04月30日)',
  };
  const file = await writeExport('kot_monthly_named.xlsx', [sheet]);
  const { report } = await check(file);
  expect(report.sheets?.[0]).toMatchObject({ kind: 'monthly', columns: { month: 'sheet name' } });
  // 1001: 残業時間 2.5 + 法定外休日残業時間 6 = 8.5 (see ../exports/king-of-time.test.ts).
  expect(monthOf(report, '1001')).toMatchObject({ overtime: 8.5, holidayWork: 0 });
});
