/**
 * The .xlsx reader of the CLI (src/host/xlsx/read/worksheet.ts through openPackage) on workbooks from the writers HR
 * files come from: exceljs, openpyxl, LibreOffice and the Open XML SDK's `x:`-prefixed parts (./writer-styles.ts). Each
 * holds the same attendance table; every cell is checked against values worked out by hand below.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import type { RawValue } from '../../../src/ingest/types';
import { StreamedWorkbookPort, streamXlsxFile } from '../../../src/host/xlsx/read/file';
import { XlsxCopyPort } from '../../../src/host/xlsx/copy/copy-port';
import { libreOfficePackage, openpyxlPackage, prefixedPackage } from './writer-styles';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-writers-'));

// The table, worked out by hand:
// 2025-04-01 is 45,748 days after 1899-12-30 (2025-01-01 = 45,658; + 31 + 28 + 31 = 90 days);
// in the 1904 system it is 45,748 − 1,462 = 44,286 (1,462 days from 1900-01-00 to 1904-01-01).
// 9:00 = 9/24 = 0.375; 18:30 = 18.5/24 = 0.7708333…; 1:00 = 1/24 = 0.0416666…; 8:45 = 8.75/24 = 0.3645833….
const HEADER: RawValue[] = ['社員番号', '日付', '出勤', '退勤', '休憩', '備考'];
const E003: RawValue[] = ['E003', '2025/4/3', '9:00', null, null, null];
const BLANK: RawValue[] = [null, null, null, null, null, null];

interface Expected {
  values: RawValue[][];
  /** Number formats of rows 2 and 3 (every other row is General throughout). */
  formats2: string[];
  formats3: string[];
  date1904: boolean;
}

const EXPECTED: Record<string, Expected> = {
  exceljs: {
    values: [
      HEADER,
      ['E001', 45748, 0.375, 18.5 / 24, 1 / 24, '山田 太郎'],
      ['E002', 45749, 8.75 / 24, { error: '#N/A' }, true, 'A & B\r'],
      BLANK,
      E003,
    ],
    formats2: ['General', 'yyyy/m/d', 'h:mm', 'h:mm', '[h]:mm', 'General'],
    formats3: ['General', 'yyyy/m/d', 'h:mm', 'General', 'General', 'General'],
    date1904: false,
  },
  // openpyxl writes no cached value for a formula (B3): blank until Excel recalculates; 14 and 20 are built-ins.
  openpyxl: {
    values: [
      HEADER,
      ['E001', 45748, 0.375, 0.7708333333333334, 0.04166666666666666, '山田 太郎'],
      ['E002', null, 0.3645833333333333, { error: '#N/A' }, true, 'A & B\r'],
      BLANK,
      E003,
    ],
    formats2: ['General', 'yyyy/m/d', 'h:mm', 'h:mm', '[h]:mm', 'General'],
    formats3: ['General', 'yyyy/m/d', 'h:mm', 'General', 'General', 'General'],
    date1904: false,
  },
  // LibreOffice writes 15 significant digits and its format codes in upper case.
  libreoffice: {
    values: [
      HEADER,
      ['E001', 45748, 0.375, 0.770833333333333, 0.0416666666666667, '山田 太郎'],
      ['E002', 45749, 0.364583333333333, { error: '#N/A' }, true, 'A & B\r'],
      BLANK,
      E003,
    ],
    formats2: ['General', 'YYYY/MM/DD', 'HH:MM', 'HH:MM', '[HH]:MM', 'General'],
    formats3: ['General', 'YYYY/MM/DD', 'HH:MM', 'General', 'General', 'General'],
    date1904: false,
  },
  // 1904 system: 2025-04-01 = 44,286, so B3 (04-02) = 44,287 and B4 (04-03, a shared formula's child) = 44,288.
  prefixed: {
    values: [
      HEADER,
      ['E001', 44286, 0.375, 0.7708333333333334, 0.041666666666666664, '山田 太郎'],
      ['E002', 44287, 0.3645833333333333, { error: '#N/A' }, true, 'A & B\r'],
      [null, 44288, null, null, null, null],
      E003,
    ],
    formats2: ['General', 'yyyy/m/d', 'h:mm', 'h:mm', '[h]:mm', 'General'],
    formats3: ['General', 'yyyy/m/d', 'h:mm', 'General', 'General', 'General'],
    date1904: true,
  },
};

/** The same table written by exceljs itself (rich text, error, boolean, cached formula result, a blank row). */
async function exceljsPackage(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('勤怠');
  ws.addRow(HEADER);
  ws.addRow([
    'E001',
    45748,
    0.375,
    18.5 / 24,
    1 / 24,
    { richText: [{ text: '山田' }, { text: ' 太郎', font: { bold: true } }] },
  ]);
  ws.addRow(['E002', { formula: 'B2+1', result: 45749 }, 8.75 / 24, { error: '#N/A' }, true, 'A & B\r']);
  ws.getRow(5).values = ['E003', '2025/4/3', '9:00'];
  for (const cell of ['B2', 'B3']) ws.getCell(cell).numFmt = 'yyyy/m/d';
  for (const cell of ['C2', 'D2', 'C3']) ws.getCell(cell).numFmt = 'h:mm';
  ws.getCell('E2').numFmt = '[h]:mm';
  const memo = wb.addWorksheet('メモ', { state: 'hidden' });
  memo.addRow(['メモ']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const BUILDERS: Record<string, () => Promise<Buffer>> = {
  exceljs: exceljsPackage,
  openpyxl: openpyxlPackage,
  libreoffice: libreOfficePackage,
  prefixed: prefixedPackage,
};

const files: Record<string, string> = {};
beforeAll(async () => {
  for (const [name, build] of Object.entries(BUILDERS)) {
    files[name] = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(files[name], await build());
  }
});

describe.each(Object.keys(EXPECTED))('a workbook written %s-style', (writer) => {
  const expected = EXPECTED[writer];

  test('every cell of the attendance table, and its number format', async () => {
    const { grids, date1904 } = await streamXlsxFile(files[writer]);
    expect(date1904).toBe(expected.date1904);
    const grid = grids[0];
    expect(grid.name).toBe('勤怠');
    expect(grid.values).toHaveLength(5);
    for (let r = 0; r < 5; r++) {
      for (let c = 0; c < 6; c++) {
        const want = expected.values[r][c];
        const got = grid.values[r][c];
        if (typeof want === 'number') expect([r, c, got]).toEqual([r, c, expect.closeTo(want, 12)]);
        else expect([r, c, got]).toEqual([r, c, want]);
      }
    }
    expect(grid.numberFormats[0]).toEqual(Array(6).fill('General'));
    expect(grid.numberFormats[1]).toEqual(expected.formats2);
    expect(grid.numberFormats[2]).toEqual(expected.formats3);
  });

  test('sheet names in tab order, the hidden one hidden, through both CLI ports', async () => {
    for (const port of [await StreamedWorkbookPort.open(files[writer]), await XlsxCopyPort.open(files[writer])]) {
      const sheets = await port.listSheets();
      expect(sheets.map((s) => [s.name, s.visible, s.rowCount, s.columnCount])).toEqual([
        ['勤怠', true, 5, 6],
        ['メモ', false, 1, 1],
      ]);
      expect((await port.readSheet('メモ')).values).toEqual([['メモ']]);
      expect(await port.isDate1904()).toBe(expected.date1904);
    }
  });
});
