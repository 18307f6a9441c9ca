import { evaluate } from '../../../../src/rules';
import { employee, FY2025, hours, makeDataset, params, year } from '../../fixtures';

describe('hours.no-over-60-average (everyone, statutory OT only)', () => {
  test('an employee averaging exactly 60 h of OT fails; holiday work is not counted; a part-timer counts too', () => {
    // F1: 12 months of 60 h OT → mean 60 (≥ 60 fails). F2: 50 h OT + 20 h HW → OT mean 50. P パート: 61 h → 61.
    const ds = makeDataset({
      employees: [
        employee('F1', { fullTime: true }),
        employee('F2', { fullTime: true }),
        employee('P', { employmentType: 'パート' }),
      ],
      monthlyHours: [...year('F1', 60), ...FY2025.map((m) => hours('F2', m, 50, 20)), ...year('P', 61)],
    });
    const c = evaluate(ds, 'all', params()).criteria.find((x) => x.id === 'hours.no-over-60-average')!;
    expect(c.status).toBe('fail');
    expect(c.value).toBe(61);
    expect(c.breakdown).toEqual({ F1: 60, F2: 50, P: 61 });
    expect(c.gap).toContain('F1');
    expect(c.gap).toContain('P');
  });

  test('the mean covers only the months with data of an employee hired mid-window', () => {
    // F3 hired 2025-10-01: 6 months at 59 h → 59, passes (the 6 months before hiring are not zeros).
    const ds = makeDataset({
      employees: [employee('F1', { fullTime: true }), employee('F3', { fullTime: true, hireDate: '2025-10-01' })],
      monthlyHours: [...year('F1', 10), ...FY2025.slice(6).map((m) => hours('F3', m, 59))],
    });
    const c = evaluate(ds, 'all', params()).criteria.find((x) => x.id === 'hours.no-over-60-average')!;
    expect(c.status).toBe('pass');
    expect(c.value).toBe(59);
  });

  test('no roster needed: the rule is about everyone', () => {
    const c = evaluate(makeDataset({ monthlyHours: year('A', 20) }), 'all', params()).criteria.find(
      (x) => x.id === 'hours.no-over-60-average',
    )!;
    expect(c.status).toBe('pass');
    expect(c.value).toBe(20);
  });
});
