/**
 * Reports built by hand for the component tests: criteria with the figures written in each test, no rule module.
 */
import type { CriterionResult, Report } from '../../../src/rules';

/** One criterion result; `extra` sets what the test is about (value, threshold, gap…). */
export function criterion(
  id: string,
  status: CriterionResult['status'],
  extra: Partial<CriterionResult> = {},
): CriterionResult {
  return {
    id,
    title: id,
    category: 'x',
    status,
    value: null,
    threshold: null,
    unit: null,
    gap: null,
    source: 's',
    ...extra,
  };
}

/** A report of the given criteria and findings over the 2025年4月〜2026年3月 windows. */
export function report(profile: string, criteria: CriterionResult[], findings: Report['findings'] = []): Report {
  return {
    asOf: '2026-03-31',
    profile,
    windows: { months12: ['2025-04', '2026-03'], years3: ['2023-04', '2026-03'], plan: ['2023-04-01', '2026-03-31'] },
    criteria,
    findings,
    inputIssues: [],
  };
}
