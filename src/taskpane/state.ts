/**
 * The task pane's state and every change to it, as pure functions (Script Lab style): components dispatch
 * actions; the reducer never touches the workbook, the clock or the network, so each change is unit-tested
 * in test/taskpane/state.test.ts. Results are not stored: they are derived from the grids already read with
 * `analyse` (see `selectAnalysisOptions`), which is what makes what-if instant.
 */
import type { FieldId, Mapping, SheetGrid } from '../ingest/types';
import type { ReadProgress, SheetInfo, StoredSettings, WriteResult } from '../host/port';
import type { Finding } from '../rules/types';
import { defaultParams, type Params } from '../rules/params';
import { isIsoDate } from '../rules/dates';

export type StepId = 'detect' | 'mapping' | 'settings' | 'results' | 'whatIf' | 'export';
export const STEPS: StepId[] = ['detect', 'mapping', 'settings', 'results', 'whatIf', 'export'];

export type Locale = 'ja' | 'en';
/** `excel`: the open workbook through office-js; `sample`: the bundled workbook in memory (outside Office). */
export type Mode = 'excel' | 'sample';
export type Phase = 'idle' | 'reading' | 'ready' | 'writing';

export type ErrorKind = 'cellEdit' | 'read' | 'tooLarge' | 'write' | 'writeNotRestored' | 'sample' | 'settings' | 'select' | 'unknown';
export interface ErrorInfo {
  kind: ErrorKind;
  /** The original error text, shown small under the plain-language message. */
  detail?: string;
}

/** The what-if knobs; `null` in PaneState means "real data". */
export interface WhatIfState {
  /** Threshold overrides by criterion id, on top of the settings' own. */
  thresholds: Record<string, number>;
  planStart?: string;
  planEnd?: string;
  /** 男性の育休取得者 +N 人. */
  extraMen: number;
  /** 時間外労働 −X %: 10 means overtime cut by 10 %. */
  overtimeCutPercent: number;
}

export interface WrittenPreview {
  result: WriteResult;
  /** Sheet names of the workbook after writing (sample mode shows them). */
  sheetNames: string[];
  /** The first rows of the summary sheet as written (sample mode preview). */
  summary: SheetGrid | null;
}

export interface PaneState {
  locale: Locale;
  mode: Mode | null;
  phase: Phase;
  step: StepId;
  progress: ReadProgress | null;
  error: ErrorInfo | null;
  /** Sheets of the workbook as listed by the port (including the checker's own). */
  sheets: SheetInfo[];
  /** Grids of the input sheets as readWorkbook returned them (the checker's output sheets are not read). */
  grids: SheetGrid[];
  date1904: boolean;
  excludeSheets: string[];
  mapping: Mapping;
  profile: string;
  params: Params;
  whatIf: WhatIfState | null;
  /** Criterion ids whose per-employee findings are expanded. */
  expanded: string[];
  selectedIssue: { sheet: string; cell: string } | null;
  written: WrittenPreview | null;
  /** true after the mapping was saved in the workbook at least once in this session. */
  mappingSaved: boolean;
}

export type Action =
  | { type: 'modeChosen'; mode: Mode }
  | { type: 'readStarted' }
  | { type: 'readProgress'; progress: ReadProgress }
  | { type: 'readDone'; grids: SheetGrid[]; sheets: SheetInfo[]; date1904: boolean; settings: StoredSettings | null }
  | { type: 'failed'; error: ErrorInfo }
  | { type: 'errorDismissed' }
  | { type: 'stepChosen'; step: StepId }
  | { type: 'sheetToggled'; sheet: string; include: boolean }
  | { type: 'columnPlaced'; sheet: string; column: string; field: FieldId | null }
  | { type: 'mappingSaved' }
  | { type: 'profileChosen'; profile: string }
  | { type: 'dateSet'; key: 'asOf' | 'planStart' | 'planEnd'; value: string }
  | { type: 'agreementMonthSet'; month: number }
  | { type: 'thresholdSet'; id: string; value: number | null }
  | { type: 'whatIfChanged'; patch: Partial<WhatIfState> }
  | { type: 'whatIfReset' }
  | { type: 'findingsToggled'; id: string }
  | { type: 'issueSelected'; sheet: string; cell: string }
  | { type: 'writeStarted' }
  | { type: 'writeDone'; written: WrittenPreview };

/** The profile the pane starts with (same default as the `wlb-check` command). */
export const DEFAULT_PROFILE = 'all';

