/**
 * The simulated Excel must be at least as strict as Excel where the host's safety depends on it; otherwise the
 * host tests could pass against a fake that forgives what Excel refuses.
 */
import type { ExcelApi } from '../../../src/host/officejs';
import { FakeExcel } from '../../support/fake-excel';

describe('FakeExcel', () => {
  it('throws PropertyNotLoaded for a property read before load() and sync()', async () => {
    const fake = new FakeExcel(['A']);
    await (fake as ExcelApi).run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['']]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('runs an unguarded "=…" as a formula and keeps a quote-prefixed one as text, like Excel', async () => {
    const fake = new FakeExcel(['A']);
    await (fake as ExcelApi).run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('A1:D1').values = [['=1+1', "'=1+1", '2025-04', '-x']];
      await context.sync();
    });
    expect(fake.cell('A', 'A1')?.formula).toBe('=1+1');
    expect(fake.cell('A', 'B1')).toMatchObject({ value: '=1+1', quotePrefix: true });
    expect(fake.cell('A', 'B1')?.formula).toBeUndefined();
    expect(fake.cell('A', 'C1')?.value).toBe(45748); // 2025-04-01
    expect(fake.cell('A', 'D1')?.formula).toBe('=-x');
  });

  it('refuses a request over 5 MB and counts it', async () => {
    const fake = new FakeExcel(['A']);
    const run = (fake as ExcelApi).run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('A1').values = [['z'.repeat(5_000_001)]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.syncLog[0].error).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.cell('A', 'A1')).toBeUndefined();
  });

  it('refuses a range read over 5,000,000 cells', async () => {
    const fake = new FakeExcel(['A']);
    const run = (fake as ExcelApi).run(async (context) => {
      context.workbook.worksheets.getItem('A').getRangeByIndexes(0, 0, 5_001, 1_000).load('values');
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  it('moves defined names with a renamed sheet and breaks them when it is deleted', async () => {
    const fake = new FakeExcel(['A', 'B']);
    await (fake as ExcelApi).run(async (context) => {
      context.workbook.names.add('M', "='B'!$A$1");
      context.workbook.worksheets.getItem('B').name = 'B 2';
      await context.sync();
      expect(fake.names.get('M')).toBe("='B 2'!$A$1");
      context.workbook.worksheets.getItem('B 2').delete();
      await context.sync();
    });
    expect(fake.names.get('M')).toBe('=#REF!$A$1');
  });

  it('fails an injected sync without running any of its commands', async () => {
    const fake = new FakeExcel(['A']);
    fake.failOnSync(1);
    const run = (fake as ExcelApi).run(async (context) => {
      context.workbook.worksheets.add('B');
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.sheets.map((s) => s.name)).toEqual(['A']);
  });
});
