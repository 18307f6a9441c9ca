import { evaluate } from '../../../../src/rules';
import { employee, makeDataset, params, year } from '../../fixtures';

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
