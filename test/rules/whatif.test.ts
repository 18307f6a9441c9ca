import { applyWhatIf, evaluate } from '../../src/rules';
import type { Dataset } from '../../src/rules/types';
import { employee, family, hours, makeDataset, params } from './fixtures';

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
    expect(() => applyWhatIf(frozen, { extraMenOnChildcareLeave: 2, overtimeChangeRatio: -0.1 }, params())).not.toThrow();
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
    expect(evaluate(base, 'kurumin-2025', params()).criteria.find((c) => c.id === 'childcare.male-rate')!.value).toBeCloseTo(0.25, 10);
    expect(evaluate(out, 'kurumin-2025', params()).criteria.find((c) => c.id === 'childcare.male-rate')!.value).toBeCloseTo(0.75, 10);
  });

  test('adds as many as possible when fewer men are eligible (M5 is outside the plan period)', () => {
    expect(applyWhatIf(base, { extraMenOnChildcareLeave: 10 }, params()).familyEvents.length - base.familyEvents.length).toBe(3);
  });

  test('scales OT and HW of every month', () => {
    const out = applyWhatIf(base, { overtimeChangeRatio: -0.1 });
    expect(out.monthlyHours[0]).toMatchObject({ overtime: 45, holidayWork: 9 });
    expect(base.monthlyHours[0]).toMatchObject({ overtime: 50, holidayWork: 10 });
  });
});
