import { evaluate } from '../../../../src/rules';
import type { CriterionResult, Dataset } from '../../../../src/rules/types';
import { employee, family, makeDataset, params } from '../../fixtures';

function get(ds: Dataset, id: string): CriterionResult {
  return evaluate(ds, 'fukuyama-2026', params('2026-03-31')).criteria.find((c) => c.id === id)!;
}

describe('resignation.care-none-3y', () => {
  const sources = [{ sheet: '育休', kind: 'family' as const, rows: 1 }];

  test('no care resignations and one 介護休暇 in the window → pass', () => {
    const ds = makeDataset({
      employees: [employee('A', { leaveDate: '2025-01-31', leaveReason: '転職' })],
      familyEvents: [family('B', 'care-day', '2025-06-02')],
      sources,
    });
    expect(get(ds, 'resignation.care-none-3y').status).toBe('pass');
  });

  test('no care leave used → fail even without care resignations', () => {
    const ds = makeDataset({ employees: [employee('A')], sources });
    const c = get(ds, 'resignation.care-none-3y');
    expect(c.status).toBe('fail');
    expect(c.gap).toContain('利用実績');
  });

  test('someone left for 介護 → fail, value 1', () => {
    const ds = makeDataset({
      employees: [employee('A', { leaveDate: '2025-01-31', leaveReason: '家族の介護' })],
      familyEvents: [family('B', 'care-leave', '2024-06-02')],
      sources,
    });
    const c = get(ds, 'resignation.care-none-3y');
    expect(c.status).toBe('fail');
    expect(c.value).toBe(1);
  });
});
