import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { XlsxWorkbookPort } from '../../../src/host/xlsx/memory-port';
import type { SheetLayout } from '../../../src/report/layout';
import { layout, summaryLayout } from './layouts';
import { buildWorkbook, dateCell, timeCell } from '../../../scripts/workbook-builders';
import { planSheetNames, retargetLink } from '../../../src/host/sheet-names';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-write-'));

function summary(): SheetLayout {
  return summaryLayout(
    { b6: "=cmd|' /C calc'!A0", linkC5: "'勤怠'!D15" },
    {
      charts: [
        {
          type: 'line',
          title: '月平均残業',
          dataRange: { row: 3, col: 1, rowEnd: 5, colEnd: 2 },
          anchor: { row: 8, col: 1 },
        },
      ],
    },
  );
}

function checklist(answer: string): SheetLayout {
  return layout('チェックリスト', {
    values: [
      ['項目番号', '内容', '該当'],
      ['3', '就業規則', answer],
    ],
  });
}

/** The user's workbook: a sheet that happens to be called like the checker's summary, dates, times, a name. */
function userWorkbook(): ExcelJS.Workbook {
  const wb = buildWorkbook([
    {
      name: '勤怠',
      rows: [
        ['社員番号', '日付', '出勤'],
        ['E001', dateCell('2025-04-01'), timeCell('9:00')],
        ['E002', '2025/4/1', '9;00'],
      ],
    },
    { name: 'WLB基準サマリー', rows: [['これは利用者のメモです'], [42]] },
    {
      name: '名簿',
      rows: [
        ['社員番号', '氏名'],
        ['E001', '=HYPERLINK("http://x","y")'],
      ],
    },
  ]);
  wb.definedNames.add("'勤怠'!$A$1:$C$3", 'UserRange');
  return wb;
}

/** Every cell's value and numFmt of every sheet but those named, for before/after comparison. */
function fingerprint(wb: ExcelJS.Workbook, sheets: string[]): unknown {
  return sheets.map((name) => {
    const ws = wb.getWorksheet(name)!;
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => cells.push([r, c, cell.value, cell.numFmt ?? null, cell.type])),
    );
    return { name, position: wb.worksheets.indexOf(ws), cells };
  });
}

async function roundTrip(wb: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
  const f = path.join(dir, name);
  await wb.xlsx.writeFile(f);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(f);
  return back;
}

const userSheets = ['勤怠', 'WLB基準サマリー', '名簿'];

test('writes values, formats, styles, merges, links, freeze, tab colour; a user sheet with the same name is kept', async () => {
  const wb = userWorkbook();
  const before = fingerprint(await roundTrip(userWorkbook(), 'before.xlsx'), userSheets);
  const port = XlsxWorkbookPort.fromWorkbook(wb);
  const result = await port.writeSheets([summary(), layout('36協定チェック', { values: [['社員番号']] })], {
    activate: 'WLB基準サマリー',
  });
  expect(result.sheetNames).toEqual({ WLB基準サマリー: 'WLB基準サマリー (2)', '36協定チェック': '36協定チェック' });

  const back = await roundTrip(wb, 'after.xlsx');
  expect(back.worksheets.map((w) => w.name)).toEqual([...userSheets, 'WLB基準サマリー (2)', '36協定チェック']);
  expect(fingerprint(back, userSheets)).toEqual(before);
  expect(back.definedNames.model).toEqual(
    expect.arrayContaining([
      { name: 'UserRange', ranges: ["'勤怠'!$A$1:$C$3"] },
      { name: 'WLBChecker_1', ranges: ["'WLB基準サマリー (2)'!$A$1"] },
      { name: 'WLBChecker_2', ranges: ["'36協定チェック'!$A$1"] },
    ]),
  );

  const ws = back.getWorksheet('WLB基準サマリー (2)')!;
  // 2026-03-31 = serial 46112 in the 1900 system.
  expect(ws.getCell('B2').numFmt).toBe('yyyy/m/d');
  expect((ws.getCell('B2').value as Date).toISOString()).toBe('2026-03-31T00:00:00.000Z');
  expect(ws.getCell('B4').value).toBe(31.25);
  expect(ws.getCell('B4').numFmt).toBe('0.0');
  expect(ws.getCell('B5').numFmt).toBe('0.0%');
  // Two ranges on B5 add up: the percentage format stays and the fill comes on top.
  expect(ws.getCell('B5').fill).toMatchObject({ fgColor: { argb: 'FFF8CBAD' } });
  expect(ws.getCell('B5').font).toMatchObject({ color: { argb: 'FF9C0006' } });
  expect(ws.getCell('A3').font).toMatchObject({ bold: true });
  expect(ws.getCell('C3').border).toMatchObject({ top: { style: 'thin' } });
  expect(ws.getColumn(1).width).toBe(24);
  expect(ws.getCell('C1').isMerged).toBe(true);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  expect(ws.properties.tabColor).toEqual({ argb: 'FF1F6FEB' });
  expect(ws.getCell('C4').value).toEqual({ text: '36協定チェック', hyperlink: "#'36協定チェック'!A1" });
  expect(ws.getCell('C5').value).toEqual({ text: '入力エラー', hyperlink: "#'勤怠'!D15" });
  // Text that looks like a formula stays text.
  for (const a of ['A6', 'B6', 'C6']) expect(ws.getCell(a).type).toBe(ExcelJS.ValueType.String);
  expect(ws.getCell('A6').value).toBe('=HYPERLINK("http://x","y")');
  // No note promising a chart any more: the `--out` copy draws it as DrawingML (output-writers.test.ts); the
  // in-memory exceljs port leaves the anchor cell empty.
  expect(ws.getCell('A8').value).toBeNull();
  expect(back.getWorksheet('WLB基準サマリー')!.getCell('A1').value).toBe('これは利用者のメモです');
});

