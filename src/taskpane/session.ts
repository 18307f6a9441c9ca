/**
 * The pane's side effects: everything that waits on the workbook (read, save settings, write, select a
 * cell) or the network (the sample). Each function reports through `dispatch`, so the reducer stays pure and
 * every failure ends as a plain-language ErrorInfo instead of an exception in a click handler.
 */
import { buildLayoutsCarryingOver, readWorkbook, writeReport } from '../pipeline';
import { SHEET_NAMES, checklistSheet, type ReportMeta } from '../report';
import type { WorkbookPort, WriteResult } from '../host/port';
import { columnsInUse, sheetMappingFor, sheetsToReread } from '../ingest';
import type { Mapping, SheetGrid } from '../ingest/types';
import { FUKUYAMA_CHECKLIST, TEXT_NOT_IN_SEED, getProfile, normaliseItemNo } from '../rules';
import type { Dataset, Report } from '../rules/types';
import { toJstIso } from './format';
import { describeError, selectStoredSettings, type Action, type PaneState } from './state';
import type { Lang } from '../rules/messages';

type Dispatch = (action: Action) => void;

/**
 * Reads every input sheet with progress, and the settings remembered in the workbook. Past the first rows only
 * the columns the remembered mapping and header detection use are read (a 194-column export costs its used
 * columns, not 194); `rereadMappedColumns` fetches a column the user maps later.
 */
export async function readAll(port: WorkbookPort, dispatch: Dispatch): Promise<void> {
  dispatch({ type: 'readStarted' });
  try {
    const settings = await port.loadSettings().catch(() => null);
    const { grids, sheets, date1904 } = await readWorkbook(port, {
      onProgress: (progress) => dispatch({ type: 'readProgress', progress }),
      onlyColumnsInUse: true,
      mapping: settings?.mapping,
    });
    dispatch({ type: 'readDone', grids, sheets, date1904, settings });
  } catch (error) {
    dispatch({ type: 'failed', error: describeError(error, 'read') });
  }
}

/**
 * Reads again, with the columns now in use, every sheet whose newly mapped columns were not read (see readAll),
 * so a column placed in 列の確認 is never taken for blank.
 */
export async function rereadMappedColumns(
  port: WorkbookPort,
  grids: SheetGrid[],
  mapping: Mapping,
  dispatch: Dispatch,
): Promise<void> {
  const names = sheetsToReread(grids, mapping);
  if (names.length === 0) return;
  try {
    const fresh: SheetGrid[] = [];
    for (const name of names)
      fresh.push(
        await port.readSheet(name, { columnsFor: (head) => columnsInUse(head, sheetMappingFor(mapping, name)) }),
      );
    dispatch({ type: 'sheetsReread', grids: fresh });
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
 * Report metadata with 作成日時 in Japan time (Asia/Tokyo, UTC+9): HR staff read the summary against their
 * office clock, whatever the time zone of the machine.
 */
function reportMetaNow(profileId: string, now: Date, lang: Lang, companyName: string): ReportMeta {
  const meta: ReportMeta = {
    generatedAt: toJstIso(now),
    profileLabel: getProfile(profileId)?.label[lang] ?? profileId,
    lang,
  };
  return companyName.trim() ? { ...meta, companyName: companyName.trim() } : meta;
}

/**
 * The チェックリスト sheet as it should read now: the Fukuyama items, then items the user added on the sheet,
 * with every answer known (the sheet's, overridden by the pane's — `dataset` already has them merged).
 */
function checklistLayoutFor(dataset: Dataset, asOf: string, lang: Lang) {
  const known = new Set(FUKUYAMA_CHECKLIST.map((i) => i.itemNo));
  const added = dataset.checklist
    .map((a) => ({ ...a, itemNo: normaliseItemNo(a.itemNo) }))
    .filter((a) => a.itemNo !== '' && !known.has(a.itemNo))
    .map((a) => ({ itemNo: a.itemNo, text: a.text.trim() || TEXT_NOT_IN_SEED, evidence: '' }));
  const answers = dataset.checklist.map((a) => ({ ...a, itemNo: normaliseItemNo(a.itemNo) }));
  return checklistSheet([...FUKUYAMA_CHECKLIST, ...added], answers, asOf, lang);
}

/**
 * Writes the real report's sheets and activates the summary. Without answers given in the pane this is the
 * pipeline's `writeReport` (an existing checklist sheet is kept as the user left it); with them, the checklist
 * sheet is replaced in the same all-or-nothing write by one that carries every answer, the sheet's and the pane's.
 */
async function writeReportSheets(
  port: WorkbookPort,
  report: Report,
  dataset: Dataset,
  options: WriteOptions,
): Promise<WriteResult> {
  const meta = reportMetaNow(report.profile, new Date(), options.lang ?? 'ja', options.companyName ?? '');
  const withChecklist = options.withChecklist;
  if (!withChecklist) return writeReport(port, report, dataset, meta);
  const layouts = (await buildLayoutsCarryingOver(port, report, dataset, meta)).filter(
    (l) => l.name !== SHEET_NAMES.checklist,
  );
  const checklist = checklistLayoutFor(dataset, report.asOf, options.lang ?? 'ja');
  return port.writeSheets([...layouts, checklist], { activate: SHEET_NAMES.summary });
}

interface WriteOptions {
  /** List the workbook's sheets and read the summary back (the sample mode shows them). */
  preview: boolean;
  /** Answers given in the pane: the checklist sheet is rewritten with them. */
  withChecklist: boolean;
  lang?: Lang;
  /** The name on the printed summary (設定); blank: the workbook's Company property. */
  companyName?: string;
}

/**
 * Writes the report (see writeReportSheets). With `preview`, also lists the workbook's sheets and reads back
 * the summary's first rows (the sample mode shows them).
 */
export async function writeAll(
  port: WorkbookPort,
  report: Report,
  dataset: Dataset,
  options: WriteOptions,
  dispatch: Dispatch,
): Promise<void> {
  dispatch({ type: 'writeStarted' });
  try {
    const result = await writeReportSheets(port, report, dataset, options);
    let sheetNames: string[] = Object.values(result.sheetNames);
    let summary = null;
    if (options.preview) {
      // The sheets HR sees in the tab bar: the very hidden settings sheet is not one of them.
      sheetNames = (await port.listSheets()).filter((s) => s.visible).map((s) => s.name);
      const summaryName = result.sheetNames[SHEET_NAMES.summary];
      if (summaryName) summary = await port.readSheet(summaryName, { maxRows: 12 });
    }
    dispatch({ type: 'writeDone', written: { result, sheetNames, summary } });
  } catch (error) {
    dispatch({ type: 'failed', error: describeError(error, 'write') });
  }
}

/** Writes the checklist answers given in the pane back to the checker's チェックリスト sheet (and nothing else). */
export async function saveChecklist(port: WorkbookPort, dataset: Dataset, dispatch: Dispatch): Promise<void> {
  try {
    await port.writeSheets([checklistLayoutFor(dataset, '', 'ja')]);
    dispatch({ type: 'checklistSaved' });
  } catch (error) {
    // A failed write is rolled back by the port: the 'write' message (workbook unchanged) is the true one.
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