/**
 * The state before anything is read. `today` (YYYY-MM-DD) is the default as-of date, passed in so the reducer
 * never reads the clock.
 *
 * @example createInitialState('ja', '2026-03-31').params.asOf // '2026-03-31'
 */
export function createInitialState(locale: Locale, today: string): PaneState {
  return {
    locale,
    mode: null,
    phase: 'idle',
    step: 'detect',
    progress: null,
    error: null,
    sheets: [],
    grids: [],
    date1904: false,
    excludeSheets: [],
    mapping: {},
    profile: DEFAULT_PROFILE,
    params: defaultParams(today),
    whatIf: null,
    expanded: [],
    selectedIssue: null,
    written: null,
    mappingSaved: false,
  };
}

/**
 * Applies one action. Invalid input (a malformed date, a month outside 1–12, a negative count) leaves the
 * state as it was, so the inputs can show their own hint without corrupting the analysis.
 *
 * @example reducePane(s, { type: 'sheetToggled', sheet: '勤怠', include: false }).excludeSheets // ['勤怠']
 */
export function reducePane(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case 'modeChosen':
      return { ...state, mode: action.mode, error: null };
    case 'readStarted':
      return { ...state, phase: 'reading', progress: null, error: null, written: null };
    case 'readProgress':
      return { ...state, progress: action.progress };
    case 'readDone':
      return applyReadResult(state, action);
    case 'failed':
      return { ...state, error: action.error, phase: state.phase === 'idle' || state.grids.length === 0 ? 'idle' : 'ready', progress: null };
    case 'errorDismissed':
      return { ...state, error: null };
    case 'stepChosen':
      return { ...state, step: action.step };
    case 'sheetToggled':
      return { ...state, excludeSheets: toggleMember(state.excludeSheets, action.sheet, !action.include) };
    case 'columnPlaced':
      return { ...state, mapping: placeColumn(state.mapping, action.sheet, action.column, action.field) };
    case 'mappingSaved':
      return { ...state, mappingSaved: true };
    case 'profileChosen':
      return { ...state, profile: action.profile, expanded: [] };
    case 'dateSet':
      return setDate(state, action.key, action.value);
    case 'agreementMonthSet':
      return isMonth(action.month) ? { ...state, params: { ...state.params, agreementStartMonth: action.month } } : state;
    case 'thresholdSet':
      return { ...state, params: { ...state.params, thresholds: setOrDelete(state.params.thresholds, action.id, action.value) } };
    case 'whatIfChanged':
      return changeWhatIf(state, action.patch);
    case 'whatIfReset':
      return { ...state, whatIf: null };
    case 'findingsToggled':
      return { ...state, expanded: toggleMember(state.expanded, action.id, !state.expanded.includes(action.id)) };
    case 'issueSelected':
      return { ...state, selectedIssue: { sheet: action.sheet, cell: action.cell } };
    case 'writeStarted':
      return { ...state, phase: 'writing', error: null, written: null };
    case 'writeDone':
      return { ...state, phase: 'ready', written: action.written };
  }
}

/** Keeps the user's grids and restores what the workbook remembered from the last run. */
function applyReadResult(state: PaneState, action: Extract<Action, { type: 'readDone' }>): PaneState {
  // readWorkbook already left out the checker's output sheets (it keeps the checklist: it holds answers).
  const grids = action.grids;
  const restored = restoreSettings(state, action.settings);
  const present = new Set(grids.map((g) => g.name));
  return {
    ...restored,
    phase: 'ready',
    progress: null,
    step: 'detect',
    grids,
    sheets: action.sheets,
    date1904: action.date1904,
    excludeSheets: restored.excludeSheets.filter((name) => present.has(name)),
    whatIf: null,
    expanded: [],
    selectedIssue: null,
  };
}

/**
 * Merges stored settings into the state, keeping only well-formed values (a workbook may carry settings
 * written by hand or by an older version). The as-of date is never restored: it defaults to today.
 *
 * @example restoreSettings(s, { profile: 'law36', params: { agreementStartMonth: 13 } }).params.agreementStartMonth // stays 4
 */
