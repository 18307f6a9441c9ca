/**
 * The Excel host figures, against the simulated workbook of test/support/fake-excel.ts (which counts syncs and
 * measures each request and response as Excel on the web would): reading the N × 365-row daily sheet, and
 * writing the report. Compiled by bench/tsconfig.json (the Node build leaves the office-js host out);
 * forked by bench/run.ts as `node dist-node/bench/officejs/host-bench.js officejs '{"employees":1000,…}'`, and as
 * `… host-bench.js officejs-wide` for the 194-column × 20,000-row export read whole and with only its columns in use.
 *
 * Times here are the host code's own JavaScript plus the simulation, not Excel's: the figures that matter are
 * the sync count, the largest payload and what each sync loads.
 */
import { buildGrids, dailySheetNames } from '../generate';
import { FakeExcel, type SyncRecord } from '../../test/support/fake-excel';
import { OfficeWorkbookPort } from '../../src/host/officejs';
import { START_BLOCK_ROWS } from '../../src/host/officejs/read';
import { columnsInUse } from '../../src/ingest';
import { ingestWorkbook } from '../../src/ingest';
import { evaluate } from '../../src/rules';
import { defaultParams } from '../../src/rules/params';
import { createReportMeta, writeReport } from '../../src/pipeline';
import type { SheetGrid } from '../../src/ingest/types';

interface Args {
  employees: number;
  runs: number;
  asOf: string;
}

/** What the syncs of one operation cost: count, largest request or response, and anything loaded beyond values/numberFormat. */
export interface SyncSummary {
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  extraRangeLoads: string[];
}

/**
 * Sums up a sync log. Example: two syncs of 10/300 and 20/100 bytes → `{ syncs: 2, largestRequestBytes: 20, largestResponseBytes: 300 }`.
 */
