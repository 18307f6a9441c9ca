/**
 * The analysis behind the 結果 and 試算 steps, derived from the state: ingest once per read, mapping and
 * sheet choice; the rules rerun on settings, checklist answers and what-if knobs, each criterion only when what it
 * reads changed (rules/run-cache.ts; docs/performance.md gives the figures).
 * The law checks (36協定 with the 80-hour notice, annual leave) run beside the chosen certification inside the
 * pipeline (rules/verdict.ts `withLegalChecks`), so every report carries its legal findings and its verdict.
 */
import { useEffect, useMemo } from 'react';
import { detectWithReading, sheetMappingFor } from '../../ingest';
import type { DetectedSheet, IngestResult } from '../../ingest/types';
import { evaluateIngested, ingestGrids } from '../../pipeline';
import {
  hasReachedResults,
  runSafely,
  selectAnalysisOptions,
  selectIngestOptions,
  selectWhatIfOptions,
  withChecklistDrafts,
  type AnalysisOptions,
  type ErrorInfo,
  type PaneState,
} from '../state';
import { namesById } from '../findings-view';

type Evaluated = ReturnType<typeof evaluateIngested>;

/** A step's result, or the error that stopped it (as `runSafely` returns them). */
type Outcome<T> = { result: T | null; error: ErrorInfo | null };

export interface Analysis {
  detected: DetectedSheet[];
  included: DetectedSheet[];
  real: Evaluated | null;
  whatIf: Evaluated | null;
  names: Map<string, string>;
  error: ErrorInfo | null;
}

/** Evaluates an ingest already made (null while there is none, or when there is no what-if to show). */
function evaluateWith(ingest: IngestResult | null, options: AnalysisOptions | null) {
  return runSafely(() => (ingest && options ? evaluateIngested(ingest, options) : null));
}

/** Marks when a what-if result has been rendered, so the browser test can print the time a change takes. */
function useWhatIfTiming(whatIf: Evaluated | null): void {
  useEffect(() => {
    if (!whatIf || typeof performance === 'undefined' || performance.getEntriesByName('wlb:whatif-input').length === 0)
      return;
    performance.mark('wlb:whatif-rendered');
    performance.measure('wlb:whatif', 'wlb:whatif-input', 'wlb:whatif-rendered');
    performance.clearMarks('wlb:whatif-input');
  }, [whatIf]);
}

export function useAnalysis(state: PaneState): Analysis {
  const { detected, included } = useDetectedSheets(state);
  const analysing = hasReachedResults(state) && state.phase !== 'reading' && state.grids.length > 0;
  const ingest = useIngest(state, analysing);
  const answered = useMemo(
    () =>
      ingest.result ? { ...ingest.result, dataset: withChecklistDrafts(ingest.result.dataset, state.checklist) } : null,
    [ingest, state.checklist],
  );
  const { real, whatIf } = useEvaluations(answered, analysing, state);
  useWhatIfTiming(whatIf.result);
  const names = useMemo(() => namesById(ingest.result?.dataset.employees ?? []), [ingest]);
  return {
    detected,
    included,
    real: real.result,
    whatIf: whatIf.result,
    names,
    error: ingest.error ?? real.error ?? whatIf.error,
  };
}

/** Detection and the reading of every sheet read (for 検出 and 列の確認), and the sheets the user has not excluded. */
function useDetectedSheets(state: PaneState): { detected: DetectedSheet[]; included: DetectedSheet[] } {
  const detected = useMemo(
    () =>
      state.grids.map((g) =>
        detectWithReading(g, sheetMappingFor(state.mapping, g.name), { date1904: state.date1904 }),
      ),
    [state.grids, state.mapping, state.date1904],
  );
  const included = useMemo(
    () => detected.filter((d) => !state.excludeSheets.includes(d.sheet)),
    [detected, state.excludeSheets],
  );
  return { detected, included };
}

/** The ingest of the included sheets, redone only when what it reads changes (not on settings or knobs). */
function useIngest(state: PaneState, analysing: boolean): Outcome<IngestResult> {
  const { statutoryHolidayWeekday, workingTimeSystem } = state.params;
  return useMemo(
    () => runSafely(() => (analysing ? ingestGrids(state.grids, selectIngestOptions(state)) : null)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the ingest depends on these parts of the state only
    [
      analysing,
      state.grids,
      state.mapping,
      state.excludeSheets,
      state.date1904,
      statutoryHolidayWeekday,
      workingTimeSystem,
    ],
  );
}

/** The chosen certification on the answered ingest: as set, and with the what-if knobs applied. */
function useEvaluations(
  answered: IngestResult | null,
  analysing: boolean,
  state: PaneState,
): { real: Outcome<Evaluated>; whatIf: Outcome<Evaluated> } {
  const real = useMemo(
    () => evaluateWith(answered, analysing ? selectAnalysisOptions(state) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- options are rebuilt from these parts of the state
    [answered, state.profile, state.params],
  );
  const whatIf = useMemo(
    () => evaluateWith(answered, analysing ? selectWhatIfOptions(state) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- and the what-if knobs
    [answered, state.profile, state.params, state.whatIf],
  );
  return { real, whatIf };
}
