/**
 * Which 36協定 limits apply to one employee (労働基準法36条, 139〜141条): the statutory figures, and how the working-time
 * system (1-year variable hours) and the sector (自動車運転, 医師 A水準, 研究開発) or a 管理監督者 status change them.
 */
import type { Severity } from './types';
import type { EvalContext } from './context';
import { perEmployee } from './context';
import { msg, type MessageRef } from './messages';
import { getLaw36Sector, getWorkingTimeSystem } from './scope';

/** Statutory limits that are not user parameters (the monthly 45 h is `params.monthlyOvertimeLimit`). */
export const LAW36_LIMITS = {
  monthsOver45PerYear: 6,
  yearWarning: 360,
  yearViolation: 720,
  monthWithHolidayWork: 100,
  averageWithHolidayWork: 80,
  averageSpans: [2, 3, 4, 5, 6],
  /** 1-year variable hours with a period over 3 months (36条4項): 42 h a month, 320 h a year. */
  variableYearMonth: 42,
  variableYearWarning: 320,
  /** 自動車運転の業務 (140条) and 医師 A水準 (141条), since 2024-04: 960 h a year. */
  sectorYear: 960,
} as const;

/**
 * The limits that apply to one employee. Null = no 36協定 finding at all (管理監督者,
 * 労基法41条2号; 研究開発, 36条11項).
 */
export interface Law36Limits {
  /** 45 h, or 42 h under 1-year variable hours with a period over 3 months (36条4項). */
  month: number;
  /** 360 h, or 320 h under 1-year variable hours. */
  yearWarning: number;
  /** 720 h; 960 h for 自動車運転 (140条) and 医師 A水準 (141条). */
  yearViolation: number;
  /** 医師: the 960 h count OT + holiday work. */
  yearWithHolidayWork: boolean;
  /** Single-month 100 h (36条6項2号): violation; 医師 A水準: warning (no 面接指導 record); driver: none. */
  month100: Severity | null;
  /** 2–6-month 80 h mean (36条6項3号) and more than 6 months over 45 h (36条5項): general rules only. */
  averageAndSixMonths: boolean;
  /** Why the limits differ from the general ones, for the findings' messages; '' for the general rules. */
  note: MessageRef | '';
}

/**
 * The limits of one employee. Example: a driver → yearViolation 960, no 100 h / 80 h / 6-month rules. Asked for each
 * employee by the findings, the agreement scope and the headroom: worked out once for everyone, not per run.
 */
export const getLaw36Limits = perEmployee('law36.limits', findLaw36Limits);

function findLaw36Limits(ctx: EvalContext, employeeId: string): Law36Limits | null {
  const system = getWorkingTimeSystem(ctx, employeeId);
  const sector = getLaw36Sector(ctx, employeeId);
  if (system === 'manager' || sector === 'research') return null;
  const yearly = system === 'variable-1year';
  const limits: Law36Limits = {
    month: yearly ? LAW36_LIMITS.variableYearMonth : ctx.params.monthlyOvertimeLimit,
    yearWarning: yearly ? LAW36_LIMITS.variableYearWarning : LAW36_LIMITS.yearWarning,
    yearViolation: LAW36_LIMITS.yearViolation,
    yearWithHolidayWork: false,
    month100: 'violation',
    averageAndSixMonths: true,
    note: yearly ? msg('law36.note.variable-year') : '',
  };
  if (sector === 'driver') {
    return {
      ...limits,
      yearViolation: LAW36_LIMITS.sectorYear,
      month100: null,
      averageAndSixMonths: false,
      note: msg('law36.note.driver'),
    };
  }
  if (sector === 'doctor-a') {
    return {
      ...limits,
      yearViolation: LAW36_LIMITS.sectorYear,
      yearWithHolidayWork: true,
      month100: 'warning',
      averageAndSixMonths: false,
      note: msg('law36.note.doctor'),
    };
  }
  return limits;
}
