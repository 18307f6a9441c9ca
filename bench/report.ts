/**
 * The benchmark's result model and its plain-text table. Pure (no I/O) so the smoke test can feed it made-up
 * results and check the formatting.
 */

/** Figures the benchmark measures, in table order. */
export type FigureId =
  | 'read-floor'
  | 'read-reader'
  | 'read-exceljs'
  | 'cli'
  | 'cli-out'
  | 'cli-free-text'
  | 'cli-inline'
  | 'cli-str'
  | 'cli-csv'
  | 'ingest-evaluate'
  | 'what-if-params'
  | 'what-if'
  | 'officejs-read'
  | 'officejs-write'
  | 'officejs-wide'
  | 'bundle';

export const FIGURE_LABELS: Record<FigureId, string> = {
  'read-floor': 'read floor (inflate + find each <c )',
  'read-reader': "read: the CLI's .xlsx reader",
  'read-exceljs': 'read: exceljs stream (old floor)',
  cli: 'wlb-check --json (end to end)',
  'cli-out': 'wlb-check --out copy (end to end)',
  'cli-free-text': 'wlb-check --json, + a free-text column',
  'cli-inline': 'wlb-check --json, text as inline strings',
  'cli-str': 'wlb-check --json, text as t="str"',
  'cli-csv': 'wlb-check --json, daily rows as CSV',
  'ingest-evaluate': 'ingest + evaluate (in memory)',
  'what-if-params': 'what-if: thresholds changed',
  'what-if': 'what-if: overtime −X %',
  'officejs-read': 'Excel host: read daily sheet',
  'officejs-write': 'Excel host: write report',
  'officejs-wide': 'Excel host: 194 columns, in use only',
  bundle: 'task pane first load',
};

/** One figure at one size: every run's time and what else the runs reported. */
export interface FigureResult {
  figure: FigureId;
  /** Employees in the workbook; null for size-independent figures (bundle). */
  employees: number | null;
  /** Rows the figure processes (for rows/s); null when meaningless. */
  rows: number | null;
  /** Wall time of each run, ms. Empty when the figure could not run. */
  timesMs: number[];
  /** CPU time (user + system, all threads) of each run's process, ms: steadier than wall time on a shared machine. */
  cpuMs?: number[];
  /** Largest peak resident set size over the runs, bytes. */
  peakRssBytes?: number;
  /** context.sync() calls of one run (simulated workbook). */
  syncs?: number;
  /** Largest single request or response of one run, bytes (simulated workbook). */
  largestPayloadBytes?: number;
  /** Gzip size of the JavaScript named in taskpane.html, bytes. */
  bundleGzipBytes?: number;
  /** Free text: block size, sync bound, lazy chunk sizes… */
  note?: string;
  /** Why the figure did not run (missing build, a thrown error…). */
  error?: string;
}

export interface BenchResults {
  startedAt: string;
  node: string;
  cpus: number;
  runs: number;
  /** os.loadavg() (1, 5, 15 minutes) when the run started and when it ended: how busy the machine was. */
  loadAverage?: { start: number[]; end: number[] };
  workbooks: { employees: number; file: string; bytes: number; dailyRows: number }[];
  figures: FigureResult[];
}

