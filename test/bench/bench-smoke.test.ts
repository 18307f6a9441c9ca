/**
 * Smoke test of the benchmark's own parts (no timing assertions): the generator writes the rows it plans, the
 * file and the in-memory grids hold the same cells, and the table printer formats a made-up result set.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import {
  BENCH_SHEETS,
  buildGrids,
  createRandom,
  dailySheetNames,
  ensureWorkbook,
  planWorkbook,
} from '../../bench/generate';
import { readEveryCell } from '../../bench/child';
import {
  type FigureResult,
  displayWidth,
  formatBytes,
  formatDuration,
  formatTable,
  median,
  tableRow,
} from '../../bench/report';
import { parseOptions } from '../../bench/run';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell as the streaming reader returns it, back to what Excel stores (exceljs turns dated numbers into Dates). */
function toStored(value: unknown): unknown {
  return value instanceof Date ? (value.getTime() - EXCEL_EPOCH) / 86_400_000 : (value ?? null);
}

async function readSheetRows(file: string, sheet: string): Promise<unknown[][]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
  });
  const rows: unknown[][] = [];
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as { name: string }).name;
    for await (const row of worksheet) {
      if (name === sheet) rows.push((row.values as unknown[]).slice(1).map(toStored));
    }
  }
  return rows;
}

describe('generator', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-bench-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is deterministic: the same seed gives the same sequence, another seed another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('plans 365 daily rows per employee (2025-04-01 … 2026-03-31) and one roster row each', () => {
    const plan = planWorkbook(3);
    expect(plan.dailyRows).toBe(3 * 365);
    expect(plan.rosterRows).toBe(3);
    // One 付与 row per employee plus the days taken, so at least one leave row each.
    expect(plan.leaveRows).toBeGreaterThanOrEqual(3);
  });

  it('splits the daily rows over several sheets only past the 1,048,576 rows of an Excel sheet', () => {
    // 2,872 × 365 = 1,048,280 data rows fit under one header; 2,873 × 365 = 1,048,645 do not.
    expect(dailySheetNames(2872)).toEqual([BENCH_SHEETS.daily]);
    expect(dailySheetNames(2873)).toEqual([`${BENCH_SHEETS.daily}_1`, `${BENCH_SHEETS.daily}_2`]);
  });

  it('writes a workbook with the planned rows (plus one header row per sheet), then reuses it', async () => {
    const first = await ensureWorkbook(dir, 3);
    expect(first.generated).toBe(true);
    const { rows } = await readEveryCell(first.file);
    const plan = planWorkbook(3);
    expect(rows).toBe(4 + plan.rosterRows + plan.dailyRows + plan.leaveRows + plan.familyRows);
    const again = await ensureWorkbook(dir, 3);
    expect(again.generated).toBe(false);
    expect(again.bytes).toBe(first.bytes);
  });

  it('stores dates as serials and times as day fractions: the file and the in-memory grids hold the same cells', async () => {
    const { file } = await ensureWorkbook(dir, 3);
    const fromFile = await readSheetRows(file, BENCH_SHEETS.daily);
    const grid = buildGrids(3).find((g) => g.name === BENCH_SHEETS.daily);
    expect(grid?.values.length).toBe(1 + 3 * 365);
    expect(fromFile[0]).toEqual(['社員番号', '氏名', '日付', '勤務区分', '出勤', '退勤', '休憩', '実働']);
    // 2025-04-01 is serial 45748 (45658 = 2025-01-01, + 31 + 28 + 31 days); it is a Tuesday, a working day.
    expect([fromFile[1][0], ...fromFile[1].slice(2, 4)]).toEqual(['E00001', 45748, '出勤']);
    // Day 6 (2025-04-06) is a Sunday: 法定休日 for employee 1, who is not in the heavy-overtime group.
    expect([fromFile[6][0], ...fromFile[6].slice(2, 4)]).toEqual(['E00001', 45753, '法定休日']);
    expect(grid?.numberFormats[1]).toEqual([
      'General',
      'General',
      'yyyy/m/d',
      'General',
      'h:mm',
      'h:mm',
      'h:mm',
      '[h]:mm',
    ]);
    // A worked day: 実働 = 退勤 − 出勤 − 休憩, all day fractions.
    const worked = fromFile.find(
      (row, i) => i > 0 && typeof row[4] === 'number' && (row[5] as number) > (row[4] as number),
    ) as number[];
    expect(worked[7]).toBeCloseTo(worked[5] - worked[4] - worked[6], 9);
    for (let r = 0; r < fromFile.length; r++) {
      const expected = grid?.values[r] ?? [];
      expected.forEach((cell, c) => {
        if (typeof cell === 'number') expect(fromFile[r][c]).toBeCloseTo(cell, 9);
        else expect(fromFile[r][c] ?? null).toBe(cell);
      });
    }
  });
});

