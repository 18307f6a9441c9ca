/**
 * Evaluation parameters: the what-if knobs. Thresholds are not here but in profiles (./profiles.ts);
 * `thresholds` below overrides a profile's threshold for one run.
 */
import type { Agreement } from './agreement';
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
  /** Flextime settlement period in months, 1–3; default 1 (労基法32条の3). */
  flexSettlementMonths?: number;
  /** First month (1–12) of the 1-year variable-hours period; default the agreement year's first month. */
  variablePeriodStartMonth?: number;
  /** Company's normal weekly hours for the full-time test; default the most common value among 正社員, else 40. */
  fullTimeWeeklyHours?: number;
  /** Company's normal daily hours for the full-time test; default the most common value among 正社員, else 8. */
  fullTimeDailyHours?: number;
  /** 12-month window: rolling (the 12 months up to the last complete month) or the last complete 事業年度;
   * unset = the profile's default (certification profiles: fiscal-year; `all`, `law36`: rolling). */
  window?: WindowBasis;
  /** First month (1–12) of the business year (事業年度); default 4. */
  fiscalYearStartMonth?: number;
  /** Positions mapped to 管理監督者 (`manager.<役職>=true`): no 36協定 findings for them. */
  managerPositions?: Record<string, boolean>;
  /** The company's own 36協定 (one, or one per 事業場 / 業務); unset or empty = not known, statutory limits only. */
  agreements?: Agreement[];
}

/** How the 12-month window is chosen: the 12 months up to the as-of date, or the business year (事業年度). */
export type WindowBasis = 'rolling' | 'fiscal-year';

export type ManagementLevel = '係長' | '課長補佐' | '課長' | '部長';

const DEFAULT_POSITION_LEVELS: Record<string, ManagementLevel> = {
  // 主任 is not 係長 unless the user maps it (women.manager-share): in most companies 主任 is a senior
  // rank without the 係長's supervisory post.
  係長: '係長',
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
