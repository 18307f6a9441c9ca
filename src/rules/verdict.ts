/**
 * The one verdict of a run, shown identically by the summary sheet, the terminal, the batch overview and the task
 * pane, and written to the JSON report as `verdict`.
 *
 * Readings:
 * - The legal rules are evaluated beside every profile: くるみん / プラチナ / トライくるみん require that the company has
 *   no serious breach of the labour laws (次世代法施行規則: 「法及び法に基づく命令その他関係法令に違反する重大な事実が
 *   ないこと」) and ふくやまWLB asks the same, so a certification is never "met" while the data shows one.
 * - A legal finding is one the law requires the employer to act on, as each criterion's definition says (its
 *   finding rules' `legal`): a 36協定 finding of severity `violation` (労働基準法36条5項・6項), a 5-day finding of
 *   severity `violation` (労働基準法39条7項: the year after the grant has closed), any long-hours finding
 *   (労働安全衛生法66条の8の3, 安衛則52条の2: the employer must tell the employee, whatever else the data says).
 * - An either-or group of a profile (くるみん: the two male rates) is met when one member passes.
 * - What no data can show (the action plan, its goals, the self-declared checklist) is listed as to-confirm, so
 *   "all criteria met" is never claimed for it.
 * Pure: no clock, no host.
 */
import type { Params } from './params';
import type { CriterionResult, Dataset, Finding, Report, Status, Verdict, VerdictOutcome, ToConfirm } from './types';
import { evaluate } from './evaluate';
import { getProfile } from './profiles';
import { CRITERION_BY_ID, FINDING_RULES, isCriterionId, isLegalFinding, type RegisteredFindingRule } from './registry';

/** The profiles whose findings are the legal checks, evaluated beside any other profile. */
const LEGAL_PROFILES = ['law36', 'annual-leave'] as const;

/**
 * true for a rule of a legal check (36協定, the company's own agreement, 年5日, the 80-hour notice): a finding rule
 * the registry marks legal (in some severity), or a criterion it marks legal (`law36.compliance`).
 *
 * @example isLegalRule('law36.month-100-or-more') // true
 * @example isLegalRule('law36.approaching') // false (an early warning, not a duty of the law)
 */
export function isLegalRule(rule: string): boolean {
  const findingRule = (FINDING_RULES as Record<string, RegisteredFindingRule | undefined>)[rule];
  if (findingRule) return findingRule.legal !== 'never';
  return isCriterionId(rule) && CRITERION_BY_ID[rule].legal;
}

/**
 * true for a finding the law requires the employer to act on (the registry's `legal` of its rule).
 *
 * @example isLegalViolation({ rule: 'law36.month-over-45', severity: 'warning', … }) // false
 */
export function isLegalViolation(f: Finding): boolean {
  return isLegalFinding(f);
}

/**
 * The member of an either-or group that passed, for a criterion of that group (null when none passed or the
 * criterion is not in a group).
 *
 * @example coveringAlternative(criteria, 'kurumin-2025', 'childcare.male-rate') // 'childcare.male-rate-with-purpose-leave'
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

/**
 * The criteria's combined status: fail when any fails, else insufficient-data when any lacks data, else pass when
 * any passes, else not-applicable. A failing member of a passed either-or group counts as passed.
 *
 * @example criteriaStatus([{ status: 'pass' }, { status: 'insufficient-data' }], 'all') // 'insufficient-data'
 */
export function criteriaStatus(criteria: CriterionResult[], profileId: string): Status {
  const effective = (c: CriterionResult): Status =>
    c.status !== 'pass' && coveringAlternative(criteria, profileId, c.id) ? 'pass' : c.status;
  const statuses = new Set(criteria.map(effective));
  for (const status of ['fail', 'insufficient-data', 'pass'] as const) if (statuses.has(status)) return status;
  return 'not-applicable';
}

/** What no data can show, per profile family (the くるみん requirements of 次世代法施行規則, the self-declared items). */
function toConfirmFor(profileId: string): ToConfirm[] {
  const profile = getProfile(profileId);
  const list: ToConfirm[] = [];
  if (/kurumin/.test(profileId)) list.push('action-plan', 'plan-goals', 'work-style-measures');
  if (profileId === 'eruboshi-hours') list.push('action-plan');
  if (profile?.checklist) list.push('checklist');
  if (/kurumin|fukuyama|eruboshi/.test(profileId)) list.push('other-law-breaches');
  return list;
}

/**
 * Decides the verdict from the criteria's status and the number of legal violations.
 *
 * @example decideOutcome('pass', 2) // 'met-but-legal-violations'
 */
export function decideOutcome(status: Status, legalViolations: number): VerdictOutcome {
  if (status === 'pass') return legalViolations > 0 ? 'met-but-legal-violations' : 'met';
  if (status === 'fail') return 'not-met';
  return status;
}

/**
 * The verdict of a report whose findings already include the legal checks' (see `withLegalChecks`).
 *
 * @example buildVerdict(report).outcome // 'met-but-legal-violations' for くるみん on a 100-hour month
 */
export function buildVerdict(report: Report): Verdict {
  const status = criteriaStatus(report.criteria, report.profile);
  const legalViolations = report.findings.filter(isLegalViolation).length;
  return {
    profile: report.profile,
    criteriaMet: status === 'pass',
    criteriaStatus: status,
    legalViolations,
    outcome: decideOutcome(status, legalViolations),
    toConfirm: toConfirmFor(report.profile),
  };
}

const findingKey = (f: Finding) => `${f.rule}|${f.employeeId}|${f.period}`;

/**
 * The report with the legal checks evaluated beside its profile (their findings added once each, the profile's own
 * criteria unchanged) and its verdict. What a run of any profile returns.
 *
 * @example withLegalChecks(evaluate(dataset, 'kurumin-2025', params), dataset, params).verdict?.legalViolations // 4
 */
export function withLegalChecks(report: Report, dataset: Dataset, params: Params): Report {
  const evaluated = new Set(report.criteria.map((c) => c.id));
  let seen: Set<string> | null = null;
  const findings = [...report.findings];
  for (const profileId of LEGAL_PROFILES) {
    const ids = getProfile(profileId)?.criteria.map((c) => c.id) ?? [];
    if (ids.every((id) => evaluated.has(id))) continue;
    // Keyed only when a legal check adds findings (a run of `all` has them all already).
    seen ??= new Set(report.findings.map(findingKey));
    for (const f of evaluate(dataset, profileId, params).findings) {
      if (!isLegalRule(f.rule) || seen.has(findingKey(f))) continue;
      seen.add(findingKey(f));
      findings.push(f);
    }
  }
  const merged = { ...report, findings };
  return { ...merged, verdict: buildVerdict(merged) };
}
