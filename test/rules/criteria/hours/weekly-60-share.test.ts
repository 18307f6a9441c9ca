import { evaluate } from '../../../../src/rules';
import type { Dataset } from '../../../../src/rules/types';
import { makeDataset, params, year } from '../../fixtures';

describe('hours.weekly-60-share', () => {
  test('needs worked hours', () => {
    const c = evaluate(makeDataset({ monthlyHours: year('A', 10) }), 'guideline-targets', params()).criteria.find(
      (x) => x.id === 'hours.weekly-60-share',
    )!;
    expect(c.status).toBe('insufficient-data');
  });

  // Window 2025-04-01..2026-03-31 = 365 days = 52.14 weeks. 270 h a month × 12 = 3240 h → 62.1 h a week (≥ 60);
  // 160 h × 12 = 1920 h → 36.8 h a week.
  function staff(heavy: number): Dataset {
    const rows = [];
    for (let i = 0; i < 20; i++)
      rows.push(...year(`E${String(i).padStart(2, '0')}`, 10, {}, { worked: i < heavy ? 270 : 160 }));
    return makeDataset({ monthlyHours: rows });
  }

  test('1 of 20 → 5% passes (≤ 5%)', () => {
    const c = evaluate(staff(1), 'guideline-targets', params()).criteria.find((x) => x.id === 'hours.weekly-60-share')!;
    expect(c.value).toBeCloseTo(0.05, 10);
    expect(c.status).toBe('pass');
    expect(c.breakdown?.E00).toBe(62.14);
  });

  test('2 of 20 → 10% fails, one fewer needed', () => {
    const c = evaluate(staff(2), 'guideline-targets', params()).criteria.find((x) => x.id === 'hours.weekly-60-share')!;
    expect(c.status).toBe('fail');
    expect(c.gap).toContain('あと1人');
  });
});
