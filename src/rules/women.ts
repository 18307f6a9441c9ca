/** What the women's-participation criteria (./criteria/women/) share: counting women among people of known gender. */
import type { EvalContext } from './context';
import { addEmployeeIssue } from './context';
import { msg, type Localized } from './messages';
import type { Employee } from './types';

/** Counts women and people of known gender; unknown genders are reported and left out. */
export function countWomen(ctx: EvalContext, people: Employee[], what: Localized): { women: number; total: number } {
  let women = 0;
  let total = 0;
  for (const e of people) {
    if (e.gender === undefined) {
      addEmployeeIssue(ctx, e.id, msg('issue.gender-unknown', { id: e.id, what }));
      continue;
    }
    total += 1;
    if (e.gender === 'female') women += 1;
  }
  return { women, total };
}
