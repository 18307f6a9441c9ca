/** The evaluation windows (12 months, 3 years, the plan period, the agreement year), all derived from `params.asOf`. */
import type { Params, WindowBasis } from './params';
import type { IsoDate, IsoMonth, Windows } from './types';
import { addMonths, getFirstDayOfMonth, getLastDayOfMonth, getMonthOf, splitIso } from './dates';

/**
 * The last calendar month that is complete on the as-of date.
 * Example: `getLastCompleteMonth('2026-03-31') === '2026-03'`; `getLastCompleteMonth('2026-03-15') === '2026-02'`.
 */
function getLastCompleteMonth(asOf: IsoDate): IsoMonth {
  const month = getMonthOf(asOf);
  return asOf === getLastDayOfMonth(month) ? month : addMonths(month, -1);
}

/**
 * The last month of the last business year (事業年度 from `startMonth`) complete on the as-of date.
 * Example: `getLastFiscalYearEnd('2026-03-15', 4) === '2025-03'`; `getLastFiscalYearEnd('2026-03-31', 4) === '2026-03'`.
 */
function getLastFiscalYearEnd(asOf: IsoDate, startMonth: number): IsoMonth {
  const last = getLastCompleteMonth(asOf);
  const start = Number.isInteger(startMonth) && startMonth >= 1 && startMonth <= 12 ? startMonth : 4;
  const endMonth = ((start + 10) % 12) + 1;
  const [, m] = splitIso(last);
  return addMonths(last, -((m - endMonth + 12) % 12));
}

/**
 * The 12-month window, the 3-year window and the plan period for a run. With `basis` 'fiscal-year' (params.window
 * wins over it) the windows end with the last complete business year instead of the last complete month.
 * Example: `computeWindows(defaultParams('2026-03-31')).months12` → `['2025-04', '2026-03']`,
 * `.plan` → `['2023-04-01', '2026-03-31']`; as-of 2026-03-15 with 'fiscal-year' → `['2024-04', '2025-03']`.
 */
export function computeWindows(params: Params, basis: WindowBasis = 'rolling'): Windows {
  const chosen = params.window ?? basis;
  const last =
    chosen === 'fiscal-year'
      ? getLastFiscalYearEnd(params.asOf, params.fiscalYearStartMonth ?? 4)
      : getLastCompleteMonth(params.asOf);
  const years3: [IsoMonth, IsoMonth] = [addMonths(last, -35), last];
  return {
    basis: chosen,
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
  const start =
    Number.isInteger(agreementStartMonth) && agreementStartMonth >= 1 && agreementStartMonth <= 12
      ? agreementStartMonth
      : 4;
  return addMonths(month, -((m - start + 12) % 12));
}
