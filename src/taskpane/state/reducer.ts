import type { Params } from '../../rules/params';
import type { Agreement, AgreementField } from '../../rules/agreement';
/**
 * Every change to the pane's state, as one pure function (Script Lab style): components dispatch actions; the
 * reducer never touches the workbook, the clock or the network, so each change is unit-tested in
 * test/taskpane/state/index.test.ts. Results are not stored: they are derived from the grids already read (see
 * ./selectors.ts), which is what makes what-if instant.
 */
import type { FieldId, Mapping } from '../../ingest/types';
import { defaultParams } from '../../rules/params';
import { isIsoDate, isMonth, isWeekday, isWorkingTimeSystem, restoreSettings } from './settings';
import type { Action, ChecklistDraft, Lang, PaneState, WhatIfChangeKey, WhatIfState } from './types';

/** No certification chosen yet: 設定 asks before the first check. */
const NO_PROFILE = '';

/**
 * The state before anything is read. `today` (YYYY-MM-DD) is the default as-of date, passed in so the reducer
 * never reads the clock.
 *
 * @example createInitialState('ja', '2026-03-31').params.asOf // '2026-03-31'
 */
export function createInitialState(locale: Lang, today: string): PaneState {
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
    companyName: '',
    profile: NO_PROFILE,
    params: defaultParams(today),
    whatIf: null,
    whatIfCriterion: null,
    checklist: {},
    checklistUnsaved: false,
    firstRun: false,
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
    case 'sheetsReread': {
      const fresh = new Map(action.grids.map((g) => [g.name, g]));
      return { ...state, grids: state.grids.map((g) => fresh.get(g.name) ?? g) };
    }
    case 'failed':
      return {
        ...state,
        error: action.error,
        phase: state.phase === 'idle' || state.grids.length === 0 ? 'idle' : 'ready',
        progress: null,
      };
    case 'errorDismissed':
      return { ...state, error: null };
    case 'guideDismissed':
      return { ...state, firstRun: false };
    case 'stepChosen':
      return { ...state, step: action.step };
    case 'sheetToggled':
      return { ...state, excludeSheets: toggleMember(state.excludeSheets, action.sheet, !action.include) };
    case 'sheetMappingSet': {
      // Mapping v2 from 列の確認 (kind, duration styles, context values, sums): the sheet's whole entry.
      const { [action.sheet]: _old, ...rest } = state.mapping;
      return { ...state, mapping: action.mapping ? { ...rest, [action.sheet]: action.mapping } : rest };
    }
    case 'columnPlaced':
      return { ...state, mapping: placeColumn(state.mapping, action.sheet, action.column, action.field) };
    case 'mappingSaved':
      return { ...state, mappingSaved: true };
    default:
      return reduceSettings(state, action) ?? reduceWork(state, action);
  }
}

/** The 設定 step's actions, or null for another action. */
function reduceSettings(state: PaneState, action: Action): PaneState | null {
  switch (action.type) {
    case 'companyNameSet':
      return { ...state, companyName: action.name };
    case 'localeChosen':
      return { ...state, locale: action.locale };
    case 'profileChosen':
      return { ...state, profile: action.profile, expanded: [], whatIfCriterion: null };
    case 'dateSet':
      return setDate(state, action.key, action.value);
    case 'agreementMonthSet':
      return isMonth(action.month)
        ? { ...state, params: { ...state.params, agreementStartMonth: action.month } }
        : state;
    case 'agreementFieldSet':
      return { ...state, params: withAgreementField(state.params, action.field, action.value) };
    case 'statutoryWeekdaySet':
      if (action.weekday !== null && !isWeekday(action.weekday)) return state;
      return { ...state, params: setOrDeleteKey(state.params, 'statutoryHolidayWeekday', action.weekday ?? undefined) };
    case 'workingTimeSystemSet':
      if (action.system !== null && !isWorkingTimeSystem(action.system)) return state;
      return { ...state, params: setOrDeleteKey(state.params, 'workingTimeSystem', action.system ?? undefined) };
    case 'thresholdSet':
      return {
        ...state,
        params: { ...state.params, thresholds: setOrDelete(state.params.thresholds, action.id, action.value) },
      };
    default:
      return null;
  }
}

