/**
 * What the resignation criteria (./criteria/resignation/) share: the leavers of the 3-year window, their evidence
 * rows, and whether the roster can say who left and why.
 */
import type { Employee, EvidenceRow } from './types';
import type { EvalContext } from './context';
import { getFirstDayOfMonth, getLastDayOfMonth, isWithin } from './dates';
import { msg } from './messages';

/** Everyone on the roster whose leave date lies in the 3-year window, in id order. */
export function listLeavers(ctx: EvalContext): Employee[] {
  const start = getFirstDayOfMonth(ctx.windows.years3[0]);
  const end = getLastDayOfMonth(ctx.windows.years3[1]);
  return [...ctx.index.employees.values()]
    .filter((e) => isWithin(e.leaveDate, start, end))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A leaver as an evidence row of the summary. */
export function toEvidence(e: Employee): EvidenceRow {
  return {
    employeeId: e.id,
    name: e.name ?? null,
    leaveDate: e.leaveDate ?? null,
    leaveReason: e.leaveReason ?? null,
    rehired: e.rehired ?? null,
  };
}

/** The gap when there is no roster to read leavers from. */
export const NO_ROSTER = msg('gap.need-roster-leavers');

/**
 * Whether the roster can show who left and why: the roster sheets' recorded columns when ingest reports them, else
 * whether any roster row has a leave date / a leave reason at all. Returns the missing columns' names.
 */
export function findMissingLeaveColumns(ctx: EvalContext): string[] {
  const rosters = ctx.dataset.sources.filter((x) => x.kind === 'roster' && x.columns !== undefined);
  const has = (field: 'leaveDate' | 'leaveReason'): boolean =>
    rosters.length > 0
      ? rosters.some((x) => x.columns![field] !== undefined)
      : [...ctx.index.employees.values()].some((e) => e[field] !== undefined);
  return [...(has('leaveDate') ? [] : ['退職日']), ...(has('leaveReason') ? [] : ['退職理由'])];
}
