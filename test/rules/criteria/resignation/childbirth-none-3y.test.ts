import { evaluate } from '../../../../src/rules';
import type { CriterionResult, Dataset } from '../../../../src/rules/types';
import { employee, makeDataset, params } from '../../fixtures';

function get(ds: Dataset, id: string): CriterionResult {
  return evaluate(ds, 'fukuyama-2026', params('2026-03-31')).criteria.find((c) => c.id === id)!;
}

describe('resignation.childbirth-none-3y', () => {
  test('a woman who left in the window for 出産 and was not rehired → fail, value 1', () => {
    const ds = makeDataset({
      employees: [
        employee('W1', { gender: 'female', leaveDate: '2024-09-30', leaveReason: '出産のため' }),
        employee('W2', { gender: 'female', leaveDate: '2022-09-30', leaveReason: '育児' }), // before 2023-04-01
        employee('M1', { gender: 'male', leaveDate: '2024-09-30', leaveReason: '育児' }), // a man: not counted
        employee('W3', { gender: 'female', leaveDate: '2025-01-31', leaveReason: '転居' }),
      ],
    });
    const c = get(ds, 'resignation.childbirth-none-3y');
    expect(c.status).toBe('fail');
    expect(c.value).toBe(1);
    expect(c.gap).toContain('W1');
  });

  test('passes when every such woman was rehired', () => {
    const ds = makeDataset({
      employees: [employee('W1', { gender: 'female', leaveDate: '2024-09-30', leaveReason: '妊娠', rehired: true })],
    });
    const c = get(ds, 'resignation.childbirth-none-3y');
    expect(c.status).toBe('pass');
    expect(c.value).toBe(0);
  });

  test('a leaver without a reason cannot be cleared → insufficient-data; no roster → insufficient-data', () => {
    expect(
      get(
        makeDataset({ employees: [employee('X', { gender: 'female', leaveDate: '2025-01-31' })] }),
        'resignation.childbirth-none-3y',
      ).status,
    ).toBe('insufficient-data');
    expect(get(makeDataset(), 'resignation.childbirth-none-3y').status).toBe('insufficient-data');
  });
});

describe('resignation.childbirth-none-3y: what the roster can show', () => {
  const roster = (columns: Record<string, string>) => [
    { sheet: '社員名簿', kind: 'roster' as const, rows: 3, columns },
  ];

  test('no leave-date / leave-reason column → insufficient-data, never a pass', () => {
    // The issue: a roster without leave columns passed. Nobody has a leave date; the sheet had no such column.
    const none = makeDataset({
      employees: [employee('W1', { gender: 'female' })],
      sources: roster({ employeeId: 'A', gender: 'B' }),
    });
    expect(get(none, 'resignation.childbirth-none-3y')).toMatchObject({ status: 'insufficient-data' });
    expect(get(none, 'resignation.childbirth-none-3y').gap).toContain('退職日・退職理由');
    // A leave-date column but no reason column: who left is known, why is not.
    const noReason = makeDataset({
      employees: [employee('W1', { gender: 'female', leaveDate: '2025-01-31' })],
      sources: roster({ employeeId: 'A', leaveDate: 'D' }),
    });
    expect(get(noReason, 'resignation.childbirth-none-3y').gap).toContain('退職理由');
    // Without column information (an older ingest), a roster where nobody has a leave date cannot show it either.
    expect(
      get(makeDataset({ employees: [employee('W1', { gender: 'female' })] }), 'resignation.childbirth-none-3y').status,
    ).toBe('insufficient-data');
  });

  test('no woman left in the window → not-applicable', () => {
    const ds = makeDataset({
      employees: [
        employee('W1', { gender: 'female' }),
        employee('M1', { gender: 'male', leaveDate: '2025-01-31', leaveReason: '転職' }),
      ],
      sources: roster({ employeeId: 'A', leaveDate: 'D', leaveReason: 'E' }),
    });
    expect(get(ds, 'resignation.childbirth-none-3y')).toMatchObject({ status: 'not-applicable', value: 0 });
  });

  test('any rehire of someone who left for those reasons (at any time) passes (再雇用の実績がある)', () => {
    // W1 left in the window for 出産, not rehired; W0 left in 2019 for 育児 and was rehired → pass, value 1.
    const ds = makeDataset({
      employees: [
        employee('W1', { gender: 'female', leaveDate: '2024-09-30', leaveReason: '出産' }),
        employee('W0', { gender: 'female', leaveDate: '2019-03-31', leaveReason: '育児', rehired: true }),
      ],
    });
    expect(get(ds, 'resignation.childbirth-none-3y')).toMatchObject({ status: 'pass', value: 1 });
  });
});
