/**
 * One measured task, run in its own Node process (forked by ./measure.ts) so its peak memory is its own.
 * The task reports back over the IPC channel: `{ ok: true, maxRssBytes, ...task fields }` or `{ ok: false, error }`.
 *
 * Tasks:
 * - `read-floor {file}`: inflate every worksheet part with Node's zlib and find every cell (`<c `) in it — the
 *   floor any .xlsx reader pays ("inflating the parts and scanning their cells");
 * - `read-reader {file}`: the CLI's reader (src/host/xlsx/read/file.ts `streamXlsxFile`): every sheet as grids of
 *   values and number formats;
 * - `read-exceljs {file}`: stream-read every cell with exceljs' WorkbookReader (the floor quoted before the
 *   reader of its own, kept for comparison);
 * - `cli {file, outDir, asOf, writeCopy}`: the wlb-check CLI's `main()` end to end, writing to outDir;
 * - `in-memory {employees, runs, asOf}`: build the generated grids in memory, then time ingest + evaluate and the
 *   what-if re-evaluation `runs` times each.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { InMemoryArgs } from './in-memory';

/** Repository root, from dist-node/bench/child.js or bench/child.ts. */
const ROOT = path.resolve(__dirname, __dirname.includes('dist-node') ? '../..' : '..');

type TaskResult = Record<string, unknown>;

/**
 * Reads every row of every sheet with the streaming reader, touching each value, as any reader must.
 * Styles are cached because the checker needs each cell's number format too.
 * Example: `await readEveryCell('bench/out/attendance-20.xlsx')` → `{ rows: 7476, cells: … }`.
 */
export async function readEveryCell(file: string): Promise<{ rows: number; cells: number }> {
  // Loaded here, not at the top: exceljs is ≈ 600 modules (≈ 0.25 s and 20 MB), which every other task's process
  // — the floor's and the CLI's included — would otherwise pay in its time and peak memory.
  const ExcelJS = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  let rows = 0;
  let cells = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      rows++;
      const values = row.values as unknown[];
      for (let c = 1; c < values.length; c++) if (values[c] !== null && values[c] !== undefined) cells++;
    }
  }
  return { rows, cells };
}

/**
 * The floor: the zip loaded, every worksheet part inflated by zlib into Latin-1 text (a copy per byte), and each
 * cell's start tag found — no attributes, no values, no styles, no shared strings looked up, nothing kept.
 * Example: `await inflateAndScan('bench/out/attendance-20.xlsx')` → `{ parts: 4, cells: … }`.
 */
export async function inflateAndScan(file: string): Promise<{ parts: number; cells: number }> {
  const { partStream } = await import('../src/host/xlsx/package');
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  let parts = 0;
  let cells = 0;
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    parts++;
    let carry = '';
    for await (const bytes of partStream(zip, name)) {
      const text = carry + (bytes as Buffer).toString('latin1');
      let pos = 0;
      for (let c = text.indexOf('<c ', pos); c >= 0; c = text.indexOf('<c ', pos)) {
        cells++;
        pos = c + 3;
      }
      // A tag cut at the piece's end is found with the next piece.
      carry = text.slice(Math.max(pos, text.length - 2));
    }
  }
  return { parts, cells };
}

function timedTask<A, R extends object>(body: (args: A) => Promise<R>): (args: A) => Promise<TaskResult> {
  return async (args) => {
    const started = performance.now();
    const result = await body(args);
    return { ...result, innerMs: performance.now() - started };
  };
}

/** The CLI's reader: every sheet's cells and formats (counting the cells so nothing is optimised away). */
async function readWithReader(file: string): Promise<{ rows: number; cells: number }> {
  const { streamXlsxFile } = await import('../src/host/xlsx/read/file');
  const { grids } = await streamXlsxFile(file);
  let rows = 0;
  let cells = 0;
  for (const grid of grids) {
    rows += grid.values.length;
    for (const row of grid.values) for (const v of row) if (v !== null) cells++;
  }
  return { rows, cells };
}

/**
 * The CLI as a user runs it: `--json` alone (one streaming pass) or `--out` as well (a copy of the workbook
 * with the report sheets, grafted into the input's zip).
 */
async function runCli(args: { file: string; outDir: string; asOf: string; writeCopy: boolean }): Promise<TaskResult> {
  const entry = path.join(ROOT, 'dist-node', 'src', 'cli', 'wlb-check.js');
  const started = performance.now();
  const cli = (await import(entry)) as { main(argv: string[], io?: unknown): Promise<number> };
  const base = path.join(args.outDir, path.basename(args.file, '.xlsx'));
  const argv = [args.file, '--json', `${base}-report.json`, '--as-of', args.asOf];
  if (args.writeCopy) argv.push('--out', `${base}-report.xlsx`);
  let stderr = '';
  const io = { stdout: () => undefined, stderr: (text: string) => (stderr += text), now: () => new Date() };
  const exitCode = await cli.main(argv, io);
  if (exitCode !== 0) throw new Error(`wlb-check exited with ${exitCode}: ${stderr.trim()}`);
  return { exitCode, innerMs: performance.now() - started };
}

const TASKS: Record<string, (args: never) => Promise<TaskResult> | TaskResult> = {
  'read-floor': timedTask((args: { file: string }) => inflateAndScan(args.file)),
  'read-reader': timedTask((args: { file: string }) => readWithReader(args.file)),
  'read-exceljs': timedTask((args: { file: string }) => readEveryCell(args.file)),
  cli: runCli,
  // Loaded on demand so the read floor runs even before the rest of the code base compiles.
  'in-memory': async (args: InMemoryArgs) => (await import('./in-memory')).measureInMemory(args),
};

/** Runs the task named on the command line and reports its result and peak RSS to the parent. */
async function runTask(name: string, args: unknown): Promise<void> {
  const send = (message: unknown) =>
    new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));
  try {
    const task = TASKS[name];
    if (!task) throw new Error(`unknown task ${name}`);
    const result = await task(args as never);
    const cpu = process.cpuUsage();
    await send({
      ok: true,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      cpuMs: (cpu.user + cpu.system) / 1000,
      ...result,
    });
  } catch (error) {
    await send({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

if (require.main === module) {
  runTask(process.argv[2], JSON.parse(process.argv[3] ?? '{}')).then(() => process.exit(0));
}
