import { evaluate } from '../../src/rules';
import type { CriterionResult, Dataset } from '../../src/rules/types';
import { employee, FY2025, hours, makeDataset, params, year } from './fixtures';

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

describe('full-time criteria', () => {
  // F1 正社員 born 1990-06-01 (35 in FY2025): 31 h every month. F2 weekly 40 h, born 1970: 29 h.
  // P パート: 80 h (not full-time). U 契約社員 without hours: unknown → excluded and reported.
  // Full-time mean = (31 + 29) / 2 = 30 → not under 30: fail. 25–39 full-time: F1 only, 31 < 45: pass.
  const ds = makeDataset({
    employees: [
      employee('F1', { employmentType: '正社員', birthDate: '1990-06-01', ref: { sheet: '名簿', row: 2 } }),
      employee('F2', { weeklyScheduledHours: 40, birthDate: '1970-01-01' }),
      employee('P', { employmentType: 'パート', birthDate: '1995-01-01' }),
      employee('U', { employmentType: '契約社員', birthDate: '1995-01-01', ref: { sheet: '名簿', row: 5 } }),
    ],
    monthlyHours: [...year('F1', 31), ...year('F2', 29), ...year('P', 80), ...year('U', 70)],
  });

  test('full-time mean under 30 fails at exactly 30; unknown status is an input issue', () => {
    const r = evaluate(ds, 'all', params());
    const c = r.criteria.find((x) => x.id === 'hours.fulltime-avg-overtime-under-30')!;
    expect(c.status).toBe('fail');
    expect(c.value).toBe(30);
    const issue = r.inputIssues.find((i) => i.value === 'U');
    expect(issue).toMatchObject({ sheet: '名簿', cell: 'A5' });
    expect(issue?.message).toContain('フルタイム');
  });

  test('25–39 full-time mean under 45 passes, but P (パート) averages 80 h ≥ 60: くるみん overtime fails (the 60 h rule counts everyone)', () => {
    // くるみん 2025: (under-30 or 25–39 under-45) and nobody averaging 60 h of statutory OT — part-timers included.
    const r = evaluate(ds, 'kurumin-2025', params());
    const k = r.criteria.find((x) => x.id === 'hours.kurumin-overtime')!;
    expect(k.status).toBe('fail');
    expect(k.value).toBeNull();
    expect(k.gap).toContain('P の月平均の法定時間外労働（80.0時間）');
    expect(k.gap).not.toContain('いずれか'); // the 25–39 alternative passes
    const young = evaluate(ds, 'all', params()).criteria.find(
      (x) => x.id === 'hours.fulltime-25to39-avg-overtime-under-45',
    )!;
    expect(young.value).toBe(31);
  });

  test('with P at 50 h (under 60) the 25–39 alternative carries くるみん overtime to a pass', () => {
    const ds50 = { ...ds, monthlyHours: [...year('F1', 31), ...year('F2', 29), ...year('P', 50), ...year('U', 40)] };
    const k = evaluate(ds50, 'kurumin-2025', params()).criteria.find((x) => x.id === 'hours.kurumin-overtime')!;
    expect(k.status).toBe('pass');
    expect(k.gap).toBeNull();
  });

  test('くるみん overtime fails when both alternatives fail', () => {
    const ds2 = makeDataset({
      employees: [employee('F1', { employmentType: '正社員', birthDate: '1990-06-01' })],
      monthlyHours: year('F1', 46),
    });
    const k = evaluate(ds2, 'kurumin-2025', params()).criteria.find((x) => x.id === 'hours.kurumin-overtime')!;
    expect(k.status).toBe('fail');
    expect(k.gap).toContain('いずれか');
  });

  test('without a roster the full-time criteria are insufficient-data, never pass', () => {
    const c = evaluate(makeDataset({ monthlyHours: year('A', 1) }), 'all', params()).criteria.find(
      (x) => x.id === 'hours.fulltime-avg-overtime-under-30',
    )!;
    expect(c.status).toBe('insufficient-data');
  });
});

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

