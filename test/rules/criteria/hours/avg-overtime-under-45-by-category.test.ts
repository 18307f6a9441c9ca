import { evaluate } from '../../../../src/rules';
import { employee, makeDataset, params, year } from '../../fixtures';

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
