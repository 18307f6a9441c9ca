import { evaluate } from '../../../../src/rules';
import type { LeaveTaking } from '../../../../src/rules/types';
import { makeDataset, params } from '../../fixtures';

function take(employeeId: string, date: string, days: number, hoursTaken?: number): LeaveTaking {
  return hoursTaken === undefined ? { employeeId, date, days } : { employeeId, date, days, hours: hoursTaken };
}

describe('leave.takeup-rate', () => {
  // Window 2025-04..2026-03. A: 10 granted, 8 taken (7 days + 8 hours = 1 day). B: 10 granted, 6 taken.
  // Carry-over of 5 days and a 2025-03 grant are outside the denominator. Rate = 14 / 20 = 70%.
  const base = makeDataset({
    leaveGrants: [
      { employeeId: 'A', date: '2025-04-01', days: 10 },
      { employeeId: 'A', date: '2025-04-01', days: 5, carryOver: true },
      { employeeId: 'B', date: '2025-10-01', days: 10 },
      { employeeId: 'B', date: '2025-03-01', days: 10 },
    ],
    leaveTakings: [
      ...[1, 2, 3, 4, 5, 6, 7].map((d) => take('A', `2025-06-0${d}`, 1)),
      take('A', '2025-07-01', 0, 8),
      ...[1, 2, 3, 4, 5, 6].map((d) => take('B', `2025-11-0${d}`, 1)),
    ],
  });

  test('14 of 20 days → 70% passes; per-employee rates in the breakdown', () => {
    const c = evaluate(base, 'annual-leave', params()).criteria.find((x) => x.id === 'leave.takeup-rate')!;
    expect(c.value).toBeCloseTo(0.7, 10);
    expect(c.status).toBe('pass');
    expect(c.breakdown).toEqual({ A: 0.8, B: 0.6 });
  });

  test('13 of 20 days → 65% fails, 1 more day needed', () => {
    const ds = { ...base, leaveTakings: base.leaveTakings.slice(1) };
    const c = evaluate(ds, 'annual-leave', params()).criteria.find((x) => x.id === 'leave.takeup-rate')!;
    expect(c.value).toBeCloseTo(0.65, 10);
    expect(c.status).toBe('fail');
    expect(c.gap).toContain('あと1日');
  });

  test('hours per leave day is a parameter: 8 hours at 4 h a day = 2 days → 15 / 20', () => {
    const c = evaluate(base, 'annual-leave', params('2026-03-31', { hoursPerLeaveDay: 4 })).criteria.find(
      (x) => x.id === 'leave.takeup-rate',
    )!;
    expect(c.value).toBeCloseTo(0.75, 10);
  });
});

describe('leave.takeup-rate counts every taking in the window', () => {
  test('takings drawn on a grant made before the window count (就労条件総合調査)', () => {
    // Window 2025-04..2026-03. A: granted 10 on 2024-10-01 (before) and 10 on 2025-10-01 (in); 3 days in May 2025
    // (on the old grant) + 4 in Nov 2025. B: granted only on 2024-10-01, 2 days in June 2025.
    // Granted in the window: 10. Taken in the window: 3 + 4 + 2 = 9 → 90%.
    const ds = makeDataset({
      leaveGrants: [
        { employeeId: 'A', date: '2024-10-01', days: 10 },
        { employeeId: 'A', date: '2025-10-01', days: 10 },
        { employeeId: 'B', date: '2024-10-01', days: 10 },
      ],
      leaveTakings: [take('A', '2025-05-01', 3), take('A', '2025-11-04', 4), take('B', '2025-06-02', 2)],
    });
    const c = evaluate(ds, 'annual-leave', params('2026-03-31')).criteria.find((x) => x.id === 'leave.takeup-rate')!;
    expect(c.value).toBeCloseTo(0.9, 10);
    expect(c.status).toBe('pass');
    expect(c.breakdown).toEqual({ A: 0.7 });
  });
});