test('running twice replaces the checker sheets (same set, no duplicates) and keeps the checklist answers', async () => {
  const wb = userWorkbook();
  const port = XlsxWorkbookPort.fromWorkbook(wb);
  await port.writeSheets([summary(), checklist('')], { keepIfPresent: ['チェックリスト'] });
  // The user answers the checklist in Excel, saves, and runs the checker again on the saved file.
  const saved = await roundTrip(wb, 'answered.xlsx');
  saved.getWorksheet('チェックリスト')!.getCell('C2').value = '○';
  const again = XlsxWorkbookPort.fromWorkbook(await roundTrip(saved, 'answered2.xlsx'));
  const first = (await again.listSheets()).map((s) => [s.name, s.ownedByChecker]);
  const res = await again.writeSheets([summary(), checklist('')], { keepIfPresent: ['チェックリスト'] });
  const back = await roundTrip(again.workbook, 'rerun.xlsx');
  expect(back.worksheets.map((w) => w.name)).toEqual([...userSheets, 'WLB基準サマリー (2)', 'チェックリスト']);
  expect(first).toEqual([
    ...userSheets.map((n) => [n, false]),
    ['WLB基準サマリー (2)', true],
    ['チェックリスト', true],
  ]);
  expect(res.sheetNames['チェックリスト']).toBe('チェックリスト');
  expect(back.getWorksheet('チェックリスト')!.getCell('C2').value).toBe('○');
  expect(back.getWorksheet('WLB基準サマリー')!.getCell('A1').value).toBe('これは利用者のメモです');
  const markers = back.definedNames.model.filter((d) => d.name.startsWith('WLBChecker_'));
  expect(markers.map((m) => m.ranges[0]).sort()).toEqual(
    ["'WLB基準サマリー (2)'!$A$1", "'チェックリスト'!$A$1"].sort(),
  );
});

test('a failure half-way leaves the workbook as it was (sheets, names, views)', async () => {
  const wb = userWorkbook();
  const port = XlsxWorkbookPort.fromWorkbook(wb);
  await port.writeSheets([summary()]);
  const names = () => wb.worksheets.map((w) => w.name);
  const before = { names: names(), defined: wb.definedNames.model, cells: fingerprint(wb, names()) };
  // Overlapping merges make exceljs throw while the second sheet is being built.
  const broken = layout('入力エラー', {
    values: [['a', 'b']],
    merges: [
      { row: 1, col: 1, colEnd: 2 },
      { row: 1, col: 2, colEnd: 3 },
    ],
  });
  await expect(port.writeSheets([summary(), broken])).rejects.toThrow();
  expect(names()).toEqual(before.names);
  expect(wb.definedNames.model).toEqual(before.defined);
  expect(fingerprint(wb, names())).toEqual(before.cells);
});

test('settings round-trip through a very hidden sheet that is marked as the checker’s', async () => {
  const wb = userWorkbook();
  const port = XlsxWorkbookPort.fromWorkbook(wb);
  expect(await port.loadSettings()).toBeNull();
  await port.saveSettings({ profile: 'kurumin-2025', mapping: { 勤怠: { kind: 'daily', columns: { C: 'start' } } } });
  await port.saveSettings({ profile: 'law36' });
  const back = XlsxWorkbookPort.fromWorkbook(await roundTrip(wb, 'settings.xlsx'));
  expect(await back.loadSettings()).toEqual({ profile: 'law36' });
  const settingsSheets = (await back.listSheets()).filter((s) => s.name.startsWith('_wlb_settings'));
  expect(settingsSheets).toEqual([expect.objectContaining({ visible: false, ownedByChecker: true })]);
});

describe('sheet naming', () => {
  test('takes the next free "(n)" name, case-insensitively, and replaces only owned sheets', () => {
    const plan = planSheetNames(
      ['WLB基準サマリー', '入力エラー'],
      [
        { name: 'wlb基準サマリー', owned: false },
        { name: 'WLB基準サマリー (2)', owned: false },
        { name: 'WLB基準サマリー (3)', owned: true },
        { name: '入力エラー', owned: true },
      ],
      [],
    );
    expect(plan.sheetNames).toEqual({ WLB基準サマリー: 'WLB基準サマリー (3)', 入力エラー: '入力エラー' });
    expect(plan.remove.sort()).toEqual(['WLB基準サマリー (3)', '入力エラー'].sort());
  });

  test('link targets follow renamed sheets and leave user sheets alone', () => {
    const names = { WLB基準サマリー: 'WLB基準サマリー (2)' };
    expect(retargetLink("'WLB基準サマリー'!A1", names)).toBe("'WLB基準サマリー (2)'!A1");
    expect(retargetLink('勤怠!D15', names)).toBe("'勤怠'!D15");
    expect(retargetLink("'O''Brien'!B2", names)).toBe("'O''Brien'!B2");
  });
});
