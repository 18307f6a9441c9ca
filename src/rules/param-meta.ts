/**
 * The user parameters of the law rules, with their label, source and range: one table the CLI's `--param` parser
 * and the task pane's 設定 step both read, so every parameter is shown with where its default comes from.
 */
import type { Params } from './params';
import type { Law36Sector, WorkingTimeSystem } from './types';

export interface ParameterMeta {
  key: string;
  label: { ja: string; en: string };
  /** Where the rule or the default comes from (law article, criterion), shown beside the setting. */
  source: string;
  /** Allowed values: a closed list, or a numeric range. */
  values?: readonly string[];
  range?: { min: number; max: number; integer?: boolean };
  /** Default as shown to the user (not applied from here: `defaultParams` and the rules apply it). */
  defaultText: { ja: string; en: string };
  /** true when the daily-hours computation (ingest) needs it as well as the rules. */
  hours?: boolean;
}

/** The working-time systems a company can declare (労基法32条, 32条の2, 32条の4, 32条の3, 41条2号, みなし). */
export const WORKING_TIME_SYSTEMS: readonly WorkingTimeSystem[] = [
  'general',
  'variable-1month',
  'variable-1year',
  'flextime',
  'manager',
  'deemed',
];
const LAW36_SECTORS: readonly Law36Sector[] = ['general', 'driver', 'research', 'doctor-a'];

/** The parameters the law rules added this round (the older ones are listed in the CLI usage). */
export const PARAMETER_META: readonly ParameterMeta[] = [
  {
    key: 'workingTimeSystem',
    label: { ja: '労働時間制（名簿にない社員）', en: 'Working-time system (staff the roster does not type)' },
    source: '労働基準法32条・32条の2・32条の3・32条の4・41条2号',
    values: WORKING_TIME_SYSTEMS,
    hours: true,
    defaultText: { ja: '通常の労働時間制', en: 'general' },
  },
  {
    key: 'statutoryHolidayWeekday',
    label: { ja: '法定休日の曜日（0=日…6=土）', en: 'Statutory rest weekday (0 = Sunday … 6 = Saturday)' },
    source: '労働基準法35条',
    range: { min: 0, max: 6, integer: true },
    hours: true,
    defaultText: {
      ja: '未設定: 週7日勤務の週の最後の日（厚生労働省の解釈）',
      en: 'unset: the last day of a week worked on all seven days (MHLW)',
    },
  },
  {
    key: 'flexSettlementMonths',
    label: { ja: 'フレックスタイム制の清算期間（月）', en: 'Flextime settlement period (months)' },
    source: '労働基準法32条の3',
    range: { min: 1, max: 3, integer: true },
    hours: true,
    defaultText: { ja: '1か月', en: '1 month' },
  },
  {
    key: 'variablePeriodStartMonth',
    label: { ja: '1年単位の変形・清算期間の起算月', en: 'First month of the 1-year variable / settlement period' },
    source: '労働基準法32条の4',
    range: { min: 1, max: 12, integer: true },
    hours: true,
    defaultText: { ja: '4月', en: 'April' },
  },
  {
    key: 'law36Sector',
    label: { ja: '36協定の業務区分（名簿にない社員）', en: 'Article 36 sector (staff the roster does not type)' },
    source: '労働基準法139条〜141条（2024年4月〜）',
    values: LAW36_SECTORS,
    defaultText: { ja: '一般', en: 'general' },
  },
  {
    key: 'fullTimeWeeklyHours',
    label: { ja: 'フルタイムの週所定労働時間', en: 'Full-time weekly hours' },
    source: 'パートタイム・有期雇用労働法2条（通常の労働者の所定労働時間）',
    range: { min: 1, max: 60 },
    defaultText: { ja: '正社員で最も多い値（なければ40時間）', en: 'most common among 正社員 (else 40 h)' },
  },
  {
    key: 'fullTimeDailyHours',
    label: { ja: 'フルタイムの1日の所定労働時間', en: 'Full-time daily hours' },
    source: 'パートタイム・有期雇用労働法2条',
    range: { min: 1, max: 12 },
    defaultText: { ja: '正社員で最も多い値（なければ8時間）', en: 'most common among 正社員 (else 8 h)' },
  },
  {
    key: 'window',
    label: { ja: '12か月の集計期間', en: '12-month window' },
    source: 'くるみん（計画期間の最終事業年度）・えるぼし（直近の事業年度）',
    values: ['rolling', 'fiscal-year'],
    defaultText: {
      ja: '認定のプロファイルは事業年度、all・law36 は直近12か月',
      en: 'certification profiles: business year; all, law36: rolling',
    },
  },
  {
    key: 'fiscalYearStartMonth',
    label: { ja: '事業年度の開始月', en: 'First month of the business year' },
    source: '会社の定款',
    range: { min: 1, max: 12, integer: true },
    defaultText: { ja: '4月', en: 'April' },
  },
];

/** Options of the daily-hours computation that mirror a parameter (the names of IngestOptions / HoursOptions). */
export interface HoursParameterOptions {
  workingTimeSystem?: WorkingTimeSystem;
  statutoryHolidayWeekday?: number;
  flexSettlementMonths?: number;
  variablePeriodStartMonth?: number;
}

/**
 * Applies one `key=value` of the parameters above (and `manager.<役職>=true|false`) to the params, and to the hours
 * options when the daily computation needs it. Returns null when the key is not one of them, `{ error }` when the
 * value is out of range. Example: `applyRuleParameter('workingTimeSystem', 'flextime', params, hours)` → `{}`.
 */
export function applyRuleParameter(
  key: string,
  value: string,
  params: Params,
  hours: HoursParameterOptions,
): { error?: string } | null {
  if (key.startsWith('manager.')) {
    if (value !== 'true' && value !== 'false') return { error: 'true か false を指定してください' };
    params.managerPositions = { ...params.managerPositions, [key.slice('manager.'.length)]: value === 'true' };
    return {};
  }
  const meta = PARAMETER_META.find((m) => m.key === key);
  if (!meta) return null;
  let parsed: string | number = value.trim();
  if (meta.values) {
    if (!meta.values.includes(parsed)) return { error: `${meta.values.join(' / ')} のいずれかを指定してください` };
  } else if (meta.range) {
    const n = parsed === '' ? Number.NaN : Number(parsed);
    if (
      !Number.isFinite(n) ||
      n < meta.range.min ||
      n > meta.range.max ||
      (meta.range.integer && !Number.isInteger(n))
    ) {
      return {
        error: `${meta.range.min}〜${meta.range.max} の${meta.range.integer ? '整数' : '数値'}を指定してください`,
      };
    }
    parsed = n;
  }
  (params as unknown as Record<string, unknown>)[key] = parsed;
  if (meta.hours) (hours as Record<string, unknown>)[key] = parsed;
  return {};
}
