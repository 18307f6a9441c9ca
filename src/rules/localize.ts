/**
 * A report in the user's language (issue 11): gaps, finding messages and input-issue messages rendered from their
 * refs, and each criterion's 項目 / 区分 / 根拠 from the catalogue's English names. Japanese is the report as the
 * rules wrote it, so `localizeReport(report, 'ja')` returns the report itself.
 *
 * A text without a ref (written by code that does not use the catalogue yet) stays as it is: it is never dropped.
 */
import { renderMessage, type Lang } from './messages';
import { CRITERIA } from './meta';
import type { CriterionResult, Finding, InputIssue, Report } from './types';

const GUIDELINE = 'Guidelines for Improving the Establishment of Working Hours';
const PUBLIC_SECTOR =
  'Guidelines for promoting women and work-life balance in the national and local public service, outcome targets';
const LSA36 = 'Labor Standards Act Art. 36';
const KURUMIN_2025 = 'Kurumin (revised April 2025)';

/** The 根拠 of each data criterion in English: certification and law names as their English publications give them. */
const SOURCE_EN: Record<string, string> = {
  'hours.avg-overtime-under-45': 'Fukuyama WLB certification item 73 / Try Kurumin / Eruboshi (working hours)',
  'hours.avg-overtime-under-45-by-category': 'Eruboshi (per employment category)',
  'hours.fulltime-avg-overtime-under-30': `Kurumin / Platinum Kurumin (revised April 2025)`,
  'hours.fulltime-25to39-avg-overtime-under-45': `Kurumin / Platinum Kurumin (revised April 2025)`,
  'hours.fulltime-avg-overtime-under-45': 'Try Kurumin (45 h also from April 2025) / Next Generation Act assessment',
  'hours.kurumin-overtime':
    'Kurumin / Platinum Kurumin (revised April 2025: either of the first two, and the 60 h rule)',
  'hours.no-over-60-average':
    'Kurumin / Platinum Kurumin / Try Kurumin (nobody averaging 60 h of statutory overtime a month)',
  'hours.weekly-60-share': `${GUIDELINE}, appended table 5`,
  'law36.month-over-45': `${GUIDELINE} 2 (${LSA36})`,
  'law36.months-over-45-more-than-6': `${GUIDELINE} 2(3) (${LSA36})`,
  'law36.year-over-360': `${GUIDELINE} 2 (${LSA36})`,
  'law36.year-over-720': `${GUIDELINE} 2 (${LSA36})`,
  'law36.month-100-or-more': `${GUIDELINE} 2(2) (${LSA36})`,
  'law36.avg-over-80': `${GUIDELINE} 2(1) (${LSA36})`,
  'law36.approaching': 'A usual attendance-system warning (80 % of 45 h a month)',
  'law36.compliance': `${GUIDELINE} 2 (${LSA36})`,
  'health.over-80-notify': 'Industrial Safety and Health Act Art. 66-8, 66-8-3; Ordinance Art. 52-2, 52-3',
  'leave.five-day-obligation': `${GUIDELINE} (ro)(2) (Labor Standards Act Art. 39(7))`,
  'leave.takeup-rate': `${GUIDELINE}, appended table 6`,
  'childcare.female-rate-3y': 'Fukuyama WLB certification item 22',
  'childcare.female-rate': 'Kurumin',
  'childcare.female-fixed-term-rate': KURUMIN_2025,
  'childcare.male-rate': `Kurumin / public-sector guidelines (target 13 %) / ${GUIDELINE}, appended table 13`,
  'childcare.male-rate-with-purpose-leave': KURUMIN_2025,
  'resignation.childbirth-none-3y': 'Fukuyama WLB certification item 21',
  'resignation.care-none-3y': 'Fukuyama WLB certification item 77',
  'interval.rest-under-11h': `${GUIDELINE} (to)(ro)`,
  'latenight.monthly-count': `${GUIDELINE} (to)(i)`,
  'women.manager-share': `${PUBLIC_SECTOR} (no. 101)`,
  'women.hire-share': PUBLIC_SECTOR,
};

/**
 * The 根拠 of a criterion in English. Example: `sourceEn('checklist.58') === 'Fukuyama WLB certification item 58
 * (self-declared)'`.
 */
function sourceEn(id: string): string | undefined {
  if (id.startsWith('checklist.'))
    return `Fukuyama WLB certification item ${id.slice('checklist.'.length)} (self-declared)`;
  return SOURCE_EN[id];
}

function localizeCriterion(c: CriterionResult): CriterionResult {
  const meta = CRITERIA[c.id];
  return {
    ...c,
    title: meta?.titleEn ?? c.title,
    category: meta?.categoryEn ?? c.category,
    source: sourceEn(c.id) ?? c.source,
    gap: c.gapRef ? renderMessage(c.gapRef, 'en') : c.gap,
  };
}

function localizeFinding(f: Finding): Finding {
  return f.messageRef ? { ...f, message: renderMessage(f.messageRef, 'en') } : f;
}

function localizeIssue(i: InputIssue): InputIssue {
  return i.messageRef ? { ...i, message: renderMessage(i.messageRef, 'en') } : i;
}

/**
 * The report with its human-readable texts in `lang`; the refs ride along, so a program can render them again.
 * Example: `localizeReport(report, 'en').criteria[0].gap` → `'2025-06: mean overtime must come down by 3.2 h …'`.
 */
export function localizeReport(report: Report, lang: Lang): Report {
  if (lang === 'ja') return report;
  return {
    ...report,
    criteria: report.criteria.map(localizeCriterion),
    findings: report.findings.map(localizeFinding),
    inputIssues: report.inputIssues.map(localizeIssue),
  };
}
