/**
 * `evaluate`: runs the criteria of a profile over a dataset and assembles the Report of report.md.
 * Pure: no clock (asOf comes from params), no host, no I/O.
 */
import type { Params } from './params';
import type { CriterionResult, Dataset, Finding, InputIssue, Report, Threshold } from './types';
import type { EvalContext } from './context';
import { createContext } from './context';
import {
  evaluateAverageOvertime,
  evaluateAverageOvertimeByCategory,
  evaluateFullTimeOvertime,
  evaluateFullTimeOvertime45,
  evaluateKuruminOvertime,
  evaluateSixtyAverage,
  evaluateWeeklySixtyShare,
  evaluateYoungFullTimeOvertime,
} from './hours';
import { computeLaw36Findings, evaluateLaw36Compliance, evaluateLaw36Rule, LAW36_RULES } from './law36';
import { computeOver80Findings, evaluateOver80Notify } from './health';
import { computeLeaveFindings, evaluateFiveDayObligation, evaluateTakeupRate } from './leave';
import {
  evaluateFemaleFixedTermRate,
  evaluateFemaleRate,
  evaluateFemaleRate3y,
  evaluateMaleRate,
  evaluateMaleRateWithPurposeLeave,
} from './childcare';
import { evaluateCareResignations, evaluateChildbirthResignations } from './resignation';
import { checkLateNightDays, checkRestIntervals, evaluateLateNightDays, evaluateRestIntervals } from './rest';
import { evaluateHireShare, evaluateManagerShare } from './women';
import { evaluateChecklist } from './checklist';
import { getProfile } from './profiles';
import { messageOf, msg } from './messages';

type Evaluator = (ctx: EvalContext) => CriterionResult;

/** Every data criterion's evaluator by id. */
const EVALUATORS: Record<string, Evaluator> = {
  'hours.avg-overtime-under-45': evaluateAverageOvertime,
  'hours.avg-overtime-under-45-by-category': evaluateAverageOvertimeByCategory,
  'hours.fulltime-avg-overtime-under-30': evaluateFullTimeOvertime,
  'hours.fulltime-25to39-avg-overtime-under-45': evaluateYoungFullTimeOvertime,
  'hours.fulltime-avg-overtime-under-45': evaluateFullTimeOvertime45,
  'hours.kurumin-overtime': evaluateKuruminOvertime,
  'hours.no-over-60-average': evaluateSixtyAverage,
  'hours.weekly-60-share': evaluateWeeklySixtyShare,
  ...Object.fromEntries(LAW36_RULES.map((rule) => [rule, (ctx: EvalContext) => evaluateLaw36Rule(ctx, rule)])),
  'law36.compliance': evaluateLaw36Compliance,
  'health.over-80-notify': evaluateOver80Notify,
  'leave.five-day-obligation': evaluateFiveDayObligation,
  'leave.takeup-rate': evaluateTakeupRate,
  'childcare.female-rate-3y': evaluateFemaleRate3y,
  'childcare.female-rate': evaluateFemaleRate,
  'childcare.female-fixed-term-rate': evaluateFemaleFixedTermRate,
  'childcare.male-rate': evaluateMaleRate,
  'childcare.male-rate-with-purpose-leave': evaluateMaleRateWithPurposeLeave,
  'resignation.childbirth-none-3y': evaluateChildbirthResignations,
  'resignation.care-none-3y': evaluateCareResignations,
  'interval.rest-under-11h': evaluateRestIntervals,
  'latenight.monthly-count': evaluateLateNightDays,
  'women.manager-share': evaluateManagerShare,
  'women.hire-share': evaluateHireShare,
};

/** The findings behind the criteria of a run (36協定, 年休5日, rest intervals, late-night days). */
function collectFindings(ctx: EvalContext, ids: Set<string>): Finding[] {
  const findings: Finding[] = [];
  if ([...ids].some((id) => id.startsWith('law36.'))) findings.push(...computeLaw36Findings(ctx));
  if (ids.has('health.over-80-notify')) findings.push(...computeOver80Findings(ctx));
  if (ids.has('leave.five-day-obligation')) findings.push(...computeLeaveFindings(ctx));
  if (ids.has('interval.rest-under-11h')) findings.push(...checkRestIntervals(ctx).findings);
  if (ids.has('latenight.monthly-count')) findings.push(...checkLateNightDays(ctx).findings);
  return findings;
}

/**
 * Evaluates a profile's criteria over a dataset.
 * Example: `evaluate(dataset, 'kurumin-2025', defaultParams('2026-03-31')).criteria.map((c) => c.id)` →
 * the five くるみん criteria. An unknown profile id falls back to `all` and is reported as an input issue.
 */
export function evaluate(dataset: Dataset, profileId: string, params: Params, inputIssues: InputIssue[] = []): Report {
  const known = getProfile(profileId);
  const profile = known ?? getProfile('all')!;
  const thresholds = new Map<string, Threshold>(profile.criteria.map((x) => [x.id, x.threshold]));
  const ctx = createContext(dataset, params, thresholds, { basis: profile.window, planPeriod: profile.planPeriod });
  const criteria: CriterionResult[] = profile.criteria
    .filter((x) => EVALUATORS[x.id])
    .map((x) => EVALUATORS[x.id](ctx));
  if (profile.checklist) criteria.push(...evaluateChecklist(ctx));
  const extra: InputIssue[] = known
    ? []
    : [{ sheet: '', cell: '', value: profileId, ...messageOf(msg('issue.unknown-profile', { profile: profileId })) }];
  return {
    asOf: params.asOf,
    profile: profile.id,
    windows: ctx.windows,
    criteria,
    findings: collectFindings(ctx, new Set(profile.criteria.map((x) => x.id))),
    inputIssues: [...inputIssues, ...extra, ...ctx.issues.values()],
  };
}
