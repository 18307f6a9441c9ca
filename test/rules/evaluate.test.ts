import { defaultParams, evaluate } from '../../src/rules';
import type { Dataset, MonthlyHours, Shift } from '../../src/rules/types';
import { FY2025, hours, makeDataset, params } from './fixtures';

describe('evaluate', () => {
  test('report carries as-of, profile, windows, given input issues, and findings of the profile only', () => {
    const ds = makeDataset({ monthlyHours: [hours('E017', '2025-12', 90, 14)] });
    const issue = { sheet: '勤怠', cell: 'D15', value: '9;00', message: '時刻として読めません' };
    const r = evaluate(ds, 'law36', params('2026-03-31'), [issue]);
    expect(r.asOf).toBe('2026-03-31');
    expect(r.profile).toBe('law36');
    expect(r.windows.months12).toEqual(['2025-04', '2026-03']);
    expect(r.inputIssues[0]).toEqual(issue);
    expect(r.findings.some((f) => f.rule === 'law36.month-100-or-more')).toBe(true);
    expect(evaluate(ds, 'kurumin-2025', params()).findings).toEqual([]);
  });

  test('the same dataset with another parameter gives another result (no stale cache)', () => {
    const ds = makeDataset({ monthlyHours: FY2025.map((m) => hours('A', m, 40)) });
    expect(evaluate(ds, 'law36', params()).findings.filter((f) => f.rule === 'law36.approaching')).toHaveLength(1);
    expect(
      evaluate(ds, 'law36', params('2026-03-31', { approachingRatio: 0.9 })).findings.filter(
        (f) => f.rule === 'law36.approaching',
      ),
    ).toHaveLength(0);
  });
});

describe('scale', () => {
  /** 1,000 employees × 12 months of MonthlyHours plus ~21 shifts a month each. Speed is measured by npm run bench. */
  function bigDataset(): Dataset {
    const monthlyHours: MonthlyHours[] = [];
    const shifts: Shift[] = [];
    const employees = [];
    for (let e = 0; e < 1000; e++) {
      const id = `E${String(e).padStart(4, '0')}`;
      employees.push({
        id,
        gender: e % 2 ? ('male' as const) : ('female' as const),
        employmentType: e % 5 ? '正社員' : 'パート',
        birthDate: `19${70 + (e % 30)}-05-01`,
        hireDate: '2015-04-01',
      });
      for (const m of FY2025) {
        monthlyHours.push({ employeeId: id, month: m, overtime: (e % 60) + 1, holidayWork: e % 7, worked: 170 });
        for (let d = 1; d <= 21; d++) {
          shifts.push({
            employeeId: id,
            date: `${m}-${String(d).padStart(2, '0')}`,
            startMinute: 540,
            endMinute: 1080 + (e % 5) * 60,
            workedHours: 8,
            lateNightHours: e % 9 === 0 ? 1 : 0,
          });
        }
      }
    }
    return makeDataset({ employees, monthlyHours, shifts });
  }

  test('re-evaluating a memoised dataset with another parameter uses the new parameter', () => {
    const ds = bigDataset();
    const count = (ratio: number): number =>
      evaluate(ds, 'law36', { ...defaultParams('2026-03-31'), approachingRatio: ratio }).findings.filter(
        (f) => f.rule === 'law36.approaching',
      ).length;
    // OT in 2026-03 is (e % 60) + 1 for e = 0..999: ≥ 36 h (0.8 × 45) for e % 60 ≥ 35 → 25 of every 60 employees;
    // ≥ 40.5 h (0.9 × 45) for e % 60 ≥ 40 → 20 of every 60. 1,000 = 16 × 60 + 40: 16×25 + 5 = 405 and 16×20 + 0 = 320.
    expect(count(0.8)).toBe(405);
    expect(count(0.9)).toBe(320);
  });
});