/** Median of a non-empty list. Example: `median([3, 1, 2]) === 2`, `median([1, 2, 3, 4]) === 2.5`. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds in a readable unit. Example: `formatDuration(12345) === '12.3 s'`, `formatDuration(8.25) === '8.3 ms'`. */
export function formatDuration(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

/** Bytes in binary units. Example: `formatBytes(5 * 1024 * 1024) === '5.0 MiB'`, `formatBytes(2048) === '2.0 KiB'`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

/** A rate with thousands separators. Example: `formatRate(365000 / 1.25) === '292,000'`. */
export function formatRate(perSecond: number): string {
  return Math.round(perSecond).toLocaleString('en-US');
}

/** Figures whose time is worth comparing with reading the file: the whole CLI, and the part after the read. */
const RELATIVE_TO_FLOOR = new Set<FigureId>(['read-reader', 'read-exceljs', 'cli', 'cli-out', 'ingest-evaluate']);

/** The read floor's median at the same size, to divide other times by. */
function floorMedian(results: FigureResult[], employees: number | null): number | null {
  const floor = results.find((r) => r.figure === 'read-floor' && r.employees === employees && r.timesMs.length);
  return floor ? median(floor.timesMs) : null;
}

/** The median CPU time, and its ratio to the floor's CPU at the same size where both were measured. */
function cpuCells(result: FigureResult, all: FigureResult[]): [string, string] {
  if (!result.cpuMs?.length) return ['—', '—'];
  const cpu = median(result.cpuMs);
  const floor = all.find((r) => r.figure === 'read-floor' && r.employees === result.employees)?.cpuMs;
  const relative = floor?.length && result.figure !== 'read-floor' && RELATIVE_TO_FLOOR.has(result.figure);
  return [formatDuration(cpu), relative ? `${(cpu / median(floor)).toFixed(2)}×` : '—'];
}

const HEADERS = [
  'figure',
  'employees',
  'median',
  'spread (min–max)',
  '× floor',
  'CPU',
  'CPU × floor',
  'rows/s',
  'peak RSS',
  'syncs',
  'largest payload',
  'bundle gzip',
  'note',
];

/** One table row of strings for a figure ('—' where the column does not apply). */
export function tableRow(result: FigureResult, all: FigureResult[]): string[] {
  const dash = '—';
  const label = FIGURE_LABELS[result.figure];
  const size = result.employees === null ? dash : result.employees.toLocaleString('en-US');
  if (result.error) {
    return [label, size, ...Array<string>(HEADERS.length - 3).fill(dash), `not run: ${result.error}`];
  }
  const timed = result.timesMs.length > 0;
  const mid = timed ? median(result.timesMs) : NaN;
  const spread = timed
    ? `${formatDuration(Math.min(...result.timesMs))}–${formatDuration(Math.max(...result.timesMs))}`
    : dash;
  const floor = timed && RELATIVE_TO_FLOOR.has(result.figure) ? floorMedian(all, result.employees) : null;
  return [
    label,
    size,
    timed ? formatDuration(mid) : dash,
    spread,
    floor ? `${(mid / floor).toFixed(2)}×` : dash,
    ...cpuCells(result, all),
    timed && result.rows && mid > 0 ? formatRate((result.rows * 1000) / mid) : dash,
    result.peakRssBytes !== undefined ? formatBytes(result.peakRssBytes) : dash,
    result.syncs !== undefined ? String(result.syncs) : dash,
    result.largestPayloadBytes !== undefined ? formatBytes(result.largestPayloadBytes) : dash,
    result.bundleGzipBytes !== undefined ? `${(result.bundleGzipBytes / 1024).toFixed(1)} KB` : dash,
    result.note ?? '',
  ];
}

/**
 * The results as an aligned plain-text table, one line per figure and size, sorted by figure then size.
 * Example: `formatTable(results.figures)` starts with a header line `figure  employees  median  …`.
 */
export function formatTable(results: FigureResult[]): string {
  const order = Object.keys(FIGURE_LABELS);
  const sorted = [...results].sort(
    (a, b) => order.indexOf(a.figure) - order.indexOf(b.figure) || (a.employees ?? 0) - (b.employees ?? 0),
  );
  const rows = [HEADERS, ...sorted.map((r) => tableRow(r, results))];
  const widths = HEADERS.map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c]))));
  const lines = rows.map((row) =>
    row
      .map((cell, c) => pad(cell, widths[c], c))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return lines.join('\n');
}

/** Numbers are right-aligned, text left-aligned. */
function pad(cell: string, width: number, column: number): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(cell)));
  return column === 0 || column === HEADERS.length - 1 ? cell + fill : fill + cell;
}

/** Terminal width of a string: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return width;
}
