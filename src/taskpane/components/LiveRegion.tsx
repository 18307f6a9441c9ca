import { makeStyles } from '@fluentui/react-components';
import type { Analysis } from '../hooks/useAnalysis';
import type { PaneState } from '../state';
import { useMessages } from '../i18n';
import { countStatuses } from '../findings-view';

const useStyles = makeStyles({
  // Visually hidden, still read by screen readers.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** Says when the results change (a setting, a checklist answer or a what-if knob), without moving the focus. */
export function LiveRegion({ state, analysis }: { state: PaneState; analysis: Analysis }) {
  const { m } = useMessages();
  const c = useStyles();
  const report =
    state.step === 'whatIf'
      ? (analysis.whatIf ?? analysis.real)?.report
      : state.step === 'results'
        ? analysis.real?.report
        : undefined;
  let text = '';
  if (report) {
    const n = countStatuses(report.criteria);
    text = m.results.updated(m.results.summary(n.pass, n.fail, n.insufficient));
  }
  return (
    <div className={c.hidden} role="status" aria-live="polite" data-testid="live">
      {text}
    </div>
  );
}
