/**
 * The shape every language of the report fills in (date-fns `locale/` style): one catalogue per language, the same
 * typed keys in each, chosen once when a sheet is built. A key missing in one language does not compile.
 *
 * The sheet (tab) names are not here: they stay Japanese in both languages, because they are how a later run (in
 * either language) recognises the checker's sheets and how links and the user's formulas point into them.
 */
import type { Lang } from '../../rules/messages';
import type { VerdictSentences } from './verdict-words';
import type { IsoDate, IsoMonth, Severity, SheetKind, Status } from '../../rules/types';

export type { Lang };

/** What a count counts, for plurals (`1 case`, `2 cases`; Japanese has one form). */
export type Noun = 'case' | 'person' | 'day' | 'month' | 'row' | 'item';

/** Dates as HR writes them in the language, and the cell formats that show them so. */
interface DateWords {
  /** `2026年3月31日` / `31 March 2026` */
  date(iso: IsoDate): string;
  /** `2025年4月` / `April 2025` */
  month(month: IsoMonth): string;
  /** `2025年4月〜2026年3月` / `April 2025 to March 2026` */
  monthPeriod(first: IsoMonth, last: IsoMonth): string;
  /** `2023年4月1日〜2026年3月31日` */
  datePeriod(first: IsoDate, last: IsoDate): string;
  /** `2026年3月31日現在` / `as of 31 March 2026` */
  asOf(iso: IsoDate): string;
  /** An instant in Japan time, whatever the machine's time zone: `2026年12月7日 10:46` / `7 December 2026, 10:46 JST` */
  instant(isoInstant: string): string;
  /** Excel number formats of a date, a month and a month as a narrow column header. */
  dateFormat: string;
  monthFormat: string;
  monthHeaderFormat: string;
}

/** Excel number formats that carry the unit of each figure (`45.0 時間`, `70.0 %`, `1 人`). */
interface UnitFormats {
  hours: string;
  rate: string;
  people: string;
  days: string;
  cases: string;
  rows: string;
}

interface VerdictWords extends VerdictSentences {
  heading: string;
  criteriaLabel: string;
  legalLabel: string;
  /** The mark before each item of a list in one cell (`・` / `- `). */
  bullet: string;
  /** The criteria line: 達成 / 未達 / データ不足 / 対象外 in a sentence. */
  criteria: Record<Status, string>;
  legalNone: string;
  legalSome(n: number): string;
}

interface SummaryWords {
  /** The document's title by profile id; `fallback` names a profile without one. */
  titles: Record<string, string>;
  fallbackTitle(profileLabel: string): string;
  company: string;
  asOf: string;
  months12: string;
  years3: string;
  planPeriod: string;
  generatedAt: string;
  inputIssues: string;
  sources: string;
  none: string;
  sourceKinds: Record<SheetKind, string>;
  headers: readonly [string, string, string, string, string, string, string, string];
  legalSection: string;
  legalNone: string;
  legalHeaders: readonly [string, string, string, string, string, string, string, string];
  /** The 不足分 column of a legal row: who and when (`E017 2025年12月 ほか2件`). */
  legalWho(shown: string[], more: number): string;
  criteriaSection: string;
  checklistSection: string;
  chartSection: string;
  chartTitle: string;
  month: string;
  mean: string;
  fullTimeMean: string;
  hoursAxis: string;
  /** A reference line's header (`45時間` / `45 h`). */
  line(hours: number): string;
}

interface IssuesWords {
  title: string;
  headers: readonly [string, string, string, string];
  none: string;
}

interface Law36Words {
  title: string;
  ot: string;
  otHw: string;
  legend: string;
  legendTexts: Record<Severity, string>;
  note(startMonth: number): string;
  noData: string;
  headers: {
    id: string;
    name: string;
    year: string;
    kind: string;
    total: string;
    over45: string;
    worstMean: string;
    worstPeriod: string;
    findings: string;
  };
  /** A month (1–12) as a column header: `4月` / `Apr`. */
  monthHeader(month: number): string;
  yearLabel(year: number): string;
  range(first: string, last: string): string;
}

interface Leave5Words {
  title: string;
  note: string;
  headers: readonly [string, string, string, string, string, string, string, string];
  notEvaluated: string;
  noGrants: string;
  violation: string;
  mustTake: string;
  met: string;
}

interface ChildcareWords {
  title: string;
  note: string;
  rateHeaders: readonly [string, string, string, string, string];
  indicator: string;
  notEvaluated: string;
  noData: string;
}

interface HealthWords {
  title: string;
  note: string;
  headers: readonly [string, string, string, string, string, string, string, string, string, string, string];
  none: string;
  notEvaluated: string;
  duties: { notify: string; researchInterview: string };
  /** The 状況 of a row whose finding disappeared on a later run (its typed cells kept). */
  resolved: string;
  current: string;
}

interface ChecklistWords {
  title: string;
  headers: readonly [string, string, string, string, string];
}

/** Everything the report layer writes, in one language. */
export interface ReportCatalogue {
  lang: Lang;
  dates: DateWords;
  units: UnitFormats;
  /** `1件` / `1 case`, `2 cases`. */
  count(n: number, noun: Noun): string;
  /** A figure with its unit in text (the terminal, a gap): `45.0 時間` / `45.0 h`. */
  hours(n: number): string;
  /** A count of people or days as a figure: `1 人`, `2.5 日` / `1 person`, `2.5 days`. */
  people(n: number): string;
  days(n: number): string;
  percent(fraction: number): string;
  status: Record<Status, string>;
  severity: Record<Severity, string>;
  verdict: VerdictWords;
  summary: SummaryWords;
  issues: IssuesWords;
  law36: Law36Words;
  leave5: Leave5Words;
  childcare: ChildcareWords;
  health: HealthWords;
  checklist: ChecklistWords;
  /** Headers of the rule module's evidence columns, by key; an unknown key is shown as it is. */
  evidenceKeys: Record<string, string>;
  /** Values the rule module enumerates (male, childcare-leave…), never the user's own text. */
  evidenceValues: Record<string, string>;
  /** Management levels (係長…) as the women.manager-share breakdown names them. */
  levels: Record<string, string>;
  /** The rule module's evidence notes, which it writes in Japanese, in this language (identity in Japanese). */
  evidenceNote(note: string): string;
  page: { asOf(iso: IsoDate): string; footer: string };
  terminal: {
    headers: readonly [string, string, string, string, string];
    findings: string;
    inputIssues(n: number): string;
    summaryLine(asOf: IsoDate, read: string, issues: number, outputs: string): string;
    rows(n: number): string;
  };
}
