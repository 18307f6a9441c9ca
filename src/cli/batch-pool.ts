/**
 * Runs the files of a batch run N at a time, each lane in a worker process of its own.
 *
 * Why processes (child_process.fork) and not worker_threads: a workbook that exhausts memory or trips a native
 * error ends only its own process, and the parent records that file's row and starts another worker; a
 * process gives its memory back to the system when it ends and has its own heap limit, so N workers are N
 * bounded processes rather than one process whose address space grows with N; and the worker is the CLI's own
 * compiled code, unchanged. The cost, ≈ 0.3 s of Node start-up and module loading, is paid once per lane, not
 * per file: a worker checks file after file, and is replaced only when it ends a file above the memory one job
 * may use (../cli/jobs.ts), so a huge workbook's heap does not stay with the next files.
 */
import { fork, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { checkJob, type BatchJob } from './batch-job';
import { JOB_MEMORY_BYTES } from './jobs';
import type { OverviewRow } from './overview';

/** The compiled worker entry next to this module (absent when running from the TypeScript sources). */
const CHILD_SCRIPT = path.join(__dirname, 'batch-child.js');
const STDERR_TAIL = 2000;

export interface PoolEvents {
  onStart?: (job: BatchJob) => void;
  onDone?: (job: BatchJob, row: OverviewRow) => void;
}

type Outcome = { row: OverviewRow; rss: number } | { crash: string };

/** One worker process and the job it is on. */
class Worker {
  private readonly child: ChildProcess;
  private stderr = '';
  private pending: ((outcome: Outcome) => void) | null = null;

  constructor(script: string) {
    this.child = fork(script, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.child.stderr?.setEncoding('utf8');
    this.child.stderr?.on('data', (t: string) => void (this.stderr = (this.stderr + t).slice(-STDERR_TAIL)));
    this.child.on('message', (m: { type: string; row: OverviewRow; rss: number }) => {
      if (m?.type === 'done') this.settle({ row: m.row, rss: m.rss });
    });
    this.child.on('error', (error) => this.settle({ crash: error.message }));
    this.child.on('exit', (code, signal) => this.settle({ crash: crashReason(code, signal, this.stderr) }));
  }

  run(job: BatchJob): Promise<Outcome> {
    return new Promise((resolve) => {
      this.pending = resolve;
      this.child.send({ type: 'job', job }, (error) => error && this.settle({ crash: error.message }));
    });
  }

  stop(): void {
    if (this.child.connected) this.child.disconnect();
  }

  private settle(outcome: Outcome): void {
    const resolve = this.pending;
    this.pending = null;
    resolve?.(outcome);
  }
}

/** Why a worker ended in the middle of a file, in one line; an out-of-memory end says so. */
function crashReason(code: number | null, signal: string | null, stderr: string): string {
  const oom = /heap out of memory|Allocation failed/i.test(stderr) || signal === 'SIGKILL';
  const how = signal ? `シグナル ${signal}` : `終了コード ${code}`;
  const what = oom ? 'メモリが足りず、' : '';
  return `確認中に${what}処理が止まりました（${how}）。--jobs を減らすか、このファイルだけを wlb-check で確認してください / the worker ended (${signal ?? code})`;
}

/**
 * Runs `jobs` with `width` workers and returns the rows in the jobs' order. When the compiled worker is not
 * there (running from the TypeScript sources, as the unit tests do) the same `checkJob` runs in this process.
 * `script` replaces the worker entry (tests of the pool itself).
 *
 * @example const rows = await runJobs(jobs, 4, { onDone: (job) => progress(job.name) });
 */
export async function runJobs(
  jobs: BatchJob[],
  width: number,
  events: PoolEvents = {},
  script = CHILD_SCRIPT,
): Promise<OverviewRow[]> {
  const queue = [...jobs];
  const rows: OverviewRow[] = new Array(jobs.length);
  const forked = fs.existsSync(script);
  const lane = async () => {
    let worker: Worker | null = null;
    for (let job = queue.shift(); job; job = queue.shift()) {
      events.onStart?.(job);
      let row: OverviewRow;
      if (!forked) row = await checkJob(job);
      else {
        worker ??= new Worker(script);
        const outcome = await worker.run(job);
        if ('crash' in outcome) {
          row = { name: job.name, state: 'unreadable', reason: outcome.crash };
          worker = null;
        } else {
          row = outcome.row;
          if (outcome.rss > JOB_MEMORY_BYTES) {
            worker.stop();
            worker = null;
          }
        }
      }
      rows[job.index] = row;
      events.onDone?.(job, row);
    }
    worker?.stop();
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, jobs.length)) }, lane));
  return rows;
}
