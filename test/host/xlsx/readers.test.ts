import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XlsxWorkbookPort } from '../../../src/host/xlsx/memory-port';
import { StreamedWorkbookPort, XlsxReadError, openXlsxFile, streamXlsxFile } from '../../../src/host/xlsx/read/file';
import { XlsxCopyPort } from '../../../src/host/xlsx/copy/copy-port';
import type { WorkbookPort } from '../../../src/host/port';
import { dateCell, durationCell, timeCell, writeWorkbook } from '../../../scripts/workbook-builders';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-read-'));
const file = path.join(dir, 'attendance.xlsx');

beforeAll(async () => {
  await writeWorkbook(file, [
    {
      name: '勤怠',
      rows: [
        ['株式会社テスト 勤怠記録'],
        [null, null, '時刻', null, null],
        ['社員番号', '日付', '出勤', '退勤', '残業'],
        ['E001', dateCell('2025-04-01'), timeCell('9:00'), timeCell('18:30'), durationCell(45.5)],
        ['E002', '2025/4/1', '9;00', '18時30分', { formula: 'VLOOKUP(A5,X:Y,2,0)', result: { error: '#N/A' } }],
        [
          { richText: ['山田', '太郎'] },
          { error: '#DIV/0!' },
          { text: '社内規程', hyperlink: 'http://example.com' },
          true,
          { formula: '1+1', result: 2 },
        ],
        ["=cmd|' /C calc'!A0", null, null, null, 7.5],
      ],
      merges: ['C2:E2'],
    },
    { name: '隠し', rows: [['x']], state: 'hidden' },
    { name: '空', rows: [] },
  ]);
});

/** Every reader must give the same grid: the in-memory one (browser preview), the streaming one and --out's copy port. */
const readers: [string, () => Promise<WorkbookPort>][] = [
  ['in-memory (exceljs object model)', () => openXlsxFile(file)],
  ['streaming', () => StreamedWorkbookPort.open(file)],
  ['--out copy (parts of the kept zip)', () => XlsxCopyPort.open(file)],
];

describe.each(readers)('%s reader', (_label, open) => {
  test('lists sheets in tab order with visibility and used size', async () => {
    const sheets = await (await open()).listSheets();
    expect(sheets.map((s) => [s.name, s.visible, s.ownedByChecker])).toEqual([
      ['勤怠', true, false],
      ['隠し', false, false],
      ['空', true, false],
    ]);
    expect(sheets[0].rowCount).toBe(7);
    expect(sheets[0].columnCount).toBe(5);
    expect(sheets[2].rowCount).toBe(0);
  });

  test('gives times and dates back as serials with their number formats', async () => {
    const grid = await (await open()).readSheet('勤怠');
    expect(grid.firstRow).toBe(1);
    expect(grid.firstCol).toBe(1);
    const row4 = grid.values[3];
    // 2025-04-01 = 45748 days after 1899-12-30; 9:00 = 9/24 = 0.375; 18:30 = 18.5/24; 45.5 h = 45.5/24 days.
    expect(row4[1]).toBe(45748);
    expect(row4[2]).toBeCloseTo(0.375, 12);
    expect(row4[3]).toBeCloseTo(18.5 / 24, 9);
    expect(row4[4]).toBeCloseTo(45.5 / 24, 9);
    expect(grid.numberFormats[3]).toEqual(['General', 'yyyy/m/d', 'h:mm', 'h:mm', '[h]:mm']);
  });

  test('keeps text as typed, errors as {error}, cached formula results, rich text flattened, hyperlink text', async () => {
    const grid = await (await open()).readSheet('勤怠');
    expect(grid.values[4]).toEqual(['E002', '2025/4/1', '9;00', '18時30分', { error: '#N/A' }]);
    expect(grid.values[5]).toEqual(['山田太郎', { error: '#DIV/0!' }, '社内規程', true, 2]);
    expect(grid.values[6][0]).toBe("=cmd|' /C calc'!A0");
  });

  test('a merged group header is a value in its top-left cell only', async () => {
    const grid = await (await open()).readSheet('勤怠');
    expect(grid.values[1]).toEqual([null, null, '時刻', null, null]);
    expect(grid.values[0]).toEqual(['株式会社テスト 勤怠記録', null, null, null, null]);
  });

  test('maxRows limits the read (detection reads only the first rows)', async () => {
    const grid = await (await open()).readSheet('勤怠', { maxRows: 3 });
    expect(grid.values).toHaveLength(3);
    expect(grid.numberFormats).toHaveLength(3);
    expect(grid.values[2][0]).toBe('社員番号');
  });

  test('unknown sheet is an error, not a blank grid', async () => {
    await expect((await open()).readSheet('ない')).rejects.toThrow('ない');
  });
});

