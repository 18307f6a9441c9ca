/**
 * The 判定 of a criterion as every display words it: a failing legal criterion says 違反 / 警告 / 注意 (its most
 * serious finding), never 未達, which is a target missed; anything else its status word.
 */
import type { CriterionResult, Finding, Severity } from '../rules/types';
import { isLegalRule } from '../rules/verdict';
import type { CellStyle } from './layout';
import type { ReportCatalogue } from './locale';
import { SEVERITY_RANK, SEVERITY_STYLES, STATUS_STYLES } from './labels';

/** The most serious finding of a legal criterion (law36.compliance: of any 36協定 rule). */
function worstSeverity(c: CriterionResult, findings: Finding[]): Severity | undefined {
  const mine = findings.filter((f) => f.rule === c.id || (c.id === 'law36.compliance' && f.rule.startsWith('law36.')));
  return mine.map((f) => f.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0];
}

/**
 * The word and colour of a criterion's 判定.
 *
 * @example judgement(law36Month100, report.findings, wordsFor('ja')).text // '違反'
 */
export function judgement(
  c: CriterionResult,
  findings: Finding[],
  words: ReportCatalogue,
): { text: string; style: CellStyle } {
  const severity = c.status === 'fail' && isLegalRule(c.id) ? worstSeverity(c, findings) : undefined;
  if (severity)
    return { text: words.severity[severity], style: { ...SEVERITY_STYLES[severity], horizontal: 'center' } };
  return { text: words.status[c.status], style: STATUS_STYLES[c.status] };
}

/**
 * Legal criteria first (what the law requires), then the others in the profile's order.
 *
 * @example legalFirst(report.criteria)[0].id // 'law36.month-over-45' under the `all` profile
 */
export function legalFirst(criteria: CriterionResult[]): CriterionResult[] {
  return [...criteria.filter((c) => isLegalRule(c.id)), ...criteria.filter((c) => !isLegalRule(c.id))];
}
