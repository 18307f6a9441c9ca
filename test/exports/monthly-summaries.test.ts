/**
 * MF 月別データ, freee 勤怠サマリー and TeamSpirit 月次サマリー read with no mapping. The scenario's April
 * (./scenario.ts) as each vendor sums it: 1001 OT 2.5 (平日) + 6 (所定休日, beyond the legal week) = 8.5, worked 56.5;
 * 1002 HW 7, worked 19; 1003 OT 0.5, worked 15.5. A monthly summary gives no count of late-night days: null.
 */
import { freeeSummary, moneyForwardMonthly, teamSpiritMonthly } from './fixtures/monthly-summaries';
import { cellIssues, check, monthOf, writeExport } from './support';

const APRIL = {
  '1001': { overtime: 8.5, holidayWork: 0, worked: 56.5, lateNightDays: null },
  '1002': { overtime: 0, holidayWork: 7, worked: 19, lateNightDays: null },
  '1003': { overtime: 0.5, holidayWork: 0, worked: 15.5, lateNightDays: null },
};

test('MF 月別データ: 法定外時間（平日）/（所定休日）are overtime, （法定休日）holiday work, offices added; month from the file name', async () => {
  const file = await writeExport('月別データ_2025年04月.xlsx', [moneyForwardMonthly()]);
  const { report } = await check(file);
  expect(report.sheets?.[0]).toMatchObject({
    kind: 'monthly',
    layout: 'moneyforward-monthly',
    columns: { month: 'file name', overtime: 'E+F+I', holidayWork: 'G' },
  });
  for (const id of ['1001', '1002', '1003'] as const) expect(monthOf(report, id)).toEqual(APRIL[id]);
  expect(cellIssues(report)).toEqual([]);
});

test('freee 勤怠サマリー: 所定外法定外 is overtime, 所定休日労働 is not added again; month from the sheet name', async () => {
  const file = await writeExport('freee_summary.xlsx', [freeeSummary()]);
  const { report } = await check(file);
  expect(report.sheets?.[0]).toMatchObject({
    kind: 'monthly',
    layout: 'freee-summary',
    columns: { month: 'sheet name', overtime: 'E', holidayWork: 'G', worked: 'C' },
  });
  for (const id of ['1001', '1002', '1003'] as const) expect(monthOf(report, id)).toEqual(APRIL[id]);
  expect(cellIssues(report)).toEqual([]);
});

test('TeamSpirit 月次サマリー: 月度 202504, 法定時間外残業 (not 所定時間外残業), 法定休日労働時間', async () => {
  const file = await writeExport('teamspirit.xlsx', [teamSpiritMonthly()]);
  const { report } = await check(file);
  expect(report.sheets?.[0]).toMatchObject({
    kind: 'monthly',
    layout: 'teamspirit-monthly',
    columns: { month: 'C', overtime: 'F', holidayWork: 'G' },
  });
  for (const id of ['1001', '1002', '1003'] as const) expect(monthOf(report, id)).toEqual(APRIL[id]);
  expect(cellIssues(report)).toEqual([]);
});
