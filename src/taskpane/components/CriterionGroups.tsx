import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CriterionResult, Report } from '../../rules/types';
import { findingsOf, type Dispatch } from '../state';
import { useMessages } from '../i18n';
import { coveringAlternative } from '../../rules/verdict';
import { groupByStatus } from '../findings-view';
import { CriterionCard } from './CriterionCard';
import { useStepStyles } from './styles';

const useStyles = makeStyles({
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

interface Props {
  report: Report;
  criteria: CriterionResult[];
  names: Map<string, string>;
  expanded: string[];
  dispatch: Dispatch;
}

/** The cards grouped 未達 → データ不足 → 達成 → 対象外; the last two collapsed (nothing to do there). */
export function CriterionGroups({ report, criteria, names, expanded, dispatch }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  const c = useStyles();
  if (criteria.length === 0) return <Text>{m.results.noCriteria}</Text>;
  return (
    <div className={s.step} data-testid="criterion-groups">
      {groupByStatus(criteria).map((group) => {
        const cards = group.criteria.map((criterion) => (
          <CriterionCard
            key={criterion.id}
            criterion={criterion}
            findings={findingsOf(report.findings, criterion.id)}
            names={names}
            coveredBy={
              criterion.status === 'pass' ? null : coveringAlternative(report.criteria, report.profile, criterion.id)
            }
            open={expanded.includes(criterion.id)}
            onToggle={() => dispatch({ type: 'findingsToggled', id: criterion.id })}
          />
        ));
        const label = m.results.groups[group.status](group.criteria.length);
        if (group.status === 'pass' || group.status === 'not-applicable') {
          return (
            <details key={group.status} className={s.step} data-testid={`group-${group.status}`}>
              <summary className={c.summary}>{label}</summary>
              {cards}
            </details>
          );
        }
        return (
          <section key={group.status} className={s.step} data-testid={`group-${group.status}`} aria-label={label}>
            <h3 className={c.heading}>{label}</h3>
            {cards}
          </section>
        );
      })}
    </div>
  );
}
