import { evaluate } from '../../../../src/rules';
import type { Dataset, LeaveTaking } from '../../../../src/rules/types';
import { makeDataset, params } from '../../fixtures';

function take(employeeId: string, date: string, days: number, hoursTaken?: number): LeaveTaking {
  return hoursTaken === undefined ? { employeeId, date, days } : { employeeId, date, days, hours: hoursTaken };
}

// E017: 10 days granted 2025-04-01 (window 2025-04-01..2026-03-31), 4 full days taken.
const fourTaken: Dataset = makeDataset({
  leaveGrants: [{ employeeId: 'E017', date: '2025-04-01', days: 10 }],
  leaveTakings: [
    take('E017', '2025-05-01', 1),
    take('E017', '2025-08-13', 1),
    take('E017', '2025-08-14', 1),
    take('E017', '2025-11-04', 1),
  ],
});

describe('leave.five-day-obligation', () => {
  test('window closed before the as-of date with 4 days taken → violation, 1 day short', () => {
    const r = evaluate(fourTaken, 'annual-leave', params('2026-04-01'));
    const c = r.criteria.find((x) => x.id === 'leave.five-day-obligation')!;
    expect(c.status).toBe('fail');
    expect(c.value).toBe(1);
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'leave.five-day-obligation',
        employeeId: 'E017',
        period: '2026-03-31',
        value: 1,
        severity: 'violation',
      }),
    ]);
    expect(c.evidence?.[0]).toMatchObject({
      employeeId: 'E017',
      grantDate: '2025-04-01',
      days: 10,
      windowEnd: '2026-03-31',
      taken: 4,
      remaining: 1,
    });
  });

  test('on the last day of the window it is still open → at-risk, not a violation', () => {
    const r = evaluate(fourTaken, 'annual-leave', params('2026-03-31'));
    expect(r.findings[0]).toMatchObject({ severity: 'at-risk', value: 1 });
    expect(r.criteria.find((x) => x.id === 'leave.five-day-obligation')!.status).toBe('pass');
  });

  test('as-of 2025-12-01 → at-risk needing 1 more day by 2026-03-31', () => {
    const r = evaluate(fourTaken, 'annual-leave', params('2025-12-01'));
    expect(r.findings).toEqual([
      expect.objectContaining({ employeeId: 'E017', period: '2026-03-31', value: 1, severity: 'at-risk' }),
    ]);
    expect(r.findings[0].message).toBe('E017 は 2026-03-31 までにあと1日の取得が必要');
  });

  test('half days count 0.5, hourly leave does not count, and 5 days clears the grant', () => {
    const ds = makeDataset({
      leaveGrants: [{ employeeId: 'A', date: '2025-04-01', days: 11 }],
      leaveTakings: [
        take('A', '2025-05-01', 1),
        take('A', '2025-05-02', 1),
        take('A', '2025-05-07', 1),
        take('A', '2025-06-02', 1),
        take('A', '2025-07-01', 0.5),
        take('A', '2025-07-02', 0.5),
        take('A', '2025-07-03', 0, 8),
      ],
    });
    const r = evaluate(ds, 'annual-leave', params('2026-04-30'));
    expect(r.findings).toEqual([]);
    expect(r.criteria.find((x) => x.id === 'leave.five-day-obligation')!.status).toBe('pass');
    const onlyHourly = makeDataset({
      ...ds,
      leaveTakings: [...ds.leaveTakings.slice(0, 4), take('A', '2025-07-03', 0, 8)],
    });
    expect(evaluate(onlyHourly, 'annual-leave', params('2026-04-30')).findings).toEqual([
      expect.objectContaining({ value: 1, severity: 'violation' }),
    ]);
  });

  test('grants under 10 days and carried-over days carry no obligation', () => {
    const ds = makeDataset({
      leaveGrants: [
        { employeeId: 'P', date: '2025-04-01', days: 7 },
        { employeeId: 'Q', date: '2025-04-01', days: 12, carryOver: true },
      ],
      leaveTakings: [take('P', '2025-05-01', 1)],
    });
    const c = evaluate(ds, 'annual-leave', params('2026-04-30')).criteria.find(
      (x) => x.id === 'leave.five-day-obligation',
    )!;
    expect(c.status).toBe('not-applicable');
  });

  test('without a leave book → insufficient-data', () => {
    expect(
      evaluate(makeDataset(), 'annual-leave', params()).criteria.every((c) => c.status === 'insufficient-data'),
    ).toBe(true);
  });
});

