/**
 * The in-memory figures: ingest + evaluate from grids already in memory, and the what-if re-evaluations
 * of the task pane's what-if panel (thresholds changed; the overtime −X % scenario), timed in one process.
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
 * Builds the generated grids in memory, then times ingest + evaluate `runs` times and each what-if at least ten times.
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
  // reruns only the rules. Two kinds of move, each run a different value so no run reuses the previous one's result:
  // - thresholds: the at-risk line (71 %, 72 %… of 45 h) and the average-overtime threshold (41 h, 42 h…);
  // - the overtime scenario "−X %" (11 %, 12 %…): a new set of monthly figures, so everything that reads the hours
  //   is evaluated again (what depends only on who has which months is reused: rules/run-cache.ts).
  const ingest = ingestGrids(grids);
  evaluateIngested(ingest, { profile: 'all', params });
  const monthlyRows = ingest.dataset.monthlyHours.length;
  const session = Math.max(args.runs, WHAT_IF_SESSION);
  let paramsRun = 0;
  const whatIfParamsMs = timeRuns(session, () => {
    paramsRun += 1;
    const thresholds = { 'hours.avg-overtime-under-45': 40 + paramsRun };
    evaluateIngested(ingest, {
      profile: 'all',
      params: { ...params, approachingRatio: 0.7 + paramsRun / 100, thresholds },
    });
  });
  let overtimeRun = 0;
  const whatIfMs = timeRuns(session, () => {
    overtimeRun += 1;
    evaluateIngested(ingest, { profile: 'all', params, whatIf: { overtimeChangeRatio: -0.1 - overtimeRun / 100 } });
  });
  return {
    rows,
    findings,
    issues,
    monthlyRows,
    shifts: ingest.dataset.shifts.length,
    ingestEvaluateMs,
    whatIfParamsMs,
    whatIfMs,
  };
}
