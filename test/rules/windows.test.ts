import { computeWindows, getAgreementYearStart } from '../../src/rules/windows';
import { params } from './fixtures';

describe('computeWindows', () => {
  test('as-of the last day of a month: that month ends the windows', () => {
    expect(computeWindows(params('2026-03-31'))).toEqual({
      basis: 'rolling',
      months12: ['2025-04', '2026-03'],
      years3: ['2023-04', '2026-03'],
      plan: ['2023-04-01', '2026-03-31'],
    });
  });

  test('as-of mid-month: the previous month is the last complete one', () => {
    const w = computeWindows(params('2026-03-15'));
    expect(w.months12).toEqual(['2025-03', '2026-02']);
    expect(w.years3).toEqual(['2023-03', '2026-02']);
    expect(w.plan).toEqual(['2023-03-01', '2026-02-28']);
  });

  test('fiscal-year: the last business year complete on the as-of date', () => {
    // April start, as-of 2026-03-31: FY2025 (2025-04..2026-03) has just ended → it is the window.
    expect(computeWindows(params('2026-03-31'), 'fiscal-year').months12).toEqual(['2025-04', '2026-03']);
    // as-of 2026-03-30: FY2025 is not complete → FY2024 (2024-04..2025-03); 3 years = 2022-04..2025-03.
    const w = computeWindows(params('2026-03-30'), 'fiscal-year');
    expect(w).toMatchObject({ basis: 'fiscal-year', months12: ['2024-04', '2025-03'], years3: ['2022-04', '2025-03'] });
    // A January business year (fiscalYearStartMonth 1), as-of 2026-03-31: the calendar year 2025.
    expect(computeWindows(params('2026-03-31', { fiscalYearStartMonth: 1 }), 'fiscal-year').months12).toEqual([
      '2025-01',
      '2025-12',
    ]);
    // An October business year, as-of 2026-09-30: 2025-10..2026-09.
    expect(computeWindows(params('2026-09-30', { fiscalYearStartMonth: 10 }), 'fiscal-year').months12).toEqual([
      '2025-10',
      '2026-09',
    ]);
  });

  test('a user-set plan period wins over the default', () => {
    expect(computeWindows(params('2026-03-31', { planStart: '2024-04-01', planEnd: '2026-03-31' })).plan).toEqual([
      '2024-04-01',
      '2026-03-31',
    ]);
  });

  test('agreement year starts on the configured month', () => {
    expect(getAgreementYearStart('2026-02', 4)).toBe('2025-04');
    expect(getAgreementYearStart('2026-04', 4)).toBe('2026-04');
    expect(getAgreementYearStart('2026-02', 1)).toBe('2026-01');
    expect(getAgreementYearStart('2025-12', 10)).toBe('2025-10');
  });
});
