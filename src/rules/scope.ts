/**
 * Whom a rule applies to and how: the working-time system (労働基準法32条〜32条の4, 41条2号, みなし) and the 36協定
 * sector (36条11項, 139〜141条) of each employee. The roster wins; then a position the user mapped to 管理監督者
 * (`manager.<役職>=true`); then the system the daily hours were computed under; then the company-wide parameter.
 */
import type { EvalContext } from './context';
import type { Law36Sector, WorkingTimeSystem } from './types';

/**
 * The working-time system of an employee. Example: roster position 店長 with `managerPositions: { 店長: true }` →
 * 'manager'.
 */
export function getWorkingTimeSystem(ctx: EvalContext, employeeId: string): WorkingTimeSystem {
  const e = ctx.index.employees.get(employeeId);
  if (e?.workingTimeSystem && e.workingTimeSystem !== 'general') return e.workingTimeSystem;
  const position = e?.position?.trim();
  if (position && ctx.params.managerPositions?.[position] === true) return 'manager';
  if (e?.workingTimeSystem) return e.workingTimeSystem;
  const computed = ctx.index.sortedHoursByEmployee.get(employeeId)?.find((row) => row.system !== undefined)?.system;
  return computed ?? ctx.params.workingTimeSystem ?? 'general';
}

/** The 36協定 sector of an employee: the roster's 業務区分, else the `law36Sector` parameter, else general. */
export function getLaw36Sector(ctx: EvalContext, employeeId: string): Law36Sector {
  return ctx.index.employees.get(employeeId)?.sector ?? ctx.params.law36Sector ?? 'general';
}
