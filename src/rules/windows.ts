/** The evaluation windows of criteria.md "Common definitions", all derived from `params.asOf`. */
import type { Params } from './params';
import type { IsoDate, IsoMonth, Windows } from './types';
import { addMonths, getFirstDayOfMonth, getLastDayOfMonth, getMonthOf, splitIso } from './dates';

/**
 * The last calendar month that is complete on the as-of date.
 * Example: `getLastCompleteMonth('2026-03-31') === '2026-03'`; `getLastCompleteMonth('2026-03-15') === '2026-02'`.
 */
export function getLastCompleteMonth(asOf: IsoDate): IsoMonth {
  const month = getMonthOf(asOf);
  return asOf === getLastDayOfMonth(month) ? month : addMonths(month, -1);
}

/**
 * The 12-month window, the 3-year window and the plan period for a run.
 * Example: `computeWindows(defaultParams('2026-03-31')).months12` → `['2025-04', '2026-03']`,
 * `.plan` → `['2023-04-01', '2026-03-31']`.
 */
export function computeWindows(params: Params): Windows {
  const last = getLastCompleteMonth(params.asOf);
  const years3: [IsoMonth, IsoMonth] = [addMonths(last, -35), last];
  return {
    months12: [addMonths(last, -11), last],
    years3,
    plan: [params.planStart ?? getFirstDayOfMonth(years3[0]), params.planEnd ?? getLastDayOfMonth(years3[1])],
  };
}

/**
 * First month of the 36協定 agreement year containing `month`.
 * Example: `getAgreementYearStart('2026-02', 4) === '2025-04'`; `getAgreementYearStart('2026-04', 4) === '2026-04'`.
 */
export function getAgreementYearStart(month: IsoMonth, agreementStartMonth: number): IsoMonth {
  const [, m] = splitIso(month);
  const start = Number.isInteger(agreementStartMonth) && agreementStartMonth >= 1 && agreementStartMonth <= 12 ? agreementStartMonth : 4;
  return addMonths(month, -((m - start + 12) % 12));
}
