import { Button, Text, tokens, mergeClasses } from '@fluentui/react-components';
import type { InputIssue } from '../../rules/types';
import { useMessages } from '../i18n';
import { proseText } from '../format';
import { useStepStyles } from './styles';

interface Props {
  issues: InputIssue[];
  selected: { sheet: string; cell: string } | null;
  /** true in Excel (clicking selects the cell); false in the sample preview (it is only highlighted). */
  canSelect: boolean;
  onSelect: (issue: InputIssue) => void;
}

/** Cells that could not be read, each a button that takes the user to the cell. */
export function IssueList({ issues, selected, canSelect, onSelect }: Props) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  return (
    <div className={s.card} data-testid="issues">
      <Text weight="semibold">{m.results.issuesTitle(issues.length)}</Text>
      {issues.length === 0 ? (
        <Text className={s.small}>{m.results.noIssues}</Text>
      ) : (
        <Text className={mergeClasses(s.small, s.muted)}>
          {canSelect ? m.results.issuesHint : m.results.issuesHintPreview}
        </Text>
      )}
      {issues.map((issue, i) => {
        const isSelected = selected?.sheet === issue.sheet && selected.cell === issue.cell;
        return (
          <Button
            key={`${issue.sheet}!${issue.cell}#${i}`}
            appearance={isSelected ? 'primary' : 'subtle'}
            size="small"
            data-testid="issue"
            data-selected={isSelected ? 'true' : 'false'}
            onClick={() => onSelect(issue)}
            style={{
              justifyContent: 'flex-start',
              textAlign: 'left',
              height: 'auto',
              minWidth: 0,
              fontWeight: tokens.fontWeightRegular,
            }}
          >
            <span style={{ overflowWrap: 'anywhere' }}>
              <strong>
                {issue.sheet}
                {issue.cell ? `!${issue.cell}` : ''}
              </strong>{' '}
              {proseText(issue.message, issue.messageRef, locale)}
              {issue.value ? (locale === 'ja' ? ` （${issue.value}）` : ` (${issue.value})`) : ''}
            </span>
          </Button>
        );
      })}
    </div>
  );
}
