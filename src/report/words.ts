/**
 * The words the report layer itself writes on the summary, the input-issue sheet and the printed page header and
 * footer, in Japanese (default) and English (`ReportMeta.locale = 'en'`, `wlb-check --lang en`). Criterion titles,
 * sources, gaps and input-issue messages come from the rule module and are not translated here; tab names stay
 * Japanese in both languages, because they are how a later run (in either language) recognises the checker's
 * sheets and links into them.
 */
import type { SheetKind } from '../rules/types';

export type ReportLocale = 'ja' | 'en';

export interface ReportWords {
  summaryTitle: string;
  asOf: string;
  months12: string;
  years3: string;
  planPeriod: string;
  profile: string;
  generatedAt: string;
  inputIssues: string;
  sources: string;
  none: string;
  /** Between the two ends of a period. */
  through: string;
  /** Number format of a source sheet's row count. */
  rowsFormat: string;
  summaryHeaders: readonly [string, string, string, string, string, string, string, string];
  checklistSection: string;
  chartSection: string;
  chartTitle: string;
  month: string;
  mean: string;
  fullTimeMean: string;
  hoursAxis: string;
  kinds: Record<SheetKind, string>;
  issuesTitle: string;
  issueHeaders: readonly [string, string, string, string];
  noIssues: string;
  /** Page header (right) before the as-of date, and the footer's name of the tool. */
  pageAsOf: string;
  pageFooter: string;
}

const JA: ReportWords = {
  summaryTitle: 'WLB基準サマリー',
  asOf: '基準日',
  months12: '集計期間（12か月）',
  years3: '集計期間（3年）',
  planPeriod: '計画期間',
  profile: 'プロファイル',
  generatedAt: '作成日時',
  inputIssues: '入力エラー',
  sources: '入力シート',
  none: '（なし）',
  through: '〜',
  rowsFormat: '#,##0"行"',
  summaryHeaders: ['区分', '項目', '根拠', '基準', '実績', '判定', '不足分', '詳細'],
  checklistSection: 'チェックリスト（自己申告項目）',
  chartSection: '月別平均残業時間（時間外労働＋休日労働）',
  chartTitle: '月別平均残業時間',
  month: '月',
  mean: '平均',
  fullTimeMean: 'フルタイム平均',
  hoursAxis: '時間',
  kinds: {
    roster: '社員名簿',
    daily: '勤怠（日次）',
    monthly: '勤怠（月次）',
    leave: '年次有給休暇',
    family: '育児・介護休業等',
    checklist: 'チェックリスト',
  },
  issuesTitle: '入力エラー',
  issueHeaders: ['シート', 'セル', '値', '内容'],
  noIssues: '入力エラーはありません。',
  pageAsOf: '基準日',
  pageFooter: 'WLB基準チェッカー',
};

const EN: ReportWords = {
  summaryTitle: 'WLB criteria summary',
  asOf: 'As of',
  months12: 'Period (12 months)',
  years3: 'Period (3 years)',
  planPeriod: 'Plan period',
  profile: 'Profile',
  generatedAt: 'Generated at',
  inputIssues: 'Input issues',
  sources: 'Input sheets',
  none: '(none)',
  through: 'to',
  rowsFormat: '#,##0" rows"',
  summaryHeaders: ['Category', 'Criterion', 'Source', 'Threshold', 'Value', 'Result', 'Gap', 'Details'],
  checklistSection: 'Checklist (self-declared items)',
  chartSection: 'Monthly mean overtime (overtime + holiday work)',
  chartTitle: 'Monthly mean overtime',
  month: 'Month',
  mean: 'Mean',
  fullTimeMean: 'Full-time mean',
  hoursAxis: 'Hours',
  kinds: {
    roster: 'Employee roster',
    daily: 'Attendance (daily)',
    monthly: 'Attendance (monthly)',
    leave: 'Annual paid leave',
    family: 'Childcare / family care leave',
    checklist: 'Checklist',
  },
  issuesTitle: 'Input issues',
  issueHeaders: ['Sheet', 'Cell', 'Value', 'Message'],
  noIssues: 'No input issues.',
  pageAsOf: 'As of',
  pageFooter: 'WLB Checker',
};

/**
 * The report layer's words in a language (Japanese when none is given).
 *
 * @example reportWords('en').summaryHeaders[5] // 'Result'
 */
export function reportWords(locale: ReportLocale = 'ja'): ReportWords {
  return locale === 'en' ? EN : JA;
}
