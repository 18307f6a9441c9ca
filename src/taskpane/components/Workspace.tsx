import type { Dispatch, PaneState } from '../state';
import type { PaneCommands } from '../hooks/usePane';
import { useAnalysis } from '../hooks/useAnalysis';
import { ErrorBar } from './ErrorBar';
import { LiveRegion } from './LiveRegion';
import { StepView } from './StepView';

interface Props {
  state: PaneState;
  dispatch: Dispatch;
  commands: PaneCommands;
}

/**
 * The steps with the analysis behind them (./useAnalysis: ingest, the rule module and, through the steps, the
 * report). The pane loads this part on its own, right after its first screen (App.tsx), which needs none of it.
 */
export function Workspace({ state, dispatch, commands }: Props) {
  const analysis = useAnalysis(state);
  const ready = state.phase === 'ready' || state.phase === 'writing';
  return (
    <>
      {analysis.error ? (
        <ErrorBar error={analysis.error} onDismiss={() => dispatch({ type: 'stepChosen', step: 'settings' })} />
      ) : null}
      {ready ? <StepView state={state} dispatch={dispatch} analysis={analysis} commands={commands} /> : null}
      <LiveRegion state={state} analysis={analysis} />
    </>
  );
}