describe('hours.fulltime-avg-overtime-under-45 (トライくるみん)', () => {
  test('full-time mean 44 passes, 45 fails; part-timers are left out', () => {
    // F1 正社員 40 h, F2 正社員 48 h → (40 + 48) / 2 = 44 < 45 → pass; P パート at 90 h is not in the mean.
    const employees = [
      employee('F1', { employmentType: '正社員' }),
      employee('F2', { employmentType: '正社員' }),
      employee('P', { employmentType: 'パート' }),
    ];
    const pass = evaluate(
      makeDataset({ employees, monthlyHours: [...year('F1', 40), ...year('F2', 48), ...year('P', 90)] }),
      'try-kurumin-2025',
      params(),
    );
    const c = pass.criteria.find((x) => x.id === 'hours.fulltime-avg-overtime-under-45')!;
    expect(c).toMatchObject({ status: 'pass', value: 44, threshold: 45 });
    // F2 at 50 h → (40 + 50) / 2 = 45, not under 45 → fail.
    const fail = evaluate(
      makeDataset({ employees, monthlyHours: [...year('F1', 40), ...year('F2', 50), ...year('P', 90)] }),
      'try-kurumin-2025',
      params(),
    );
    expect(fail.criteria.find((x) => x.id === 'hours.fulltime-avg-overtime-under-45')).toMatchObject({
      status: 'fail',
      value: 45,
    });
  });
});

describe('hours.weekly-60-share', () => {
  test('needs worked hours', () => {
    const c = evaluate(makeDataset({ monthlyHours: year('A', 10) }), 'guideline-targets', params()).criteria.find(
      (x) => x.id === 'hours.weekly-60-share',
    )!;
    expect(c.status).toBe('insufficient-data');
  });

  // Window 2025-04-01..2026-03-31 = 365 days = 52.14 weeks. 270 h a month × 12 = 3240 h → 62.1 h a week (≥ 60);
  // 160 h × 12 = 1920 h → 36.8 h a week.
  function staff(heavy: number): Dataset {
    const rows = [];
    for (let i = 0; i < 20; i++)
      rows.push(...year(`E${String(i).padStart(2, '0')}`, 10, {}, { worked: i < heavy ? 270 : 160 }));
    return makeDataset({ monthlyHours: rows });
  }

  test('1 of 20 → 5% passes (≤ 5%)', () => {
    const c = evaluate(staff(1), 'guideline-targets', params()).criteria.find((x) => x.id === 'hours.weekly-60-share')!;
    expect(c.value).toBeCloseTo(0.05, 10);
    expect(c.status).toBe('pass');
    expect(c.breakdown?.E00).toBe(62.14);
  });

  test('2 of 20 → 10% fails, one fewer needed', () => {
    const c = evaluate(staff(2), 'guideline-targets', params()).criteria.find((x) => x.id === 'hours.weekly-60-share')!;
    expect(c.status).toBe('fail');
    expect(c.gap).toContain('あと1人');
  });
});

describe('hours.avg-overtime-under-45-by-category', () => {
  test('each employment category is judged on its own', () => {
    // 正社員: S1 50 h, S2 42 h → 46 in every month (fail). パート: 5 h. All employees together: (50+42+5)/3 = 32.3.
    const ds = makeDataset({
      employees: [
        employee('S1', { employmentType: '正社員' }),
        employee('S2', { employmentType: '正社員' }),
        employee('P1', { employmentType: 'パート' }),
      ],
      monthlyHours: [...year('S1', 50), ...year('S2', 42), ...year('P1', 5)],
    });
    const r = evaluate(ds, 'eruboshi-hours', params());
    expect(r.criteria.map((c) => c.id)).toEqual(['hours.avg-overtime-under-45-by-category']);
    const c = r.criteria[0];
    expect(c.status).toBe('fail');
    expect(c.breakdown).toEqual({ 正社員: 46, パート: 5 });
    expect(c.value).toBe(46);
    expect(c.gap).toContain('正社員: 2025-04 の平均時間外労働をあと1.0時間減らす必要（合計2.0時間）');
  });
});
