/**
 * `evaluate`: runs the criteria of a profile over a dataset and assembles the Report (docs/architecture.md).
 * Pure: no clock (asOf comes from params), no host, no I/O.
 */
import type { Params } from './params';
import type { CriterionResult, Dataset, Finding, InputIssue, Report, Threshold } from './types';
import type { EvalContext } from './context';
import { addIssue, createContext, type IssueArgument } from './context';
import { reuseOrCompute } from './run-cache';
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
function collectFindings(ctx: RunContext, run: string, criteria: CriterionDefinition[]): Finding[] {
  const producers = new Map<(ctx: EvalContext) => Finding[], string>();
  for (const { criterion } of CRITERIA_REGISTRY)
    if (criterion.findings && criteria.includes(criterion) && !producers.has(criterion.findings))
      producers.set(criterion.findings, criterion.id);
  return [...producers].flatMap(([produce, id]) => reuse(ctx, `${run}|findings|${id}`, () => produce(ctx)));
}

type RunContext = ReturnType<typeof createContext>;

/**
 * A part of the run reused from an earlier run on the same data when nothing it read has changed (./run-cache.ts);
 * the key names it, after what the run shares beyond its reads (`runKey`: the profile and the windows).
 */
function reuse<T>(ctx: RunContext, key: string, compute: () => T): T {
  return reuseOrCompute(ctx.sources, key, compute, (issue) => addIssue(ctx, issue as IssueArgument));
}

/** What every part of a run shares without reading it through the context: the profile (thresholds) and windows. */
function runKey(profileId: string, ctx: RunContext): string {
  return `${profileId}|${JSON.stringify(ctx.windows)}`;
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
  const run = runKey(profile.id, ctx);
  const definitions = definitionsOf(profile.criteria.map((x) => x.id));
  const criteria: CriterionResult[] = definitions.map((definition) =>
    reuse(ctx, `${run}|${definition.id}`, () => definition.evaluate(ctx, definition)),
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
    findings: collectFindings(ctx, run, definitions),
    inputIssues: [...inputIssues, ...extra, ...ctx.issues.values()],
  };
  if (definitions.some((d) => d.id.startsWith('law36.'))) addAgreementAndHeadroom(ctx, run, report);
  return report;
}

/** A run of the 36協定 rules says which agreement it used for whom, and each employee's headroom for next month. */
function addAgreementAndHeadroom(ctx: RunContext, run: string, report: Report): void {
  const { used, uncovered } = reuse(ctx, `${run}|agreement-use`, () => describeAgreementUse(ctx));
  report.agreements = used;
  if (uncovered.length > 0) report.uncoveredByAgreement = uncovered;
  report.headroom = reuse(ctx, `${run}|headroom`, () => computeAllHeadroom(ctx));
}
