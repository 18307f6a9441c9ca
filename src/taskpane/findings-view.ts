/**
 * How the 結果 and 試算 steps present a report: counts, the to-do list, findings grouped and worded with the
 * employees' names. Presentation only — what is met and what is a legal violation is decided once in the rules
 * (rules/verdict.ts: `report.verdict`, `isLegalViolation`, `coveringAlternative`), as the summary sheet, the terminal
 * and the JSON report show it.
 */
import { CRITERIA, type CriterionResult, type Employee, type Finding, type Status } from '../rules';
import { coveringAlternative, isLegalViolation } from '../rules/verdict';
import { periodText, proseText } from './format';
import type { Lang } from '../rules/messages';

/** The statuses in the order the pane lists them: what needs work first. */
const STATUS_ORDER: Status[] = ['fail', 'insufficient-data', 'pass', 'not-applicable'];

export interface Counts {
  pass: number;
  fail: number;
  insufficient: number;
}

/**
 * Criteria by status.
 *
 * @example countStatuses(report) // { pass: 13, fail: 2, insufficient: 4 }
 */
export function countStatuses(criteria: CriterionResult[]): Counts {
  const count = (status: Status) => criteria.filter((c) => c.status === status).length;
  return { pass: count('pass'), fail: count('fail'), insufficient: count('insufficient-data') };
}

export interface TodoItem {
  id: string;
  status: 'fail' | 'insufficient-data';
  /** What to do (the criterion's gap); null when the rules could not say. */
  action: string | null;
}

/**
 * 未達 then データ不足 criteria with what each needs; a failing member of a passed either-or group is left out
 * (nothing to do), and unanswered checklist items are counted, not listed.
 *
 * @example buildTodo(report.criteria, 'fukuyama-2026').checklistUnanswered // 29
 */
export function buildTodo(
  criteria: CriterionResult[],
  profileId: string,
  locale: Lang = 'ja',
): { items: TodoItem[]; checklistUnanswered: number } {
  const open = criteria.filter((c) => c.status !== 'pass' && !coveringAlternative(criteria, profileId, c.id));
  const isUnanswered = (c: CriterionResult) => c.id.startsWith('checklist.') && c.status === 'insufficient-data';
  const items: TodoItem[] = [];
  for (const status of ['fail', 'insufficient-data'] as const) {
    for (const c of open)
      if (c.status === status && !isUnanswered(c))
        items.push({ id: c.id, status, action: c.gap === null ? null : proseText(c.gap, c.gapRef, locale) });
  }
  return { items, checklistUnanswered: criteria.filter(isUnanswered).length };
}

export interface LegalViolation {
  /** The finding rule (`law36.month-100-or-more`, `leave.five-day-obligation`, `health.over-80-notify`). */
  rule: string;
  findings: Finding[];
}

/**
 * The report's legal violations (the rules decide which findings are: `isLegalViolation`), once each, grouped by
 * rule in the order the rules first appear.
 *
 * @example legalViolations(report.findings).map((v) => v.rule) // ['law36.month-100-or-more', …]
 */
export function legalViolations(findings: Finding[]): LegalViolation[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings.filter(isLegalViolation)) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return [...byRule].map(([rule, found]) => ({ rule, findings: found }));
}

/**
 * Criteria grouped by status in STATUS_ORDER (empty groups left out).
 *
 * @example groupByStatus(report.criteria)[0].status // 'fail' when any criterion fails
 */
export function groupByStatus(criteria: CriterionResult[]): { status: Status; criteria: CriterionResult[] }[] {
  return STATUS_ORDER.map((status) => ({ status, criteria: criteria.filter((c) => c.status === status) })).filter(
    (g) => g.criteria.length > 0,
  );
}

/**
 * The roster's names by employee id (employees without a name are left out).
 *
 * @example namesById([{ id: 'E001', name: '山田 太郎' }]).get('E001') // '山田 太郎'
 */
export function namesById(employees: Employee[]): Map<string, string> {
  return new Map(employees.filter((e) => e.name && e.name.trim()).map((e) => [e.id, e.name!.trim()]));
}

/**
 * An employee id with the roster's name beside it (ASCII brackets in English).
 *
 * @example withName('E001', new Map([['E001', '山田 太郎']]), 'ja') // 'E001（山田 太郎）'
 */
function withName(id: string, names: Map<string, string>, locale: Lang): string {
  const name = names.get(id);
  if (!name) return id;
  return locale === 'ja' ? `${id}（${name}）` : `${id} (${name})`;
}

/**
 * A finding's text with the employee's name beside the id: the rules' Japanese message when it has one.
 *
 * @example describeFinding({ rule: 'x', employeeId: 'E1', period: '2026-01', value: 3, severity: 'warning', message: 'E1 は…' }, new Map([['E1', '佐藤']])) // 'E1（佐藤） は…'
 */
export function describeFinding(
  f: Finding,
  names: Map<string, string>,
  valueText: string,
  locale: Lang = 'ja',
): string {
  const who = withName(f.employeeId, names, locale);
  const message = f.message === undefined ? undefined : proseText(f.message, f.messageRef, locale);
  if (message) return message.includes(f.employeeId) ? message.replace(f.employeeId, who) : `${who}: ${message}`;
  return `${who} ${periodText(f.period, locale)}: ${valueText}`;
}

/**
 * The unit of a finding's value, from its criterion (a finding rule is a criterion id or below one).
 *
 * @example findingUnit('law36.month-100-or-more') // 'hours'
 */
export function findingUnit(rule: string): 'hours' | 'days' | null {
  if (rule.startsWith('law36.') || rule.startsWith('health.') || rule.startsWith('interval.')) return 'hours';
  if (rule.startsWith('leave.') || rule.startsWith('latenight.')) return 'days';
  return CRITERIA[rule]?.unit === 'hours' ? 'hours' : null;
}

export interface LegalChanges {
  /** Legal violations of the real data that the what-if no longer has. */
  cleared: Finding[];
  /** Legal violations the what-if has and the real data does not. */
  created: Finding[];
}

const findingKey = (f: Finding) => `${f.rule}|${f.employeeId}|${f.period}`;

/**
 * What a what-if does to the legal violations: the ones it clears and the ones it creates (by rule, employee and
 * period; a violation whose figure only moved is neither).
 *
 * @example legalChanges(real.findings, cut20.findings).cleared.map((f) => f.rule) // ['law36.month-100-or-more']
 */
export function legalChanges(real: Finding[], whatIf: Finding[]): LegalChanges {
  const before = real.filter(isLegalViolation);
  const after = whatIf.filter(isLegalViolation);
  const beforeKeys = new Set(before.map(findingKey));
  const afterKeys = new Set(after.map(findingKey));
  return {
    cleared: before.filter((f) => !afterKeys.has(findingKey(f))),
    created: after.filter((f) => !beforeKeys.has(findingKey(f))),
  };
}
