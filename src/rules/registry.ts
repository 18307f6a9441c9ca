/**
 * The criterion registry: every criterion module, once, in the order the summary lists them, each with the figure
 * it is judged against when no certification says otherwise. This list is the `all` profile; every other table — the
 * metadata (./meta.ts), the evaluators and findings of a run (./evaluate.ts), the English sources (./localize.ts), the
 * finding rules and which of them are legal violations — is derived from it.
 *
 * Adding a criterion is one new module under ./criteria/ and one line here (plus a line in each certification
 * profile that uses it): see docs/recipes/add-a-criterion.md.
 */
import type { CriterionDefinition, FindingRule } from './criterion';
import { isLegalSeverity } from './criterion';
import type { Finding, Threshold } from './types';
import { KURUMIN_2025, TARGETS } from './targets';
import { avgOvertimeUnder45 } from './criteria/hours/avg-overtime-under-45';
import { avgOvertimeUnder45ByCategory } from './criteria/hours/avg-overtime-under-45-by-category';
import { fulltimeAvgOvertimeUnder30 } from './criteria/hours/fulltime-avg-overtime-under-30';
import { fulltime25to39AvgOvertimeUnder45 } from './criteria/hours/fulltime-25to39-avg-overtime-under-45';
import { fulltimeAvgOvertimeUnder45 } from './criteria/hours/fulltime-avg-overtime-under-45';
import { kuruminOvertime } from './criteria/hours/kurumin-overtime';
import { noOver60Average } from './criteria/hours/no-over-60-average';
import { weekly60Share } from './criteria/hours/weekly-60-share';
import { monthOver45 } from './criteria/law36/month-over-45';
import { monthsOver45MoreThan6 } from './criteria/law36/months-over-45-more-than-6';
import { yearOver360 } from './criteria/law36/year-over-360';
import { yearOver720 } from './criteria/law36/year-over-720';
import { month100OrMore } from './criteria/law36/month-100-or-more';
import { avgOver80 } from './criteria/law36/avg-over-80';
import { approaching } from './criteria/law36/approaching';
import { compliance } from './criteria/law36/compliance';
import { over80Notify } from './criteria/health/over-80-notify';
import { fiveDayObligation } from './criteria/leave/five-day-obligation';
import { takeupRate } from './criteria/leave/takeup-rate';
import { femaleRate3y } from './criteria/childcare/female-rate-3y';
import { femaleRate } from './criteria/childcare/female-rate';
import { femaleFixedTermRate } from './criteria/childcare/female-fixed-term-rate';
import { maleRate } from './criteria/childcare/male-rate';
import { maleRateWithPurposeLeave } from './criteria/childcare/male-rate-with-purpose-leave';
import { childbirthNone3y } from './criteria/resignation/childbirth-none-3y';
import { careNone3y } from './criteria/resignation/care-none-3y';
import { restUnder11h } from './criteria/rest/rest-under-11h';
import { latenightMonthlyCount } from './criteria/rest/latenight-monthly-count';
import { managerShare } from './criteria/women/manager-share';
import { hireShare } from './criteria/women/hire-share';

/** A registry line: the criterion and its threshold in the `all` profile (null: the criterion's parameter decides). */
function line<const D extends CriterionDefinition<string, string>>(criterion: D, threshold: Threshold) {
  return { criterion, threshold } as const;
}

/** Every criterion, in summary order, with its `all` threshold (くるみん 2025, the 70 % targets, public-sector targets). */
export const CRITERIA_REGISTRY = [
  line(avgOvertimeUnder45, TARGETS.monthlyOvertime),
  line(avgOvertimeUnder45ByCategory, TARGETS.monthlyOvertime),
  line(fulltimeAvgOvertimeUnder30, KURUMIN_2025.fullTimeOvertime),
  line(fulltime25to39AvgOvertimeUnder45, KURUMIN_2025.fullTime25to39Overtime),
  line(fulltimeAvgOvertimeUnder45, KURUMIN_2025.tryFullTimeOvertime),
  line(kuruminOvertime, null),
  line(noOver60Average, KURUMIN_2025.noSixtyAverage),
  line(weekly60Share, TARGETS.weeklySixtyShare),
  line(monthOver45, TARGETS.none),
  line(monthsOver45MoreThan6, TARGETS.none),
  line(yearOver360, TARGETS.none),
  line(yearOver720, TARGETS.none),
  line(month100OrMore, TARGETS.none),
  line(avgOver80, TARGETS.none),
  line(approaching, TARGETS.none),
  line(compliance, TARGETS.none),
  line(over80Notify, TARGETS.none),
  line(fiveDayObligation, TARGETS.none),
  line(takeupRate, TARGETS.leaveTakeup),
  line(femaleRate3y, TARGETS.fukuyamaFemaleRate3y),
  line(femaleRate, KURUMIN_2025.femaleRate),
  line(femaleFixedTermRate, KURUMIN_2025.femaleFixedTermRate),
  line(maleRate, KURUMIN_2025.maleRate.kurumin),
  line(maleRateWithPurposeLeave, KURUMIN_2025.maleRateWithPurposeLeave.kurumin),
  line(childbirthNone3y, TARGETS.none),
  line(careNone3y, TARGETS.none),
  line(restUnder11h, null),
  line(latenightMonthlyCount, null),
  line(managerShare, { ...TARGETS.womenManagerShare }),
  line(hireShare, TARGETS.womenHireShare),
];

type Registered = (typeof CRITERIA_REGISTRY)[number]['criterion'];

/** The id of a registered criterion: a profile or a label table naming any other id does not compile. */
export type CriterionId = Registered['id'];

/** The rule of a finding some registered criterion raises (`Finding.rule`). */
export type FindingRuleId = Registered['findingRules'][number]['id'];

/** Every registered criterion by id. Example: `CRITERION_BY_ID['health.over-80-notify'].legal === true`. */
export const CRITERION_BY_ID = Object.fromEntries(CRITERIA_REGISTRY.map((x) => [x.criterion.id, x.criterion])) as {
  [Id in CriterionId]: Extract<Registered, { id: Id }>;
};

/** A finding rule with the criterion that raises it. */
export interface RegisteredFindingRule extends FindingRule<FindingRuleId> {
  criterion: CriterionId;
}

/** Every finding rule by id, with when its findings are legal violations. */
export const FINDING_RULES = Object.fromEntries(
  CRITERIA_REGISTRY.flatMap(({ criterion }) =>
    criterion.findingRules.map((rule) => [rule.id, { ...rule, criterion: criterion.id }] as const),
  ),
) as Record<FindingRuleId, RegisteredFindingRule>;

/** True for an id of the registry (ids from a file or the command line). */
export function isCriterionId(id: string): id is CriterionId {
  return Object.prototype.hasOwnProperty.call(CRITERION_BY_ID, id);
}

/**
 * True when a finding is a breach of the law the employer must act on whatever the certification (its rule's
 * `legal`). Example: a `law36.month-100-or-more` finding of severity `violation` → true; a `law36.approaching`
 * finding → false; any `health.over-80-notify` finding → true.
 */
export function isLegalFinding(finding: Pick<Finding, 'rule' | 'severity'>): boolean {
  const rule = (FINDING_RULES as Record<string, RegisteredFindingRule | undefined>)[finding.rule];
  return rule !== undefined && isLegalSeverity(rule.legal, finding.severity);
}
