/**
 * `evaluate`: runs the criteria of a profile over a dataset and assembles the Report (docs/architecture.md).
 * Pure: no clock (asOf comes from params), no host, no I/O.
 */
import type { Params } from './params';
import type { CriterionResult, Dataset, Finding, InputIssue, Report, Threshold } from './types';
import type { EvalContext } from './context';
import { createContext, reuseAcrossRuns } from './context';
import { evaluateChecklist } from './checklist';
import type { CriterionDefinition } from './criterion';
import { getProfile } from './profiles';
import { CRITERIA_REGISTRY, CRITERION_BY_ID, isCriterionId } from './registry';
import { messageOf, msg } from './messages';
import { computeAllHeadroom, describeAgreementUse } from './agreement-scope';

/** The registered criteria of a profile, in its order (an id outside the registry has nothing to evaluate). */
function definitionsOf(ids: string[]): CriterionDefinition[] {
  return ids.filter(isCriterionId).map((id) => CRITERION_BY_ID[id]);
}

/**
 * The findings behind the criteria of a run (36協定, 80 hours, 年休5日, rest intervals, late-night days): each producer
 * once, however many criteria share it, in registry order.
 */
function collectFindings(ctx: EvalContext, criteria: CriterionDefinition[]): Finding[] {
  const producers = new Map<(ctx: EvalContext) => Finding[], string>();
  for (const { criterion } of CRITERIA_REGISTRY)
    if (criterion.findings && criteria.includes(criterion) && !producers.has(criterion.findings))
      producers.set(criterion.findings, criterion.id);
  return [...producers].flatMap(([produce, id]) => reuseAcrossRuns(ctx, `findings|${id}`, () => produce(ctx)));
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
  const choice = { basis: profile.window, planPeriod: profile.planPeriod };
  const ctx = createContext(dataset, params, thresholds, choice, profile.id);
  const definitions = definitionsOf(profile.criteria.map((x) => x.id));
  const criteria: CriterionResult[] = definitions.map((definition) =>
    // A criterion none of whose reads changed since an earlier run on the same data is taken from that run.
    reuseAcrossRuns(ctx, definition.id, () => definition.evaluate(ctx, definition)),
  );
  if (profile.checklist) criteria.push(...evaluateChecklist(ctx));
  const extra: InputIssue[] = known
    ? []
    : [{ sheet: '', cell: '', value: profileId, ...messageOf(msg('issue.unknown-profile', { profile: profileId })) }];
  const report: Report = {
    asOf: params.asOf,
    profile: profile.id,
    windows: ctx.windows,
    criteria,
    findings: collectFindings(ctx, definitions),
    inputIssues: [...inputIssues, ...extra, ...ctx.issues.values()],
  };
  if (definitions.some((d) => d.id.startsWith('law36.'))) addAgreementAndHeadroom(ctx, report);
  return report;
}

/** A run of the 36協定 rules says which agreement it used for whom, and each employee's headroom for next month. */
function addAgreementAndHeadroom(ctx: EvalContext, report: Report): void {
  const { used, uncovered } = reuseAcrossRuns(ctx, 'agreement-use', () => describeAgreementUse(ctx));
  report.agreements = used;
  if (uncovered.length > 0) report.uncoveredByAgreement = uncovered;
  report.headroom = reuseAcrossRuns(ctx, 'headroom', () => computeAllHeadroom(ctx));
}
