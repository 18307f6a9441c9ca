/**
 * The pane's side effects: everything that waits on the workbook (read, save settings, write, select a
 * cell) or the network (the sample). Each function reports through `dispatch`, so the reducer stays pure and
 * every failure ends as a plain-language ErrorInfo instead of an exception in a click handler.
 */
import { readWorkbook, writeReport, createReportMeta } from '../pipeline';
import { SHEET_NAMES } from '../report';
import type { WorkbookPort } from '../host/port';
import type { Dataset, Report } from '../rules/types';
import { describeError, type Action, type PaneState } from './state';
import { selectStoredSettings } from './state';

type Dispatch = (action: Action) => void;

/** Reads every input sheet with progress, and the settings remembered in the workbook. */
export async function readAll(port: WorkbookPort, dispatch: Dispatch): Promise<void> {
  dispatch({ type: 'readStarted' });
  try {
    const settings = await port.loadSettings().catch(() => null);
    const { grids, sheets, date1904 } = await readWorkbook(port, { onProgress: (progress) => dispatch({ type: 'readProgress', progress }) });
    dispatch({ type: 'readDone', grids, sheets, date1904, settings });
  } catch (error) {
    dispatch({ type: 'failed', error: describeError(error, 'read') });
  }
}

/** Remembers mapping, excluded sheets, profile and parameters in the workbook for the next run. */
export async function saveSettings(port: WorkbookPort, state: PaneState, dispatch: Dispatch): Promise<void> {
  try {
    await port.saveSettings(selectStoredSettings(state));
    dispatch({ type: 'mappingSaved' });
  } catch (error) {
    dispatch({ type: 'failed', error: describeError(error, 'settings') });
  }
}

/**
 * Writes the real report's sheets (the pipeline activates the summary). With `preview`, also lists the
 * workbook's sheets and reads back the summary's first rows (the sample mode shows them).
 */
export async function writeAll(port: WorkbookPort, report: Report, dataset: Dataset, preview: boolean, dispatch: Dispatch, lang: 'ja' | 'en' = 'ja'): Promise<void> {
  dispatch({ type: 'writeStarted' });
  try {
    const result = await writeReport(port, report, dataset, createReportMeta(report.profile, new Date(), lang));
    let sheetNames: string[] = Object.values(result.sheetNames);
    let summary = null;
    if (preview) {
      sheetNames = (await port.listSheets()).map((s) => s.name);
      const summaryName = result.sheetNames[SHEET_NAMES.summary];
      if (summaryName) summary = await port.readSheet(summaryName, { maxRows: 12 });
    }
    dispatch({ type: 'writeDone', written: { result, sheetNames, summary } });
  } catch (error) {
    dispatch({ type: 'failed', error: describeError(error, 'write') });
  }
}

/**
 * The as-of date the sample workbook is written for (its documents are dated 2026-03-31 and its attendance
 * covers FY2025), so trying the sample shows real results rather than "no data for recent months".
 */
export const SAMPLE_AS_OF = '2026-03-31';

/**
 * Opens the bundled sample workbook in memory. exceljs and the port come in a separate chunk, fetched only
 * now, so the pane's first load stays small.
 */
export async function openSample(): Promise<WorkbookPort> {
  const { openSampleWorkbook } = await import(/* webpackChunkName: "sample" */ './sample');
  return openSampleWorkbook();
}
