/**
 * A workbook really written by LibreOffice (not hand-built): exceljs writes the attendance table, LibreOffice
 * opens it and saves it as .xlsx, and the CLI's reader must give the same cells. Skipped where `soffice` is not
 * installed.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { streamXlsxFile } from '../../../../src/host/xlsx/read/file';
import { isDateFormat, isTimeFormat } from '../../../../src/ingest';

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p));
const maybe = SOFFICE ? test : test.skip;

maybe(
  "LibreOffice's own .xlsx of the attendance table reads cell by cell",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-lo-read-'));
    const input = path.join(dir, 'in.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('勤怠');
    ws.addRow(['社員番号', '日付', '出勤', '退勤', '休憩', '備考']);
    ws.addRow([
      'E001',
      45748,
      0.375,
      18.5 / 24,
      1 / 24,
      { richText: [{ text: '山田' }, { text: ' 太郎', font: { bold: true } }] },
    ]);
    ws.addRow(['E002', { formula: 'B2+1', result: 45749 }, 8.75 / 24, { error: '#N/A' }, true, 'A & B']);
    ws.getRow(5).values = ['E003', '2025/4/3', '9:00'];
    for (const cell of ['B2', 'B3']) ws.getCell(cell).numFmt = 'yyyy/m/d';
    for (const cell of ['C2', 'D2', 'C3']) ws.getCell(cell).numFmt = 'h:mm';
    ws.getCell('E2').numFmt = '[h]:mm';
    wb.addWorksheet('メモ', { state: 'hidden' }).addRow(['メモ']);
    await wb.xlsx.writeFile(input);

    const outDir = path.join(dir, 'out');
    execFileSync(
      SOFFICE as string,
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        input,
      ],
      { stdio: 'ignore', timeout: 150_000 },
    );
    const { grids, sheets, date1904 } = await streamXlsxFile(path.join(outDir, 'in.xlsx'));

    expect(date1904).toBe(false);
    expect(sheets.map((s) => [s.name, s.visible])).toEqual([
      ['勤怠', true],
      ['メモ', false],
    ]);
    const v = grids[0].values;
    const f = grids[0].numberFormats;
    expect(v[0]).toEqual(['社員番号', '日付', '出勤', '退勤', '休憩', '備考']);
    // 2025-04-01 = 45,748; 9:00 = 0.375; 18:30 = 18.5/24; 1:00 = 1/24 (LibreOffice writes 15 significant digits).
    expect(v[1].slice(0, 2)).toEqual(['E001', 45748]);
    expect(v[1][2]).toBeCloseTo(0.375, 12);
    expect(v[1][3]).toBeCloseTo(18.5 / 24, 12);
    expect(v[1][4]).toBeCloseTo(1 / 24, 12);
    expect(v[1][5]).toBe('山田 太郎');
    // B3 = B2 + 1 = 45,749 (the formula's cached value); 8:45 = 8.75/24.
    expect(v[2][0]).toBe('E002');
    expect(v[2][1]).toBe(45749);
    expect(v[2][2]).toBeCloseTo(8.75 / 24, 12);
    expect(v[2].slice(3)).toEqual([{ error: '#N/A' }, true, 'A & B']);
    expect(v[3].every((x) => x === null)).toBe(true);
    expect(v[4]).toEqual(['E003', '2025/4/3', '9:00', null, null, null]);
    expect([
      isDateFormat(f[1][1]),
      isTimeFormat(f[1][2]),
      isTimeFormat(f[1][3]),
      isTimeFormat(f[1][4]),
      isDateFormat(f[2][1]),
    ]).toEqual([true, true, true, true, true]);
    expect((await streamXlsxFile(path.join(outDir, 'in.xlsx'))).grids[1].values).toEqual([['メモ']]);
  },
  180_000,
);
