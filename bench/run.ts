/**
 * `npm run bench`: builds the workbooks it needs, measures each figure of the scale issue several times, prints
 * a table (median, min–max spread, ratio to the read floor, rows/s, peak memory, syncs, largest payload, bundle
 * size) and writes bench/out/results.json. Not a timed test: nothing here fails on a slow figure.
 *
 *   node dist-node/bench/run.js [--sizes 100,1000,5000] [--runs 3] [--out-runs 1] [--host-max 1000] [--skip-build]
 *                               [--only cli,what-if] [--out dir]
 *
 * The default (100, 1,000 and 5,000 employees × 365 days, 3 runs each) takes ≈ 25 min on 2 cores, most of it
 * exceljs' read and the Excel-host simulation. `npm run bench:smoke` runs `--sizes 20 --runs 1 --skip-build` (CI:
 * seconds, not minutes).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BENCH_AS_OF, ensureDailyCsv, ensureWorkbook, type WorkbookVariant } from './generate';
import { isBundleStale, measureBundle, runChild, type ChildOutcome } from './measure';
import {
  type BenchResults,
  type FigureId,
  type FigureResult,
  FIGURE_LABELS,
  formatBytes,
  formatDuration,
  formatTable,
} from './report';
import { formatTargets } from './targets';

const ROOT = path.resolve(__dirname, __dirname.includes('dist-node') ? '../..' : '..');
const CHILD = path.join(ROOT, 'dist-node', 'bench', 'child.js');
const OFFICEJS_CHILD = path.join(ROOT, 'dist-node', 'bench', 'officejs', 'host-bench.js');

export interface BenchOptions {
  sizes: number[];
  runs: number;
  skipBuild: boolean;
  only: Set<FigureId> | null;
  outDir: string;
  /** Runs of `wlb-check --out` (an in-memory copy of the workbook: minutes at 1,000 employees); default 1. */
  outRuns: number;
  /** Largest size the Excel host is simulated at (its fake workbook holds every cell as an object); default 1,000. */
  hostMax: number;
}

/**
 * Command-line options. Example: `parseOptions(['--sizes', '20', '--runs', '1']).sizes` → `[20]`.
 */
