/**
 * The target lines under the benchmark's table, from a made-up result set (no timing assertions: the lines only
 * report what the run measured).
 */
import type { BenchResults, FigureResult } from '../../bench/report';
import { formatTargets } from '../../bench/targets';

function figure(f: Partial<FigureResult> & Pick<FigureResult, 'figure' | 'employees'>): FigureResult {
  return { rows: 1, timesMs: [1000], ...f };
}

const results: BenchResults = {
  startedAt: '2026-12-07T00:00:00Z',
  node: 'v20',
  cpus: 2,
  runs: 3,
  workbooks: [
    { employees: 100, file: 'a', bytes: 1, dailyRows: 36_500 },
    { employees: 1000, file: 'b', bytes: 1, dailyRows: 365_000 },
    { employees: 5000, file: 'c', bytes: 1, dailyRows: 1_825_000 },
  ],
  figures: [
    figure({ figure: 'read-floor', employees: 1000, timesMs: [1000, 1200, 1100], cpuMs: [800] }),
    figure({ figure: 'cli', employees: 100, timesMs: [600], cpuMs: [438] }),
    figure({ figure: 'cli', employees: 1000, timesMs: [2300, 2200, 2500], cpuMs: [1800], peakRssBytes: 250e6 }),
    figure({ figure: 'cli', employees: 5000, timesMs: [11_000], cpuMs: [9125], peakRssBytes: 1.2e9 }),
    figure({ figure: 'what-if-params', employees: 1000, timesMs: [12, 14] }),
    figure({ figure: 'what-if', employees: 1000, timesMs: [31, 35, 33] }),
    figure({ figure: 'officejs-read', employees: 1000, syncs: 75, largestPayloadBytes: 0.82 * 1024 ** 2 }),
  ],
};

test('each target line says what was measured and whether the target is met', () => {
  const lines = formatTargets(results).split('\n');
  // Wall 2,300 / 1,100 = 2.09×; CPU 1,800 / 800 = 2.25×.
  expect(lines[1]).toContain('wall 2.09×, CPU 2.25×');
  expect(lines[1]).toMatch(/: met$/);
  // 250 MB ≤ 300 MB; 1.2 GB > 1 GB.
  expect(lines[2]).toContain('1,000: 238.4 MiB (≤ 300 MB: met)');
  expect(lines[2]).toContain('5,000: 1.12 GiB (≤ 1000 MB: NOT met)');
  // Per 100,000 daily rows: 438 × 100,000 / 36,500 = 1,200 ms; 1,800 / 3.65 = 493 ms; 9,125 / 18.25 = 500 ms;
  // 500 / 1,200 = 0.42.
  expect(lines[3]).toContain('100: 1.20 s, 1,000: 493 ms, 5,000: 500 ms; 5,000 ÷ 100 = 0.42');
  // Medians 13 ms and 33 ms against 30 ms.
  expect(lines[4]).toContain('thresholds 13.0 ms (met); overtime −X % 33.0 ms (NOT met)');
  expect(lines[5]).toContain('1,000 employees: 75 syncs, largest 839.7 KiB');
});

test('a size not measured is said, not left out', () => {
  const lines = formatTargets({ ...results, workbooks: results.workbooks.slice(0, 1), figures: [] }).split('\n');
  expect(lines[1]).toContain('not measured');
  expect(lines[3]).toContain('needs two sizes or more');
  expect(lines[5]).toContain('not measured');
});