describe('leave.five-day-obligation refinements (労基則24条の5, MHLW Q&A)', () => {
  const grant = (employeeId: string, date: string, days: number) => ({ employeeId, date, days });
  const judge = (ds: Dataset, asOf: string) => {
    const r = evaluate(ds, 'annual-leave', params(asOf));
    return { r, c: r.criteria.find((x) => x.id === 'leave.five-day-obligation')! };
  };

  test('a row of 0.5 days that also gives 4 hours is a half day (0.5), not hourly leave (0)', () => {
    // 4 full days + two half days written as (0.5 day, 4 h) = 5 days → fine.
    const ds = makeDataset({
      leaveGrants: [grant('A', '2025-04-01', 10)],
      leaveTakings: [
        take('A', '2025-05-01', 1),
        take('A', '2025-05-02', 1),
        take('A', '2025-05-07', 1),
        take('A', '2025-05-08', 1),
        take('A', '2025-07-01', 0.5, 4),
        take('A', '2025-07-02', 0.5, 4),
      ],
    });
    expect(judge(ds, '2026-04-30').r.findings).toEqual([]);
  });

  test('計画年休 counts like any taking', () => {
    const planned = ['2025-08-12', '2025-08-13', '2025-08-14', '2025-12-29', '2025-12-30'].map((d) => ({
      ...take('A', d, 1),
      planned: true,
    }));
    expect(
      judge(makeDataset({ leaveGrants: [grant('A', '2025-04-01', 10)], leaveTakings: planned }), '2026-04-30').r
        .findings,
    ).toEqual([]);
  });

  test('split grants: 5 days on 2025-04-01 + 5 on 2025-10-01 → the year runs from 2025-10-01, days since 2025-04-01 count', () => {
    // 24条の5③④: the total reaches 10 on 2025-10-01 → year 2025-10-01..2026-09-30; 2 days in June 2025 count.
    const takings = [
      take('A', '2025-06-02', 1),
      take('A', '2025-06-03', 1),
      take('A', '2026-01-05', 1),
      take('A', '2026-01-06', 1),
    ];
    const ds = makeDataset({
      leaveGrants: [grant('A', '2025-04-01', 5), grant('A', '2025-10-01', 5)],
      leaveTakings: takings,
    });
    const short = judge(ds, '2026-10-01');
    // 4 days < 5 → violation, 1 day short, deadline 2026-09-30.
    expect(short.r.findings).toEqual([
      expect.objectContaining({ period: '2026-09-30', value: 1, severity: 'violation' }),
    ]);
    expect(short.c.evidence?.[0]).toMatchObject({
      grantDate: '2025-10-01',
      days: 10,
      windowEnd: '2026-09-30',
      taken: 4,
    });
    expect(String(short.c.evidence?.[0].note)).toContain('分割付与');
    const met = makeDataset({ ...ds, leaveTakings: [...takings, take('A', '2026-02-02', 1)] });
    expect(judge(met, '2026-10-01').r.findings).toEqual([]);
  });

  test('overlapping years (前倒し付与): met by 5 × 18 ÷ 12 = 7.5 days over 2025-04-01..2026-09-30', () => {
    // Grants 2025-04-01 (year to 2026-03-31) and 2025-10-01 (year to 2026-09-30) overlap. 3 days in May 2025 and
    // 4.5 in May 2026: neither year alone has 5 (3; 4.5), but the combined 18 months have 7.5 ≥ 7.5 → fine.
    const takings = [
      take('A', '2025-05-07', 1),
      take('A', '2025-05-08', 1),
      take('A', '2025-05-09', 1),
      take('A', '2026-05-11', 1),
      take('A', '2026-05-12', 1),
      take('A', '2026-05-13', 1),
      take('A', '2026-05-14', 1),
      take('A', '2026-05-15', 0.5),
    ];
    const ds = makeDataset({
      leaveGrants: [grant('A', '2025-04-01', 10), grant('A', '2025-10-01', 11)],
      leaveTakings: takings,
    });
    const { r, c } = judge(ds, '2026-10-01');
    expect(r.findings).toEqual([]);
    expect(c.evidence?.map((e) => String(e.note))).toEqual([
      expect.stringContaining('比例按分'),
      expect.stringContaining('比例按分'),
    ]);
    // Half a day less (7 < 7.5): both years are violations (3 → 2 short; 4 → 1 short).
    const short = judge(makeDataset({ ...ds, leaveTakings: takings.slice(0, 7) }), '2026-10-01').r.findings;
    expect(short.map((f) => [f.period, f.value, f.severity])).toEqual([
      ['2026-03-31', 2, 'violation'],
      ['2026-09-30', 1, 'violation'],
    ]);
  });

  test('a whole year on 育児休業 is 対象外; a leaver is listed with the days taken by leaving, < 5 a warning', () => {
    const ds = makeDataset({
      employees: [{ id: 'L', leaveDate: '2025-09-30' }, { id: 'K', leaveDate: '2025-12-31' }, { id: 'C' }],
      leaveGrants: [grant('L', '2025-04-01', 10), grant('K', '2025-04-01', 10), grant('C', '2025-04-01', 10)],
      // L: 1 day by 2025-09-30 → 5 − 1 = 4 short: warning (not a violation, not silently 対象外).
      // K: 2 + 3 = 5 days by 2025-12-31 → fine.
      leaveTakings: [take('L', '2025-05-01', 1), take('K', '2025-06-01', 2), take('K', '2025-11-04', 3)],
      familyEvents: [{ employeeId: 'C', kind: 'childcare-leave', date: '2025-03-01', endDate: '2026-06-30' }],
    });
    const { r, c } = judge(ds, '2026-04-01');
    expect(r.findings.map((f) => [f.employeeId, f.period, f.value, f.severity])).toEqual([
      ['L', '2025-09-30', 4, 'warning'],
    ]);
    expect(r.findings[0].message).toContain('退職までに5日取得させる必要があった可能性');
    // Only violations fail the criterion: the leaver's warning is for HR to judge.
    expect(c.status).toBe('pass');
    expect(c.evidence?.map((e) => [e.employeeId, e.status, e.taken, e.note])).toEqual([
      ['C', 'exempt', 0, '対象外: 期間中ずっと育児休業'],
      ['K', 'ok', 5, null],
      ['L', 'warning', 1, '退職（2025-09-30）: 退職日までの取得 1日'],
    ]);
  });

  test('back from 育児休業 with 4 weekdays left (< 5 needed) → 対象外; with March left (22 weekdays) → violation', () => {
    // Year 2025-04-01..2026-03-31. Leave to 2026-03-25: left are 26, 27, 30, 31 March = 4 weekdays < 5.
    const ds = (end: string) =>
      makeDataset({
        // X is there so that the leave book has takings at all (an empty book is insufficient-data).
        leaveGrants: [grant('C', '2025-04-01', 10), grant('X', '2025-04-01', 10)],
        leaveTakings: [take('X', '2025-05-01', 5)],
        familyEvents: [{ employeeId: 'C', kind: 'childcare-leave', date: '2025-04-01', endDate: end }],
      });
    expect(judge(ds('2026-03-25'), '2026-04-01').c.evidence?.[0]).toMatchObject({ status: 'exempt' });
    expect(judge(ds('2026-02-28'), '2026-04-01').r.findings).toEqual([
      expect.objectContaining({ value: 5, severity: 'violation' }),
    ]);
  });
});
