/**
 * The one verdict: the legal checks beside every profile, never "met" while a legal violation is in the data.
 * Figures by hand (as-of 2026-03-31, 12-month window 2025-04..2026-03).
 */
import { evaluate } from '../../src/rules';
import type { CriterionResult } from '../../src/rules/types';
import {
  buildVerdict,
  criteriaStatus,
  decideOutcome,
  isLegalViolation,
  withLegalChecks,
} from '../../src/rules/verdict';
import { employee, hours, makeDataset, params, year } from './fixtures';

/**
 * Ten 正社員, 10 h of overtime every month; A works 80 h OT + 20 h holiday work in 2025-12.
 * えるぼし (労働時間): the 正社員 mean of 2025-12 is (100 + 9 × 10) ÷ 10 = 19 h < 45 → pass every month.
 * The law: A's 80 + 20 = 100 h ≥ 100 → 労基法36条6項2号 violation (1); 80 h > 45 → a warning (not a violation);
 * hours beyond 40 a week unknown → OT + HW = 100 h > 80 → the 80-hour notice (1). Nov–Dec mean (10 + 100) ÷ 2 = 55,
 * no 2–6-month mean over 80. So 2 legal findings to act on.
 */
function hundredHourMonth() {
  return tenFullTime({ '2025-12': [80, 20] });
}

/** Ten 正社員 at 10 h a month; A's months as `overridesOfA` says. */
function tenFullTime(overridesOfA: Record<string, [number, number?]>) {
  const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
  return makeDataset({
    employees: ids.map((id) => employee(id, { employmentType: '正社員', fullTime: true })),
    monthlyHours: ids.flatMap((id) => year(id, 10, id === 'A' ? overridesOfA : {})),
  });
}

const criterion = (id: string, status: CriterionResult['status']): CriterionResult => ({
  id,
  title: id,
  category: '',
  status,
  value: null,
  threshold: null,
  unit: null,
  gap: null,
  source: '',
});

describe('withLegalChecks: the legal rules beside a certification profile', () => {
  test('えるぼし met on its numbers, but a 100-hour month and its 80-hour notice make it "met but legal violations"', () => {
    const ds = hundredHourMonth();
    const alone = evaluate(ds, 'eruboshi-hours', params());
    expect(alone.criteria.map((c) => c.status)).toEqual(['pass']);
    expect(alone.findings).toEqual([]);
    const report = withLegalChecks(alone, ds, params());
    expect(report.criteria).toEqual(alone.criteria);
    expect(report.findings.filter(isLegalViolation).map((f) => `${f.rule} ${f.employeeId} ${f.period}`)).toEqual([
      'law36.month-100-or-more A 2025-12',
      'health.over-80-notify A 2025-12',
    ]);
    expect(report.verdict).toEqual({
      profile: 'eruboshi-hours',
      criteriaMet: true,
      criteriaStatus: 'pass',
      legalViolations: 2,
      outcome: 'met-but-legal-violations',
      toConfirm: ['action-plan', 'other-law-breaches'],
    });
  });

  test('the month-over-45 warning alone is no violation: 60 h OT in one month → met', () => {
    // 60 > 45 → a 36協定 warning (a special clause is needed), 60 < 100, and 60 h beyond 40 a week ≤ 80 → no notice;
    // the July mean (60 + 9 × 10) ÷ 10 = 15 h < 45 → えるぼし passes.
    const ds = tenFullTime({ '2025-07': [60] });
    const report = withLegalChecks(evaluate(ds, 'eruboshi-hours', params()), ds, params());
    expect(report.findings.map((f) => [f.rule, f.severity])).toContainEqual(['law36.month-over-45', 'warning']);
    expect(report.verdict).toMatchObject({ legalViolations: 0, outcome: 'met' });
  });

  test('a profile that already evaluates the legal rules gets no second copy of their findings', () => {
    const ds = hundredHourMonth();
    const own = evaluate(ds, 'all', params());
    const report = withLegalChecks(own, ds, params());
    const law36 = (r: typeof own) => r.findings.filter((f) => f.rule.startsWith('law36.')).length;
    expect(law36(report)).toBe(law36(own));
    expect(report.verdict?.legalViolations).toBe(2);
  });

  test('a closed 年5日 year short of 5 days counts: 10 days granted 2024-04-01, 2 taken by 2025-03-31', () => {
    // 労基法39条7項: the year 2024-04-01..2025-03-31 has closed with 2 < 5 days → a violation; and no hours at all.
    const ds = makeDataset({
      employees: [employee('A')],
      monthlyHours: [hours('A', '2025-06', 5)],
      leaveGrants: [{ employeeId: 'A', date: '2024-04-01', days: 10 }],
      leaveTakings: [
        { employeeId: 'A', date: '2024-05-01', days: 1 },
        { employeeId: 'A', date: '2024-06-01', days: 1 },
      ],
    });
    const report = withLegalChecks(evaluate(ds, 'law36', params()), ds, params());
    expect(report.findings.filter(isLegalViolation).map((f) => f.rule)).toEqual(['leave.five-day-obligation']);
    // The 36協定 criteria themselves pass (5 h): their numbers are met, the leave violation stands beside them.
    expect(report.verdict).toMatchObject({
      criteriaMet: true,
      legalViolations: 1,
      outcome: 'met-but-legal-violations',
    });
  });
});

describe('the verdict of the criteria', () => {
  test('くるみん: the male rate failing while the rate counting 育児目的休暇 passes is met (either-or)', () => {
    const criteria = [
      criterion('childcare.male-rate', 'fail'),
      criterion('childcare.male-rate-with-purpose-leave', 'pass'),
      criterion('childcare.female-rate', 'pass'),
    ];
    expect(criteriaStatus(criteria, 'kurumin-2025')).toBe('pass');
    // Without the group (えるぼし has none) the same failure fails.
    expect(criteriaStatus(criteria, 'eruboshi-hours')).toBe('fail');
  });

  test('fail before insufficient-data before pass; nothing applicable → not-applicable', () => {
    expect(criteriaStatus([criterion('a', 'pass'), criterion('b', 'insufficient-data')], 'all')).toBe(
      'insufficient-data',
    );
    expect(criteriaStatus([criterion('a', 'insufficient-data'), criterion('b', 'fail')], 'all')).toBe('fail');
    expect(criteriaStatus([criterion('a', 'not-applicable')], 'all')).toBe('not-applicable');
  });

  test('the outcome is never "met" with a legal violation', () => {
    expect(decideOutcome('pass', 0)).toBe('met');
    expect(decideOutcome('pass', 1)).toBe('met-but-legal-violations');
    expect(decideOutcome('fail', 3)).toBe('not-met');
    expect(decideOutcome('insufficient-data', 0)).toBe('insufficient-data');
  });

  test('to confirm: くるみん its action plan, goals, measures and other breaches; ふくやま its checklist; 36協定 nothing', () => {
    const verdictOf = (profile: string) =>
      buildVerdict({ ...evaluate(makeDataset(), profile, params()), findings: [] }).toConfirm;
    expect(verdictOf('kurumin-2025')).toEqual([
      'action-plan',
      'plan-goals',
      'work-style-measures',
      'other-law-breaches',
    ]);
    expect(verdictOf('fukuyama-2026')).toEqual(['checklist', 'other-law-breaches']);
    expect(verdictOf('law36')).toEqual([]);
  });
});
