/**
 * Batch bench (issue 12): N copies of the 100-employee bench workbook through `wlb-check <folder> --out-dir D`,
 * once per `--jobs` value, with wall time and the memory of the whole process tree (the CLI and its workers).
 *
 *   npm run bench:batch                                   # 50 copies, --jobs 1 and --jobs <default of this machine>
 *   npm run bench:batch -- --copies 20 --jobs 1,2,4 --employees 100
 *
 * Memory (Linux /proc): every 50 ms the CLI's process and its descendants are found (by parent pid) and their
 * VmRSS summed; the largest sum is "peak RSS (sampled)", a lower bound (a spike shorter than 50 ms can be
 * missed). Each process's own peak (VmHWM, kept by the kernel) is also kept and summed over every process of the
 * run: "Σ per-process peak", an upper bound (the peaks need not coincide). Nothing fails on a slow figure.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { BENCH_AS_OF, ensureWorkbook } from './generate';
import { defaultJobs, thisMachine } from '../src/cli/jobs';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE_MS = 50;

interface BatchOptions {
  copies: number;
  employees: number;
  jobs: number[];
  out: string;
}

interface BatchFigure {
  jobs: number;
  wallMs: number;
  exitCode: number | null;
  processes: number;
  peakRssSampledMiB: number | null;
  sumOfPeaksMiB: number | null;
  largestProcessPeakMiB: number | null;
}

function parseOptions(argv: string[]): BatchOptions {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const copies = Number(value('--copies') ?? 50);
  const employees = Number(value('--employees') ?? 100);
  const jobs = (value('--jobs') ?? `1,${defaultJobs(thisMachine(copies))}`).split(',').map(Number);
  return {
    copies,
    employees,
    jobs: [...new Set(jobs)],
    out: value('--out') ?? path.join(ROOT, 'bench', 'out', 'batch'),
  };
}

/** `pid → parent pid` of every process now (Linux); empty elsewhere. */
function parentsOf(): Map<number, number> {
  const parents = new Map<number, number>();
  let entries: string[] = [];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return parents;
  }
  for (const pid of entries) {
    try {
      // The command name (field 2) is in parentheses and may hold spaces: the fields after the last ')' are fixed.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return parents;
}

/** VmRSS and VmHWM (KiB) of a process, or null once it has ended. */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
  } catch {
    return null;
  }
}

/** Runs one batch and samples its process tree until it exits. */
function runBatch(input: string, outDir: string, jobs: number): Promise<BatchFigure> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const cli = spawn(
    process.execPath,
    [
      path.join(ROOT, 'bin', 'wlb-check.js'),
      input,
      '--out-dir',
      outDir,
      '--jobs',
      String(jobs),
      '--as-of',
      BENCH_AS_OF,
    ],
    { stdio: 'ignore' },
  );
  const peaks = new Map<number, number>();
  let peakSum = 0;
  let sampled = false;
  const sample = () => {
    const parents = parentsOf();
    const tree = new Set([cli.pid!]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, ppid] of parents)
        if (tree.has(ppid) && !tree.has(pid)) {
          tree.add(pid);
          grew = true;
        }
    }
    let sum = 0;
    for (const pid of tree) {
      const m = memoryOf(pid);
      if (!m) continue;
      sampled = true;
      sum += m.rss;
      peaks.set(pid, Math.max(peaks.get(pid) ?? 0, m.hwm));
    }
    peakSum = Math.max(peakSum, sum);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return new Promise((resolve) => {
    cli.on('exit', (code) => {
      clearInterval(timer);
      const mib = (kib: number) => (sampled ? Math.round(kib / 1024) : null);
      resolve({
        jobs,
        wallMs: Math.round(performance.now() - started),
        exitCode: code,
        processes: peaks.size,
        peakRssSampledMiB: mib(peakSum),
        sumOfPeaksMiB: mib([...peaks.values()].reduce((a, b) => a + b, 0)),
        largestProcessPeakMiB: mib(Math.max(0, ...peaks.values())),
      });
    });
  });
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { file, bytes } = await ensureWorkbook(path.join(ROOT, 'bench', 'out'), options.employees);
  const input = path.join(options.out, 'in');
  fs.rmSync(input, { recursive: true, force: true });
  fs.mkdirSync(input, { recursive: true });
  for (let i = 1; i <= options.copies; i++)
    fs.copyFileSync(file, path.join(input, `client-${String(i).padStart(3, '0')}.xlsx`));
  const machine = thisMachine(options.copies);
  console.log(
    `${options.copies} × ${path.basename(file)} (${(bytes / 1024 / 1024).toFixed(1)} MB); ${machine.cores} cores, ${(machine.freeBytes / 1024 ** 3).toFixed(1)} GiB free`,
  );
  const figures: BatchFigure[] = [];
  for (const jobs of options.jobs) {
    const figure = await runBatch(input, path.join(options.out, `out-jobs${jobs}`), jobs);
    figures.push(figure);
    console.log(
      `--jobs ${jobs}: ${(figure.wallMs / 1000).toFixed(1)} s wall (${(figure.wallMs / options.copies / 1000).toFixed(2)} s/file), exit ${figure.exitCode}; ` +
        `peak RSS of the tree ${figure.peakRssSampledMiB ?? 'n/a'} MiB (sampled), Σ per-process peak ${figure.sumOfPeaksMiB ?? 'n/a'} MiB over ${figure.processes} processes, largest process ${figure.largestProcessPeakMiB ?? 'n/a'} MiB`,
    );
  }
  fs.writeFileSync(
    path.join(options.out, 'results.json'),
    JSON.stringify({ options, machine, workbookBytes: bytes, figures }, null, 2),
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