export function restoreSettings(state: PaneState, settings: StoredSettings | null): PaneState {
  if (!settings) return state;
  const stored = settings.params ?? {};
  const params: Params = { ...state.params, thresholds: { ...state.params.thresholds } };
  if (typeof stored.agreementStartMonth === 'number' && isMonth(stored.agreementStartMonth)) params.agreementStartMonth = stored.agreementStartMonth;
  if (typeof stored.planStart === 'string' && isIsoDate(stored.planStart)) params.planStart = stored.planStart;
  if (typeof stored.planEnd === 'string' && isIsoDate(stored.planEnd)) params.planEnd = stored.planEnd;
  if (isRecord(stored.thresholds)) {
    for (const [id, value] of Object.entries(stored.thresholds)) if (typeof value === 'number' && Number.isFinite(value)) params.thresholds[id] = value;
  }
  return {
    ...state,
    params,
    mapping: isRecord(settings.mapping) ? (settings.mapping as Mapping) : state.mapping,
    excludeSheets: Array.isArray(settings.excludeSheets) ? settings.excludeSheets.filter((s) => typeof s === 'string') : state.excludeSheets,
    profile: typeof settings.profile === 'string' && settings.profile ? settings.profile : state.profile,
  };
}

/**
 * What the workbook should remember: mapping, excluded sheets, profile and the parameters the user changed
 * (never the as-of date, never what-if values).
 *
 * @example selectStoredSettings(s).params // { agreementStartMonth: 4, thresholds: {} }
 */
export function selectStoredSettings(state: PaneState): StoredSettings {
  const { agreementStartMonth, planStart, planEnd, thresholds } = state.params;
  const params: Record<string, unknown> = { agreementStartMonth, thresholds };
  if (planStart) params.planStart = planStart;
  if (planEnd) params.planEnd = planEnd;
  return { mapping: state.mapping, excludeSheets: state.excludeSheets, profile: state.profile, params };
}

/** Options for `analyse` on the real data. */
export interface AnalysisOptions {
  profile: string;
  params: Params;
  mapping: Mapping;
  excludeSheets: string[];
  date1904: boolean;
  whatIf?: { extraMenOnChildcareLeave?: number; overtimeChangeRatio?: number };
}

/**
 * The `analyse` options for the real data.
 *
 * @example selectAnalysisOptions(s).whatIf // undefined
 */
export function selectAnalysisOptions(state: PaneState): AnalysisOptions {
  return { profile: state.profile, params: state.params, mapping: state.mapping, excludeSheets: state.excludeSheets, date1904: state.date1904 };
}

/**
 * The `analyse` options with the what-if knobs applied, or null when no what-if is active.
 * A 10 % overtime cut becomes `overtimeChangeRatio: -0.1`.
 *
 * @example selectWhatIfOptions({ ...s, whatIf: { thresholds: {}, extraMen: 2, overtimeCutPercent: 10 } })?.whatIf
 * // { extraMenOnChildcareLeave: 2, overtimeChangeRatio: -0.1 }
 */
export function selectWhatIfOptions(state: PaneState): AnalysisOptions | null {
  const w = state.whatIf;
  if (!w) return null;
  const params: Params = {
    ...state.params,
    planStart: w.planStart ?? state.params.planStart,
    planEnd: w.planEnd ?? state.params.planEnd,
    thresholds: { ...state.params.thresholds, ...w.thresholds },
  };
  return {
    ...selectAnalysisOptions(state),
    params,
    whatIf: { extraMenOnChildcareLeave: w.extraMen, overtimeChangeRatio: -w.overtimeCutPercent / 100 },
  };
}

/**
 * Whether the user may leave a step forward: the check needs at least one included sheet.
 *
 * @example canAdvance({ ...s, step: 'detect', grids: [] }) // false
 */
export function canAdvance(state: PaneState): boolean {
  if (state.phase !== 'ready') return false;
  if (state.step === 'export') return false;
  return state.grids.some((g) => !state.excludeSheets.includes(g.name));
}

/**
 * The step after the current one, or the same step at the end.
 *
 * @example nextStep('settings') // 'results'
 */
export function nextStep(step: StepId): StepId {
  return STEPS[Math.min(STEPS.indexOf(step) + 1, STEPS.length - 1)];
}

/**
 * The step before the current one, or the same step at the start.
 *
 * @example previousStep('mapping') // 'detect'
 */
export function previousStep(step: StepId): StepId {
  return STEPS[Math.max(STEPS.indexOf(step) - 1, 0)];
}

/** true once the user has reached the results: from then on the analysis runs. */
export function hasReachedResults(state: PaneState): boolean {
  return STEPS.indexOf(state.step) >= STEPS.indexOf('results');
}

/** Codes of the office-js host's own errors (OfficeHostError) → the message that fits them. */
const HOST_ERROR_KINDS: Record<string, ErrorKind> = { CellEditMode: 'cellEdit', WriteFailed: 'write', WriteFailedNotRestored: 'writeNotRestored' };

