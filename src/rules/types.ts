/**
 * The dataset and report types shared by every layer (the module contracts are in docs/architecture.md).
 *
 * Conventions, chosen so that the rule module stays pure and timezone-free:
 * - a date is an ISO string `YYYY-MM-DD`; a month is `YYYY-MM`;
 * - hours are decimal hours (7.5 = 7 h 30 min); times of day are minutes after 00:00 of the record's date
 *   (an overnight end is > 1440);
 * - rates are fractions (0.75, not 75).
 */
import type { Localized, MessageRef } from './messages';

export type IsoDate = string;
export type IsoMonth = string;

/** Where a record came from, so the report can show the evidence behind a figure. */
export interface SourceRef {
  sheet: string;
  /** 1-based worksheet row number. */
  row: number;
}

export type Gender = 'male' | 'female';

/**
 * Working-time system of an employee: general = 労基法32条; variable-1month =
 * 1か月単位の変形労働時間制 (32条の2); variable-1year = 1年単位 (32条の4); flextime = フレックスタイム制 (32条の3);
 * manager = 管理監督者 (41条2号); deemed = みなし (裁量労働・事業場外).
 */
export type WorkingTimeSystem = 'general' | 'variable-1month' | 'variable-1year' | 'flextime' | 'manager' | 'deemed';

/** 36協定 sector since 2024-04 (業務区分): general rules, 自動車運転, 研究開発, 医師 A水準. */
export type Law36Sector = 'general' | 'driver' | 'research' | 'doctor-a';

/** One row of the roster (社員名簿). Every field but `id` may be unknown. */
export interface Employee {
  id: string;
  name?: string;
  gender?: Gender;
  birthDate?: IsoDate;
  /** Employment type as written (正社員, パート, 契約社員…); also the 雇用管理区分 for えるぼし. */
  employmentType?: string;
  /** Explicit full-time flag from the roster, when it has one. */
  fullTime?: boolean;
  weeklyScheduledHours?: number;
  /** Daily scheduled hours (所定労働時間 ≤ 12 is daily), used for full-time when no weekly figure is given. */
  dailyScheduledHours?: number;
  /** From a roster column (労働時間制, 勤務形態…); undefined = the `workingTimeSystem` parameter / general. */
  workingTimeSystem?: WorkingTimeSystem;
  /** From a roster column (業務区分); undefined = the `law36Sector` parameter / general. */
  sector?: Law36Sector;
  /** 有期 (fixed-term) contract; derived from the employment type (契約, 有期, 嘱託, 期間…) when no column says so. */
  fixedTerm?: boolean;
  hireDate?: IsoDate;
  leaveDate?: IsoDate;
  leaveReason?: string;
  rehired?: boolean;
  position?: string;
  department?: string;
  /** 事業場 (workplace) the employee works at: which 36協定 covers them when there are several. */
  workplace?: string;
  ref?: SourceRef;
}

/** Statutory overtime and holiday work of one employee in one month (given, or computed from daily rows). */
export interface MonthlyHours {
  employeeId: string;
  month: IsoMonth;
  /** Statutory overtime OT(e,m), hours, excluding statutory holiday work. */
  overtime: number;
  /** Statutory holiday work HW(e,m), hours. */
  holidayWork: number;
  /** Total worked hours, when known (daily sheet, or a total column). */
  worked?: number;
  lateNight?: number;
  /** Days worked in the month, when known from daily rows. */
  daysWorked?: number;
  /** Days with late-night hours in the month, when known from daily rows. */
  lateNightDays?: number;
  /** Days of statutory-holiday work in the month, when known from daily rows (the agreement's 休日労働の日数). */
  holidayWorkDays?: number;
  /** The working-time system the month was computed under (daily rows), or the roster's system. */
  system?: WorkingTimeSystem;
  refs?: SourceRef[];
}

/** One worked day from a daily attendance sheet, as needed for rest intervals and late-night counts. */
export interface Shift {
  employeeId: string;
  date: IsoDate;
  /** Minutes after 00:00 of `date`; undefined when the sheet only gives worked hours. */
  startMinute?: number;
  /** Minutes after 00:00 of `date`; > 1440 for a shift that ends the next day. */
  endMinute?: number;
  workedHours: number;
  lateNightHours: number;
  /** Daily statutory OT of the day (beyond 8 h, or the day's scheduled hours under variable hours), when computed. */
  dailyOvertime?: number;
  dayType?: string;
  /** Punch segments of the day (split shift, 出勤1/退勤1 …), minutes as startMinute/endMinute; only when > 1. */
  segments?: { startMinute: number; endMinute: number }[];
  ref?: SourceRef;
}

