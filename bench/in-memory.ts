/**
 * The in-memory figures: ingest + evaluate from grids already in memory, and the what-if re-evaluation
 * after a parameter change (the task pane's what-if panel), each timed `runs` times in one process.
 */
import { buildGrids } from './generate';
import { ingestWorkbook } from '../src/ingest';
import { evaluate } from '../src/rules';
import { evaluateIngested, ingestGrids } from '../src/pipeline';
import { defaultParams } from '../src/rules/params';

/** Wall time (ms) of each of `runs` calls of body. */
function timeRuns(runs: number, body: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    body();
    times.push(performance.now() - started);
  }
  return times;
}

/** What-ifs a user tries in one sitting (the scale issue: "then tries ten what-ifs"). */
const WHAT_IF_SESSION = 10;

export interface InMemoryArgs {
  employees: number;
  runs: number;
  asOf: string;
}

/**
 * Builds the generated grids in memory, then times ingest + evaluate `runs` times and the what-if at least ten times.
 * Example: `measureInMemory({ employees: 20, runs: 1, asOf: '2026-03-31' }).ingestEvaluateMs` → `[41.2]`.
 */
export function measureInMemory(args: InMemoryArgs): Record<string, unknown> {
  const grids = buildGrids(args.employees);
  const rows = grids.reduce((sum, g) => sum + g.values.length - 1, 0);
  const params = defaultParams(args.asOf);
  let findings = 0;
  let issues = 0;
  const ingestEvaluateMs = timeRuns(args.runs, () => {
    const ingest = ingestWorkbook(grids);
    const report = evaluate(ingest.dataset, 'all', params, ingest.issues);
    findings = report.findings.length;
    issues = ingest.issues.length;
  });
  // As the task pane does: the ingest is kept (and the real data evaluated once), then each what-if knob move
  // reruns only the rules. Each run changes the knobs (10 % + i % less overtime, the at-risk line from 80 % to
  // 70 % of 45 h), so no run reuses the previous run's overtime figures.
  const ingest = ingestGrids(grids);
  evaluateIngested(ingest, { profile: 'all', params });
  const changed = { ...params, approachingRatio: 0.7 };
  const monthlyRows = ingest.dataset.monthlyHours.length;
  let whatIfRun = 0;
  // The issue's user tries ten what-ifs in a row: time at least ten, so the median is that of a session.
  const whatIfMs = timeRuns(Math.max(args.runs, WHAT_IF_SESSION), () => {
    whatIfRun += 1;
    evaluateIngested(ingest, { profile: 'all', params: changed, whatIf: { overtimeChangeRatio: -0.1 - whatIfRun / 100 } });
  });
  return {
    rows, findings, issues, monthlyRows, shifts: ingest.dataset.shifts.length, ingestEvaluateMs, whatIfMs,
  };
}

