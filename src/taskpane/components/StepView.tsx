import { Suspense } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneCommands } from '../hooks/usePane';
import type { Analysis } from '../hooks/useAnalysis';
import {
  canAdvance,
  canReach,
  nextStep,
  previousStep,
  selectIngestOptions,
  type Dispatch,
  type PaneState,
} from '../state';
import { useMessages } from '../i18n';
import { DetectStep } from './DetectStep';
import { ErrorBoundary } from './ErrorBoundary';
import { FirstRunGuide } from './FirstRunGuide';
import { lazyComponent } from './lazy';
import { MappingStep } from './MappingStep';
import { ResultsStep } from './ResultsStep';
import { SettingsStep } from './SettingsStep';
import { Stepper } from './Stepper';

/** 試算 and 書き出し (with its preview) are fetched when first opened. */
const WhatIfStep = lazyComponent(() =>
  import(/* webpackChunkName: "what-if" */ './WhatIfStep').then((m) => m.WhatIfStep),
);
const ExportStep = lazyComponent(() =>
  import(/* webpackChunkName: "export" */ './ExportStep').then((m) => m.ExportStep),
);

const useStyles = makeStyles({
  footer: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
});

interface Props {
  state: PaneState;
  dispatch: Dispatch;
  analysis: Analysis;
  commands: PaneCommands;
}

/** The stepper, the current step (inside its own error boundary, so the stepper stays usable) and Back / Next. */
export function StepView({ state, dispatch, analysis, commands }: Props) {
  const { m } = useMessages();
  const c = useStyles();
  return (
    <>
      <Stepper
        step={state.step}
        reachable={(step) => canReach(state, step)}
        onChoose={(step) => dispatch({ type: 'stepChosen', step })}
      />
      {state.firstRun && state.step === 'detect' ? (
        <FirstRunGuide onDone={() => dispatch({ type: 'guideDismissed' })} />
      ) : null}
      <ErrorBoundary key={state.step}>
        <Suspense fallback={null}>{renderStep(state, dispatch, analysis, commands)}</Suspense>
      </ErrorBoundary>
      <div className={c.footer}>
        <Button
          disabled={state.step === 'detect'}
          onClick={() => dispatch({ type: 'stepChosen', step: previousStep(state.step) })}
          data-testid="back"
        >
          {m.back}
        </Button>
        {state.step !== 'export' ? (
          <Button
            appearance="primary"
            disabled={!canAdvance(state)}
            onClick={() => dispatch({ type: 'stepChosen', step: nextStep(state.step) })}
            data-testid="next"
          >
            {state.step === 'settings' ? m.run : m.next}
          </Button>
        ) : null}
      </div>
    </>
  );
}

/** The systems a roster column gives per employee (then the company-wide field is not asked). */
function rosterHasSystem(analysis: Analysis): boolean {
  return analysis.included.some((d) => d.columns.some((col) => (col.field as string | null) === 'workingTimeSystem'));
}

/** The current step's content; 結果 and 試算 show nothing until the rules have run. */
function renderStep(state: PaneState, dispatch: Dispatch, analysis: Analysis, commands: PaneCommands) {
  switch (state.step) {
    case 'detect':
      return (
        <DetectStep
          detected={analysis.detected}
          excludeSheets={state.excludeSheets}
          dispatch={dispatch}
          onReread={commands.reread}
        />
      );
    case 'mapping':
      return (
        <MappingStep
          detected={analysis.included}
          mapping={state.mapping}
          grids={state.grids}
          ingestOptions={{ ...selectIngestOptions(state).ingest, date1904: state.date1904 }}
          dispatch={dispatch}
        />
      );
    case 'settings':
      return (
        <SettingsStep
          profile={state.profile}
          companyName={state.companyName}
          params={state.params}
          rosterHasSystem={rosterHasSystem(analysis)}
          dispatch={dispatch}
        />
      );
    case 'results':
      return renderResults(state, dispatch, analysis, commands);
    case 'whatIf':
      return renderWhatIf(state, dispatch, analysis);
    case 'export':
      return (
        <ExportStep
          busy={state.phase === 'writing' || !analysis.real}
          whatIfActive={state.whatIf !== null}
          checklistAnswered={Object.keys(state.checklist).length > 0}
          written={state.written}
          showPreview={state.mode === 'sample'}
          onWrite={() => commands.write(analysis)}
        />
      );
  }
}

/** 結果: the chosen certification's report beside the law checks, with the checklist and jumps to issues. */
function renderResults(state: PaneState, dispatch: Dispatch, analysis: Analysis, commands: PaneCommands) {
  const { real, names } = analysis;
  return real ? (
    <ResultsStep
      report={real.report}
      names={names}
      expanded={state.expanded}
      selectedIssue={state.selectedIssue}
      canSelect={state.mode === 'excel'}
      checklistUnsaved={state.checklistUnsaved}
      onSaveChecklist={() => commands.saveChecklist(analysis)}
      dispatch={dispatch}
      onSelectIssue={commands.selectIssue}
    />
  ) : null;
}

/** 試算: the what-if report (the real one until a knob is turned) compared with the real report. */
function renderWhatIf(state: PaneState, dispatch: Dispatch, analysis: Analysis) {
  const { real, whatIf, names } = analysis;
  return real ? (
    <WhatIfStep
      profile={state.profile}
      params={state.params}
      whatIf={state.whatIf}
      whatIfCriterion={state.whatIfCriterion}
      report={whatIf?.report ?? real.report}
      realReport={real.report}
      names={names}
      expanded={state.expanded}
      dispatch={dispatch}
    />
  ) : null;
}