/** The 結果, 試算 and 書き出し steps' actions. */
function reduceWork(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case 'whatIfChanged':
      return changeWhatIf(state, action.patch);
    case 'whatIfCriterionChosen':
      return { ...state, whatIfCriterion: action.id };
    case 'whatIfReset':
      return { ...state, whatIf: null };
    case 'whatIfUndone':
      return { ...state, whatIf: undoWhatIf(state.whatIf, action.key) };
    case 'checklistAnswered':
      return {
        ...state,
        checklist: { ...state.checklist, [action.itemNo]: cleanDraft(action.draft) },
        checklistUnsaved: true,
      };
    case 'checklistSaved':
      return { ...state, checklistUnsaved: false };
    case 'findingsToggled':
      return { ...state, expanded: toggleMember(state.expanded, action.id, !state.expanded.includes(action.id)) };
    case 'issueSelected':
      return { ...state, selectedIssue: { sheet: action.sheet, cell: action.cell } };
    case 'writeStarted':
      return { ...state, phase: 'writing', error: null, written: null };
    case 'writeDone':
      return { ...state, phase: 'ready', written: action.written, checklistUnsaved: false };
    default:
      return state;
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
    // Answers just read from the sheet supersede the pane's (a re-read after writing them back).
    checklist: {},
    checklistUnsaved: false,
    firstRun: action.settings === null,
    expanded: [],
    selectedIssue: null,
  };
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

/** A blank plan date means "the default window"; the as-of date is required. */
function setDate(state: PaneState, key: 'asOf' | 'planStart' | 'planEnd', value: string): PaneState {
  if (key !== 'asOf' && value === '') return { ...state, params: setOrDeleteKey(state.params, key, undefined) };
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
    if (!Number.isFinite(patch.overtimeCutPercent) || patch.overtimeCutPercent < 0 || patch.overtimeCutPercent > 100)
      return state;
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

/**
 * The changes a what-if applies, in the order the 試算 step lists them (each with its own 元に戻す).
 *
 * @example whatIfChanges({ thresholds: { 'childcare.male-rate': 0.7 }, extraMen: 0, overtimeCutPercent: 20 }) // ['overtimeCut', 'threshold:childcare.male-rate']
 */
export function whatIfChanges(whatIf: WhatIfState | null): WhatIfChangeKey[] {
  if (!whatIf) return [];
  const keys: WhatIfChangeKey[] = [];
  if (whatIf.extraMen > 0) keys.push('extraMen');
  if (whatIf.overtimeCutPercent > 0) keys.push('overtimeCut');
  for (const id of Object.keys(whatIf.thresholds)) keys.push(`threshold:${id}`);
  if (whatIf.planStart || whatIf.planEnd) keys.push('plan');
  return keys;
}

/**
 * The what-if without one change; null (the real data) once nothing is left.
 *
 * @example undoWhatIf({ thresholds: {}, extraMen: 2, overtimeCutPercent: 20 }, 'overtimeCut') // { thresholds: {}, extraMen: 2, overtimeCutPercent: 0 }
 */
function undoWhatIf(whatIf: WhatIfState | null, key: WhatIfChangeKey): WhatIfState | null {
  if (!whatIf) return null;
  const next: WhatIfState = { ...whatIf, thresholds: { ...whatIf.thresholds } };
  if (key === 'extraMen') next.extraMen = 0;
  else if (key === 'overtimeCut') next.overtimeCutPercent = 0;
  else if (key === 'plan') {
    delete next.planStart;
    delete next.planEnd;
  } else delete next.thresholds[key.slice('threshold:'.length)];
  return whatIfChanges(next).length > 0 ? next : null;
}

/** A draft without empty parts: a blank note is no note. */
function cleanDraft(draft: ChecklistDraft): ChecklistDraft {
  const out: ChecklistDraft = {};
  if (draft.answer !== undefined) out.answer = draft.answer;
  if (draft.evidence !== undefined && draft.evidence.trim() !== '') out.evidence = draft.evidence;
  return out;
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

/** A copy of `object` with `key` set, or removed when `value` is undefined (an optional parameter unset). */
function setOrDeleteKey<T extends object, K extends keyof T>(object: T, key: K, value: T[K] | undefined): T {
  const copy = { ...object };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

/**
 * 設定's 36協定: one field set on the agreement the pane keeps (origin 設定), or cleared; no field left = no agreement
 * from 設定 (a `36協定` sheet, if any, is used then). Example: monthHours 45 → `[{ origin: 'settings', monthHours: 45 }]`.
 */
function withAgreementField(params: Params, field: AgreementField, value: number | boolean | null): Params {
  const current: Agreement = { ...(params.agreements?.find((a) => a.origin === 'settings') ?? { origin: 'settings' }) };
  if (value === null) delete current[field];
  else (current as Record<string, unknown>)[field] = value;
  const keys = Object.keys(current).filter((k) => k !== 'origin');
  return { ...params, agreements: keys.length > 0 ? [current] : undefined };
}
