import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Button, FluentProvider, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { detectSheet } from '../../ingest';
import { evaluateIngested, ingestGrids } from '../../pipeline';
import type { IngestResult } from '../../ingest/types';
import type { WorkbookPort } from '../../host/port';
import type { InputIssue } from '../../rules/types';
import { I18nContext, messagesFor } from '../i18n';
import { SAMPLE_AS_OF, openSample, readAll, saveSettings, writeAll } from '../session';
import {
  STEPS,
  canAdvance,
  createInitialState,
  describeError,
  hasReachedResults,
  nextStep,
  previousStep,
  reducePane,
  selectAnalysisOptions,
  selectStoredSettings,
  selectWhatIfOptions,
  type AnalysisOptions,
  type ErrorInfo,
  type Locale,
  type StepId,
} from '../state';
import { DetectStep } from './DetectStep';
import { ErrorBar } from './ErrorBar';
import { ExportStep } from './ExportStep';
import { MappingStep } from './MappingStep';
import { OutsideOffice } from './OutsideOffice';
import { ReadProgressBar } from './ReadProgressBar';
import { ResultsStep } from './ResultsStep';
import { SettingsStep } from './SettingsStep';
import { StepNav } from './StepNav';
import { WhatIfBanner } from './WhatIfBanner';
import { WhatIfStep } from './WhatIfStep';

export interface AppProps {
  locale: Locale;
  /** Today as YYYY-MM-DD: the default as-of date. */
  today: string;
  /** Present inside Excel: the office-js port. Absent outside Office (the sample is offered instead). */
  excelPort?: WorkbookPort;
  /** Selects a cell in Excel (input issues); absent outside Office. */
  selectCell?: (sheet: string, cell: string) => Promise<void>;
}

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  footer: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
});

type Analysis = ReturnType<typeof evaluateIngested>;

/** Runs `body` and turns a thrown error into an ErrorInfo, so a bug below never blanks the pane. */
function runSafely<T>(body: () => T | null): { result: T | null; error: ErrorInfo | null } {
  try {
    return { result: body(), error: null };
  } catch (error) {
    return { result: null, error: describeError(error, 'unknown') };
  }
}

/** Evaluates an ingest already made (null while there is none, or when there is no what-if to show). */
function evaluateSafely(ingest: IngestResult | null, options: AnalysisOptions | null): { result: Analysis | null; error: ErrorInfo | null } {
  return runSafely(() => (ingest && options ? evaluateIngested(ingest, options) : null));
}

