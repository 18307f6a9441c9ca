/**
 * The pane's controller: the reducer, the port (office-js or the sample), and the side effects the steps ask
 * for (read, try the sample, select a cell, write, save the checklist, remember the settings).
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { WorkbookPort } from '../../host/port';
import type { InputIssue } from '../../rules/types';
import {
  SAMPLE_AS_OF,
  openSample,
  readAll,
  rereadMappedColumns,
  saveChecklist,
  saveSettings,
  writeAll,
} from '../session';
import {
  createInitialState,
  describeError,
  reducePane,
  selectStoredSettings,
  type Action,
  type Locale,
  type PaneState,
} from '../state';
import type { Analysis } from './useAnalysis';

export interface PaneOptions {
  locale: Locale;
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
    void readAll(excelPort, dispatch);
  }, [excelPort, dispatch]);
  useSettingsPersistence(state, port, dispatch);
  // A column mapped after the read may not have been read (only the columns in use are): fetch it.
  useEffect(() => {
    if (port && state.grids.length > 0) void rereadMappedColumns(port, state.grids, state.mapping, dispatch);
  }, [port, state.grids, state.mapping, dispatch]);

  const commands: PaneCommands = {
    trySample: () => {
      setSampleLoading(true);
      openSample()
        .then(async (sample) => {
          setPort(sample);
          dispatch({ type: 'modeChosen', mode: 'sample' });
          dispatch({ type: 'dateSet', key: 'asOf', value: SAMPLE_AS_OF });
          await readAll(sample, dispatch);
        })
        .catch((error: unknown) => dispatch({ type: 'failed', error: describeError(error, 'sample') }))
        .finally(() => setSampleLoading(false));
    },
    reread: () => void (port && readAll(port, dispatch)),
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
      void writeAll(port, real.report, real.ingest.dataset, options, dispatch);
    },
    saveChecklist: ({ real }) => void (port && real && saveChecklist(port, real.ingest.dataset, dispatch)),
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
      void saveSettings(port, state, dispatch);
    }, 500);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of what is stored triggers a save
  }, [json, reading, port]);
}
