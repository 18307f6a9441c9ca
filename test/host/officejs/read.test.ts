/**
 * Reading through OfficeWorkbookPort: row blocks, only values + number formats, shrinking on Excel's 5 MB limit.
 */
import { OfficeHostError } from '../../../src/host/officejs/errors';
import { FakeExcel, PAYLOAD_LIMIT } from '../../support/fake-excel';
import { makePort, userWorkbook } from './fixtures';

/** A 勤怠 sheet of `rows` data rows under a header: id, date serial (yyyy/m/d), start and end (h:mm). */
function attendance(rows: number, topLeft = 'A1'): FakeExcel {
  const fake = new FakeExcel(['勤怠']);
  const values: (string | number)[][] = [['社員番号', '日付', '出勤', '退勤', '備考']];
  const formats: string[][] = [['General', 'General', 'General', 'General', 'General']];
  for (let i = 1; i <= rows; i++) {
    values.push([`E${String(i % 500).padStart(4, '0')}`, 46113 + (i % 30), 0.375, 0.75, i === 7777 ? '#N/A' : '']);
    formats.push(['General', 'yyyy/m/d', 'h:mm', 'h:mm', 'General']);
  }
  fake.setCells('勤怠', topLeft, values, formats);
  return fake;
}

describe('OfficeWorkbookPort.readSheet', () => {
  it('reads 12,000 rows in ⌈12,001 ÷ 5,000⌉ = 3 blocks plus 1 used-range sync, loading only values and numberFormat', async () => {
    const fake = attendance(12_000);
    const { port } = makePort(fake);
    const progress: number[] = [];
    const grid = await port.readSheet('勤怠', { onProgress: (p) => progress.push(p.rowsRead) });

    // Header + 12,000 rows = 12,001 rows → blocks of 5,000, 5,000 and 2,001.
    expect(fake.syncCount).toBe(1 + Math.ceil(12_001 / 5_000));
    expect(progress).toEqual([5_000, 10_000, 12_001]);
    const blockLoads = fake.syncLog.slice(1).flatMap((s) => s.loads);
    expect(blockLoads).toEqual([
      { kind: 'Range', props: ['values', 'numberFormat'] },
      { kind: 'Range', props: ['values', 'numberFormat'] },
      { kind: 'Range', props: ['values', 'numberFormat'] },
    ]);

    expect(grid.firstRow).toBe(1);
    expect(grid.firstCol).toBe(1);
    expect(grid.values).toHaveLength(12_001);
    expect(grid.values[0]).toEqual(['社員番号', '日付', '出勤', '退勤', '備考']);
    // Row 12,001 holds employee 12,000: id E0000 (12,000 mod 500), date 46113 + 0 (12,000 mod 30).
    expect(grid.values[12_000]).toEqual(['E0000', 46113, 0.375, 0.75, null]);
    expect(grid.numberFormats[12_000]).toEqual(['General', 'yyyy/m/d', 'h:mm', 'h:mm', 'General']);
    // Employee 7,777 has #N/A in 備考: an error value, not text.
    expect(grid.values[7_777][4]).toEqual({ error: '#N/A' });
  });

  it('starts the grid at the used range, not at A1', async () => {
    const fake = attendance(3, 'C4');
    const { port } = makePort(fake);
    const grid = await port.readSheet('勤怠');
    expect(grid.firstRow).toBe(4);
    expect(grid.firstCol).toBe(3);
    expect(grid.values[1]).toEqual(['E0001', 46114, 0.375, 0.75, null]);
  });

  it('reads only the first rows when maxRows is given (the detection step)', async () => {
    const fake = attendance(12_000);
    const { port } = makePort(fake);
    const grid = await port.readSheet('勤怠', { maxRows: 30 });
    expect(grid.values).toHaveLength(30);
    expect(fake.syncCount).toBe(2);
  });

  it('returns an empty grid for an empty sheet', async () => {
    const fake = new FakeExcel(['空']);
    const { port } = makePort(fake);
    expect(await port.readSheet('空')).toEqual({ name: '空', firstRow: 1, firstCol: 1, values: [], numberFormats: [] });
  });

  it('halves the block when a response would exceed 5 MB, and never sends or receives more than 5 MB', async () => {
    // 3,000 rows × 60 columns of 30-character text: a 3,000-row block answers 3,000 × 60 × 33 B ≈ 5.9 MB of values
    // alone (each value "…", in JSON) → refused; 1,500 rows ≈ 2.97 MB + 0.9 MB of formats → accepted.
    const fake = new FakeExcel(['明細']);
    const text = 'x'.repeat(30);
    fake.setCells(
      '明細',
      'A1',
      Array.from({ length: 3_000 }, (_, r) =>
        Array.from({ length: 60 }, (_, c) => (c === 0 ? `r${r}`.padEnd(30, '.') : text)),
      ),
    );
    const { port } = makePort(fake);
    const progress: number[] = [];
    const grid = await port.readSheet('明細', { onProgress: (p) => progress.push(p.rowsRead) });

    expect(grid.values).toHaveLength(3_000);
    expect(grid.values[2_999][0]).toBe('r2999'.padEnd(30, '.'));
    expect(grid.values[1_500][59]).toBe(text);
    expect(fake.syncLog.map((s) => s.error ?? 'ok')).toEqual(['ok', 'ResponsePayloadSizeLimitExceeded', 'ok', 'ok']);
    expect(progress).toEqual([1_500, 3_000]);
    for (const s of fake.syncLog.filter((x) => !x.error)) {
      expect(s.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
      expect(s.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    }
  });

  it('gives up with a Japanese message when a single row is over 5 MB', async () => {
    const fake = new FakeExcel(['巨大']);
    fake.setCells('巨大', 'A1', [['見出し'], ['y'.repeat(5_100_000)]]);
    const { port } = makePort(fake);
    const err = await port.readSheet('巨大').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeHostError);
    expect((err as OfficeHostError).message).toContain('シート「巨大」の 2 行目');
  });

  it('turns a missing sheet into a Japanese read error', async () => {
    const { port } = makePort(userWorkbook());
    await expect(port.readSheet('存在しない')).rejects.toThrow('シート「存在しない」を読み込めませんでした');
  });
});
