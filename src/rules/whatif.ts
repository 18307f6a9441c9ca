/** What-if scenarios: pure transformations of a dataset that `evaluate` is then re-run on. */
import type { Dataset, FamilyEvent, IsoDate } from './types';
import type { Params } from './params';
import { CHILDCARE_LEAVE, getChildKey } from './childcare';
import { isWithin } from './dates';
import { computeWindows } from './windows';
import { markSameShape } from './dataset-index';

export interface WhatIf {
  /** N more men take childcare leave (men whose spouse gave birth in the plan period and who took none). */
  extraMenOnChildcareLeave?: number;
  /** Scales every month's OT and HW: -0.1 = −10 %. */
  overtimeChangeRatio?: number;
}

/** Men (roster gender, else a spouse-birth row) with a spouse's birth in the period and no 育児休業等 for that child, in id order. */
function findMenWithoutLeave(
  dataset: Dataset,
  period: [IsoDate, IsoDate] | null,
): { employeeId: string; birth: IsoDate }[] {
  const gender = new Map(dataset.employees.map((e) => [e.id, e.gender]));
  const byEmployee = new Map<string, FamilyEvent[]>();
  for (const e of dataset.familyEvents) byEmployee.set(e.employeeId, [...(byEmployee.get(e.employeeId) ?? []), e]);
  const out: { employeeId: string; birth: IsoDate }[] = [];
  for (const employeeId of [...byEmployee.keys()].sort()) {
    const events = byEmployee.get(employeeId)!;
    const isMan =
      gender.get(employeeId) === 'male' ||
      (gender.get(employeeId) === undefined && events.some((e) => e.kind === 'birth' && e.spouseBirth === true));
    if (!isMan) continue;
    const births = [
      ...new Set(events.flatMap((e) => (e.kind === 'birth' ? [e.date] : e.childBirthDate ? [e.childBirthDate] : []))),
    ].sort();
    const leaves = events.filter(
      (e) => CHILDCARE_LEAVE.has(e.kind) && (!period || isWithin(e.date, period[0], period[1])),
    );
    const covered = new Set(leaves.map((l) => getChildKey(l, births)));
    const birth = births.find((b) => (!period || isWithin(b, period[0], period[1])) && !covered.has(b));
    if (birth && !covered.has('unknown')) out.push({ employeeId, birth });
  }
  return out;
}

/**
 * Applies a what-if to a copy of the dataset; the input is never mutated. `params` gives the plan period for
 * the childcare scenario (without it, any birth counts).
 * Example: `applyWhatIf(ds, { overtimeChangeRatio: -0.1 }).monthlyHours[0].overtime === ds.monthlyHours[0].overtime * 0.9`.
 */
export function applyWhatIf(dataset: Dataset, whatIf: WhatIf, params?: Params): Dataset {
  let result: Dataset = { ...dataset };
  const ratio = whatIf.overtimeChangeRatio;
  if (ratio !== undefined && Number.isFinite(ratio) && ratio !== 0) {
    const factor = Math.max(0, 1 + ratio);
    const monthlyHours = dataset.monthlyHours.map((h) => {
      // A plain copy, then its two figures: the copy keeps the row's object shape, so the rules' code that runs
      // over the rows sees one kind of row, not two.
      const copy = { ...h };
      copy.overtime = h.overtime * factor;
      copy.holidayWork = h.holidayWork * factor;
      return copy;
    });
    // Same employees and months, position for position: the index reuses the rows' grouping and month order.
    markSameShape(monthlyHours, dataset.monthlyHours);
    result = { ...result, monthlyHours };
  }
  const extra = Math.floor(whatIf.extraMenOnChildcareLeave ?? 0);
  if (extra > 0) {
    const period = params ? computeWindows(params).plan : null;
    const added: FamilyEvent[] = findMenWithoutLeave(dataset, period)
      .slice(0, extra)
      .map(({ employeeId, birth }) => ({
        employeeId,
        kind: 'childcare-leave',
        date: birth,
        childBirthDate: birth,
      }));
    result = { ...result, familyEvents: [...dataset.familyEvents, ...added] };
  }
  return result;
}