/** A grant of annual paid leave (付与). */
export interface LeaveGrant {
  employeeId: string;
  date: IsoDate;
  days: number;
  /** 繰越: carried-over days are excluded from the 5-day obligation and the take-up rate. */
  carryOver?: boolean;
  ref?: SourceRef;
}

/** A taking of annual paid leave (取得): days (1, 0.5) or hours (時間単位). */
export interface LeaveTaking {
  employeeId: string;
  date: IsoDate;
  days: number;
  /** Hourly leave (時間単位年休): does not count toward the 5-day obligation. */
  hours?: number;
  /** 計画年休 / 計画付与: counts toward the 5-day obligation like any taking. */
  planned?: boolean;
  ref?: SourceRef;
}

export type FamilyEventKind =
  | 'birth' // 出産: the employee's own for a woman, the spouse's for a man
  | 'childcare-leave' // 育児休業
  | 'papa-leave' // 産後パパ育休 / 出生時育児休業
  | 'purpose-leave' // 育児目的休暇 / 配偶者出産休暇
  | 'maternity-leave' // 産前産後休業 (never 育児休業)
  | 'care-leave' // 介護休業
  | 'care-day'; // 介護休暇

export interface FamilyEvent {
  employeeId: string;
  kind: FamilyEventKind;
  /** Birth date for a birth; leave start otherwise (falls back to the child's birth date). */
  date: IsoDate;
  endDate?: IsoDate;
  childBirthDate?: IsoDate;
  /** true when the row says the spouse gave birth; undefined when the sheet does not say. */
  spouseBirth?: boolean;
  ref?: SourceRef;
}

/** One answered item of the self-declared checklist sheet. */
export interface ChecklistAnswer {
  itemNo: string;
  text: string;
  /** true = ○ (該当), false = ×, undefined = not answered yet. */
  answer?: boolean;
  evidence?: string;
  ref?: SourceRef;
}

export type SheetKind = 'roster' | 'daily' | 'monthly' | 'leave' | 'family' | 'checklist';

/**
 * A user sheet that fed the dataset, with the number of data rows read from it.
 * @public the element type of `Report.sheets`, named for the readers of a report's JSON.
 */
export interface SourceSheet {
  sheet: string;
  kind: SheetKind;
  rows: number;
  /** Where each field came from: a column letter (`C`), several joined by `+` (`F+G`), or a context such as
   * `sheet name`, `file name`, `header block B2`, `constant`. The JSON report's `sheets[].columns`. */
  columns?: Record<string, string>;
  /** The export layout recognised (`king-of-time-daily`, `jobcan`, …), when one was. */
  layout?: string;
}

/** Everything the rules need, already typed and cleaned by ingest. */
export interface Dataset {
  employees: Employee[];
  monthlyHours: MonthlyHours[];
  shifts: Shift[];
  leaveGrants: LeaveGrant[];
  leaveTakings: LeaveTaking[];
  familyEvents: FamilyEvent[];
  checklist: ChecklistAnswer[];
  sources: SourceSheet[];
}

/** A cell that could not be read. `message` is Japanese, shown to the user as is. */
export interface InputIssue {
  sheet: string;
  /** A1 address, e.g. `D15`; empty for a sheet-level issue. */
  cell: string;
  value: string;
  message: string;
  /** The message as a code with parameters, to render in another language. */
  messageRef?: MessageRef;
}

export type Status = 'pass' | 'fail' | 'insufficient-data' | 'not-applicable';
export type Severity = 'violation' | 'warning' | 'at-risk';
export type Unit = 'hours' | 'rate' | 'count' | 'days' | null;

export type CriterionValue = number | Record<string, number> | null;
export type Threshold = number | Record<string, number> | null;

/** One row of evidence behind a criterion (a birth and whether leave was taken, a grant and days taken…). */
export interface EvidenceRow {
  employeeId?: string;
  [column: string]: string | number | boolean | null | undefined;
}

export interface CriterionResult {
  id: string;
  /** Japanese label shown as 項目. */
  title: string;
  /** Japanese group shown as 区分 (労働時間, 36協定, 年次有給休暇, 育児・介護, 退職, 休息・深夜, 女性活躍, チェックリスト). */
  category: string;
  status: Status;
  value: CriterionValue;
  threshold: Threshold;
  unit: Unit;
  /** Monthly criteria: month → value, for the months that have data. */
  series?: Record<IsoMonth, number>;
  /** What would have to change to pass, in Japanese; null when passing or nothing can be said. */
  gap: string | null;
  /** The gap as a code with parameters, to render in another language. */
  gapRef?: MessageRef;
  /** Source shown as 根拠. */
  source: string;
  /** Rows behind the figure, for the detail sheets and the task pane. */
  evidence?: EvidenceRow[];
  /** Per category (えるぼし) or per employee (take-up) breakdown, when the criterion has one. */
  breakdown?: Record<string, number>;
}

