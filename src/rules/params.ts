/**
 * Evaluation parameters: the what-if knobs. Thresholds are not here but in profiles (./profiles.ts);
 * `thresholds` below overrides a profile's threshold for one run.
 */
import type { IsoDate, Law36Sector, Threshold, WorkingTimeSystem } from './types';

export interface Params {
  /** The day the evaluation looks back from. Required: the rule module never reads the clock. */
  asOf: IsoDate;
  /** くるみん 計画期間; default = the 3-year window. */
  planStart?: IsoDate;
  planEnd?: IsoDate;
  /** First month (1–12) of the 36協定 agreement year; default 4 (April). */
  agreementStartMonth: number;
  /** Rest interval below which a finding is raised (hours); default 11. */
  minRestHours: number;
  /** Late-night days per month above which a finding is raised; default 4. */
  maxLateNightDaysPerMonth: number;
  /** `law36.approaching`: share of the 45 h limit that raises an at-risk finding; default 0.8. */
  approachingRatio: number;
  /** Monthly overtime limit used by law36 rules; default 45. */
  monthlyOvertimeLimit: number;
  /** Hours per day to convert hourly leave into days for the take-up rate; default 8. */
  hoursPerLeaveDay: number;
  /** Position text → management level (係長 / 課長補佐 / 課長 / 部長); editable table. */
  positionLevels: Record<string, ManagementLevel>;
  /** Threshold overrides by criterion id, applied on top of the profile's. */
  thresholds: Record<string, Threshold>;
  /** Company-wide working-time system for employees the roster does not type; default general. */
  workingTimeSystem?: WorkingTimeSystem;
  /** Company's statutory rest weekday (法定休日), 0 = Sunday … 6 = Saturday; unset = inferred per week. */
  statutoryHolidayWeekday?: number;
  /** 36協定 sector for employees the roster does not type; default general. */
  law36Sector?: Law36Sector;
}

export type ManagementLevel = '係長' | '課長補佐' | '課長' | '部長';

export const DEFAULT_POSITION_LEVELS: Record<string, ManagementLevel> = {
  係長: '係長',
  主任: '係長',
  課長補佐: '課長補佐',
  課長代理: '課長補佐',
  副課長: '課長補佐',
  課長: '課長',
  室長: '課長',
  次長: '部長',
  部長: '部長',
  本部長: '部長',
  部局長: '部長',
};

/** Default parameters for an as-of date. Example: `defaultParams('2026-03-31').agreementStartMonth === 4`. */
export function defaultParams(asOf: IsoDate): Params {
  return {
    asOf,
    agreementStartMonth: 4,
    minRestHours: 11,
    maxLateNightDaysPerMonth: 4,
    approachingRatio: 0.8,
    monthlyOvertimeLimit: 45,
    hoursPerLeaveDay: 8,
    positionLevels: { ...DEFAULT_POSITION_LEVELS },
    thresholds: {},
  };
}
