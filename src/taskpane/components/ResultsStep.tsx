import { Text, mergeClasses } from '@fluentui/react-components';
import { formatNumber } from '../format';
import type { InputIssue, Report } from '../../rules/types';
import { textIn } from '../../rules/messages';
import { findingsOf, type Action } from '../state';
import { useMessages } from '../i18n';
import { CriterionList } from './CriterionList';
import { IssueList } from './IssueList';
import { useStepStyles } from './styles';

interface Props {
  report: Report;
  expanded: string[];
  selectedIssue: { sheet: string; cell: string } | null;
  canSelect: boolean;
  dispatch: (action: Action) => void;
  onSelectIssue: (issue: InputIssue) => void;
}

/** Step 4 (結果): the criteria of the real data and the input issues. */
export function ResultsStep({ report, expanded, selectedIssue, canSelect, dispatch, onSelectIssue }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  return (
    <div className={s.step} data-testid="step-results">
      <Text className={mergeClasses(s.small, s.muted)}>{m.results.window(report.windows.months12[0], report.windows.months12[1])}</Text>
      <CriterionList report={report} expanded={expanded} dispatch={dispatch} />
      <OtherFindings report={report} />
      <IssueList issues={report.inputIssues} selected={selectedIssue} canSelect={canSelect} onSelect={onSelectIssue} />
    </div>
  );
}

/** Findings whose rule has no row in this profile (e.g. rest intervals under a くるみん profile) still show. */
function OtherFindings({ report }: { report: Report }) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const shown = new Set(report.criteria.flatMap((c) => findingsOf(report.findings, c.id)));
  const others = report.findings.filter((f) => !shown.has(f));
  if (others.length === 0) return null;
  return (
    <details className={s.card} data-testid="other-findings">
      <summary>{m.results.otherFindings(others.length)}</summary>
      <ul className={mergeClasses(s.list, s.small)}>
        {others.map((f, i) => (
          <li key={`${f.rule}-${f.employeeId}-${f.period}-${i}`}>{f.message !== undefined ? textIn(locale, f.message, f.messageRef) : `${f.employeeId} ${f.period}: ${formatNumber(f.value, null, locale)}`}</li>
        ))}
      </ul>
    </details>
  );
}
