/**
 * The batch overview: rows and columns, status words and colours, links to each report, CSV quoting and BOM.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { overviewCsv, writeOverviewXlsx, type OverviewRow } from '../../src/cli/overview';

const crit = (id: string, title: string, status: 'pass' | 'fail' | 'insufficient-data' | 'not-applicable') => ({
  id,
  title,
  category: '36協定',
  status,
});
const rows: OverviewRow[] = [
  {
    name: 'A社/勤怠.xlsx',
    state: 'ok',
    inputIssues: 2,
    report: 'A社/勤怠.wlb-report.xlsx',
    criteria: [crit('law36.compliance', '違反がない', 'fail'), crit('law36.approaching', '近い', 'pass')],
    verdict: {
      profile: 'law36',
      criteriaMet: false,
      criteriaStatus: 'fail',
      legalViolations: 3,
      outcome: 'not-met',
      toConfirm: [],
    },
  },
  { name: 'B社/壊れた.xlsx', state: 'unreadable', reason: '.xlsx ファイルではありません / not an .xlsx file' },
  {
    name: '=C社.csv',
    state: 'unusable',
    reason: '勤怠・休暇の行を1行も読めませんでした',
    inputIssues: 0,
    report: '=C社.wlb-report.xlsx',
    criteria: [
      crit('law36.compliance', '違反がない', 'insufficient-data'),
      crit('law36.approaching', '近い', 'not-applicable'),
    ],
  },
];

test('overview.csv: BOM, CRLF, one row per input, status words, reasons quoted when they hold a comma, formula-looking names guarded', () => {
  const csv = overviewCsv(rows);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.slice(1).split('\r\n')).toEqual([
    'ファイル,読み込み,理由,入力エラー,判定,法令違反,レポート,違反がない [law36.compliance],近い [law36.approaching]',
    'A社/勤怠.xlsx,読み込み済み,,2,未達,3,A社/勤怠.wlb-report.xlsx,未達,達成',
    'B社/壊れた.xlsx,読めません,.xlsx ファイルではありません / not an .xlsx file,,,,,,',
    "'=C社.csv,使えるデータなし,勤怠・休暇の行を1行も読めませんでした,0,,,'=C社.wlb-report.xlsx,データ不足,対象外",
    '',
  ]);
});

test('overview.xlsx: header rows, status fills of the summary, the reason of an unreadable file, links relative to the overview', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-ov-')), 'overview.xlsx');
  await writeOverviewXlsx(file, rows, {
    asOf: '2026-03-31',
    profileLabel: '36協定',
    generatedAt: '2026-04-01T00:00:00.000Z',
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  expect(ws.getCell('B3').value).toBe('3 件（読み込み済み 1・使えるデータなし 1・読めません 1）');
  expect([5, 6, 7].map((r) => ws.getCell(r, 7).value)).toEqual(['36協定', '違反がない', 'law36.compliance']);
  expect(ws.getRow(6).values).toEqual([
    undefined,
    'ファイル',
    '読み込み',
    '理由',
    '入力エラー',
    '判定',
    '法令違反',
    '違反がない',
    '近い',
  ]);
  // A社's verdict (not met, 3 legal violations) in the summary's words, red.
  expect([ws.getCell('E8').value, ws.getCell('F8').value]).toEqual(['未達', 3]);
  expect(ws.getCell('E8').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  // Row 8 = A社: its name links to its report, fail is red (#FFC7CE) and bold, pass green (#C6EFCE).
  expect(ws.getCell('A8').value).toEqual({
    text: 'A社/勤怠.xlsx',
    hyperlink: `${encodeURIComponent('A社')}/${encodeURIComponent('勤怠.wlb-report.xlsx')}`,
  });
  expect(ws.getCell('G8').value).toBe('未達');
  expect(ws.getCell('G8').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  expect(ws.getCell('G8').font?.bold).toBe(true);
  expect(ws.getCell('H8').fill).toMatchObject({ fgColor: { argb: 'FFC6EFCE' } });
  // Row 9 = the unreadable file: red 読めません, its reason, no link, no statuses.
  expect([ws.getCell('A9').value, ws.getCell('B9').value, ws.getCell('C9').value, ws.getCell('E9').value]).toEqual([
    'B社/壊れた.xlsx',
    '読めません',
    '.xlsx ファイルではありません / not an .xlsx file',
    null,
  ]);
  expect(ws.getCell('B9').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  // Row 10: 使えるデータなし in the データ不足 yellow; a name starting with = stays text in the workbook.
  expect(ws.getCell('B10').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
  expect((ws.getCell('A10').value as { text: string }).text).toBe('=C社.csv');
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 7 });
});
