import { evaluate } from '../../src/rules';
import type { CriterionResult, Dataset, FamilyEvent } from '../../src/rules/types';
import { employee, family, makeDataset, params } from './fixtures';

function get(ds: Dataset, profile: string, id: string): CriterionResult {
  return evaluate(ds, profile, params('2026-03-31')).criteria.find((c) => c.id === id)!;
}

/** 10 men whose spouses gave birth in the plan period (2023-04-01..2026-03-31), the first `takers` on 育児休業. */
function men(takers: number, kind: FamilyEvent['kind'] = 'childcare-leave', purpose = 0): Dataset {
  const employees = [];
  const events: FamilyEvent[] = [];
  for (let i = 1; i <= 10; i++) {
    const id = `M${String(i).padStart(2, '0')}`;
    employees.push(employee(id, { gender: 'male' }));
    events.push(family(id, 'birth', '2024-06-10', { spouseBirth: true }));
    if (i <= takers) events.push(family(id, kind, '2024-06-20', { childBirthDate: '2024-06-10' }));
    else if (i <= takers + purpose) events.push(family(id, 'purpose-leave', '2024-06-10'));
  }
  return makeDataset({ employees, familyEvents: events });
}

describe('childcare.male-rate', () => {
  test('3 of 10 men → 30% passes くるみん 30%', () => {
    const c = get(men(3), 'kurumin-2025', 'childcare.male-rate');
    expect(c.value).toBeCloseTo(0.3, 10);
    expect(c.threshold).toBe(0.3);
    expect(c.status).toBe('pass');
  });

  test('2 of 10 men → 20% fails with "あと1人"', () => {
    const c = get(men(2), 'kurumin-2025', 'childcare.male-rate');
    expect(c.status).toBe('fail');
    expect(c.gap).toBe('男性の育児休業取得者があと1人必要');
  });

  test('2 of 10 fails プラチナ 50% by 3 people and passes the public-sector 13%', () => {
    expect(get(men(2), 'platinum-kurumin-2025', 'childcare.male-rate').gap).toContain('あと3人');
    expect(get(men(2), 'public-sector-targets', 'childcare.male-rate').status).toBe('pass');
  });

  test('産後パパ育休 counts as 育児休業等; 育児目的休暇 does not', () => {
    expect(get(men(3, 'papa-leave'), 'kurumin-2025', 'childcare.male-rate').value).toBeCloseTo(0.3, 10);
    expect(get(men(3, 'purpose-leave'), 'kurumin-2025', 'childcare.male-rate').value).toBe(0);
  });

  test('the same child is counted once even with two leave rows', () => {
    const ds = men(1);
    ds.familyEvents.push(family('M01', 'childcare-leave', '2024-09-01', { childBirthDate: '2024-06-10' }));
    expect(get(ds, 'kurumin-2025', 'childcare.male-rate').value).toBeCloseTo(0.1, 10);
  });

  test('no births in the plan period → not-applicable; no family sheet → insufficient-data', () => {
    const ds = makeDataset({
      employees: [employee('M', { gender: 'male' })],
      sources: [{ sheet: '育休', kind: 'family', rows: 0 }],
    });
    expect(get(ds, 'kurumin-2025', 'childcare.male-rate').status).toBe('not-applicable');
    expect(
      get(makeDataset({ employees: [employee('M', { gender: 'male' })] }), 'kurumin-2025', 'childcare.male-rate')
        .status,
    ).toBe('insufficient-data');
  });

  test('evidence lists each birth with whether leave was taken', () => {
    const c = get(men(3), 'kurumin-2025', 'childcare.male-rate');
    expect(c.evidence).toHaveLength(10);
    expect(c.evidence?.[0]).toMatchObject({
      employeeId: 'M01',
      birthDate: '2024-06-10',
      leaveTaken: true,
      leaveKind: 'childcare-leave',
    });
    expect(c.evidence?.[9]).toMatchObject({ employeeId: 'M10', leaveTaken: false });
  });
});

describe('childcare.male-rate-with-purpose-leave', () => {
  test('2 on 育児休業 + 3 on 育児目的休暇 of 10 → 50% passes くるみん 50%', () => {
    const c = get(men(2, 'childcare-leave', 3), 'kurumin-2025', 'childcare.male-rate-with-purpose-leave');
    expect(c.value).toBeCloseTo(0.5, 10);
    expect(c.status).toBe('pass');
  });

  test('needs at least one man on 育児休業等: 5 on purpose leave alone fails', () => {
    const c = get(men(0, 'childcare-leave', 5), 'kurumin-2025', 'childcare.male-rate-with-purpose-leave');
    expect(c.value).toBeCloseTo(0.5, 10);
    expect(c.status).toBe('fail');
    expect(c.gap).toContain('1人以上');
  });
});

