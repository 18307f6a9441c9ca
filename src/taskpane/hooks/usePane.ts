/**
 * The pane's controller: the reducer, the port (office-js or the sample), and the side effects the steps ask
 * for (read, try the sample, select a cell, write, save the checklist, remember the settings).
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { WorkbookPort } from '../../host/port';
import type { InputIssue } from '../../rules/types';
import {
  createInitialState,
  describeError,
  reducePane,
  selectStoredSettings,
  type Action,
  type Lang,
  type PaneState,
} from '../state';
import type { Analysis } from './useAnalysis';

export interface PaneOptions {
  locale: Lang;
  today: string;
  excelPort?: WorkbookPort;
  selectCell?: (sheet: string, cell: string) => Promise<void>;
}

export interface PaneCommands {
  trySample: () => void;
  reread: () => void;
  selectIssue: (issue: InputIssue) => void;
  write: (analysis: Analysis) => void;
  saveChecklist: (analysis: Analysis) => void;
}

type Session = typeof import('../session');

/** The side effects (the pipeline, the report layouts, the sample's opener), loaded after the first screen. */
const loadSession = (): Promise<Session> => import(/* webpackChunkName: "session" */ '../session');

/** Runs a side effect once its module is there; a failed download is reported as that effect's failure. */
function withSession(
  dispatch: (a: Action) => void,
  kind: Parameters<typeof describeError>[1],
  run: (session: Session) => Promise<unknown>,
): void {
  loadSession().then(run, (error: unknown) => dispatch({ type: 'failed', error: describeError(error, kind) }));
}

/** Opens the bundled sample, makes it the pane's workbook at the sample's as-of date, and reads it. */
async function startSample(dispatch: (a: Action) => void, setPort: (port: WorkbookPort) => void): Promise<void> {
  const session = await loadSession();
  const sample = await session.openSample();
  setPort(sample);
  dispatch({ type: 'modeChosen', mode: 'sample' });
  dispatch({ type: 'dateSet', key: 'asOf', value: session.SAMPLE_AS_OF });
  await session.readAll(sample, dispatch);
}

/** A dispatch that also marks the start of a what-if change (the browser test prints how long it takes). */
function withTiming(dispatch: (a: Action) => void): (a: Action) => void {
  return (action) => {
    if (action.type === 'whatIfChanged' && typeof performance !== 'undefined') performance.mark('wlb:whatif-input');
    dispatch(action);
  };
}

export function usePane({ locale, today, excelPort, selectCell }: PaneOptions) {
  const [state, rawDispatch] = useReducer(reducePane, undefined, () => createInitialState(locale, today));
  const dispatch = useMemo(() => withTiming(rawDispatch), [rawDispatch]);
  // The workbook the pane works on: Excel's, or the sample once the user tries it.
  const [port, setPort] = useState<WorkbookPort | null>(excelPort ?? null);
  const [sampleLoading, setSampleLoading] = useState(false);

  useEffect(() => {
    if (!excelPort) return;
    dispatch({ type: 'modeChosen', mode: 'excel' });
    withSession(dispatch, 'read', (session) => session.readAll(excelPort, dispatch));
  }, [excelPort, dispatch]);
  useSettingsPersistence(state, port, dispatch);
  // A column mapped after the read may not have been read (only the columns in use are): fetch it.
  useEffect(() => {
    if (port && state.grids.length > 0)
      withSession(dispatch, 'read', (session) =>
        session.rereadMappedColumns(port, state.grids, state.mapping, dispatch),
      );
  }, [port, state.grids, state.mapping, dispatch]);

  const commands: PaneCommands = {
    trySample: () => {
      setSampleLoading(true);
      startSample(dispatch, setPort)
        .catch((error: unknown) => dispatch({ type: 'failed', error: describeError(error, 'sample') }))
        .finally(() => setSampleLoading(false));
    },
    reread: () => void (port && withSession(dispatch, 'read', (session) => session.readAll(port, dispatch))),
    selectIssue: (issue) => {
      dispatch({ type: 'issueSelected', sheet: issue.sheet, cell: issue.cell });
      if (state.mode !== 'excel' || !selectCell || !issue.cell) return;
      selectCell(issue.sheet, issue.cell).catch((error: unknown) =>
        dispatch({ type: 'failed', error: describeError(error, 'select') }),
      );
    },
    write: ({ real }) => {
      if (!port || !real) return;
      const options = {
        preview: state.mode === 'sample',
        withChecklist: Object.keys(state.checklist).length > 0,
        lang: state.locale,
        companyName: state.companyName,
      };
      withSession(dispatch, 'write', (session) =>
        session.writeAll(port, real.report, real.ingest.dataset, options, dispatch),
      );
    },
    saveChecklist: ({ real }) => {
      if (port && real) withSession(dispatch, 'write', (s) => s.saveChecklist(port, real.ingest.dataset, dispatch));
    },
  };
  return { state, dispatch, sampleLoading, commands };
}

/**
 * Saves the settings in the workbook half a second after the user last changed them. The first settings after
 * a read are the baseline (nothing changed yet), so opening the pane never writes to the workbook.
 */
function useSettingsPersistence(state: PaneState, port: WorkbookPort | null, dispatch: (a: Action) => void) {
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
      withSession(dispatch, 'settings', (session) => session.saveSettings(port, state, dispatch));
    }, 500);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of what is stored triggers a save
  }, [json, reading, port]);
}
