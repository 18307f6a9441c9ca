/**
 * The rest of OfficeWorkbookPort: listing sheets, the date system, settings, selecting a cell, cell-edit mode.
 */
import {
  getDisplayLanguage,
  OfficeWorkbookPort,
  SETTINGS_KEY,
  selectCell,
  type ExcelApi,
} from '../../../src/host/officejs';
import { OfficeHostError } from '../../../src/host/officejs/errors';
import { FakeExcel } from '../../support/fake-excel';
import { SUMMARY, makePort, summaryLayout, userWorkbook } from './fixtures';

describe('OfficeWorkbookPort.listSheets', () => {
  it('lists every sheet with its used range, visibility and ownership in 2 syncs', async () => {
    const fake = userWorkbook(['隠し', '空']);
    fake.setCells('隠し', 'B2', [['x', 'y', 'z']]);
    fake.sheet('隠し').visibility = 'Hidden';
    const { port } = makePort(fake);
    await port.writeSheets([summaryLayout()]);
    fake.resetCounters();

    const sheets = await port.listSheets();
    expect(fake.syncCount).toBe(2);
    expect(sheets).toEqual([
      { name: '勤怠', rowCount: 3, columnCount: 4, visible: true, ownedByChecker: false },
      { name: '休暇', rowCount: 2, columnCount: 2, visible: true, ownedByChecker: false },
      { name: '隠し', rowCount: 1, columnCount: 3, visible: false, ownedByChecker: false },
      { name: '空', rowCount: 0, columnCount: 0, visible: true, ownedByChecker: false },
      // Summary rows 1–9 (the last value is in row 9), columns A–E.
      { name: SUMMARY, rowCount: 9, columnCount: 5, visible: true, ownedByChecker: true },
    ]);
  });

  it('does not take a user sheet that merely has the checker name for the checker', async () => {
    const fake = userWorkbook([SUMMARY]);
    const sheets = await makePort(fake).port.listSheets();
    expect(sheets.find((s) => s.name === SUMMARY)?.ownedByChecker).toBe(false);
  });
});

describe('OfficeWorkbookPort.isDate1904', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('reads Workbook.use1904DateSystem', async () => {
    const fake = new FakeExcel();
    fake.use1904DateSystem = true;
    expect(await makePort(fake).port.isDate1904()).toBe(true);
    fake.use1904DateSystem = false;
    expect(await makePort(fake).port.isDate1904()).toBe(false);
  });

  it('answers false without throwing where the API does not exist', async () => {
    const fake = new FakeExcel();
    fake.use1904DateSystem = undefined;
    expect(await makePort(fake).port.isDate1904()).toBe(false);
  });

  it('does not ask Excel when Office says ExcelApi 1.16 is not supported', async () => {
    const fake = new FakeExcel();
    fake.use1904DateSystem = true;
    (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: () => false } } };
    expect(await makePort(fake).port.isDate1904()).toBe(false);
    expect(fake.syncCount).toBe(0);
  });
});

describe('OfficeWorkbookPort settings', () => {
  it('round-trips the settings as JSON under wlbChecker', async () => {
    const fake = new FakeExcel();
    const { port } = makePort(fake);
    expect(await port.loadSettings()).toBeNull();
    const settings = {
      profile: 'fukuyama-2026',
      excludeSheets: ['メモ'],
      mapping: { 勤怠: { kind: 'daily' as const, headerRow: 2, columns: { D: 'start' as const, E: null } } },
    };
    await port.saveSettings(settings);
    expect(typeof fake.settings.get(SETTINGS_KEY)).toBe('string');
    expect(await port.loadSettings()).toEqual(settings);
  });

  it('treats unreadable stored settings as none', async () => {
    const fake = new FakeExcel();
    fake.settings.set(SETTINGS_KEY, '{not json');
    expect(await makePort(fake).port.loadSettings()).toBeNull();
  });
});

describe('selectCell and getDisplayLanguage', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('activates the sheet and selects the cell', async () => {
    const fake = userWorkbook();
    await selectCell('休暇', 'B2', fake as ExcelApi);
    expect(fake.sheets.find((s) => s.id === fake.activeSheetId)?.name).toBe('休暇');
    expect(fake.selection).toEqual({ sheet: '休暇', address: 'B2' });
  });

  it('falls back to ja-JP outside Office and reads Office.context.displayLanguage inside', () => {
    expect(getDisplayLanguage()).toBe('ja-JP');
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: 'en-US' } };
    expect(getDisplayLanguage()).toBe('en-US');
  });

  it('says in Japanese that it needs Excel when there is no Excel', async () => {
    await expect(new OfficeWorkbookPort(undefined).listSheets()).rejects.toThrow('Excel の中で開かれていない');
  });
});

describe('cell-edit mode', () => {
  it('retries with backoff while the user edits a cell, then goes on', async () => {
    const fake = userWorkbook();
    const { port, sleeps } = makePort(fake);
    fake.enterCellEditMode(2);
    const sheets = await port.listSheets();
    expect(sheets.map((s) => s.name)).toEqual(['勤怠', '休暇']);
    expect(sleeps).toEqual([300, 600]);
  });

  it('asks the user to finish editing the cell after the last attempt', async () => {
    const fake = userWorkbook();
    const { port, sleeps } = makePort(fake);
    fake.enterCellEditMode(100);
    const err = await port.readSheet('勤怠').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeHostError);
    expect((err as OfficeHostError).code).toBe('CellEditMode');
    expect((err as Error).message).toContain('編集を終えてから');
    expect(sleeps).toEqual([300, 600, 1200, 2400]);
  });

  it('gives up a write in cell-edit mode with the workbook unchanged', async () => {
    const fake = userWorkbook();
    const before = fake.snapshot();
    const { port } = makePort(fake);
    fake.enterCellEditMode(100);
    const err = await port.writeSheets([summaryLayout()]).catch((e: unknown) => e);
    expect((err as OfficeHostError).code).toBe('CellEditMode');
    expect((err as Error).message).toContain('ブックは何も変更していません');
    expect(fake.snapshot()).toEqual(before);
  });
});