describe('table printer', () => {
  const fake: FigureResult[] = [
    {
      figure: 'read-floor',
      employees: 1000,
      rows: 365_000,
      timesMs: [12_000, 10_000, 11_000],
      peakRssBytes: 150 * 1024 ** 2,
    },
    { figure: 'cli', employees: 1000, rows: 365_000, timesMs: [16_000, 16_500, 17_000], peakRssBytes: 1.5 * 1024 ** 3 },
    { figure: 'what-if', employees: 1000, rows: 12_000, timesMs: [40, 48] },
    {
      figure: 'officejs-read',
      employees: 1000,
      rows: 365_000,
      timesMs: [900],
      syncs: 39,
      largestPayloadBytes: 4.5 * 1024 ** 2,
    },
    { figure: 'bundle', employees: null, rows: null, timesMs: [], bundleGzipBytes: 200 * 1024 },
    { figure: 'officejs-write', employees: 1000, rows: null, timesMs: [], error: 'not compiled' },
  ];

  it('shows median, spread, ratio to the read floor and rows per second', () => {
    // Floor median 11 s; CLI median 16.5 s → 1.50×; 365,000 rows / 16.5 s = 22,121 rows/s.
    expect(tableRow(fake[1], fake)).toEqual([
      'wlb-check --json (end to end)',
      '1,000',
      '16.5 s',
      '16.0 s–17.0 s',
      '1.50×',
      '—',
      '—',
      '22,121',
      '1.50 GiB',
      '—',
      '—',
      '—',
      '',
    ]);
    // What-if (no ratio: it never reads the file): median of 40 and 48 is 44 ms; 12,000 employee-months / 0.044 s = 272,727 per second.
    expect(tableRow(fake[2], fake).slice(2, 8)).toEqual(['44.0 ms', '40.0 ms–48.0 ms', '—', '—', '—', '272,727']);
  });

  it('shows syncs, payload and bundle size, and says why a figure did not run', () => {
    expect(tableRow(fake[3], fake).slice(9, 11)).toEqual(['39', '4.5 MiB']);
    expect(tableRow(fake[4], fake).slice(2, 3)).toEqual(['—']);
    expect(tableRow(fake[4], fake)[11]).toBe('200.0 KB');
    expect(tableRow(fake[5], fake)[12]).toBe('not run: not compiled');
  });

  it("shows the CPU median and its ratio to the floor's CPU", () => {
    const floor: FigureResult = {
      figure: 'read-floor',
      employees: 10,
      rows: 1,
      timesMs: [900],
      cpuMs: [800, 820, 790],
    };
    const cli: FigureResult = { figure: 'cli', employees: 10, rows: 1, timesMs: [2000], cpuMs: [1600, 2000, 1700] };
    // Floor CPU median 800 ms; CLI 1,700 ms → 1,700 / 800 = 2.125 → 2.13×.
    expect(tableRow(cli, [floor, cli]).slice(5, 7)).toEqual(['1.70 s', '2.13×']);
    expect(tableRow(floor, [floor, cli]).slice(5, 7)).toEqual(['800 ms', '—']);
  });

  it('prints one line per figure under a header and a rule, figures in table order', () => {
    const lines = formatTable(fake).split('\n');
    expect(lines).toHaveLength(2 + fake.length);
    expect(lines[0].startsWith('figure')).toBe(true);
    expect(lines[1]).toMatch(/^-+( +-+)+$/);
    expect(lines[2].startsWith('read floor')).toBe(true);
    expect(lines[lines.length - 1].startsWith('task pane first load')).toBe(true);
  });

  it('formats durations, sizes and CJK widths', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(1_234)).toBe('1.23 s');
    expect(formatDuration(8.25)).toBe('8.3 ms');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MiB');
    expect(formatBytes(2048)).toBe('2.0 KiB');
    expect(displayWidth('勤怠 ab')).toBe(7);
  });
});

describe('options', () => {
  it('reads --sizes and --runs, and rejects nonsense', () => {
    const options = parseOptions(['--sizes', '20', '--runs', '1', '--skip-build']);
    expect(options.sizes).toEqual([20]);
    expect(options.runs).toBe(1);
    expect(options.skipBuild).toBe(true);
    expect(parseOptions([]).sizes).toEqual([100, 1000, 5000]);
    expect(parseOptions([]).hostMax).toBe(1000);
    expect(() => parseOptions(['--runs', '0'])).toThrow('--runs');
    expect(() => parseOptions(['--sizes', '10,abc'])).toThrow('--sizes');
  });
});
