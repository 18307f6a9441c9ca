import { evaluate } from '../../src/rules';
import type { Finding } from '../../src/rules/types';
import { FY2025, hours, makeDataset, params, year } from './fixtures';

/** The findings of a run of the law36 profile, less the company note that no agreement was given (tested below). */
function findings(rows: ReturnType<typeof hours>[], asOf = '2026-03-31', rule?: string): Finding[] {
  const all = evaluate(makeDataset({ monthlyHours: rows }), 'law36', params(asOf)).findings.filter(
    (f) => f.rule !== 'agreement.unset',
  );
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
    const rows = [
      hours('A', '2025-07', 10),
      hours('A', '2025-06', 30),
      hours('A', '2025-05', 5),
      hours('A', '2025-06', 20),
    ];
    expect(findings(rows, '2026-03-31', 'law36.month-over-45')).toEqual([
      expect.objectContaining({ employeeId: 'A', period: '2025-06', value: 50, severity: 'warning' }),
    ]);
  });

  test('99.9 h is under 100; 45 h exactly is not over 45', () => {
    expect(findings([hours('A', '2025-12', 45, 54.9)], '2026-03-31', 'law36.month-100-or-more')).toEqual([]);
    expect(findings([hours('A', '2025-12', 45, 54.9)], '2026-03-31', 'law36.month-over-45')).toEqual([]);
  });

  test('46 h in 7 months of one agreement year → months-over-45-more-than-6 violation; 6 months is lawful', () => {
    const seven = ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10'].map((m) =>
      hours('A', m, 46),
    );
    expect(findings(seven, '2026-03-31', 'law36.months-over-45-more-than-6')).toEqual([
      expect.objectContaining({ employeeId: 'A', period: '2025-04..2026-03', value: 7, severity: 'violation' }),
    ]);
    expect(findings(seven.slice(0, 6), '2026-03-31', 'law36.months-over-45-more-than-6')).toEqual([]);
  });

  test('7 months over 45 split over two agreement years is not a violation', () => {
    // 2025-01..2025-03 belong to the year from 2024-04, 2025-04..2025-07 to the year from 2025-04.
    const rows = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07'].map((m) =>
      hours('A', m, 46),
    );
    expect(findings(rows, '2026-03-31', 'law36.months-over-45-more-than-6')).toEqual([]);
  });

  test('85 h then 80 h → 2-month mean 82.5 violation; 80 h + 80 h is not over 80', () => {
    expect(findings([hours('A', '2025-05', 85), hours('A', '2025-06', 80)], '2026-03-31', 'law36.avg-over-80')).toEqual(
      [expect.objectContaining({ period: '2025-05..2025-06', value: 82.5, severity: 'violation' })],
    );
    expect(findings([hours('A', '2025-05', 80), hours('A', '2025-06', 80)], '2026-03-31', 'law36.avg-over-80')).toEqual(
      [],
    );
  });

  test('the average includes holiday work, crosses agreement years and counts a missing month as 0', () => {
    // 2026-03: 70 + 15 = 85; 2026-04: 80 → 82.5 over 2026-03..2026-04 (two agreement years).
    expect(
      findings([hours('A', '2026-03', 70, 15), hours('A', '2026-04', 80)], '2026-04-30', 'law36.avg-over-80'),
    ).toEqual([expect.objectContaining({ period: '2026-03..2026-04', value: 82.5 })]);
    // 170 h alone: (0 + 170) / 2 = 85 over the month before (no data → 0); worst window is a 2-month one.
    const single = findings([hours('A', '2025-08', 150, 20)], '2026-03-31', 'law36.avg-over-80');
    expect(single).toHaveLength(1);
    expect(single[0].value).toBe(85);
    // 2025-05 90, 2025-06 none (0), 2025-07 90 → 3-month mean 60: no finding.
    expect(findings([hours('A', '2025-05', 90), hours('A', '2025-07', 90)], '2026-03-31', 'law36.avg-over-80')).toEqual(
      [],
    );
  });

  test('only the worst window per employee is reported', () => {
    // 90, 100, 90: 2-month means 95 and 95, 3-month mean 93.3 → one finding, the first 95 window (2025-04..2025-05).
    const f = findings(
      [hours('A', '2025-04', 90), hours('A', '2025-05', 100), hours('A', '2025-06', 90)],
      '2026-03-31',
      'law36.avg-over-80',
    );
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
    expect(findings([hours('A', '2026-02', 10), hours('A', '2026-03', 36)], '2026-03-31', 'law36.approaching')).toEqual(
      [expect.objectContaining({ period: '2026-03', value: 36, severity: 'at-risk' })],
    );
    expect(findings([hours('A', '2026-03', 35.9)], '2026-03-31', 'law36.approaching')).toEqual([]);
    // An earlier month at 40 h does not count when the latest month is low.
    expect(findings([hours('A', '2026-02', 40), hours('A', '2026-03', 10)], '2026-03-31', 'law36.approaching')).toEqual(
      [],
    );
  });
});