describe('female rates', () => {
  // W1..W4 gave birth in the plan period. W1 育児休業, W2 産前産後休業 only (never 育児休業), W3 育児休業 (有期),
  // W4 nothing (有期). Rate = 2 / 4 = 50%; fixed-term rate = 1 / 2.
  const ds = makeDataset({
    employees: [
      employee('W1', { gender: 'female', employmentType: '正社員' }),
      employee('W2', { gender: 'female', employmentType: '正社員' }),
      employee('W3', { gender: 'female', employmentType: '契約社員' }),
      employee('W4', { gender: 'female', fixedTerm: true }),
    ],
    familyEvents: [
      family('W1', 'birth', '2024-01-10'),
      family('W1', 'maternity-leave', '2023-11-29'),
      family('W1', 'childcare-leave', '2024-03-07'),
      family('W2', 'birth', '2024-05-01'),
      family('W2', 'maternity-leave', '2024-03-20', { childBirthDate: '2024-05-01' }),
      family('W3', 'birth', '2025-02-01'),
      family('W3', 'childcare-leave', '2025-03-29', { childBirthDate: '2025-02-01' }),
      family('W4', 'birth', '2025-08-01'),
    ],
  });

  test('女性 育児休業等 rate: maternity leave does not count', () => {
    const c = get(ds, 'kurumin-2025', 'childcare.female-rate');
    expect(c.value).toBeCloseTo(0.5, 10);
    expect(c.status).toBe('fail');
    expect(c.gap).toContain('あと1人');
  });

  test('fixed-term women only', () => {
    const c = get(ds, 'kurumin-2025', 'childcare.female-fixed-term-rate');
    expect(c.value).toBeCloseTo(0.5, 10);
    expect(c.breakdown).toEqual({ 対象者: 2, 取得者: 1 });
  });

  test('3-year rate (seed 001 項目22) over 2023-04..2026-03: a 2023-03 birth is outside', () => {
    const ds2 = {
      ...ds,
      familyEvents: [
        ...ds.familyEvents,
        family('W2', 'birth', '2023-03-15'),
        family('W2', 'childcare-leave', '2023-05-10', { childBirthDate: '2023-03-15' }),
      ],
    };
    const c = get(ds2, 'fukuyama-2026', 'childcare.female-rate-3y');
    expect(c.value).toBeCloseTo(0.5, 10);
    expect(c.threshold).toBe(0.7);
  });
});

describe('産後休業 at the end of the window (criteria.md childcare)', () => {
  test('a woman still in 産後休業 on the last day is left out of the denominator until it has ended', () => {
    // 3-year window 2023-04-01..2026-03-31. W1 birth 2024-05-01, 育児休業 → taker. W2 birth 2026-02-10: 産後休業
    // runs to 2026-02-10 + 56 days = 2026-04-07, past 31 March → left out. Rate 1 / 1 = 100% (was 1 / 2 = 50%).
    const base = [
      family('W1', 'birth', '2024-05-01', { spouseBirth: false }),
      family('W1', 'childcare-leave', '2024-06-27', { childBirthDate: '2024-05-01' }),
      family('W2', 'birth', '2026-02-10', { spouseBirth: false }),
    ];
    const employees = [
      employee('W1', { gender: 'female' }),
      employee('W2', { gender: 'female' }),
      employee('W3', { gender: 'female' }),
    ];
    const c = get(makeDataset({ employees, familyEvents: base }), 'fukuyama-2026', 'childcare.female-rate-3y');
    expect(c).toMatchObject({ status: 'pass', value: 1, breakdown: { 対象者: 1, 取得者: 1 } });
    expect(c.evidence?.find((e) => e.employeeId === 'W2')?.note).toContain('産後休業中');
    // W3 birth 2026-02-01: 産後休業 ends 2026-03-29, before 31 March → she counts → 1 / 2 = 50%, fails 70%.
    const withW3 = get(
      makeDataset({ employees, familyEvents: [...base, family('W3', 'birth', '2026-02-01', { spouseBirth: false })] }),
      'fukuyama-2026',
      'childcare.female-rate-3y',
    );
    expect(withW3).toMatchObject({ status: 'fail', value: 0.5 });
  });
});
