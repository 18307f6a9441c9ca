import { XlsxWorkbookPort } from '../../src/host/xlsx/memory-port';
import { analyse, createReportMeta, isInputSheet, readWorkbook, runCheck, writeReport } from '../../src/pipeline';
import { defaultParams } from '../../src/rules/params';
import { buildWorkbook, dateCell, timeCell } from '../../scripts/workbook-builders';

/** One employee working 9:00–19:00 with a 60-minute break on 2025-04-01: 9 h → 1 h over the 8-hour day. */
function workbook() {
  return buildWorkbook([
    {
      name: '勤怠',
      rows: [
        ['社員番号', '日付', '出勤', '退勤', '休憩（分）'],
        ['E001', dateCell('2025-04-01'), timeCell('9:00'), timeCell('19:00'), 60],
      ],
    },
  ]);
}

const options = { profile: 'all', params: defaultParams('2026-03-31') };

test('analyse is pure: the same grids give the same report, and a what-if does not change the input dataset', async () => {
  const port = XlsxWorkbookPort.fromWorkbook(workbook());
  const { grids, date1904 } = await readWorkbook(port);
  const first = analyse(grids, { ...options, date1904 });
  const again = analyse(grids, { ...options, date1904 });
  expect(again.report).toEqual(first.report);
  expect(first.ingest.dataset.monthlyHours).toEqual([
    expect.objectContaining({ employeeId: 'E001', month: '2025-04', overtime: 1, holidayWork: 0 }),
  ]);
  // −50 % overtime halves 1 h to 0.5 h in the what-if result only.
  const whatIf = analyse(grids, { ...options, date1904, whatIf: { overtimeChangeRatio: -0.5 } });
  expect(whatIf.ingest.dataset.monthlyHours[0].overtime).toBeCloseTo(0.5, 9);
  expect(first.ingest.dataset.monthlyHours[0].overtime).toBe(1);
});

test('a second run reads the user sheets and the checklist only, and keeps the checklist answers', async () => {
  const port = XlsxWorkbookPort.fromWorkbook(workbook());
  const first = await runCheck(port, options);
  const written = await writeReport(
    port,
    first.report,
    first.ingest.dataset,
    createReportMeta('all', new Date('2026-04-01T00:00:00Z')),
  );
  expect(written.sheetNames['WLB基準サマリー']).toBe('WLB基準サマリー');

  // The user answers the first checklist item with ○.
  const checklist = port.workbook.getWorksheet(written.sheetNames['チェックリスト'])!;
  let answerCell: { row: number; col: number } | null = null;
  checklist.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!answerCell && String(cell.value).startsWith('該当')) answerCell = { row: r + 1, col: c };
    }),
  );
  expect(answerCell).not.toBeNull();
  checklist.getCell(answerCell!.row, answerCell!.col).value = '○';

  const { grids } = await readWorkbook(port);
  expect(grids.map((g) => g.name).sort()).toEqual(['チェックリスト', '勤怠'].sort());
  const second = await runCheck(port, options);
  expect(second.ingest.dataset.checklist.filter((a) => a.answer === true)).toHaveLength(1);
  await writeReport(port, second.report, second.ingest.dataset);
  expect(checklist.getCell(answerCell!.row, answerCell!.col).value).toBe('○');
  const names = port.workbook.worksheets.map((w) => w.name);
  expect(new Set(names).size).toBe(names.length);
  expect(names.filter((n) => n.startsWith('WLB基準サマリー'))).toEqual(['WLB基準サマリー']);
});

test('excluded sheets and checker output sheets are not input; a renamed checklist still is', () => {
  const sheet = (name: string, ownedByChecker: boolean) => ({
    name,
    ownedByChecker,
    visible: true,
    rowCount: 1,
    columnCount: 1,
  });
  expect(isInputSheet(sheet('勤怠', false))).toBe(true);
  expect(isInputSheet(sheet('勤怠', false), ['勤怠'])).toBe(false);
  expect(isInputSheet(sheet('WLB基準サマリー', true))).toBe(false);
  expect(isInputSheet(sheet('チェックリスト (2)', true))).toBe(true);
  expect(isInputSheet({ ...sheet('_wlb_settings', true), visible: false })).toBe(false);
});

test('generatedAt is the host clock, as ISO date-time', () => {
  expect(createReportMeta('law36', new Date('2026-04-01T09:00:00Z')).generatedAt).toBe('2026-04-01T09:00:00.000Z');
});