/** The task pane: one reducer, one step on screen at a time. */
export function App({ locale, today, excelPort, selectCell }: AppProps) {
  const c = useStyles();
  const [state, dispatch] = useReducer(reducePane, undefined, () => createInitialState(locale, today));
  const portRef = useRef<WorkbookPort | null>(excelPort ?? null);
  const [sampleLoading, setSampleLoading] = useState(false);
  const i18n = useMemo(() => ({ locale, m: messagesFor(locale) }), [locale]);
  const { m } = i18n;

  useEffect(() => {
    if (!excelPort) return;
    dispatch({ type: 'modeChosen', mode: 'excel' });
    void readAll(excelPort, dispatch);
  }, [excelPort]);

  const detected = useMemo(() => state.grids.map((g) => detectSheet(g, state.mapping[g.name])), [state.grids, state.mapping]);
  const included = useMemo(() => detected.filter((d) => !state.excludeSheets.includes(d.sheet)), [detected, state.excludeSheets]);

  const analysing = hasReachedResults(state) && state.phase !== 'reading' && state.grids.length > 0;
  const realOptions = analysing ? selectAnalysisOptions(state) : null;
  const whatIfOptions = analysing ? selectWhatIfOptions(state) : null;
  // Ingest once per read, mapping and sheet choice; settings and what-if knobs rerun only the rules (issue 4: ≤ 50 ms).
  const ingest = useMemo(
    () => runSafely(() => (analysing ? ingestGrids(state.grids, { mapping: state.mapping, excludeSheets: state.excludeSheets, date1904: state.date1904 }) : null)),
    [analysing, state.grids, state.mapping, state.excludeSheets, state.date1904],
  );
  const real = useMemo(
    () => evaluateSafely(ingest.result, realOptions),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ingest, state.profile, state.params],
  );
  const whatIf = useMemo(
    () => evaluateSafely(ingest.result, whatIfOptions),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ingest, state.profile, state.params, state.whatIf],
  );

  useSettingsPersistence(state, portRef.current, dispatch);

  const trySample = async () => {
    setSampleLoading(true);
    try {
      const port = await openSample();
      portRef.current = port;
      dispatch({ type: 'modeChosen', mode: 'sample' });
      dispatch({ type: 'dateSet', key: 'asOf', value: SAMPLE_AS_OF });
      await readAll(port, dispatch);
    } catch (error) {
      dispatch({ type: 'failed', error: describeError(error, 'sample') });
    } finally {
      setSampleLoading(false);
    }
  };

  const onSelectIssue = (issue: InputIssue) => {
    dispatch({ type: 'issueSelected', sheet: issue.sheet, cell: issue.cell });
    if (state.mode === 'excel' && selectCell && issue.cell) {
      selectCell(issue.sheet, issue.cell).catch((error: unknown) => dispatch({ type: 'failed', error: describeError(error, 'select') }));
    }
  };

  const onWrite = () => {
    const port = portRef.current;
    if (!port || !real.result) return;
    void writeAll(port, real.result.report, real.result.ingest.dataset, state.mode === 'sample', dispatch, locale);
  };

  const ready = state.phase === 'ready' || state.phase === 'writing';
  const reachable = (step: StepId) => ready && (STEPS.indexOf(step) < STEPS.indexOf('results') || canAdvance({ ...state, step: 'detect' }));

  const renderStep = () => {
    switch (state.step) {
      case 'detect':
        return <DetectStep detected={detected} excludeSheets={state.excludeSheets} dispatch={dispatch} onReread={() => portRef.current && void readAll(portRef.current, dispatch)} />;
      case 'mapping':
        return <MappingStep detected={included} dispatch={dispatch} />;
      case 'settings':
        return <SettingsStep profile={state.profile} params={state.params} dispatch={dispatch} />;
      case 'results':
        return real.result ? (
          <ResultsStep
            report={real.result.report}
            expanded={state.expanded}
            selectedIssue={state.selectedIssue}
            canSelect={state.mode === 'excel'}
            dispatch={dispatch}
            onSelectIssue={onSelectIssue}
          />
        ) : null;
      case 'whatIf':
        return real.result ? (
          <WhatIfStep
            profile={state.profile}
            params={state.params}
            whatIf={state.whatIf}
            report={whatIf.result?.report ?? real.result.report}
            realReport={real.result.report}
            expanded={state.expanded}
            dispatch={dispatch}
          />
        ) : null;
      case 'export':
        return <ExportStep busy={state.phase === 'writing' || !real.result} whatIfActive={state.whatIf !== null} written={state.written} showPreview={state.mode === 'sample'} onWrite={onWrite} />;
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <I18nContext.Provider value={i18n}>
        <main className={c.root} data-testid="pane">
          <Text as="h1" size={400} weight="bold" style={{ margin: 0 }}>
            {m.appTitle}
          </Text>
          {state.whatIf ? <WhatIfBanner onReset={() => dispatch({ type: 'whatIfReset' })} /> : null}
          {state.error ? <ErrorBar error={state.error} onDismiss={() => dispatch({ type: 'errorDismissed' })} /> : null}
          {ingest.error ?? real.error ?? whatIf.error ? <ErrorBar error={(ingest.error ?? real.error ?? whatIf.error) as ErrorInfo} onDismiss={() => dispatch({ type: 'stepChosen', step: 'settings' })} /> : null}
          {state.mode === null && !excelPort ? <OutsideOffice loading={sampleLoading} onTrySample={() => void trySample()} /> : null}
          {state.phase === 'reading' ? <ReadProgressBar progress={state.progress} /> : null}
          {state.phase === 'writing' ? <ReadProgressBar progress={null} label={m.progress.writing} /> : null}
          {ready ? (
            <>
              <StepNav step={state.step} reachable={reachable} onChoose={(step) => dispatch({ type: 'stepChosen', step })} />
              {renderStep()}
              <div className={c.footer}>
                <Button disabled={state.step === 'detect'} onClick={() => dispatch({ type: 'stepChosen', step: previousStep(state.step) })} data-testid="back">
                  {m.back}
                </Button>
                {state.step !== 'export' ? (
                  <Button appearance="primary" disabled={!canAdvance(state)} onClick={() => dispatch({ type: 'stepChosen', step: nextStep(state.step) })} data-testid="next">
                    {state.step === 'settings' ? m.run : m.next}
                  </Button>
                ) : null}
              </div>
            </>
          ) : null}
        </main>
      </I18nContext.Provider>
    </FluentProvider>
  );
}

/**
 * Saves the settings in the workbook half a second after the user last changed them. The first settings after
 * a read are the baseline (nothing changed yet), so opening the pane never writes to the workbook.
 */
function useSettingsPersistence(state: ReturnType<typeof createInitialState>, port: WorkbookPort | null, dispatch: (a: Parameters<typeof reducePane>[1]) => void) {
  const baseline = useRef<string | null>(null);
  const json = JSON.stringify(selectStoredSettings(state));
  const reading = state.phase === 'reading' || state.phase === 'idle';
  useEffect(() => {
    if (reading) {
      baseline.current = null;
      return;
    }
    if (baseline.current === null) {
      baseline.current = json;
      return;
    }
    if (!port || json === baseline.current) return;
    const timer = setTimeout(() => {
      baseline.current = json;
      void saveSettings(port, state, dispatch);
    }, 500);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [json, reading, port]);
}
