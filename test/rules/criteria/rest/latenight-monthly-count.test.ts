import { evaluate } from '../../../../src/rules';
import { makeDataset, params, shift } from '../../fixtures';

describe('latenight.monthly-count', () => {
  const nights = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      shift('A', `2025-07-${String(i * 2 + 1).padStart(2, '0')}`, '18:00', '23:30', 1.5),
    );

  test('5 late-night days in a month → finding over the default 4; 4 days is fine', () => {
    const five = evaluate(makeDataset({ shifts: nights(5) }), 'all', params());
    expect(five.findings.filter((f) => f.rule === 'latenight.monthly-count')).toEqual([
      expect.objectContaining({ employeeId: 'A', period: '2025-07', value: 5 }),
    ]);
    expect(five.criteria.find((c) => c.id === 'latenight.monthly-count')!.status).toBe('fail');
    const four = evaluate(makeDataset({ shifts: nights(4) }), 'all', params());
    expect(four.criteria.find((c) => c.id === 'latenight.monthly-count')).toMatchObject({ status: 'pass', value: 4 });
  });
});
