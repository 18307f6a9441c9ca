/**
 * The CLI's read: sheet by sheet (readAndIngest, WorkbookIngest with readAsAdded) must give exactly what the whole
 * read gives (readWorkbook + ingestGrids), issues in the same order, whatever the order of the sheets — a roster
 * after an attendance sheet makes it read the workbook again whole. Once a sheet is ingested nothing keeps its grid, so
 * the CLI's full collection (src/cli/reclaim-memory.ts) can free it before the next sheet and the rules.
 */
import type { SheetGrid } from '../../src/ingest/types';
import type { ReadSheetOptions, WorkbookPort } from '../../src/host/port';
import { XlsxWorkbookPort } from '../../src/host/xlsx/memory-port';
import { WorkbookIngest } from '../../src/ingest';
import { ingestGrids, readAndIngest, readWorkbook } from '../../src/pipeline';
import { defaultParams } from '../../src/rules/params';
import { buildWorkbook, dateCell, timeCell } from '../../scripts/workbook-builders';
import { reclaimMemory } from '../../src/cli/reclaim-memory';

const ROSTER = {
  name: '社員名簿',
  rows: [
    ['社員番号', '氏名', '雇用形態', '入社日'],
    ['E001', '山田 太郎', '正社員', dateCell('2020-04-01')],
  ],
};

/**
 * E001 works 9:00–19:00 with a 60-minute break on 2025-04-01: 10 h − 1 h = 9 h, 1 h over the 8-hour day. E999 is
 * not on the roster. Row 4's start `9;00` is not a time (an issue while parsing the cells); row 5 is
 * 9:00–10:00 with a 120-minute break: the break is longer than the hours (an issue while reading the rows).
 */
const DAILY = {
  name: '勤怠',
  rows: [
    ['社員番号', '日付', '出勤', '退勤', '休憩（分）'],
    ['E001', dateCell('2025-04-01'), timeCell('9:00'), timeCell('19:00'), 60],
    ['E999', dateCell('2025-04-01'), timeCell('9:00'), timeCell('18:00'), 60],
    ['E001', dateCell('2025-04-02'), '9;00', timeCell('18:00'), 60],
    ['E001', dateCell('2025-04-03'), timeCell('9:00'), timeCell('10:00'), 120],
  ],
};

const options = { profile: 'all', params: defaultParams('2026-03-31') };

/** The port, counting the sheets it is asked for. */
function countingPort(sheets: { name: string; rows: unknown[][] }[]): { port: WorkbookPort; asked: string[] } {
  const port = XlsxWorkbookPort.fromWorkbook(buildWorkbook(sheets as Parameters<typeof buildWorkbook>[0]));
  const asked: string[] = [];
  const readSheet = port.readSheet.bind(port);
  port.readSheet = (name: string, o?: ReadSheetOptions): Promise<SheetGrid> => {
    asked.push(name);
    return readSheet(name, o);
  };
  return { port, asked };
}

async function wholeRead(sheets: { name: string; rows: unknown[][] }[]) {
  const { port } = countingPort(sheets);
  const { grids, date1904 } = await readWorkbook(port);
  return ingestGrids(grids, { date1904 });
}

test('roster first: each sheet is asked for once and ingested as it comes, with the whole read’s result', async () => {
  const { port, asked } = countingPort([ROSTER, DAILY]);
  const { ingest } = await readAndIngest(port, options);
  expect(asked).toEqual(['社員名簿', '勤怠']);
  expect(ingest).toEqual(await wholeRead([ROSTER, DAILY]));
  expect(ingest.dataset.monthlyHours).toEqual([
    expect.objectContaining({ employeeId: 'E001', month: '2025-04', overtime: 1 }),
    expect.objectContaining({ employeeId: 'E999', month: '2025-04', overtime: 0 }),
  ]);
  // Parsing issues (row 4) before the rows' own (row 5), then the roster check (row 3).
  expect(ingest.issues[1].message).toContain('休憩');
  expect(ingest.issues.map((i) => [i.sheet, i.cell])).toEqual([
    ['勤怠', 'C4'],
    ['勤怠', 'E5'],
    ['勤怠', 'A3'],
  ]);
  expect(ingest.issues[2].message).toContain('社員名簿にありません');
});

test('a roster after the attendance sheet: the workbook is read again whole, the result the same', async () => {
  const { port, asked } = countingPort([DAILY, ROSTER]);
  const { ingest } = await readAndIngest(port, options);
  expect(asked).toEqual(['勤怠', '社員名簿', '勤怠', '社員名簿']);
  expect(ingest).toEqual(await wholeRead([DAILY, ROSTER]));
  expect(ingest.issues.map((i) => [i.sheet, i.cell])).toEqual([
    ['勤怠', 'C4'],
    ['勤怠', 'E5'],
    ['勤怠', 'A3'],
  ]);
});

test('WorkbookIngest read as added says when a roster comes too late', async () => {
  const { port } = countingPort([DAILY, ROSTER]);
  const { grids } = await readWorkbook(port);
  const ingest = new WorkbookIngest(
    grids.map((g) => g.name),
    {},
    { readAsAdded: true },
  );
  ingest.add(grids[0]);
  expect(ingest.outOfOrder).toBe(false);
  ingest.add(grids[1]);
  expect(ingest.outOfOrder).toBe(true);
});

test('afterSheet is told each sheet’s rows once it is ingested, when nothing holds the sheet’s grid any more', async () => {
  const { port } = countingPort([ROSTER, DAILY]);
  let grid: WeakRef<SheetGrid> | null = null;
  const readSheet = port.readSheet.bind(port);
  port.readSheet = async (name: string, o?: ReadSheetOptions): Promise<SheetGrid> => {
    const read = await readSheet(name, o);
    grid = new WeakRef(read);
    // A WeakRef keeps its target through the task that made it: the pipeline goes on in a later one.
    await new Promise((resolve) => setImmediate(resolve));
    return read;
  };
  const told: { rows: number; gridFreed: boolean }[] = [];
  const afterSheet = (rows: number) => {
    reclaimMemory(Number.MAX_SAFE_INTEGER);
    told.push({ rows, gridFreed: grid?.deref() === undefined });
  };
  const { ingest } = await readAndIngest(port, { ...options, afterSheet });
  // The header row and the data rows: 2 on the roster, 5 on the attendance sheet.
  expect(told).toEqual([
    { rows: 2, gridFreed: true },
    { rows: 5, gridFreed: true },
  ]);
  expect(ingest).toEqual(await wholeRead([ROSTER, DAILY]));
});
