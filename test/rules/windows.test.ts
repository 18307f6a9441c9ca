import { computeWindows, getAgreementYearStart } from '../../src/rules/windows';
import { params } from './fixtures';

describe('computeWindows', () => {
  test('as-of the last day of a month: that month ends the windows', () => {
    expect(computeWindows(params('2026-03-31'))).toEqual({
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

  test('a user-set plan period wins over the default', () => {
    expect(computeWindows(params('2026-03-31', { planStart: '2024-04-01', planEnd: '2026-03-31' })).plan).toEqual(['2024-04-01', '2026-03-31']);
  });

  test('agreement year starts on the configured month', () => {
    expect(getAgreementYearStart('2026-02', 4)).toBe('2025-04');
    expect(getAgreementYearStart('2026-04', 4)).toBe('2026-04');
    expect(getAgreementYearStart('2026-02', 1)).toBe('2026-01');
    expect(getAgreementYearStart('2025-12', 10)).toBe('2025-10');
  });
});
