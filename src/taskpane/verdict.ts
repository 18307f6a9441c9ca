/**
 * What the 結果 step says first: the verdict for the chosen certification, the to-do list and every legal
 * violation, whatever the certification. Pure functions over reports, so each reading is unit-tested.
 *
 * Readings (issue 14): a criterion of an either-or group (くるみん: the two male rates, profile `alternatives`)
 * that fails while another member passes does not make the certification fail; the checklist's unanswered items
 * are one to-do, not 29; a legal violation is a 36協定 finding of severity `violation` (単月100時間以上,
 * 2〜6か月平均80時間超, 年720時間超, 月45時間超が年6か月超 — 労働基準法36条6項 and 5項), a 5-day finding of
 * severity `violation` (労働基準法39条7項: the year after the grant has closed) and any `health.*` finding (the
 * 80-hour notice, 労働安全衛生法66条の8の3 / 安衛則52条の2: the employer must tell the employee).
 */
import { textIn } from '../rules/messages';
import {
  CRITERIA,
  getProfile,
  type CriterionResult,
  type Employee,
  type Finding,
  type Report,
  type Status,
} from '../rules';

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

/**
 * The member of an either-or group that passed, for a criterion of that group (null when none passed or the
 * criterion is not in a group).
 *
 * @example coveringAlternative(report, 'kurumin-2025', 'childcare.male-rate') // 'childcare.male-rate-with-purpose-leave'
 */
export function coveringAlternative(criteria: CriterionResult[], profileId: string, id: string): string | null {
  const groups = getProfile(profileId)?.alternatives ?? [];
  const passed = new Set(criteria.filter((c) => c.status === 'pass').map((c) => c.id));
  for (const group of groups) {
    if (!group.includes(id)) continue;
    const other = group.find((member) => member !== id && passed.has(member));
    if (other) return other;
  }
  return null;
}

/** The status a criterion counts with in the verdict: a failing member of a passed either-or group counts as passed. */
function effectiveStatus(criteria: CriterionResult[], profileId: string, c: CriterionResult): Status {
  if (c.status !== 'pass' && coveringAlternative(criteria, profileId, c.id)) return 'pass';
  return c.status;
}

/**
 * The certification's verdict: fail when any criterion fails, else insufficient-data when any lacks data,
 * else pass when any passes, else not-applicable.
 *
 * @example profileVerdict([{ status: 'pass' }, { status: 'insufficient-data' }], 'all') // 'insufficient-data'
 */
export function profileVerdict(criteria: CriterionResult[], profileId: string): Status {
  const statuses = new Set(criteria.map((c) => effectiveStatus(criteria, profileId, c)));
  for (const status of ['fail', 'insufficient-data', 'pass'] as const) if (statuses.has(status)) return status;
  return 'not-applicable';
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
  locale: 'ja' | 'en' = 'ja',
): { items: TodoItem[]; checklistUnanswered: number } {
  const open = criteria.filter((c) => effectiveStatus(criteria, profileId, c) !== 'pass');
  const isUnanswered = (c: CriterionResult) => c.id.startsWith('checklist.') && c.status === 'insufficient-data';
  const items: TodoItem[] = [];
  for (const status of ['fail', 'insufficient-data'] as const) {
    for (const c of open)
      if (c.status === status && !isUnanswered(c))
        items.push({ id: c.id, status, action: c.gap === null ? null : textIn(locale, c.gap, c.gapRef) });
  }
  return { items, checklistUnanswered: criteria.filter(isUnanswered).length };
}

export interface LegalViolation {
  /** The finding rule (`law36.month-100-or-more`, `leave.five-day-obligation`, `health.over-80-notify`). */
  rule: string;
  findings: Finding[];
}

/** true for a finding the law requires the employer to act on (see the module comment). */
function isLegalFinding(f: Finding): boolean {
  if (f.rule.startsWith('health.')) return true;
  return (f.rule.startsWith('law36.') || f.rule === 'leave.five-day-obligation') && f.severity === 'violation';
}

/**
 * Every legal finding of the given reports (the chosen profile's and the law checks'), once each, grouped by
 * rule in the order the rules first appear.
 *
 * @example legalViolations([kuruminReport, law36Report]).map((v) => v.rule) // ['law36.month-100-or-more', …]
 */
export function legalViolations(reports: Report[]): LegalViolation[] {
  const seen = new Set<string>();
  const byRule = new Map<string, Finding[]>();
  for (const f of reports.flatMap((r) => r.findings)) {
    if (!isLegalFinding(f)) continue;
    const key = `${f.rule}|${f.employeeId}|${f.period}`;
    if (seen.has(key)) continue;
    seen.add(key);
    byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  }
  return [...byRule].map(([rule, findings]) => ({ rule, findings }));
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
 * An employee id with the roster's name beside it.
 *
 * @example withName('E001', new Map([['E001', '山田 太郎']])) // 'E001（山田 太郎）'
 */
function withName(id: string, names: Map<string, string>): string {
  const name = names.get(id);
  return name ? `${id}（${name}）` : id;
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
  locale: 'ja' | 'en' = 'ja',
): string {
  const who = withName(f.employeeId, names);
  const message = f.message === undefined ? undefined : textIn(locale, f.message, f.messageRef);
  if (message) return message.includes(f.employeeId) ? message.replace(f.employeeId, who) : `${who}: ${message}`;
  return `${who} ${f.period}: ${valueText}`;
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
