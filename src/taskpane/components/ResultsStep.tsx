import { Suspense } from 'react';
import { Text, mergeClasses } from '@fluentui/react-components';
import { formatNumber, periodText } from '../format';
import type { InputIssue, Report } from '../../rules/types';
import { findingsOf, type Dispatch } from '../state';
import { useMessages } from '../i18n';
import { isLegalViolation } from '../../rules/verdict';
import { describeFinding, findingUnit } from '../findings-view';
import { CriterionGroups } from './CriterionGroups';
import { HeadroomList } from './HeadroomList';
import { IssueList } from './IssueList';
import { lazyComponent } from './lazy';
import { ReadingBanner } from './MappingStep';
import { Verdict } from './Verdict';
import { useStepStyles } from './styles';

/** The checklist (ふくやま) is fetched when a report has one. */
const ChecklistPanel = lazyComponent(() =>
  import(/* webpackChunkName: "checklist" */ './ChecklistPanel').then((m) => m.ChecklistPanel),
);

interface Props {
  report: Report;
  names: Map<string, string>;
  expanded: string[];
  selectedIssue: { sheet: string; cell: string } | null;
  canSelect: boolean;
  checklistUnsaved: boolean;
  onSaveChecklist?: () => void;
  dispatch: Dispatch;
  onSelectIssue: (issue: InputIssue) => void;
}

/**
 * Step 4 (結果): the verdict and to-do list first (legal violations whatever the certification), then the
 * checklist to answer, the cards grouped by status, other findings and the input issues.
 */
export function ResultsStep({
  report,
  names,
  expanded,
  selectedIssue,
  canSelect,
  checklistUnsaved,
  onSaveChecklist,
  dispatch,
  onSelectIssue,
}: Props) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const checklist = report.criteria.filter((c) => c.id.startsWith('checklist.'));
  const data = report.criteria.filter((c) => !c.id.startsWith('checklist.'));
  return (
    <div className={s.step} data-testid="step-results">
      <ReadingBanner report={report} />
      <Text className={mergeClasses(s.small, s.muted)}>
        {m.results.window(
          periodText(report.windows.months12[0], locale),
          periodText(report.windows.months12[1], locale),
        )}
      </Text>
      <Verdict report={report} names={names} />
      {checklist.length > 0 ? (
        <Suspense fallback={null}>
          <ChecklistPanel items={checklist} unsaved={checklistUnsaved} onSave={onSaveChecklist} dispatch={dispatch} />
        </Suspense>
      ) : null}
      <HeadroomList report={report} names={names} />
      <CriterionGroups report={report} criteria={data} names={names} expanded={expanded} dispatch={dispatch} />
      <OtherFindings report={report} names={names} />
      <IssueList issues={report.inputIssues} selected={selectedIssue} canSelect={canSelect} onSelect={onSelectIssue} />
    </div>
  );
}

/**
 * Findings whose rule has no row in this profile (e.g. rest intervals, a 36協定 warning under くるみん) still show;
 * the legal violations are listed at the top already.
 */
function OtherFindings({ report, names }: { report: Report; names: Map<string, string> }) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const shown = new Set(report.criteria.flatMap((c) => findingsOf(report.findings, c.id)));
  const others = report.findings.filter((f) => !shown.has(f) && !isLegalViolation(f));
  if (others.length === 0) return null;
  return (
    <details className={s.card} data-testid="other-findings">
      <summary>{m.results.otherFindings(others.length)}</summary>
      <ul className={mergeClasses(s.list, s.small)}>
        {others.map((f, i) => (
          <li key={`${f.rule}-${f.employeeId}-${f.period}-${i}`}>
            {describeFinding(f, names, formatNumber(f.value, findingUnit(f.rule), locale), locale)}
          </li>
        ))}
      </ul>
    </details>
  );
}