export function parseOptions(argv: string[]): BenchOptions {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const list = (text: string | undefined) =>
    text
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const sizes = (list(value('--sizes')) ?? ['100', '1000', '5000']).map(Number);
  const runs = Number(value('--runs') ?? 3);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes: whole numbers ≥ 1, got ${value('--sizes')}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: a whole number ≥ 1, got ${value('--runs')}`);
  const only = list(value('--only'));
  return {
    sizes,
    runs,
    skipBuild: argv.includes('--skip-build'),
    only: only ? new Set(only as FigureId[]) : null,
    outDir: path.resolve(value('--out') ?? path.join(ROOT, 'bench', 'out')),
    outRuns: Number(value('--out-runs') ?? 1),
    hostMax: Number(value('--host-max') ?? 1000),
  };
}

/** The line of a child's failure worth a table cell: the first `…Error: …` line, else the first line. */
function summariseError(error: unknown): string {
  const lines = String(error)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.find((l) => /^\w*Error\b/.test(l)) ?? lines[0] ?? 'unknown error';
}

function wants(options: BenchOptions, ...ids: FigureId[]): boolean {
  return !options.only || ids.some((id) => options.only?.has(id));
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Records one child outcome into a figure (time, peak memory) or its error. */
function record(figure: FigureResult, outcome: ChildOutcome): void {
  if (!outcome.message.ok) {
    figure.error = summariseError(outcome.message.error);
    log(`  ${figure.figure} failed: ${outcome.message.error}`);
    return;
  }
  figure.timesMs.push(outcome.wallMs);
  if (typeof outcome.message.cpuMs === 'number') (figure.cpuMs ??= []).push(outcome.message.cpuMs);
  const rss = outcome.message.maxRssBytes;
  if (typeof rss === 'number') figure.peakRssBytes = Math.max(figure.peakRssBytes ?? 0, rss);
}

/** The file of an .xlsx variant of the bench's workbook (generated unless cached). */
function xlsxVariant(shape: WorkbookVariant): (dir: string, n: number) => Promise<string> {
  return async (dir, n) => (await ensureWorkbook(dir, n, shape)).file;
}

/** The same data written other ways, each checked by `wlb-check --json`: the other ways text reaches the reader. */
const WORKBOOK_VARIANTS: { figure: FigureId; make: (dir: string, n: number) => Promise<string>; note: string }[] = [
  {
    figure: 'cli-free-text',
    make: xlsxVariant({ freeText: true }),
    note: 'the same data and a 残業理由 column of free text, one shared string per worked day, not in use',
  },
  {
    figure: 'cli-inline',
    make: xlsxVariant({ textCells: 'inline' }),
    note: 'the same data with every text in its cell (t="inlineStr"), as Apache POI\'s streaming writer writes it',
  },
  {
    figure: 'cli-str',
    make: xlsxVariant({ textCells: 'str' }),
    note: 'the same data with every text as t="str" in <v>, as SheetJS writes it by default',
  },
  {
    figure: 'cli-csv',
    make: ensureDailyCsv,
    note: "the daily rows alone as a time recorder's CSV, dates 2025/04/01 and times 9:05 as text (no other sheet)",
  },
];

/** The read floor, the readers and the CLI (both ways), alternated run by run so a busy moment on the machine hits all alike. */
async function measureFileFigures(
  options: BenchOptions,
  employees: number,
  files: { file: string; variants: Map<FigureId, string> },
  rows: number,
): Promise<FigureResult[]> {
  const { file, variants } = files;
  const reportDir = path.join(options.outDir, 'reports');
  fs.mkdirSync(reportDir, { recursive: true });
  const figures: { result: FigureResult; task: string; args: unknown }[] = [
    { result: { figure: 'read-floor', employees, rows, timesMs: [] }, task: 'read-floor', args: { file } },
    { result: { figure: 'read-reader', employees, rows, timesMs: [] }, task: 'read-reader', args: { file } },
    { result: { figure: 'read-exceljs', employees, rows, timesMs: [] }, task: 'read-exceljs', args: { file } },
    {
      result: { figure: 'cli', employees, rows, timesMs: [] },
      task: 'cli',
      args: { file, outDir: reportDir, asOf: BENCH_AS_OF, writeCopy: false },
    },
    {
      result: { figure: 'cli-out', employees, rows, timesMs: [] },
      task: 'cli',
      args: { file, outDir: reportDir, asOf: BENCH_AS_OF, writeCopy: true },
    },
    ...WORKBOOK_VARIANTS.map(({ figure, note }) => ({
      result: { figure, employees, rows, timesMs: [], note },
      task: 'cli',
      args: { file: variants.get(figure), outDir: reportDir, asOf: BENCH_AS_OF, writeCopy: false },
    })),
  ].filter((f) => wants(options, f.result.figure as FigureId)) as {
    result: FigureResult;
    task: string;
    args: unknown;
  }[];
  for (let run = 0; run < options.runs; run++) {
    for (const { result, task, args } of figures) {
      // A figure that failed once (out of memory, a crash) is not retried.
      if (result.error || (result.figure === 'cli-out' && run >= options.outRuns)) continue;
      record(result, await runChild(CHILD, task, args));
      log(
        `  ${FIGURE_LABELS[result.figure]} run ${run + 1}: ${result.error ? 'failed' : formatDuration(result.timesMs.at(-1) ?? NaN)}`,
      );
    }
  }
  return figures.map((f) => f.result);
}

/** Ingest + evaluate and the what-if, both timed inside one child holding the grids in memory. */
async function measureInMemory(options: BenchOptions, employees: number): Promise<FigureResult[]> {
  const outcome = await runChild(CHILD, 'in-memory', { employees, runs: options.runs, asOf: BENCH_AS_OF });
  const m = outcome.message;
  const ingest: FigureResult = { figure: 'ingest-evaluate', employees, rows: Number(m.rows) || null, timesMs: [] };
  const whatIfParams: FigureResult = {
    figure: 'what-if-params',
    employees,
    rows: Number(m.monthlyRows) || null,
    timesMs: [],
  };
  const whatIf: FigureResult = { figure: 'what-if', employees, rows: Number(m.monthlyRows) || null, timesMs: [] };
  if (!m.ok) {
    ingest.error = whatIfParams.error = whatIf.error = summariseError(m.error);
    log(`  in-memory failed: ${m.error}`);
  } else {
    ingest.timesMs = m.ingestEvaluateMs as number[];
    whatIfParams.timesMs = m.whatIfParamsMs as number[];
    whatIf.timesMs = m.whatIfMs as number[];
    ingest.peakRssBytes = m.maxRssBytes;
    ingest.note = `${m.findings} findings, ${m.issues} input issues`;
    whatIfParams.note = `${whatIfParams.timesMs.length} in a row; ${m.monthlyRows} employee-months, ${m.shifts} shifts`;
    whatIf.note = `${whatIf.timesMs.length} in a row; every criterion that reads the hours again`;
    log(`  ingest+evaluate: ${ingest.timesMs.map(formatDuration).join(', ')}`);
    log(`  what-if (thresholds): ${whatIfParams.timesMs.map(formatDuration).join(', ')}`);
    log(`  what-if (overtime −X %): ${whatIf.timesMs.map(formatDuration).join(', ')}`);
  }
  return [ingest, whatIfParams, whatIf].filter((f) => wants(options, f.figure));
}

/** The Excel host against the simulated workbook: sync counts and payloads (bench/officejs/host-bench.ts). */
async function measureOfficeJs(options: BenchOptions, employees: number): Promise<FigureResult[]> {
  const read: FigureResult = { figure: 'officejs-read', employees, rows: employees * 365, timesMs: [] };
  const write: FigureResult = { figure: 'officejs-write', employees, rows: null, timesMs: [] };
  if (!fs.existsSync(OFFICEJS_CHILD)) {
    read.error = write.error = 'not compiled (npm run bench compiles bench/tsconfig.json)';
  } else {
    // The simulated workbook keeps every cell as an object (Excel's memory, not the add-in's): give it room.
    const args = { employees, runs: options.runs, asOf: BENCH_AS_OF };
    const m = (await runChild(OFFICEJS_CHILD, 'officejs', args, { execArgv: ['--max-old-space-size=8192'] })).message;
    if (!m.ok) {
      read.error = write.error = summariseError(m.error);
      log(`  office-js failed: ${m.error}`);
    } else {
      Object.assign(read, m.read, { peakRssBytes: m.maxRssBytes });
      Object.assign(write, m.write);
    }
  }
  return [read, write].filter((f) => wants(options, f.figure));
}

/** The 194-column export read whole and with only the columns in use (size-independent: one sheet of 20,000 rows). */
async function measureWideFigure(): Promise<FigureResult> {
  const figure: FigureResult = { figure: 'officejs-wide', employees: null, rows: 20_001, timesMs: [] };
  if (!fs.existsSync(OFFICEJS_CHILD)) {
    figure.error = 'not compiled (npm run bench compiles bench/tsconfig.json)';
    return figure;
  }
  const m = (await runChild(OFFICEJS_CHILD, 'officejs-wide', {}, { execArgv: ['--max-old-space-size=8192'] })).message;
  if (!m.ok) {
    figure.error = summariseError(m.error);
    return figure;
  }
  type Read = {
    ms: number;
    syncs: number;
    refused: number;
    responseBytes: number;
    largestResponseBytes: number;
    columnsRead: number[] | null;
  };
  const whole = m.whole as Read;
  const inUse = m.inUse as Read;
  Object.assign(figure, {
    timesMs: [inUse.ms],
    syncs: inUse.syncs,
    largestPayloadBytes: inUse.largestResponseBytes,
    peakRssBytes: m.maxRssBytes,
  });
  figure.note =
    `whole: ${whole.syncs} syncs (${whole.refused} refused as over 5 MB, then halved), ${formatBytes(whole.responseBytes)} received (largest ${formatBytes(whole.largestResponseBytes)}); ` +
    `in use (columns ${inUse.columnsRead?.join(',')}): ${inUse.syncs} syncs, ${formatBytes(inUse.responseBytes)} received`;
  return figure;
}

function measureBundleFigure(options: BenchOptions): FigureResult {
  const figure: FigureResult = { figure: 'bundle', employees: null, rows: null, timesMs: [] };
  try {
    const build = !options.skipBuild && isBundleStale(ROOT);
    if (build) log('building the task pane (npm run build)…');
    const bundle = measureBundle(ROOT, { build });
    figure.bundleGzipBytes = bundle.initialGzipBytes;
    if (bundle.buildMs !== null) figure.timesMs = [bundle.buildMs];
    figure.note =
      `${bundle.initialFiles.map((f) => `${path.basename(f.file)} ${formatBytes(f.gzipBytes)}`).join(' + ')}; ` +
      `later chunks ${formatBytes(bundle.deferredGzipBytes)} gzip` +
      (bundle.buildMs !== null ? '; time = webpack build' : '');
  } catch (error) {
    figure.error = summariseError(error instanceof Error ? error.message : error);
  }
  return figure;
}

/** Runs every figure at every size and returns the results (also written to outDir/results.json). */
export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    runs: options.runs,
    loadAverage: { start: os.loadavg(), end: [] },
    workbooks: [],
    figures: [],
  };
  for (const employees of options.sizes) {
    log(`${employees} employees:`);
    const workbook = await ensureWorkbook(options.outDir, employees);
    log(
      `  workbook ${workbook.file} ${formatBytes(workbook.bytes)}` +
        (workbook.generated ? ` generated in ${formatDuration(workbook.generateMs)}` : ' (cached)'),
    );
    results.workbooks.push({
      employees,
      file: path.relative(ROOT, workbook.file),
      bytes: workbook.bytes,
      dailyRows: workbook.plan.dailyRows,
    });
    const { plan } = workbook;
    const allRows = plan.rosterRows + plan.dailyRows + plan.leaveRows + plan.familyRows;
    const variants = new Map<FigureId, string>();
    for (const { figure, make } of WORKBOOK_VARIANTS)
      if (wants(options, figure)) variants.set(figure, await make(options.outDir, employees));
    const files = { file: workbook.file, variants };
    results.figures.push(...(await measureFileFigures(options, employees, files, allRows)));
    if (wants(options, 'ingest-evaluate', 'what-if-params', 'what-if'))
      results.figures.push(...(await measureInMemory(options, employees)));
    const host =
      options.only?.has('officejs-read') || options.only?.has('officejs-write') || employees <= options.hostMax;
    if (host && wants(options, 'officejs-read', 'officejs-write'))
      results.figures.push(...(await measureOfficeJs(options, employees)));
  }
  // The wide sheet is one fixed size (≈ 1 min, ≈ 0.8 GB in the simulation): not for the 20-employee smoke run.
  const wide = options.only?.has('officejs-wide') || (!options.only && Math.max(...options.sizes) >= 1000);
  if (wide) results.figures.push(await measureWideFigure());
  if (wants(options, 'bundle')) results.figures.push(measureBundleFigure(options));
  results.loadAverage = { start: results.loadAverage?.start ?? [], end: os.loadavg() };
  fs.mkdirSync(options.outDir, { recursive: true });
  fs.writeFileSync(path.join(options.outDir, 'results.json'), JSON.stringify(results, null, 2));
  return results;
}

if (require.main === module) {
  (async () => {
    const options = parseOptions(process.argv.slice(2));
    const results = await runBench(options);
    console.log(
      `\nwlb-check benchmark — ${results.node}, ${results.cpus} CPUs, ${results.runs} run(s) per figure, as of ${BENCH_AS_OF}`,
    );
    for (const w of results.workbooks) {
      console.log(
        `  ${w.file}: ${w.employees} employees, ${w.dailyRows.toLocaleString('en-US')} daily rows, ${formatBytes(w.bytes)}`,
      );
    }
    const load = (l: number[] = []) => l.map((x) => x.toFixed(1)).join(' / ');
    console.log(
      `  load average (1 / 5 / 15 min) at the start ${load(results.loadAverage?.start)}, at the end ${load(results.loadAverage?.end)}` +
        ' — other work on the machine inflates wall times; CPU times (user + system of each child) far less',
    );
    console.log(`\n${formatTable(results.figures)}\n`);
    console.log(`${formatTargets(results)}\n`);
    console.log(`results: ${path.relative(process.cwd(), path.join(options.outDir, 'results.json'))}`);
  })().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