export function summariseSyncs(log: SyncRecord[]): SyncSummary {
  const extra = new Set<string>();
  for (const record of log) {
    for (const load of record.loads) {
      if (!/range/i.test(load.kind)) continue;
      for (const prop of load.props) {
        if (!['values', 'numberFormat', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'].includes(prop))
          extra.add(prop);
      }
    }
  }
  return {
    syncs: log.length,
    largestRequestBytes: Math.max(0, ...log.map((r) => r.requestBytes)),
    largestResponseBytes: Math.max(0, ...log.map((r) => r.responseBytes)),
    extraRangeLoads: [...extra],
  };
}

/** A simulated workbook holding the generated sheets, cell by cell, as the user's workbook would. */
function loadWorkbook(grids: SheetGrid[]): FakeExcel {
  const excel = new FakeExcel(grids.map((g) => g.name));
  for (const grid of grids) {
    excel.setCells(grid.name, 'A1', grid.values as (string | number | boolean | null)[][], grid.numberFormats);
  }
  return excel;
}

async function timed<T>(body: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await body();
  return { ms: performance.now() - started, value };
}

/** The wide export of the issue: 194 columns (a jinjer 汎用データ-like daily export), six of them recognised. */
export const WIDE = {
  columns: 194,
  rows: 20_000,
  recognised: { 1: '社員番号', 2: '氏名', 3: '日付', 30: '出勤', 31: '退勤', 100: '休憩' } as Record<number, string>,
};

/** A simulated workbook holding only the wide sheet, every cell filled (`-` where nothing is recognised). */
function wideWorkbook(): FakeExcel {
  const excel = new FakeExcel(['勤怠_wide']);
  const values: (string | number)[][] = [
    Array.from({ length: WIDE.columns }, (_, c) => WIDE.recognised[c + 1] ?? `項目${c + 1}`),
  ];
  const formats: string[][] = [Array(WIDE.columns).fill('General')];
  for (let i = 1; i <= WIDE.rows; i++) {
    const row: (string | number)[] = Array(WIDE.columns).fill('-');
    const fmt: string[] = Array(WIDE.columns).fill('General');
    [row[0], row[1], row[2], row[29], row[30], row[99]] = [
      `E${i % 1000}`,
      `社員${i % 1000}`,
      45748 + (i % 365),
      0.375,
      0.75,
      0.0625,
    ];
    fmt[2] = 'yyyy/m/d';
    fmt[29] = fmt[30] = fmt[99] = 'h:mm';
    values.push(row);
    formats.push(fmt);
  }
  excel.setCells('勤怠_wide', 'A1', values, formats);
  return excel;
}

/**
 * Reads the wide sheet whole and with only the columns in use: syncs, total and largest response bytes of each.
 * Example: `await measureWideRead()` → `{ whole: { syncs: …, responseBytes: … }, inUse: { … }, columns: [1, 2, 3, 30, 31, 100] }`.
 */
export async function measureWideRead(): Promise<Record<string, unknown>> {
  const excel = wideWorkbook();
  const port = new OfficeWorkbookPort(excel, { sleep: async () => undefined });
  const measure = async (columnsFor?: (head: SheetGrid) => number[] | null) => {
    excel.resetCounters();
    const started = performance.now();
    const grid = await port.readSheet('勤怠_wide', { columnsFor });
    const ms = performance.now() - started;
    // A block refused for its size (over 5 MB) is counted as a sync, but its bytes never reached the add-in.
    const log = excel.syncLog.filter((r) => !r.error);
    return {
      ms,
      rows: grid.values.length,
      columnsRead: grid.columnsRead ?? null,
      syncs: excel.syncLog.length,
      refused: excel.syncLog.length - log.length,
      responseBytes: log.reduce((sum, r) => sum + r.responseBytes, 0),
      largestResponseBytes: Math.max(...log.map((r) => r.responseBytes)),
    };
  };
  const whole = await measure();
  const inUse = await measure((head) => columnsInUse(head));
  return { whole, inUse };
}

/** Reads the daily sheet `runs` times and writes the report `runs` times (the first write creates, later ones replace). */
export async function measureOfficeJs(args: Args): Promise<Record<string, unknown>> {
  const grids = buildGrids(args.employees);
  const excel = loadWorkbook(grids);
  const port = new OfficeWorkbookPort(excel, { sleep: async () => undefined });
  const dailyNames = dailySheetNames(args.employees);
  const dailyRows = grids.filter((g) => dailyNames.includes(g.name)).map((g) => g.values.length);
  const readTimes: number[] = [];
  let read: SyncSummary | null = null;
  for (let run = 0; run < args.runs; run++) {
    excel.resetCounters();
    const { ms, value } = await timed(async () => {
      const out: SheetGrid[] = [];
      for (const name of dailyNames) out.push(await port.readSheet(name));
      return out;
    });
    const got = value.map((g) => g.values.length);
    if (got.join() !== dailyRows.join())
      throw new Error(`readSheet returned ${got} rows, the sheets have ${dailyRows}`);
    readTimes.push(ms);
    read = summariseSyncs(excel.syncLog);
  }
  const ingest = ingestWorkbook(grids);
  const report = evaluate(ingest.dataset, 'all', defaultParams(args.asOf), ingest.issues);
  const meta = createReportMeta('all', new Date('2026-04-01T09:00:00Z'));
  const writeTimes: number[] = [];
  const writes: SyncSummary[] = [];
  for (let run = 0; run < args.runs; run++) {
    excel.resetCounters();
    const { ms } = await timed(() => writeReport(port, report, ingest.dataset, meta));
    writeTimes.push(ms);
    writes.push(summariseSyncs(excel.syncLog));
  }
  const bound = dailyRows.reduce((sum, rows) => sum + Math.ceil(rows / START_BLOCK_ROWS), 0);
  const largest = (s: SyncSummary) => Math.max(s.largestRequestBytes, s.largestResponseBytes);
  const r = read as SyncSummary;
  const w = writes[writes.length - 1];
  return {
    read: {
      timesMs: readTimes,
      syncs: r.syncs,
      largestPayloadBytes: largest(r),
      note:
        `${dailyRows.map((rows) => `⌈${rows} rows ÷ ${START_BLOCK_ROWS}⌉`).join(' + ')} = ${bound} blocks + ${r.syncs - bound}; ` +
        `largest response ${(r.largestResponseBytes / 1024 ** 2).toFixed(2)} MiB; ` +
        (r.extraRangeLoads.length ? `ALSO LOADS ${r.extraRangeLoads.join(',')}` : 'loads values,numberFormat only'),
    },
    write: {
      timesMs: writeTimes,
      syncs: w.syncs,
      largestPayloadBytes: Math.max(...writes.map(largest)),
      note: `syncs per run ${writes.map((s) => s.syncs).join('/')} (first creates, then replaces); ${report.findings.length} findings`,
    },
  };
}

if (require.main === module) {
  const send = (message: unknown) =>
    new Promise<void>((resolve) =>
      process.send ? process.send(message, () => resolve()) : (console.log(JSON.stringify(message)), resolve()),
    );
  const task =
    process.argv[2] === 'officejs-wide'
      ? measureWideRead()
      : measureOfficeJs(JSON.parse(process.argv[3] ?? '{}') as Args);
  task
    .then((result) => send({ ok: true, maxRssBytes: process.resourceUsage().maxRSS * 1024, ...result }))
    .catch((error) =>
      send({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    )
    .then(() => process.exit(0));
}
