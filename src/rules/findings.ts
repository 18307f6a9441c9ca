/** Criteria that count the employees behind findings (the 36協定 limits, the 80-hour notice). */
import type { EvalContext } from './context';
import { getThreshold } from './context';
import { msg, peopleRef, type MessageRef } from './messages';
import { buildResult, toNumberThreshold, type CriterionMeta } from './result';
import type { CriterionResult, Finding } from './types';
import { readingShapeOnly } from './run-cache';

/**
 * A count criterion over findings: value = employees concerned, pass when that count ≤ threshold (default 0).
 * `gapOf` words the gap for the employees and the number of findings; `noData` is the gap without hours.
 * Example: findings for E1 (twice) and E2 → value 2, fail, gap naming E1 and E2 with 3 findings.
 */
export function evaluateFindingCount(
  ctx: EvalContext,
  meta: CriterionMeta,
  findings: Finding[],
  gapOf: (people: MessageRef, n: number) => MessageRef,
  noData: MessageRef = msg('gap.no-monthly-hours'),
): CriterionResult {
  const threshold = getThreshold(ctx, meta.id, 0);
  // Whether there are monthly rows at all, not their figures.
  if (readingShapeOnly(() => ctx.dataset.monthlyHours.length) === 0) {
    return buildResult(meta, { status: 'insufficient-data', value: null, threshold, gap: noData });
  }
  const employees = [...new Set(findings.map((f) => f.employeeId))];
  const failing = employees.length > toNumberThreshold(threshold, 0);
  return buildResult(meta, {
    status: failing ? 'fail' : 'pass',
    value: employees.length,
    threshold,
    // No evidence rows: the findings of the report carry every employee, period and figure.
    gap: failing ? gapOf(peopleRef(employees), findings.length) : null,
  });
}