/**
 * Sorts an error from office-js, exceljs or fetch into one of the plain-language messages. `context` says
 * what the pane was doing; the host's own codes come first (a failed write that was rolled back is a write error
 * even when Excel refused it for its size; one that could not be rolled back must not claim the workbook is
 * unchanged), then office-js codes (cell-edit mode, payload limits) win over the context.
 *
 * @example describeError({ code: 'InvalidOperationInCellEditMode' }, 'read').kind // 'cellEdit'
 */
export function describeError(error: unknown, context: ErrorKind): ErrorInfo {
  const code = isRecord(error) && typeof error.code === 'string' ? error.code : '';
  const text = error instanceof Error ? error.message : isRecord(error) && typeof error.message === 'string' ? error.message : String(error);
  const detail = [code, text].filter((part, i, all) => part && all.indexOf(part) === i).join(': ');
  if (Object.prototype.hasOwnProperty.call(HOST_ERROR_KINDS, code)) return { kind: HOST_ERROR_KINDS[code], detail };
  if (/InvalidOperationInCellEditMode/i.test(code + text)) return { kind: 'cellEdit', detail };
  if (/PayloadSizeLimitExceeded|RequestPayloadSizeLimit|ResponsePayloadSizeLimit/i.test(code + text)) return { kind: 'tooLarge', detail };
  return { kind: context, detail };
}

/**
 * Places a column (by its letter) on a field, or ignores it with `null`, keeping the rest of the mapping.
 *
 * @example placeColumn({}, '勤怠', 'F', 'overtime') // { 勤怠: { columns: { F: 'overtime' } } }
 */
export function placeColumn(mapping: Mapping, sheet: string, column: string, field: FieldId | null): Mapping {
  const sheetMapping = mapping[sheet] ?? {};
  return { ...mapping, [sheet]: { ...sheetMapping, columns: { ...(sheetMapping.columns ?? {}), [column]: field } } };
}

/**
 * Finds the findings behind one criterion: a finding's rule is the criterion id or starts with it
 * (`law36.monthly` under `law36`).
 *
 * @example findingsOf([{ rule: 'law36.monthly', employeeId: 'E1', period: '2026-01', value: 50, severity: 'violation' }], 'law36').length // 1
 */
export function findingsOf(findings: Finding[], criterionId: string): Finding[] {
  return findings.filter((f) => f.rule === criterionId || f.rule.startsWith(`${criterionId}.`));
}

export { isIsoDate };

/** A blank plan date means "the default window"; the as-of date is required. */
function setDate(state: PaneState, key: 'asOf' | 'planStart' | 'planEnd', value: string): PaneState {
  if (key !== 'asOf' && value === '') {
    const params = { ...state.params };
    delete params[key];
    return { ...state, params };
  }
  if (!isIsoDate(value)) return state;
  return { ...state, params: { ...state.params, [key]: value } };
}

/** Validates a what-if patch: counts are whole and ≥ 0, the cut is 0–100 %, dates are real or blank. */
function changeWhatIf(state: PaneState, patch: Partial<WhatIfState>): PaneState {
  const base: WhatIfState = state.whatIf ?? { thresholds: {}, extraMen: 0, overtimeCutPercent: 0 };
  const next: WhatIfState = { ...base, thresholds: { ...base.thresholds, ...(patch.thresholds ?? {}) } };
  if (patch.extraMen !== undefined) {
    if (!Number.isInteger(patch.extraMen) || patch.extraMen < 0) return state;
    next.extraMen = patch.extraMen;
  }
  if (patch.overtimeCutPercent !== undefined) {
    if (!Number.isFinite(patch.overtimeCutPercent) || patch.overtimeCutPercent < 0 || patch.overtimeCutPercent > 100) return state;
    next.overtimeCutPercent = patch.overtimeCutPercent;
  }
  for (const key of ['planStart', 'planEnd'] as const) {
    if (!(key in patch)) continue;
    const value = patch[key];
    if (value === undefined || value === '') delete next[key];
    else if (isIsoDate(value)) next[key] = value;
    else return state;
  }
  return { ...state, whatIf: next };
}

function toggleMember(list: string[], item: string, present: boolean): string[] {
  const without = list.filter((x) => x !== item);
  return present ? [...without, item] : without;
}

function setOrDelete<T>(record: Record<string, T>, key: string, value: T | null): Record<string, T> {
  const copy = { ...record };
  if (value === null) delete copy[key];
  else copy[key] = value;
  return copy;
}

function isMonth(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 12;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
