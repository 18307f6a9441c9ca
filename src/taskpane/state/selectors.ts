/**
 * Derived values: the options `analyse` runs with (real and what-if), step navigation, and the checklist
 * answers given in the pane laid over the sheet's. Pure, so each is unit-tested in test/taskpane/state/index.test.ts.
 */
import type { Mapping } from '../../ingest/types';
import type { IngestStepOptions } from '../../pipeline';
import { normaliseItemNo } from '../../rules/checklist';
import type { Params } from '../../rules/params';
import type { ChecklistAnswer, Dataset, Finding } from '../../rules/types';
import { STEPS, type ChecklistDraft, type PaneState, type StepId } from './types';

/** Options for `analyse` on the real data. */
export interface AnalysisOptions {
  profile: string;
  params: Params;
  mapping: Mapping;
  excludeSheets: string[];
  date1904: boolean;
  whatIf?: { extraMenOnChildcareLeave?: number; overtimeChangeRatio?: number };
}

/**
 * The `analyse` options for the real data.
 *
 * @example selectAnalysisOptions(s).whatIf // undefined
 */
export function selectAnalysisOptions(state: PaneState): AnalysisOptions {
  return {
    profile: state.profile,
    params: state.params,
    mapping: state.mapping,
    excludeSheets: state.excludeSheets,
    date1904: state.date1904,
  };
}

/**
 * How the grids are read: mapping, sheets, the date system and the company facts the data may not say
 * (statutory rest weekday, working-time system), which ingest needs to split statutory overtime.
 *
 * @example selectIngestOptions({ ...s, params: { ...s.params, statutoryHolidayWeekday: 0 } }).ingest // { statutoryHolidayWeekday: 0 }
 */
export function selectIngestOptions(state: PaneState): IngestStepOptions {
  const ingest: NonNullable<IngestStepOptions['ingest']> = {};
  if (state.params.statutoryHolidayWeekday !== undefined)
    ingest.statutoryHolidayWeekday = state.params.statutoryHolidayWeekday;
  if (state.params.workingTimeSystem !== undefined) ingest.workingTimeSystem = state.params.workingTimeSystem;
  return { mapping: state.mapping, excludeSheets: state.excludeSheets, date1904: state.date1904, ingest };
}

/**
 * The `analyse` options with the what-if knobs applied, or null when no what-if is active.
 * A 10 % overtime cut becomes `overtimeChangeRatio: -0.1`.
 *
 * @example selectWhatIfOptions({ ...s, whatIf: { thresholds: {}, extraMen: 2, overtimeCutPercent: 10 } })?.whatIf
 * // { extraMenOnChildcareLeave: 2, overtimeChangeRatio: -0.1 }
 */
export function selectWhatIfOptions(state: PaneState): AnalysisOptions | null {
  const w = state.whatIf;
  if (!w) return null;
  const params: Params = {
    ...state.params,
    planStart: w.planStart ?? state.params.planStart,
    planEnd: w.planEnd ?? state.params.planEnd,
    thresholds: { ...state.params.thresholds, ...w.thresholds },
  };
  return {
    ...selectAnalysisOptions(state),
    params,
    whatIf: { extraMenOnChildcareLeave: w.extraMen, overtimeChangeRatio: -w.overtimeCutPercent / 100 },
  };
}

/**
 * The dataset with the checklist answers given in the pane laid over the sheet's (same item number after
 * normalising "項目 1 4" → "14"), so an answer counts at once, before it is written back.
 *
 * @example withChecklistDrafts(dataset, { '58': { answer: true } }).checklist.find((a) => a.itemNo === '58')?.answer // true
 */
export function withChecklistDrafts(dataset: Dataset, drafts: Record<string, ChecklistDraft>): Dataset {
  const entries = Object.entries(drafts);
  if (entries.length === 0) return dataset;
  const byNo = new Map<string, ChecklistAnswer>(dataset.checklist.map((a) => [normaliseItemNo(a.itemNo), a]));
  for (const [itemNo, draft] of entries) {
    const sheet = byNo.get(itemNo);
    byNo.set(itemNo, {
      itemNo,
      text: sheet?.text ?? '',
      ref: sheet?.ref,
      answer: draft.answer,
      evidence: draft.evidence ?? sheet?.evidence,
    });
  }
  return { ...dataset, checklist: [...byNo.values()] };
}

/**
 * Whether the user may leave a step forward: the check needs at least one included sheet, and the results
 * need the certification chosen.
 *
 * @example canAdvance({ ...s, step: 'detect', grids: [] }) // false
 */
export function canAdvance(state: PaneState): boolean {
  if (state.phase !== 'ready') return false;
  if (state.step === 'export') return false;
  if (state.step === 'settings' && !state.profile) return false;
  return state.grids.some((g) => !state.excludeSheets.includes(g.name));
}

/**
 * Whether the stepper may jump to a step: the steps before the results always, the results and later once
 * a sheet is included and the certification is chosen.
 *
 * @example canReach({ ...s, profile: '' }, 'results') // false
 */
export function canReach(state: PaneState, step: StepId): boolean {
  if (state.phase !== 'ready' && state.phase !== 'writing') return false;
  if (STEPS.indexOf(step) < STEPS.indexOf('results')) return true;
  return state.profile !== '' && state.grids.some((g) => !state.excludeSheets.includes(g.name));
}

/**
 * The step after the current one, or the same step at the end.
 *
 * @example nextStep('settings') // 'results'
 */
export function nextStep(step: StepId): StepId {
  return STEPS[Math.min(STEPS.indexOf(step) + 1, STEPS.length - 1)];
}

/**
 * The step before the current one, or the same step at the start.
 *
 * @example previousStep('mapping') // 'detect'
 */
export function previousStep(step: StepId): StepId {
  return STEPS[Math.max(STEPS.indexOf(step) - 1, 0)];
}

/** true once the user has reached the results (and chosen a certification): from then on the analysis runs. */
export function hasReachedResults(state: PaneState): boolean {
  return state.profile !== '' && STEPS.indexOf(state.step) >= STEPS.indexOf('results');
}

/**
 * Finds the findings behind one criterion: a finding's rule is the criterion id or starts with it
 * (`law36.monthly` under `law36`).
 *
 * @example findingsOf([{ rule: 'law36.monthly', employeeId: 'E1', period: '2026-01', value: 50, severity: 'violation' }], 'law36').length // 1
 */
export function findingsOf(findings: Finding[], criterionId: string): Finding[] {
  return findings.filter((f) => f.rule === criterionId || f.rule.startsWith(`${criterionId}.`));
}
