import { Text, mergeClasses } from '@fluentui/react-components';
import type { InputIssue, Report } from '../../rules/types';
import type { Action } from '../state';
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
      <IssueList issues={report.inputIssues} selected={selectedIssue} canSelect={canSelect} onSelect={onSelectIssue} />
    </div>
  );
}
