/**
 * Reading only the columns in use in Excel (issue 9): a 194-column export with six recognised columns costs six
 * columns of payload past its first rows, in column runs of one sync per block.
 */
import { columnRuns } from '../../../src/host/officejs/read';
import { columnsInUse, sheetsToReread } from '../../../src/ingest';
import { readWorkbook } from '../../../src/pipeline';
import { FakeExcel } from '../../support/fake-excel';
import { makePort } from './fixtures';

const WIDTH = 194;
const DATA_ROWS = 2_000;
/** Recognised headers and their 1-based columns: A–C, AD–AE (30–31) and CV (100); every other header is `X<n>`. */
const RECOGNISED: Record<number, string> = { 1: '社員番号', 2: '氏名', 3: '日付', 30: '出勤', 31: '退勤', 100: '休憩' };

/** A jinjer-like daily export: 194 columns, every one filled (`-` where nothing is recognised). */
function wideExport(): FakeExcel {
  const fake = new FakeExcel(['勤怠']);
  const header = Array.from({ length: WIDTH }, (_, c) => RECOGNISED[c + 1] ?? `X${c + 1}`);
  const values: (string | number)[][] = [header];
  const formats: string[][] = [Array(WIDTH).fill('General')];
  for (let i = 1; i <= DATA_ROWS; i++) {
    const row: (string | number)[] = Array(WIDTH).fill('-');
    const fmt: string[] = Array(WIDTH).fill('General');
    const id = String(i % 100).padStart(4, '0');
    row[0] = `E${id}`;
    row[1] = `N${id}`;
    row[2] = 46113 + (i % 30);
    fmt[2] = 'yyyy/m/d';
    [row[29], row[30], row[99]] = [0.375, 0.75, 0.0625];
    fmt[29] = fmt[30] = fmt[99] = 'h:mm';
    values.push(row);
    formats.push(fmt);
  }
  fake.setCells('勤怠', 'A1', values, formats);
  return fake;
}

test("columns in use: the recognised ones and the table's first column, grouped in runs", () => {
  const head = {
    name: '勤怠',
    firstRow: 1,
    firstCol: 1,
    values: [Array.from({ length: WIDTH }, (_, c) => RECOGNISED[c + 1] ?? `X${c + 1}`)],
    numberFormats: [Array(WIDTH).fill('General')],
  };
  expect(columnsInUse(head)).toEqual([1, 2, 3, 30, 31, 100]);
  // Mapping X50 by letter (column AX = 50) to overtime adds it.
  expect(columnsInUse(head, { columns: { AX: 'overtime' } })).toEqual([1, 2, 3, 30, 31, 50, 100]);
  expect(columnsInUse({ ...head, values: [Array(WIDTH).fill('X')] })).toBeNull();
  expect(columnRuns([1, 2, 3, 30, 31, 100])).toEqual([
    { start: 0, count: 3 },
    { start: 29, count: 2 },
    { start: 99, count: 1 },
  ]);
});

test('a 194-column sheet costs the six columns in use past its first 30 rows', async () => {
  const fake = wideExport();
  const { port } = makePort(fake);
  fake.resetCounters();
  const { grids } = await readWorkbook(port, { onlyColumnsInUse: true });
  const grid = grids[0];
  // 2 syncs to list sheets; 1 used range; 1 head block (30 rows × 194 columns); 2,001 − 30 = 1,971 rows left,
  // ≤ 5,000 → 1 block of three ranges (A:C, AD:AE, CV); then 1 for the 1904 flag.
  expect(fake.syncCount).toBe(2 + 3 + 1);
  const reads = fake.syncLog.slice(2, 5);
  expect(reads[2].loads).toEqual(Array(3).fill({ kind: 'Range', props: ['values', 'numberFormat'] }));
  // One data row of the response, by hand: values ["E0001","N0001",46114] 23 bytes, [0.375,0.75] 12,
  // [0.0625] 8; formats ["General","General","yyyy/m/d"] 32, ["h:mm","h:mm"] 15, ["h:mm"] 8 → 98, plus one comma
  // per row in each of the six arrays → 104 bytes. 1,971 rows → 204,984 bytes, and 200 for the envelope.
  expect(reads[2].responseBytes).toBeLessThanOrEqual(1_971 * 104 + 200);
  // Read whole, each row would carry 188 more cells of `"-",` (4 bytes) and `"General",` (10): 2,632 bytes more.
  expect(reads[2].responseBytes).toBeLessThan((1_971 * (104 + 188 * 14)) / 20);

  expect(grid.columnsRead).toEqual([1, 2, 3, 30, 31, 100]);
  expect(grid.values).toHaveLength(2_001);
  expect(grid.values[5][10]).toBe('-'); // a head row is whole
  const last = grid.values[2_000];
  expect(last).toHaveLength(WIDTH);
  // Row 2,001 is data row 2,000: id 0000 (2,000 mod 100), date 46113 + 20 (2,000 mod 30).
  expect([last[0], last[1], last[2], last[29], last[30], last[99]]).toEqual([
    'E0000',
    'N0000',
    46133,
    0.375,
    0.75,
    0.0625,
  ]);
  expect(last[10]).toBeNull(); // not read
  expect(grid.numberFormats[2_000][99]).toBe('h:mm');
});

test('a mapping that places a column not read asks for the sheet again; one within the columns read does not', async () => {
  const { port } = makePort(wideExport());
  const { grids } = await readWorkbook(port, { onlyColumnsInUse: true });
  expect(sheetsToReread(grids, { 勤怠: { columns: { AX: 'overtime' } } })).toEqual(['勤怠']);
  expect(sheetsToReread(grids, { 勤怠: { columns: { C: 'date' } } })).toEqual([]);
  expect(sheetsToReread(grids, {})).toEqual([]);
  // Read again with that mapping, column AX (50) comes along.
  const again = await readWorkbook(port, {
    onlyColumnsInUse: true,
    mapping: { 勤怠: { columns: { AX: 'overtime' } } },
  });
  expect(again.grids[0].columnsRead).toEqual([1, 2, 3, 30, 31, 50, 100]);
  expect(again.grids[0].values[2_000][49]).toBe('-');
});

test('without the option every column is read, as before', async () => {
  const { port } = makePort(wideExport());
  const { grids } = await readWorkbook(port);
  expect(grids[0].columnsRead).toBeUndefined();
  expect(grids[0].values[2_000][10]).toBe('-');
});
