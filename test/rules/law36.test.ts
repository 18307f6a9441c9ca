import { evaluate } from '../../src/rules';
import type { Finding } from '../../src/rules/types';
import { hours, makeDataset, params, year } from './fixtures';

function findings(rows: ReturnType<typeof hours>[], asOf = '2026-03-31', rule?: string): Finding[] {
  const all = evaluate(makeDataset({ monthlyHours: rows }), 'law36', params(asOf)).findings;
  return rule ? all.filter((f) => f.rule === rule) : all;
}

describe('36協定 findings', () => {
  test('104 h of OT + HW in one month → month-100-or-more violation (and OT 90 > 45 warning)', () => {
    const f = findings([hours('E017', '2025-12', 90, 14)]);
    expect(f.filter((x) => x.rule === 'law36.month-100-or-more')).toEqual([
      expect.objectContaining({ employeeId: 'E017', period: '2025-12', value: 104, severity: 'violation' }),
    ]);
    expect(f.filter((x) => x.rule === 'law36.month-over-45')).toEqual([
      expect.objectContaining({ period: '2025-12', value: 90, severity: 'warning' }),
    ]);
  });

  test('one month given twice (a kind split over two sheets, out of order) counts as one month of the sum', () => {
    // 30 h + 20 h of OT in 2025-06 from two rows = 50 h in one month → one month-over-45 warning of 50 h.
    const rows = [hours('A', '2025-07', 10), hours('A', '2025-06', 30), hours('A', '2025-05', 5), hours('A', '2025-06', 20)];
    expect(findings(rows, '2026-03-31', 'law36.month-over-45')).toEqual([
      expect.objectContaining({ employeeId: 'A', period: '2025-06', value: 50, severity: 'warning' }),
    ]);
  });

  test('99.9 h is under 100; 45 h exactly is not over 45', () => {
    expect(findings([hours('A', '2025-12', 45, 54.9)], '2026-03-31', 'law36.month-100-or-more')).toEqual([]);
    expect(findings([hours('A', '2025-12', 45, 54.9)], '2026-03-31', 'law36.month-over-45')).toEqual([]);
  });

  test('46 h in 7 months of one agreement year → months-over-45-more-than-6 violation; 6 months is lawful', () => {
    const seven = ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10'].map((m) => hours('A', m, 46));
    expect(findings(seven, '2026-03-31', 'law36.months-over-45-more-than-6')).toEqual([
      expect.objectContaining({ employeeId: 'A', period: '2025-04..2026-03', value: 7, severity: 'violation' }),
    ]);
    expect(findings(seven.slice(0, 6), '2026-03-31', 'law36.months-over-45-more-than-6')).toEqual([]);
  });

  test('7 months over 45 split over two agreement years is not a violation', () => {
    // 2025-01..2025-03 belong to the year from 2024-04, 2025-04..2025-07 to the year from 2025-04.
    const rows = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07'].map((m) => hours('A', m, 46));
    expect(findings(rows, '2026-03-31', 'law36.months-over-45-more-than-6')).toEqual([]);
  });

  test('85 h then 80 h → 2-month mean 82.5 violation; 80 h + 80 h is not over 80', () => {
    expect(findings([hours('A', '2025-05', 85), hours('A', '2025-06', 80)], '2026-03-31', 'law36.avg-over-80')).toEqual([
      expect.objectContaining({ period: '2025-05..2025-06', value: 82.5, severity: 'violation' }),
    ]);
    expect(findings([hours('A', '2025-05', 80), hours('A', '2025-06', 80)], '2026-03-31', 'law36.avg-over-80')).toEqual([]);
  });

  test('the average includes holiday work, crosses agreement years and counts a missing month as 0', () => {
    // 2026-03: 70 + 15 = 85; 2026-04: 80 → 82.5 over 2026-03..2026-04 (two agreement years).
    expect(findings([hours('A', '2026-03', 70, 15), hours('A', '2026-04', 80)], '2026-04-30', 'law36.avg-over-80')).toEqual([
      expect.objectContaining({ period: '2026-03..2026-04', value: 82.5 }),
    ]);
    // 170 h alone: (0 + 170) / 2 = 85 over the month before (no data → 0); worst window is a 2-month one.
    const single = findings([hours('A', '2025-08', 150, 20)], '2026-03-31', 'law36.avg-over-80');
    expect(single).toHaveLength(1);
    expect(single[0].value).toBe(85);
    // 2025-05 90, 2025-06 none (0), 2025-07 90 → 3-month mean 60: no finding.
    expect(findings([hours('A', '2025-05', 90), hours('A', '2025-07', 90)], '2026-03-31', 'law36.avg-over-80')).toEqual([]);
  });

  test('only the worst window per employee is reported', () => {
    // 90, 100, 90: 2-month means 95 and 95, 3-month mean 93.3 → one finding, the first 95 window (2025-04..2025-05).
    const f = findings([hours('A', '2025-04', 90), hours('A', '2025-05', 100), hours('A', '2025-06', 90)], '2026-03-31', 'law36.avg-over-80');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ period: '2025-04..2025-05', value: 95 });
  });

  test('year totals: 12 × 31 = 372 h → year-over-360 warning; 12 × 61 = 732 h → year-over-720 violation', () => {
    expect(findings(year('A', 31), '2026-03-31', 'law36.year-over-360')).toEqual([
      expect.objectContaining({ period: '2025-04..2026-03', value: 372, severity: 'warning' }),
    ]);
    expect(findings(year('A', 30), '2026-03-31', 'law36.year-over-360')).toEqual([]);
    expect(findings(year('A', 61), '2026-03-31', 'law36.year-over-720')).toEqual([
      expect.objectContaining({ value: 732, severity: 'violation' }),
    ]);
  });

  test('approaching: OT ≥ 80 % of 45 (36 h) in the latest month is at-risk', () => {
    expect(findings([hours('A', '2026-02', 10), hours('A', '2026-03', 36)], '2026-03-31', 'law36.approaching')).toEqual([
      expect.objectContaining({ period: '2026-03', value: 36, severity: 'at-risk' }),
    ]);
    expect(findings([hours('A', '2026-03', 35.9)], '2026-03-31', 'law36.approaching')).toEqual([]);
    // An earlier month at 40 h does not count when the latest month is low.
    expect(findings([hours('A', '2026-02', 40), hours('A', '2026-03', 10)], '2026-03-31', 'law36.approaching')).toEqual([]);
  });
});

describe('law36 criteria', () => {
  test('compliance counts employees with a violation; warnings alone pass', () => {
    const ds = makeDataset({ monthlyHours: [hours('A', '2025-12', 90, 14), hours('A', '2026-01', 50), hours('B', '2025-12', 50)] });
    const r = evaluate(ds, 'law36', params());
    const compliance = r.criteria.find((c) => c.id === 'law36.compliance')!;
    expect(compliance.status).toBe('fail');
    expect(compliance.value).toBe(1);
    expect(compliance.gap).toContain('A');
    const over45 = r.criteria.find((c) => c.id === 'law36.month-over-45')!;
    expect(over45.value).toBe(2);
    const ok = evaluate(makeDataset({ monthlyHours: [hours('B', '2025-12', 50)] }), 'law36', params()).criteria.find((c) => c.id === 'law36.compliance')!;
    expect(ok.status).toBe('pass');
    expect(ok.value).toBe(0);
  });

  test('no attendance data → insufficient-data', () => {
    const c = evaluate(makeDataset(), 'law36', params()).criteria.find((x) => x.id === 'law36.compliance')!;
    expect(c.status).toBe('insufficient-data');
  });
});
