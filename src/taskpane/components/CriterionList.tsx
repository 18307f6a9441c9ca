import { Button, Text, mergeClasses } from '@fluentui/react-components';
import type { CriterionResult, Finding, Report, Status } from '../../rules/types';
import { statusLabel } from '../../report';
import { textIn } from '../../rules/messages';
import { formatMeasure, formatNumber } from '../format';
import { useMessages } from '../i18n';
import { criterionTitle } from '../labels';
import { findingsOf, type Action } from '../state';
import { StatusBadge } from './StatusBadge';
import { useStepStyles } from './styles';

interface Props {
  report: Report;
  /** The real report, when `report` is a what-if: rows whose status changed say so. */
  realReport?: Report;
  expanded: string[];
  dispatch: (action: Action) => void;
}

/** One row per criterion: title, badge, value against threshold, the gap, and findings on demand. */
export function CriterionList({ report, realReport, expanded, dispatch }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  const count = (status: Status) => report.criteria.filter((c) => c.status === status).length;
  const realStatus = new Map(realReport?.criteria.map((c) => [c.id, c.status]) ?? []);
  if (report.criteria.length === 0) return <Text>{m.results.noCriteria}</Text>;
  return (
    <div className={s.step}>
      <Text weight="semibold" data-testid="summary-counts">
        {m.results.summary(count('pass'), count('fail'), count('insufficient-data'))}
      </Text>
      {report.criteria.map((c) => (
        <CriterionRow
          key={c.id}
          criterion={c}
          realStatus={realReport ? realStatus.get(c.id) : undefined}
          findings={findingsOf(report.findings, c.id)}
          open={expanded.includes(c.id)}
          onToggle={() => dispatch({ type: 'findingsToggled', id: c.id })}
        />
      ))}
    </div>
  );
}

interface RowProps {
  criterion: CriterionResult;
  realStatus?: Status;
  findings: Finding[];
  open: boolean;
  onToggle: () => void;
}

function CriterionRow({ criterion: c, realStatus, findings, open, onToggle }: RowProps) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const changed = realStatus !== undefined && realStatus !== c.status;
  return (
    <div className={s.card} data-testid="criterion" data-criterion={c.id} data-status={c.status} data-changed={changed ? 'true' : 'false'}>
      <div className={s.row}>
        <Text weight="semibold" className={s.grow}>
          {locale === 'ja' ? c.title : criterionTitle(c.id, locale)}
        </Text>
        <StatusBadge status={c.status} />
      </div>
      <Text className={s.small}>
        {m.results.value} {formatMeasure(c.value, c.unit, locale)} {locale === 'ja' ? '／' : '/'} {m.results.threshold} {formatMeasure(c.threshold, c.unit, locale)}
      </Text>
      {c.gap ? (
        <Text className={s.small}>
          {m.results.gap}: {textIn(locale, c.gap, c.gapRef)}
        </Text>
      ) : null}
      {changed && realStatus ? (
        <Text className={s.small} weight="semibold" data-testid="status-change">
          {m.whatIf.compare(statusLabel(realStatus, locale), statusLabel(c.status, locale))}
        </Text>
      ) : null}
      {findings.length > 0 ? (
        <div>
          <Button size="small" appearance="subtle" onClick={onToggle} aria-expanded={open}>
            {open ? m.results.hideFindings : m.results.showFindings(findings.length)}
          </Button>
          {open ? <FindingList findings={findings} /> : null}
        </div>
      ) : null}
    </div>
  );
}

function FindingList({ findings }: { findings: Finding[] }) {
  const { locale } = useMessages();
  const s = useStepStyles();
  return (
    <ul className={mergeClasses(s.list, s.small)} data-testid="findings">
      {findings.map((f, i) => (
        <li key={`${f.employeeId}-${f.period}-${i}`}>
          {f.message !== undefined ? textIn(locale, f.message, f.messageRef) : `${f.employeeId} ${f.period}: ${formatNumber(f.value, null, locale)}`}
        </li>
      ))}
    </ul>
  );
}