export interface Finding {
  rule: string;
  employeeId: string;
  /** `YYYY-MM`, `YYYY-MM..YYYY-MM`, or `YYYY-MM-DD`. */
  period: string;
  value: number;
  severity: Severity;
  /** Japanese explanation ("E017 は 2026-05-31 までにあと 2 日取得が必要" …). */
  message?: string;
  /** The message as a code with parameters, to render in another language. */
  messageRef?: MessageRef;
}

export interface Windows {
  /** How the 12-month window was chosen: the 12 months up to the last complete month, or the last complete
   * 事業年度 (the 3-year window and the default plan period end with it too). */
  basis?: 'rolling' | 'fiscal-year';
  months12: [IsoMonth, IsoMonth];
  years3: [IsoMonth, IsoMonth];
  plan: [IsoDate, IsoDate];
}

/**
 * What a run's verdict says: the criteria met (and no legal violation), met but with legal violations (a
 * certification that will not be granted as it stands), not met, or a criteria status that decides nothing.
 */
export type VerdictOutcome = 'met' | 'met-but-legal-violations' | 'not-met' | 'insufficient-data' | 'not-applicable';

/** A requirement no data can show, to confirm by hand (the action plan, its goals, the self-declared items…). */
export type ToConfirm = 'action-plan' | 'plan-goals' | 'work-style-measures' | 'checklist' | 'other-law-breaches';

/** The one verdict of a run (JSON `verdict`), computed by rules/verdict.ts and shown identically everywhere. */
export interface Verdict {
  profile: string;
  /** Every criterion of the profile met (an either-or group by one member). */
  criteriaMet: boolean;
  criteriaStatus: Status;
  /** Legal findings the employer must act on, whatever the profile (36協定, agreement, 年5日, the 80-hour notice). */
  legalViolations: number;
  outcome: VerdictOutcome;
  toConfirm: ToConfirm[];
}

/**
 * One employee's headroom (上限までの残り) for one month: the JSON's `headroom` entries, plus the binding rule in words
 * (src/rules/headroom.ts).
 */
export interface Headroom {
  employeeId: string;
  month: IsoMonth;
  /** Most OT still lawful this month (hours). */
  overtime: number;
  /** Most OT + HW still lawful this month (hours); null when no rule limits the total (自動車運転). */
  overtimeAndHoliday: number | null;
  /** The rule that binds the OT figure (`law36.avg-over-80:2`, `agreement.month-over`, …). */
  binding: string;
  /** The same in words: "2か月平均80時間: 前月95時間のため今月は65時間まで". */
  bindingText: Localized;
  /** OT of the agreement year before this month (and this month's own, when it has partial data). */
  yearSoFar: number;
  yearLimit: number;
  /** The month the year limit is reached at the pace of the last three months; null when not within the year. */
  yearLimitReachedIn: IsoMonth | null;
}

/** Which of the company's 36協定 was used, where it came from, and whom it covered (the report states it). */
export interface AgreementUse {
  name: string;
  origin: 'settings' | 'sheet' | 'file' | 'param';
  /** The agreement's figures as given (statutory defaults are not filled in here). */
  figures: Record<string, number | boolean | string | string[]>;
  employees: string[];
}

export interface Report {
  asOf: IsoDate;
  profile: string;
  windows: Windows;
  criteria: CriterionResult[];
  findings: Finding[];
  inputIssues: InputIssue[];
  /** The run's verdict (rules/verdict.ts); absent only on a report made by `evaluate` alone. */
  verdict?: Verdict;
  /** What each sheet was read as and where each field came from (the JSON report's `sheets`). */
  sheets?: { sheet: string; kind: SheetKind | null; layout?: string; rows: number; columns: Record<string, string> }[];
  /** Headroom of every employee the 36協定 rules apply to, for the coming month, the least room first. */
  headroom?: Headroom[];
  /** The company's 36協定 used (none = not set: the statutory limits only), and employees no agreement covers. */
  agreements?: AgreementUse[];
  uncoveredByAgreement?: string[];
  /** Every employee-month's OT, HW, worked hours (null when unknown), late-night days, working-time system. */
  monthlyHours?: {
    employeeId: string;
    month: IsoMonth;
    overtime: number;
    holidayWork: number;
    worked: number | null;
    lateNightDays: number | null;
    system: WorkingTimeSystem;
  }[];
}
