import { evaluate } from '../../src/rules';
import type { Dataset, LeaveTaking } from '../../src/rules/types';
import { makeDataset, params } from './fixtures';

function take(employeeId: string, date: string, days: number, hoursTaken?: number): LeaveTaking {
  return hoursTaken === undefined ? { employeeId, date, days } : { employeeId, date, days, hours: hoursTaken };
}

// E017: 10 days granted 2025-04-01 (window 2025-04-01..2026-03-31), 4 full days taken.
const fourTaken: Dataset = makeDataset({
  leaveGrants: [{ employeeId: 'E017', date: '2025-04-01', days: 10 }],
  leaveTakings: [take('E017', '2025-05-01', 1), take('E017', '2025-08-13', 1), take('E017', '2025-08-14', 1), take('E017', '2025-11-04', 1)],
});

describe('leave.five-day-obligation', () => {
  test('window closed before the as-of date with 4 days taken → violation, 1 day short', () => {
    const r = evaluate(fourTaken, 'annual-leave', params('2026-04-01'));
    const c = r.criteria.find((x) => x.id === 'leave.five-day-obligation')!;
    expect(c.status).toBe('fail');
    expect(c.value).toBe(1);
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'leave.five-day-obligation', employeeId: 'E017', period: '2026-03-31', value: 1, severity: 'violation' })]);
    expect(c.evidence?.[0]).toMatchObject({ employeeId: 'E017', grantDate: '2025-04-01', days: 10, windowEnd: '2026-03-31', taken: 4, remaining: 1 });
  });

  test('on the last day of the window it is still open → at-risk, not a violation', () => {
    const r = evaluate(fourTaken, 'annual-leave', params('2026-03-31'));
    expect(r.findings[0]).toMatchObject({ severity: 'at-risk', value: 1 });
    expect(r.criteria.find((x) => x.id === 'leave.five-day-obligation')!.status).toBe('pass');
  });

  test('as-of 2025-12-01 → at-risk needing 1 more day by 2026-03-31', () => {
    const r = evaluate(fourTaken, 'annual-leave', params('2025-12-01'));
    expect(r.findings).toEqual([expect.objectContaining({ employeeId: 'E017', period: '2026-03-31', value: 1, severity: 'at-risk' })]);
    expect(r.findings[0].message).toBe('E017 は 2026-03-31 までにあと1日の取得が必要');
  });

  test('half days count 0.5, hourly leave does not count, and 5 days clears the grant', () => {
    const ds = makeDataset({
      leaveGrants: [{ employeeId: 'A', date: '2025-04-01', days: 11 }],
      leaveTakings: [take('A', '2025-05-01', 1), take('A', '2025-05-02', 1), take('A', '2025-05-07', 1), take('A', '2025-06-02', 1),
        take('A', '2025-07-01', 0.5), take('A', '2025-07-02', 0.5), take('A', '2025-07-03', 0, 8)],
    });
    const r = evaluate(ds, 'annual-leave', params('2026-04-30'));
    expect(r.findings).toEqual([]);
    expect(r.criteria.find((x) => x.id === 'leave.five-day-obligation')!.status).toBe('pass');
    const onlyHourly = makeDataset({ ...ds, leaveTakings: [...ds.leaveTakings.slice(0, 4), take('A', '2025-07-03', 0, 8)] });
    expect(evaluate(onlyHourly, 'annual-leave', params('2026-04-30')).findings).toEqual([expect.objectContaining({ value: 1, severity: 'violation' })]);
  });

  test('grants under 10 days and carried-over days carry no obligation', () => {
    const ds = makeDataset({
      leaveGrants: [{ employeeId: 'P', date: '2025-04-01', days: 7 }, { employeeId: 'Q', date: '2025-04-01', days: 12, carryOver: true }],
      leaveTakings: [take('P', '2025-05-01', 1)],
    });
    const c = evaluate(ds, 'annual-leave', params('2026-04-30')).criteria.find((x) => x.id === 'leave.five-day-obligation')!;
    expect(c.status).toBe('not-applicable');
  });

  test('without a leave book → insufficient-data', () => {
    expect(evaluate(makeDataset(), 'annual-leave', params()).criteria.every((c) => c.status === 'insufficient-data')).toBe(true);
  });
});

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
    const c = evaluate(base, 'annual-leave', params('2026-03-31', { hoursPerLeaveDay: 4 })).criteria.find((x) => x.id === 'leave.takeup-rate')!;
    expect(c.value).toBeCloseTo(0.75, 10);
  });
});
