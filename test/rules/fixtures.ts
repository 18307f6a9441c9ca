/** Small builders for rule tests: every figure in the tests is set by hand here, never taken from the code. */
import type { Dataset, Employee, FamilyEvent, MonthlyHours, Shift } from '../../src/rules/types';
import { defaultParams, type Params } from '../../src/rules/params';

export function makeDataset(part: Partial<Dataset> = {}): Dataset {
  return {
    employees: [],
    monthlyHours: [],
    shifts: [],
    leaveGrants: [],
    leaveTakings: [],
    familyEvents: [],
    checklist: [],
    sources: [],
    ...part,
  };
}

export function hours(
  employeeId: string,
  month: string,
  overtime: number,
  holidayWork = 0,
  extra: Partial<MonthlyHours> = {},
): MonthlyHours {
  return { employeeId, month, overtime, holidayWork, ...extra };
}

/** The 12 months 2025-04..2026-03 (the 12-month window of as-of 2026-03-31). */
export const FY2025 = [
  '2025-04',
  '2025-05',
  '2025-06',
  '2025-07',
  '2025-08',
  '2025-09',
  '2025-10',
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
];

/** One row per month of FY2025 with the same figures, except where `overrides` says otherwise. */
export function year(
  employeeId: string,
  overtime: number,
  overrides: Record<string, [number, number?]> = {},
  extra: Partial<MonthlyHours> = {},
): MonthlyHours[] {
  return FY2025.map((m) => {
    const o = overrides[m];
    return hours(employeeId, m, o ? o[0] : overtime, o ? (o[1] ?? 0) : 0, extra);
  });
}

export function employee(id: string, fields: Partial<Employee> = {}): Employee {
  return { id, ...fields };
}

export function family(
  employeeId: string,
  kind: FamilyEvent['kind'],
  date: string,
  fields: Partial<FamilyEvent> = {},
): FamilyEvent {
  return { employeeId, kind, date, ...fields };
}

export function shift(employeeId: string, date: string, start: string, end: string, lateNightHours = 0): Shift {
  const toMinute = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const s = toMinute(start);
  let e = toMinute(end);
  if (e <= s) e += 1440;
  return { employeeId, date, startMinute: s, endMinute: e, workedHours: (e - s) / 60 - 1, lateNightHours };
}

export function params(asOf = '2026-03-31', overrides: Partial<Params> = {}): Params {
  return { ...defaultParams(asOf), ...overrides };
}
