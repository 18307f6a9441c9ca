import { evaluate } from '../../../../src/rules';
import { employee, makeDataset, params, year } from '../../fixtures';

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
    // Its series is the full-time monthly mean: (31 + 29) / 2 = 30 h in each of the 12 months.
    expect(Object.keys(k.series!)).toHaveLength(12);
    expect(new Set(Object.values(k.series!))).toEqual(new Set([30]));
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
