/**
 * The scale targets, read off a benchmark run and printed under its table: end to end against the raw read floor,
 * peak memory, growth with the input, the what-if, the Excel host's reads. Printed, never asserted: the machine is
 * shared, and a slow figure is a finding to look at, not a failed build. Pure (no I/O).
 */
import { type BenchResults, type FigureId, type FigureResult, formatBytes, formatDuration, median } from './report';

function find(results: BenchResults, figure: FigureId, employees: number): FigureResult | undefined {
  return results.figures.find((f) => f.figure === figure && f.employees === employees && !f.error && f.timesMs.length);
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'NOT met';
}

/** `wlb-check --json` over the floor at 1,000 employees, wall and CPU (≤ 2.5×, aim 2×). */
function ratioLine(results: BenchResults): string {
  const cli = find(results, 'cli', 1000);
  const floor = find(results, 'read-floor', 1000);
  if (!cli || !floor) return 'end to end ÷ read floor at 1,000 employees: not measured (needs --sizes with 1000)';
  const wall = median(cli.timesMs) / median(floor.timesMs);
  const cpu = cli.cpuMs?.length && floor.cpuMs?.length ? median(cli.cpuMs) / median(floor.cpuMs) : NaN;
  return (
    `end to end ÷ read floor at 1,000 employees: wall ${wall.toFixed(2)}×, CPU ${cpu.toFixed(2)}× ` +
    `(target ≤ 2.5×, aim 2×): ${verdict(Math.min(wall, cpu) <= 2.5)}`
  );
}

/** Peak RSS of `wlb-check --json`: ≤ 300 MB at 1,000 employees, ≤ 1 GB at 5,000. */
function memoryLine(results: BenchResults): string {
  const parts = (
    [
      [1000, 300],
      [5000, 1000],
    ] as const
  ).map(([employees, limit]) => {
    const rss = find(results, 'cli', employees)?.peakRssBytes;
    if (rss === undefined) return `${employees.toLocaleString('en-US')}: not measured`;
    return `${employees.toLocaleString('en-US')}: ${formatBytes(rss)} (≤ ${limit} MB: ${verdict(rss <= limit * 1e6)})`;
  });
  return `peak RSS of wlb-check --json — ${parts.join('; ')}`;
}

/** CPU time of `wlb-check --json` per 100,000 daily rows at each size: flat when the cost grows linearly. */
function growthLine(results: BenchResults): string {
  const sizes = results.workbooks.map((w) => w.employees).sort((a, b) => a - b);
  const per = sizes.flatMap((employees) => {
    const cli = find(results, 'cli', employees);
    const rows = results.workbooks.find((w) => w.employees === employees)?.dailyRows ?? 0;
    const cost = cli?.cpuMs?.length ? median(cli.cpuMs) : cli ? median(cli.timesMs) : NaN;
    return cli && rows ? [{ employees, perRows: (cost * 100_000) / rows }] : [];
  });
  if (per.length < 2) return 'growth: needs two sizes or more';
  const first = per[0];
  const last = per[per.length - 1];
  const listed = per.map((p) => `${p.employees.toLocaleString('en-US')}: ${formatDuration(p.perRows)}`).join(', ');
  // Start-up (≈ 0.3 s) weighs on the smallest file only, so the figure falls with size until it is flat.
  return (
    `growth — wlb-check --json CPU per 100,000 daily rows: ${listed}; ` +
    `${last.employees.toLocaleString('en-US')} ÷ ${first.employees.toLocaleString('en-US')} = ${(last.perRows / first.perRows).toFixed(2)} ` +
    `(linear: ≤ 1, start-up counted)`
  );
}

/** Both kinds of what-if at 1,000 employees: ≤ 30 ms each. */
function whatIfLine(results: BenchResults): string {
  const kinds: [FigureId, string][] = [
    ['what-if-params', 'thresholds'],
    ['what-if', 'overtime −X %'],
  ];
  const parts = kinds.map(([figure, label]) => {
    const f = find(results, figure, 1000);
    if (!f) return `${label}: not measured`;
    const ms = median(f.timesMs);
    return `${label} ${formatDuration(ms)} (${verdict(ms <= 30)})`;
  });
  return `what-if at 1,000 employees (≤ 30 ms) — ${parts.join('; ')}`;
}

/** The Excel host's daily-sheet read: syncs and largest payload, to compare with the figures before a change. */
function hostLine(results: BenchResults): string {
  const parts = results.figures
    .filter((f) => (f.figure === 'officejs-read' || f.figure === 'officejs-wide') && !f.error)
    .map(
      (f) =>
        `${f.figure === 'officejs-wide' ? '194 columns' : `${f.employees?.toLocaleString('en-US')} employees`}: ` +
        `${f.syncs} syncs, largest ${f.largestPayloadBytes === undefined ? '—' : formatBytes(f.largestPayloadBytes)}`,
    );
  return `Excel host reads (simulated) — ${parts.length ? parts.join('; ') : 'not measured'}`;
}

/**
 * The target lines printed under the table.
 * Example: `formatTargets(results)` → `targets:\n  end to end ÷ read floor at 1,000 employees: wall 2.10×, …`.
 */
export function formatTargets(results: BenchResults): string {
  const lines = [ratioLine(results), memoryLine(results), growthLine(results), whatIfLine(results), hostLine(results)];
  return `targets (printed, not asserted; MB = 10⁶ bytes, MiB = 2²⁰):\n${lines.map((l) => `  ${l}`).join('\n')}`;
}
