import { applyWhatIf, evaluate } from '../../src/rules';
import { getIndex } from '../../src/rules/dataset-index';
import type { Dataset } from '../../src/rules/types';
import { employee, family, hours, makeDataset, params, shift, year } from './fixtures';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

// M1..M4 with spouse births in the plan period; M2 already on leave; M5's child was born before the plan period.
const base: Dataset = makeDataset({
  employees: ['M1', 'M2', 'M3', 'M4', 'M5'].map((id) => employee(id, { gender: 'male' })),
  familyEvents: [
    family('M4', 'birth', '2025-01-10', { spouseBirth: true }),
    family('M1', 'birth', '2024-05-01', { spouseBirth: true }),
    family('M2', 'birth', '2024-07-01', { spouseBirth: true }),
    family('M2', 'childcare-leave', '2024-07-15', { childBirthDate: '2024-07-01' }),
    family('M3', 'birth', '2025-03-03', { spouseBirth: true }),
    family('M5', 'birth', '2022-01-01', { spouseBirth: true }),
  ],
  monthlyHours: [hours('A', '2025-04', 50, 10)],
});

describe('applyWhatIf', () => {
  test('never mutates its input', () => {
    const frozen = deepFreeze(JSON.parse(JSON.stringify(base)) as Dataset);
    const copy = JSON.stringify(frozen);
    expect(() =>
      applyWhatIf(frozen, { extraMenOnChildcareLeave: 2, overtimeChangeRatio: -0.1 }, params()),
    ).not.toThrow();
    expect(JSON.stringify(frozen)).toBe(copy);
  });

  test('adds leave for the next men without leave, in employee-id order', () => {
    const out = applyWhatIf(base, { extraMenOnChildcareLeave: 2 }, params());
    const added = out.familyEvents.slice(base.familyEvents.length);
    expect(added).toEqual([
      { employeeId: 'M1', kind: 'childcare-leave', date: '2024-05-01', childBirthDate: '2024-05-01' },
      { employeeId: 'M3', kind: 'childcare-leave', date: '2025-03-03', childBirthDate: '2025-03-03' },
    ]);
    // 1 of 3 → 1/4 before; 3 of 4 after.
    expect(
      evaluate(base, 'kurumin-2025', params()).criteria.find((c) => c.id === 'childcare.male-rate')!.value,
    ).toBeCloseTo(0.25, 10);
    expect(
      evaluate(out, 'kurumin-2025', params()).criteria.find((c) => c.id === 'childcare.male-rate')!.value,
    ).toBeCloseTo(0.75, 10);
  });

  test('adds as many as possible when fewer men are eligible (M5 is outside the plan period)', () => {
    expect(
      applyWhatIf(base, { extraMenOnChildcareLeave: 10 }, params()).familyEvents.length - base.familyEvents.length,
    ).toBe(3);
  });

  test('scales OT and HW of every month', () => {
    const out = applyWhatIf(base, { overtimeChangeRatio: -0.1 });
    expect(out.monthlyHours[0]).toMatchObject({ overtime: 45, holidayWork: 9 });
    expect(base.monthlyHours[0]).toMatchObject({ overtime: 50, holidayWork: 10 });
  });
});

describe('what-if re-evaluation reuses what did not change', () => {
  // One employee: 60 h + 0 h a month all year, two shifts with a 9-hour rest (23:00 → 08:00).
  const dataset: Dataset = makeDataset({
    employees: [employee('A', { fullTime: true })],
    monthlyHours: year('A', 60),
    shifts: [shift('A', '2025-06-02', '09:00', '23:00'), shift('A', '2025-06-03', '08:00', '17:00')],
  });

  test('the shifts part of the index is shared, the monthly hours part is rebuilt', () => {
    const changed = applyWhatIf(dataset, { overtimeChangeRatio: -0.5 });
    expect(getIndex(changed).restsByEmployee).toBe(getIndex(dataset).restsByEmployee);
    expect(getIndex(changed).sortedHoursByEmployee).not.toBe(getIndex(dataset).sortedHoursByEmployee);
    expect(
      getIndex(changed)
        .sortedHoursByEmployee.get('A')
        ?.find((m) => m.month === '2025-04')?.overtime,
    ).toBe(30);
  });

  test('results after a what-if equal those of a dataset built from scratch with the same figures', () => {
    evaluate(dataset, 'all', params()); // warms every memo with the real data
    const viaWhatIf = evaluate(
      applyWhatIf(dataset, { overtimeChangeRatio: -0.5 }),
      'all',
      params('2026-03-31', { minRestHours: 8 }),
    );
    const fresh = evaluate(
      JSON.parse(JSON.stringify({ ...dataset, monthlyHours: year('A', 30) })) as Dataset,
      'all',
      params('2026-03-31', { minRestHours: 8 }),
    );
    expect(viaWhatIf).toEqual(fresh);
    // 60 h × 0.5 = 30 h a month: the 45-hour mean passes; a 9-hour rest is over the 8-hour limit: no rest finding.
    expect(viaWhatIf.criteria.find((c) => c.id === 'hours.avg-overtime-under-45')?.status).toBe('pass');
    expect(viaWhatIf.findings.filter((f) => f.rule === 'interval.rest-under-11h')).toEqual([]);
    // Back on the real data with the 11-hour limit: the 9-hour rest is one finding again.
    expect(
      evaluate(dataset, 'all', params())
        .findings.filter((f) => f.rule === 'interval.rest-under-11h')
        .map((f) => [f.period, f.value]),
    ).toEqual([['2025-06-03', 9]]);
  });
});
