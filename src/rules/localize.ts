/**
 * A report in the user's language: gaps, finding messages and input-issue messages rendered from their refs, and
 * each criterion's 項目 / 区分 / 根拠 from its definition's English names (./meta.ts). Japanese is the report as the
 * rules wrote it, so `localizeReport(report, 'ja')` returns the report itself.
 *
 * A text without a ref (written by code that does not use the catalogue yet) stays as it is: it is never dropped.
 */
import { renderMessage, type Lang } from './messages';
import { CRITERIA } from './meta';
import { getChecklistMeta } from './checklist';
import type { CriterionResult, Finding, InputIssue, Report } from './types';

/**
 * The 根拠 of a criterion in English, also for a checklist item the user added on the sheet. Example:
 * `sourceEn('checklist.99') === 'Fukuyama WLB certification item 99 (self-declared)'`.
 */
function sourceEn(id: string): string | undefined {
  if (CRITERIA[id]) return CRITERIA[id].sourceEn;
  if (id.startsWith('checklist.')) return getChecklistMeta(id.slice('checklist.'.length), undefined).sourceEn;
  return undefined;
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
