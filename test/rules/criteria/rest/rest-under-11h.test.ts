import { evaluate } from '../../../../src/rules';
import { makeDataset, params, shift } from '../../fixtures';

describe('interval.rest-under-11h', () => {
  test('23:00 end then 08:00 start → 9 h rest finding; 23:00 then 10:00 → 11 h is fine', () => {
    const ds = makeDataset({
      shifts: [
        shift('A', '2025-06-02', '09:00', '23:00'),
        shift('A', '2025-06-03', '08:00', '17:00'),
        shift('B', '2025-06-02', '09:00', '23:00'),
        shift('B', '2025-06-03', '10:00', '19:00'),
      ],
    });
    const r = evaluate(ds, 'all', params());
    const f = r.findings.filter((x) => x.rule === 'interval.rest-under-11h');
    expect(f).toEqual([expect.objectContaining({ employeeId: 'A', period: '2025-06-03', value: 9 })]);
    const c = r.criteria.find((x) => x.id === 'interval.rest-under-11h')!;
    expect(c.status).toBe('fail');
    expect(c.value).toBe(9);
    expect(c.threshold).toBe(11);
  });

  test('an overnight shift ends the next day; the limit is a parameter', () => {
    // 22:00–06:00 (ends 2025-06-03 06:00), next start 2025-06-03 15:00 → 9 h.
    const ds = makeDataset({
      shifts: [shift('A', '2025-06-02', '22:00', '06:00'), shift('A', '2025-06-03', '15:00', '20:00')],
    });
    expect(evaluate(ds, 'all', params()).findings.filter((x) => x.rule === 'interval.rest-under-11h')).toHaveLength(1);
    expect(
      evaluate(ds, 'all', params('2026-03-31', { minRestHours: 9 })).findings.filter(
        (x) => x.rule === 'interval.rest-under-11h',
      ),
    ).toHaveLength(0);
  });

  test('without timed shifts → insufficient-data', () => {
    expect(
      evaluate(makeDataset(), 'all', params()).criteria.find((x) => x.id === 'interval.rest-under-11h')!.status,
    ).toBe('insufficient-data');
  });
});
