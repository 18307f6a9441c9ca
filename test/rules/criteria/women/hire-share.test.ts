import { evaluate } from '../../../../src/rules';
import { employee, makeDataset, params } from '../../fixtures';

describe('women.hire-share', () => {
  test('2 women of 5 hires in the window → 40% passes; 1 of 5 fails needing 1 more', () => {
    const hires = (women: number) =>
      makeDataset({
        employees: [
          ...Array.from({ length: 5 }, (_, i) =>
            employee(`H${i}`, { hireDate: '2025-10-01', gender: i < women ? 'female' : 'male' }),
          ),
          employee('OLD', { hireDate: '2020-04-01', gender: 'female' }),
        ],
      });
    expect(
      evaluate(hires(2), 'public-sector-targets', params()).criteria.find((x) => x.id === 'women.hire-share'),
    ).toMatchObject({ status: 'pass', value: 0.4 });
    const c = evaluate(hires(1), 'public-sector-targets', params()).criteria.find((x) => x.id === 'women.hire-share')!;
    expect(c.status).toBe('fail');
    expect(c.gap).toContain('あと1人');
  });
});
