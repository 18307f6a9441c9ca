/**
 * `wlb-check <file|folder> [more…] --out-dir D [--jobs N]`: every .xlsx / .csv found, each checked as a
 * single-file run would (its own report workbook and JSON in D), N at a time, and one overview of them all
 * (`overview.xlsx`, `overview.csv`). One file that cannot be read is a row of the overview with its reason;
 * it never stops the others.
 *
 * Exit status (README): 0 every input was read; 1 some could not be (or an output could not be written);
 * 3 every input was read but some held nothing usable. When both happen, 1: a file not read at all is the
 * graver news, and its row says so next to the others.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Mapping } from '../ingest/types';
import { getProfile } from '../rules';
import type { CliRequest } from './args';
import { OUTPUT_MARKER, collectInputs, type BatchInput } from './batch-inputs';
import type { BatchJob } from './batch-job';
import { runJobs } from './batch-pool';
import { UsageError, writeWhole } from './check-file';
import { defaultJobs, thisMachine } from './jobs';
import { overviewCsv, writeOverviewXlsx, type OverviewRow } from './overview';

/** What a batch run writes to; `isTTY` (of standard error) turns the progress line on. */
export interface BatchIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
  isTTY?: boolean;
}

const MARKER_TEXT =
  'このフォルダーは wlb-check --out-dir の出力です。wlb-check はこのフォルダーを入力として読みません。\n';

/**
 * Runs a batch and returns its exit status.
 *
 * @example await runBatch({ ...request, inputs: ['clients'], outDir: 'out' }, undefined, io) // 0, 1 or 3
 */
export async function runBatch(req: CliRequest, mapping: Mapping | undefined, io: BatchIO): Promise<number> {
  const outDir = path.resolve(req.outDir!);
  if (req.inputs.some((input) => path.resolve(input) === outDir)) {
    throw new UsageError(
      `--out-dir は入力フォルダーと別のフォルダーにしてください（中のフォルダーでも構いません）: ${req.outDir} / --out-dir must differ from an input folder`,
    );
  }
  const inputs = collectInputs(req.inputs, outDir);
  if (inputs.length === 0) {
    throw new UsageError(
      `.xlsx / .csv のファイルが見つかりません: ${req.inputs.join(' ')} / no .xlsx or .csv file found`,
    );
  }
  await writeWhole(path.join(outDir, OUTPUT_MARKER), (tmp) => fs.writeFileSync(tmp, MARKER_TEXT));
  const started = io.now();
  const jobs = inputs.map((input, index) => jobOf(input, index, req, mapping, outDir, started));
  const width = req.jobs ?? defaultJobs(thisMachine(inputs.length));
  const progress = io.isTTY ? new ProgressLine(io, jobs.length, started) : null;
  let rows: OverviewRow[];
  try {
    rows = await runJobs(jobs, width, { onStart: (job) => progress?.start(job.name), onDone: () => progress?.done() });
  } finally {
    progress?.end();
  }
  const meta = {
    asOf: req.asOf,
    profileLabel: getProfile(req.profile)?.label.ja ?? req.profile,
    generatedAt: started.toISOString(),
  };
  await writeWhole(path.join(outDir, 'overview.xlsx'), (tmp) => writeOverviewXlsx(tmp, rows, meta));
  await writeWhole(path.join(outDir, 'overview.csv'), (tmp) => fs.writeFileSync(tmp, overviewCsv(rows), 'utf8'));
  for (const row of rows) if (row.state !== 'ok') io.stderr(`wlb-check: ${row.name}: ${row.reason}\n`);
  io.stdout(summaryLine(rows, width, outDir, io.now().getTime() - started.getTime()) + '\n');
  if (rows.some((r) => r.state === 'unreadable')) return 1;
  return rows.some((r) => r.state === 'unusable') ? 3 : 0;
}

function jobOf(
  input: BatchInput,
  index: number,
  req: CliRequest,
  mapping: Mapping | undefined,
  outDir: string,
  started: Date,
): BatchJob {
  const base = path.join(outDir, ...input.report.split('/'));
  return {
    index,
    file: path.resolve(input.file),
    name: input.name,
    reportXlsx: base + '.xlsx',
    reportJson: base + '.json',
    reportLink: input.report + '.xlsx',
    profile: req.profile,
    params: req.params,
    mapping,
    ingest: req.ingest,
    generatedAt: started.toISOString(),
    lang: req.lang,
    company: req.company,
  };
}

function summaryLine(rows: OverviewRow[], width: number, outDir: string, ms: number): string {
  const n = (s: OverviewRow['state']) => rows.filter((r) => r.state === s).length;
  return (
    `${rows.length} 件を確認（同時 ${width}・${formatElapsed(ms)}）: 読み込み済み ${n('ok')}・使えるデータなし ${n('unusable')}・読めません ${n('unreadable')}` +
    `・一覧: ${path.join(outDir, 'overview.xlsx')}`
  );
}

/**
 * m:ss (h:mm:ss from an hour).
 *
 * @example formatElapsed(75_000) // '1:15'
 */
export function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return s >= 3600
    ? `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`
    : `${Math.floor(s / 60)}:${two(s % 60)}`;
}

/** The one progress line on a terminal's standard error: files done / total, elapsed, the file last started. */
class ProgressLine {
  private done_ = 0;
  private current = '';
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly io: BatchIO,
    private readonly total: number,
    private readonly started: Date,
  ) {
    this.timer = setInterval(() => this.draw(), 1000);
    this.timer.unref();
    this.draw();
  }

  start(name: string): void {
    this.current = name;
    this.draw();
  }

  done(): void {
    this.done_++;
    this.draw();
  }

  end(): void {
    clearInterval(this.timer);
    this.io.stderr('\r\x1b[K');
  }

  private draw(): void {
    const name = [...this.current].length > 48 ? '…' + [...this.current].slice(-47).join('') : this.current;
    const elapsed = formatElapsed(this.io.now().getTime() - this.started.getTime());
    this.io.stderr(`\r\x1b[K確認中 ${this.done_}/${this.total} ・ ${elapsed} ・ ${name}`);
  }
}