describe('law36 criteria', () => {
  test('compliance counts employees with a violation; warnings alone pass', () => {
    const ds = makeDataset({
      monthlyHours: [hours('A', '2025-12', 90, 14), hours('A', '2026-01', 50), hours('B', '2025-12', 50)],
    });
    const r = evaluate(ds, 'law36', params());
    const compliance = r.criteria.find((c) => c.id === 'law36.compliance')!;
    expect(compliance.status).toBe('fail');
    expect(compliance.value).toBe(1);
    expect(compliance.gap).toContain('A');
    const over45 = r.criteria.find((c) => c.id === 'law36.month-over-45')!;
    expect(over45.value).toBe(2);
    const ok = evaluate(makeDataset({ monthlyHours: [hours('B', '2025-12', 50)] }), 'law36', params()).criteria.find(
      (c) => c.id === 'law36.compliance',
    )!;
    expect(ok.status).toBe('pass');
    expect(ok.value).toBe(0);
  });

  test('no attendance data → insufficient-data', () => {
    const c = evaluate(makeDataset(), 'law36', params()).criteria.find((x) => x.id === 'law36.compliance')!;
    expect(c.status).toBe('insufficient-data');
  });
});

describe('36協定 scope: 管理監督者, 1-year variable hours, the 2024 sectors', () => {
  const evalWith = (
    employees: import('../../src/rules/types').Employee[],
    rows: ReturnType<typeof hours>[],
    extra = {},
  ) => {
    const r = evaluate(makeDataset({ employees, monthlyHours: rows }), 'law36', params('2026-03-31', extra));
    return { ...r, findings: r.findings.filter((f) => f.rule !== 'agreement.unset') };
  };
  // 110 h OT in 2025-12 and 70 h in 7 months: a pile of general-rule findings.
  const heavy = (id: string) => year(id, 70, { '2025-12': [110] });

  test('管理監督者 (労基法41条2号): no law36 finding at all — from the roster or from a position mapped by the user', () => {
    const r = evalWith([{ id: 'M', workingTimeSystem: 'manager' }], heavy('M'));
    expect(r.findings.filter((f) => f.rule.startsWith('law36.'))).toEqual([]);
    // The health rule still covers them (安衛法66条の8の3): 110 h in 2025-12 is over 80 h.
    expect(r.findings.filter((f) => f.rule === 'health.over-80-notify').map((f) => f.period)).toEqual(['2025-12']);
    const byPosition = evalWith([{ id: 'M', position: '店長' }], heavy('M'), { managerPositions: { 店長: true } });
    expect(byPosition.findings.filter((f) => f.rule.startsWith('law36.'))).toEqual([]);
    // The same employee without the mapping is judged under the general rules.
    expect(evalWith([{ id: 'M', position: '店長' }], heavy('M')).findings.length).toBeGreaterThan(0);
  });

  test('1-year variable hours (period over 3 months, 36条4項): 42 h a month and 320 h a year', () => {
    // 43 h every month: over 42 (warning) in all 12 months; 12 × 43 = 516 > 320 → year-over-360 warning at 320;
    // 12 months over 42 > 6 → violation. Under the general rules 43 h is lawful (≤ 45) and 516 > 360 warns.
    const r = evalWith([{ id: 'V', workingTimeSystem: 'variable-1year' }], year('V', 43));
    expect(r.findings.filter((f) => f.rule === 'law36.month-over-45')).toHaveLength(12);
    expect(r.findings.find((f) => f.rule === 'law36.month-over-45')?.message).toContain('月42時間');
    expect(r.findings.find((f) => f.rule === 'law36.months-over-45-more-than-6')).toMatchObject({
      value: 12,
      severity: 'violation',
    });
    expect(r.findings.find((f) => f.rule === 'law36.year-over-360')?.message).toContain('年320時間');
    // 27 h every month = 324 h: over 320 only under the variable rules.
    expect(
      evalWith([{ id: 'V', workingTimeSystem: 'variable-1year' }], year('V', 27)).findings.map((f) => f.rule),
    ).toEqual(['law36.year-over-360']);
    expect(evalWith([{ id: 'G' }], year('G', 27)).findings).toEqual([]);
  });

  test('driver (労基法140条): 960 h a year, none of the 100 h, 2–6-month 80 h or 6-months rules', () => {
    // 110 h in Dec + 11 × 70 = 880 h: under 960 → no violation; the 45 h warnings and the 360 h warning stay.
    const r = evalWith([{ id: 'D', sector: 'driver' }], heavy('D'));
    expect(r.findings.filter((f) => f.severity === 'violation')).toEqual([]);
    expect(r.findings.find((f) => f.rule === 'law36.year-over-360')).toMatchObject({ value: 880, severity: 'warning' });
    expect(r.findings.some((f) => f.rule === 'law36.month-100-or-more' || f.rule === 'law36.avg-over-80')).toBe(false);
    // 12 × 81 = 972 h > 960 → violation, reported under year-over-720 with the 960 h in its message.
    const over = evalWith([{ id: 'D', sector: 'driver' }], year('D', 81)).findings.find(
      (f) => f.rule === 'law36.year-over-720',
    );
    expect(over).toMatchObject({ value: 972, severity: 'violation' });
    expect(over?.message).toContain('年960時間（自動車運転の業務）');
    // The sector can come from the parameter for everyone the roster does not type.
    expect(
      evalWith([], heavy('X'), { law36Sector: 'driver' }).findings.filter((f) => f.severity === 'violation'),
    ).toEqual([]);
  });

  test('research (36条11項): no 36協定 limit at all; doctor A: 960 h of OT+HW a year, 100 h a month as a warning', () => {
    const research = evalWith([{ id: 'R', sector: 'research' }], heavy('R')).findings;
    expect(research.filter((f) => f.rule.startsWith('law36.'))).toEqual([]);
    // 110 h in 2025-12 is over 100 h: for research the doctor's interview is mandatory → a violation (66条の8の2).
    expect(research.filter((f) => f.rule === 'health.over-80-notify')).toEqual([
      expect.objectContaining({ period: '2025-12', value: 110, severity: 'violation' }),
    ]);
    // Doctor: 2025-12 90 h OT + 15 h HW = 105 ≥ 100 → warning (violation only without a 面接指導, not recorded here).
    // Year: 11 × 70 + 90 = 860 h OT, + 15 HW = 875 ≤ 960 → no violation.
    const doc = evalWith([{ id: 'Dr', sector: 'doctor-a' }], year('Dr', 70, { '2025-12': [90, 15] }));
    expect(doc.findings.find((f) => f.rule === 'law36.month-100-or-more')).toMatchObject({
      value: 105,
      severity: 'warning',
    });
    expect(doc.findings.filter((f) => f.severity === 'violation')).toEqual([]);
    // 12 × (75 OT + 6 HW) = 972 > 960 → violation; the OT alone (900) would not be.
    const over = evalWith(
      [{ id: 'Dr', sector: 'doctor-a' }],
      year('Dr', 75, Object.fromEntries(FY2025.map((m) => [m, [75, 6]]))),
    ).findings;
    expect(over.find((f) => f.rule === 'law36.year-over-720')).toMatchObject({ value: 972, severity: 'violation' });
  });
});
