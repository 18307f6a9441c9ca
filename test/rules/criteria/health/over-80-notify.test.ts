/**
 * health.over-80-notify (労働安全衛生法66条の8の3, 安衛則52条の2): hours beyond 40 a week in a month over 80 h.
 * Figures by hand: December 2025 has 31 days → 40 × 31 ÷ 7 = 177.142857 h of "40 hours a week".
 */
import { evaluate } from '../../../../src/rules';
import { employee, hours, makeDataset, params } from '../../fixtures';

const criterion = (r: ReturnType<typeof evaluate>) => r.criteria.find((c) => c.id === 'health.over-80-notify')!;

describe('health.over-80-notify', () => {
  test('with worked hours: 260 h in December → 260 − 177.14 = 82.86 h > 80 → a notice; 257 h → 79.86 h → none', () => {
    const ds = makeDataset({
      monthlyHours: [hours('A', '2025-12', 60, 0, { worked: 260 }), hours('B', '2025-12', 60, 0, { worked: 257 })],
    });
    const r = evaluate(ds, 'law36', params());
    const notices = r.findings.filter((f) => f.rule === 'health.over-80-notify');
    expect(notices).toEqual([
      expect.objectContaining({ employeeId: 'A', period: '2025-12', value: 82.86, severity: 'warning' }),
    ]);
    expect(notices[0].message).toContain('医師の面接指導');
    expect(criterion(r)).toMatchObject({ status: 'fail', value: 1, threshold: 0 });
  });

  test('without worked hours: OT + HW; 70 + 11 = 81 h → a notice, exactly 80 h → none', () => {
    const ds = makeDataset({ monthlyHours: [hours('A', '2025-11', 70, 11), hours('B', '2025-11', 70, 10)] });
    const notices = evaluate(ds, 'law36', params()).findings.filter((f) => f.rule === 'health.over-80-notify');
    expect(notices.map((f) => [f.employeeId, f.value])).toEqual([['A', 81]]);
  });

  test('管理監督者 and みなし count; months outside the 12-month window do not; nobody over → pass', () => {
    const ds = makeDataset({
      employees: [employee('M', { workingTimeSystem: 'manager' }), employee('D', { workingTimeSystem: 'deemed' })],
      // 2025-03 is before the window 2025-04..2026-03 (as-of 2026-03-31).
      monthlyHours: [hours('M', '2026-01', 85), hours('D', '2025-03', 95), hours('D', '2025-06', 20)],
    });
    const r = evaluate(ds, 'all', params());
    expect(
      r.findings.filter((f) => f.rule === 'health.over-80-notify').map((f) => `${f.employeeId} ${f.period}`),
    ).toEqual(['M 2026-01']);
    expect(criterion(r).value).toBe(1);
    const calm = evaluate(makeDataset({ monthlyHours: [hours('A', '2025-06', 30)] }), 'law36', params());
    expect(criterion(calm)).toMatchObject({ status: 'pass', value: 0 });
  });

  test('no attendance data → insufficient-data, never pass', () => {
    expect(criterion(evaluate(makeDataset(), 'law36', params())).status).toBe('insufficient-data');
  });
});
