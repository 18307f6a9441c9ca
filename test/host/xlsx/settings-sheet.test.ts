/**
 * The checker's settings sheet in an .xlsx workbook (the pane's sample, in memory): written `veryHidden`, so it is in
 * no sheet list Excel shows (not even 再表示), and the pane's list of the workbook's sheets leaves it out.
 * The saved file's workbook.xml is read back with an XML parser.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { XlsxWorkbookPort } from '../../../src/host/xlsx/memory-port';
import { SETTINGS_SHEET } from '../../../src/host/sheet-names';

describe('the settings sheet', () => {
  it('is written with state="veryHidden" in workbook.xml and listed as not visible', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('勤怠').getCell('A1').value = '社員番号';
    const port = XlsxWorkbookPort.fromWorkbook(wb);
    await port.saveSettings({ profile: 'kurumin-2025', companyName: '株式会社サンプル' });

    const listed = await port.listSheets();
    expect(listed.find((s) => s.name === SETTINGS_SHEET)).toMatchObject({ visible: false, ownedByChecker: true });
    expect(listed.find((s) => s.name === '勤怠')?.visible).toBe(true);

    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = new DOMParser().parseFromString(await zip.file('xl/workbook.xml')!.async('string'), 'text/xml');
    const sheets = Array.from(xml.getElementsByTagName('sheet')).map((s) => [
      s.getAttribute('name'),
      s.getAttribute('state'),
    ]);
    expect(sheets).toContainEqual([SETTINGS_SHEET, 'veryHidden']);
    expect(sheets.find(([name]) => name === '勤怠')?.[1] ?? 'visible').toBe('visible');

    // Read back from the saved file: the company name comes back with the rest.
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await wb.xlsx.writeBuffer());
    expect((await XlsxWorkbookPort.fromWorkbook(reread).loadSettings())?.companyName).toBe('株式会社サンプル');
  });
});