test('1904 date system: serials are counted from 1904-01-01 and the flag is reported', async () => {
  const f = path.join(dir, 'mac.xlsx');
  await writeWorkbook(
    f,
    [
      {
        name: 'S',
        rows: [
          ['日付', '時刻'],
          [dateCell('2025-04-01', 'yyyy/m/d', true), timeCell('8:15')],
        ],
      },
    ],
    { date1904: true },
  );
  // 2025-04-01 in the 1904 system: 45748 − 1462 = 44286.
  for (const port of [await openXlsxFile(f), await StreamedWorkbookPort.open(f), await XlsxCopyPort.open(f)]) {
    expect(await port.isDate1904()).toBe(true);
    const grid = await port.readSheet('S');
    expect(grid.values[1][0]).toBe(44286);
    expect(grid.values[1][1]).toBeCloseTo(8.25 / 24, 9);
  }
});

test('shared strings with furigana (rPh) give the text, not the reading; workbook part last in the zip still names the sheet', async () => {
  // Japanese Excel stores the IME reading next to typed names; build such a file by patching sharedStrings.xml.
  const f = path.join(dir, 'furigana.xlsx');
  await writeWorkbook(f, [{ name: '名簿', rows: [['氏名'], ['山田']] }]);
  const zip = await JSZip.loadAsync(fs.readFileSync(f));
  const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
  zip.file('xl/sharedStrings.xml', xml.replace('<t>山田</t>', '<t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh>'));
  fs.writeFileSync(f, await zip.generateAsync({ type: 'nodebuffer' }));
  const { grids } = await streamXlsxFile(f);
  expect(grids[0].name).toBe('名簿');
  expect(grids[0].values[1][0]).toBe('山田');
});

test('not an .xlsx, an encrypted (OLE) file and a missing file are XlsxReadError with a Japanese message', async () => {
  const text = path.join(dir, 'a.xlsx');
  fs.writeFileSync(text, 'name,id\n');
  const ole = path.join(dir, 'enc.xlsx');
  fs.writeFileSync(ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  await expect(streamXlsxFile(text)).rejects.toThrow(/\.xlsx ファイルではありません/);
  await expect(openXlsxFile(ole)).rejects.toThrow(/暗号化/);
  await expect(streamXlsxFile(path.join(dir, 'none.xlsx'))).rejects.toBeInstanceOf(XlsxReadError);
});

test('fromWorkbook reads an in-memory workbook without creating cells in it', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = 'a';
  ws.getCell('C3').value = 1;
  const grid = await XlsxWorkbookPort.fromWorkbook(wb).readSheet('S');
  expect(grid.values).toEqual([
    ['a', null, null],
    [null, null, null],
    [null, null, 1],
  ]);
  expect(ws.findRow(2)).toBeUndefined();
});

test('the --out port reads a sheet when asked for: its size from <dimension>, else counted when asked; the grids as read whole', async () => {
  const f = path.join(dir, 'no-dimension.xlsx');
  await writeWorkbook(f, [
    {
      name: 'A',
      rows: [
        ['社員番号', '日付'],
        ['E001', dateCell('2025-04-01')],
        ['E002', dateCell('2025-04-02')],
      ],
    },
    { name: 'B', rows: [['x', null, 'z']] },
  ]);
  // Some writers record no used range: drop B's.
  const zip = await JSZip.loadAsync(fs.readFileSync(f));
  const part = 'xl/worksheets/sheet2.xml';
  const xml = await zip.file(part)!.async('string');
  expect(xml).toMatch(/<dimension /);
  zip.file(part, xml.replace(/<dimension [^>]*\/>/, ''));
  fs.writeFileSync(f, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const copy = await XlsxCopyPort.open(f);
  const whole = await StreamedWorkbookPort.open(f);
  // A: A1:B3 → 3 rows, 2 columns (recorded); B: x, blank, z → 1 row, 3 columns (counted).
  expect((await copy.listSheets()).map((s) => [s.name, s.rowCount, s.columnCount])).toEqual([
    ['A', 3, 2],
    ['B', 1, 3],
  ]);
  expect(await copy.readSheet('B')).toEqual(await whole.readSheet('B'));
  // Asked for twice: read again from its part, the same grid.
  expect(await copy.readSheet('A')).toEqual(await whole.readSheet('A'));
  expect(await copy.readSheet('A')).toEqual(await whole.readSheet('A'));
});
