/**
 * What the workbook remembers between runs (`workbook.settings`): mapping, excluded sheets, the certification
 * being prepared and the parameters the user changed — never the as-of date, never what-if values. Restoring
 * keeps only well-formed values: a workbook may carry settings written by hand or by an older version.
 */
import type { Mapping } from '../../ingest/types';
import type { StoredSettings } from '../../host/port';
import type { Params } from '../../rules/params';
import type { WorkingTimeSystem } from '../../rules/types';
import { WORKING_TIME_SYSTEMS } from '../../rules/param-meta';
import type { PaneState } from './types';

/**
 * Merges stored settings into the state, keeping only well-formed values. The as-of date is never restored:
 * it defaults to today.
 *
 * @example restoreSettings(s, { profile: 'law36', params: { agreementStartMonth: 13 } }).params.agreementStartMonth // stays 4
 */
export function restoreSettings(state: PaneState, settings: StoredSettings | null): PaneState {
  if (!settings) return state;
  const params = restoreParams(state.params, settings.params ?? {});
  return {
    ...state,
    params,
    mapping: isRecord(settings.mapping) ? (settings.mapping as Mapping) : state.mapping,
    excludeSheets: Array.isArray(settings.excludeSheets)
      ? settings.excludeSheets.filter((s) => typeof s === 'string')
      : state.excludeSheets,
    profile: typeof settings.profile === 'string' && settings.profile ? settings.profile : state.profile,
    companyName: typeof settings.companyName === 'string' ? settings.companyName : state.companyName,
  };
}

/** The stored parameters that pass validation, over the current ones. */
function restoreParams(current: Params, stored: Record<string, unknown>): Params {
  const params: Params = { ...current, thresholds: { ...current.thresholds } };
  if (typeof stored.agreementStartMonth === 'number' && isMonth(stored.agreementStartMonth))
    params.agreementStartMonth = stored.agreementStartMonth;
  if (typeof stored.planStart === 'string' && isIsoDate(stored.planStart)) params.planStart = stored.planStart;
  if (typeof stored.planEnd === 'string' && isIsoDate(stored.planEnd)) params.planEnd = stored.planEnd;
  if (typeof stored.statutoryHolidayWeekday === 'number' && isWeekday(stored.statutoryHolidayWeekday))
    params.statutoryHolidayWeekday = stored.statutoryHolidayWeekday;
  if (isWorkingTimeSystem(stored.workingTimeSystem)) params.workingTimeSystem = stored.workingTimeSystem;
  // 設定's 36協定, remembered in the workbook: used only when it still keeps the statutory bounds.
  if (stored.agreement !== undefined) {
    const read = readAgreementJson(stored.agreement, 'settings');
    if (read.problems.length === 0) params.agreements = read.agreements;
  }
  if (isRecord(stored.thresholds)) {
    for (const [id, value] of Object.entries(stored.thresholds))
      if (typeof value === 'number' && Number.isFinite(value)) params.thresholds[id] = value;
  }
  return params;
}

/**
 * What the workbook should remember.
 *
 * @example selectStoredSettings(s).params // { agreementStartMonth: 4, thresholds: {} }
 */
export function selectStoredSettings(state: PaneState): StoredSettings {
  const { agreementStartMonth, planStart, planEnd, thresholds, statutoryHolidayWeekday, workingTimeSystem } =
    state.params;
  const params: Record<string, unknown> = { agreementStartMonth, thresholds };
  if (planStart) params.planStart = planStart;
  if (planEnd) params.planEnd = planEnd;
  if (statutoryHolidayWeekday !== undefined) params.statutoryHolidayWeekday = statutoryHolidayWeekday;
  if (workingTimeSystem !== undefined) params.workingTimeSystem = workingTimeSystem;
  const agreement = state.params.agreements?.find((a) => a.origin === 'settings');
  if (agreement) {
    const { origin: _origin, originName: _name, ...fields } = agreement;
    params.agreement = fields;
  }
  const stored: StoredSettings = {
    mapping: state.mapping,
    excludeSheets: state.excludeSheets,
    profile: state.profile,
    params,
  };
  return state.companyName.trim() ? { ...stored, companyName: state.companyName.trim() } : stored;
}

import { isIsoDate } from '../../rules/dates';
import { readAgreementJson } from '../../rules/agreement-input';

export { isIsoDate };

/** @example isMonth(12) // true */
export function isMonth(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 12;
}

/** A weekday as `Date.getDay()` counts it: 0 = 日 … 6 = 土. @example isWeekday(7) // false */
export function isWeekday(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 6;
}

/** @example isWorkingTimeSystem('flextime') // true */
export function isWorkingTimeSystem(value: unknown): value is WorkingTimeSystem {
  return typeof value === 'string' && (WORKING_TIME_SYSTEMS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
