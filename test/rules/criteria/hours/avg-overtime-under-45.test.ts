import { evaluate } from '../../../../src/rules';
import type { CriterionResult, Dataset } from '../../../../src/rules/types';
import { employee, hours, makeDataset, params, year } from '../../fixtures';

function criterion(ds: Dataset, id: string, asOf = '2026-03-31'): CriterionResult {
  const c = evaluate(ds, 'all', params(asOf)).criteria.find((x) => x.id === id);
  if (!c) throw new Error(`missing ${id}`);
  return c;
}

describe('hours.avg-overtime-under-45', () => {
  // A: 10 h every month, except 2025-06: 50 h OT. B: 10 h, except 2025-06: 40 h OT + 6.4 h HW.
  // 2025-06 mean = (50 + 46.4) / 2 = 48.2 → 3.2 h over 45 per person, 6.4 h in total.
  const ds = makeDataset({
    monthlyHours: [...year('A', 10, { '2025-06': [50] }), ...year('B', 10, { '2025-06': [40, 6.4] })],
  });

  test('fails on the month whose mean reaches 45, with the reduction needed', () => {
    const c = criterion(ds, 'hours.avg-overtime-under-45');
    expect(c.status).toBe('fail');
    expect(c.value).toBe(48.2);
    expect(c.threshold).toBe(45);
    expect(c.unit).toBe('hours');
    expect(c.series?.['2025-06']).toBe(48.2);
    expect(c.series?.['2025-04']).toBe(10);
    expect(Object.keys(c.series ?? {})).toHaveLength(12);
    expect(c.gap).toBe('2025-06 の平均時間外労働をあと3.2時間減らす必要（合計6.4時間）');
    expect(c.title).toMatch(/45時間/);
    expect(c.category).toBe('労働時間');
    expect(c.source).toMatch(/項目73/);
  });

  test('passes when every month is under 45 (44.99 is under)', () => {
    const c = criterion(
      makeDataset({ monthlyHours: [...year('A', 44.99), ...year('B', 44.99)] }),
      'hours.avg-overtime-under-45',
    );
    expect(c.status).toBe('pass');
    expect(c.gap).toBeNull();
  });

  test('a mean of exactly 45 is not under 45', () => {
    expect(criterion(makeDataset({ monthlyHours: year('A', 45) }), 'hours.avg-overtime-under-45').status).toBe('fail');
  });

  test('a month without any attendance row → insufficient-data naming the month', () => {
    const rows = [...year('A', 10), ...year('B', 10)].filter((r) => r.month !== '2025-07');
    const c = criterion(makeDataset({ monthlyHours: rows }), 'hours.avg-overtime-under-45');
    expect(c.status).toBe('insufficient-data');
    expect(c.gap).toContain('2025-07');
    expect(c.series?.['2025-07']).toBeUndefined();
    expect(c.series?.['2025-08']).toBe(10);
  });

  test('an employee who left is not in the mean after leaving, even with a stray row', () => {
    // C left on 2025-05-31 but has a 90 h row in 2025-06: only A (10 h) counts in June.
    const ds2 = makeDataset({
      employees: [employee('A'), employee('C', { leaveDate: '2025-05-31' })],
      monthlyHours: [...year('A', 10), hours('C', '2025-06', 90)],
    });
    expect(criterion(ds2, 'hours.avg-overtime-under-45').series?.['2025-06']).toBe(10);
  });

  test('threshold override from params', () => {
    const r = evaluate(
      makeDataset({ monthlyHours: year('A', 40) }),
      'fukuyama-2026',
      params('2026-03-31', { thresholds: { 'hours.avg-overtime-under-45': 40 } }),
    );
    const c = r.criteria.find((x) => x.id === 'hours.avg-overtime-under-45')!;
    expect(c.threshold).toBe(40);
    expect(c.status).toBe('fail');
  });
});
