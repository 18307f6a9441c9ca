import { Button, Text, mergeClasses } from '@fluentui/react-components';
import { statusLabel } from '../../report';
import { CRITERIA, KURUMIN_2025, type CriterionId, type CriterionResult, type Finding, type Status } from '../../rules';
import { formatMeasure, formatNumber, proseText } from '../format';
import { useMessages } from '../i18n';
import { criterionTitle } from '../labels';
import { describeFinding, findingUnit } from '../findings-view';
import { StatusBadge } from './StatusBadge';
import { useStepStyles } from './styles';
import type { Lang } from '../../rules/messages';

export interface CardProps {
  criterion: CriterionResult;
  findings: Finding[];
  names: Map<string, string>;
  /** The member of the criterion's either-or group that passed, when one did. */
  coveredBy: string | null;
  /** The real status, when this card shows a what-if result whose status changed. */
  realStatus?: Status;
  open: boolean;
  onToggle: () => void;
  testId?: string;
}

/** One criterion: title, badge, value against target with units, what to do, and the findings on demand. */
export function CriterionCard({
  criterion: c,
  findings,
  names,
  coveredBy,
  realStatus,
  open,
  onToggle,
  testId = 'criterion',
}: CardProps) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const changed = realStatus !== undefined && realStatus !== c.status;
  return (
    <div
      className={s.card}
      data-testid={testId}
      data-criterion={c.id}
      data-status={c.status}
      data-changed={changed ? 'true' : 'false'}
    >
      <div className={s.row}>
        <Text weight="semibold" className={s.grow}>
          {locale === 'ja' ? c.title : criterionTitle(c.id, locale)}
        </Text>
        <StatusBadge status={c.status} />
      </div>
      <Figures criterion={c} />
      {coveredBy ? (
        <Text className={s.small}>{m.results.alternativeCovers(criterionTitle(coveredBy, locale))}</Text>
      ) : null}
      {c.gap && (c.status === 'fail' || c.status === 'insufficient-data') && !coveredBy ? (
        <Text className={s.small}>
          {m.results.action}: {proseText(c.gap, c.gapRef, locale)}
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
          {open ? <FindingList findings={findings} names={names} /> : null}
        </div>
      ) : null}
    </div>
  );
}

const PEOPLE_EN: Record<string, string> = {
  対象者: 'eligible',
  取得者: 'took leave',
  取得日数: 'days taken',
  付与日数: 'days granted',
};

/**
 * 実績 ／ 基準 with units; an either-or criterion (value null, breakdown by alternative) lists each alternative
 * and names the one that passed; a rate shows its people (取得者 ／ 対象者).
 */
function Figures({ criterion: c }: { criterion: CriterionResult }) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const alternatives = Object.entries(c.breakdown ?? {}).filter(([key]) => CRITERIA[key]);
  if (c.value === null && alternatives.length > 0) {
    return (
      <ul className={mergeClasses(s.list, s.small)} data-testid="alternatives">
        {alternatives.map(([id, value]) => (
          <li key={id}>
            {criterionTitle(id, locale)}: {formatNumber(value, CRITERIA[id].unit, locale)}
          </li>
        ))}
        {c.status === 'pass' ? <li>{m.results.alternativePassed(passedAlternativeTitle(c, locale))}</li> : null}
      </ul>
    );
  }
  const people = c.unit === 'rate' && c.breakdown && '対象者' in c.breakdown ? c.breakdown : null;
  // The rules key a rate's people in Japanese (対象者, 取得者…); the English pane names them in English.
  const peopleText = (separator: string) =>
    Object.entries(people ?? {})
      .map(([k, v]) => `${locale === 'ja' ? k : (PEOPLE_EN[k] ?? k)} ${formatNumber(v, 'count', locale)}`)
      .join(separator);
  return (
    <Text className={s.small} data-testid="figures">
      {m.results.value} {formatMeasure(c.value, c.unit, locale)} {locale === 'ja' ? '／' : '/'} {m.results.threshold}{' '}
      {formatMeasure(c.threshold, c.unit, locale)}
      {people ? (locale === 'ja' ? ` （${peopleText(' ／ ')}）` : ` (${peopleText(' / ')})`) : ''}
    </Text>
  );
}

/**
 * The alternative of a passed either-or criterion whose value is under its own target (くるみん: full-time mean
 * under 30 h, or 25–39 under 45 h, every month; the value is the highest monthly mean).
 */
function passedAlternativeTitle(c: CriterionResult, locale: Lang): string {
  // Keyed by CriterionId: a misspelt id does not compile.
  const limits: Partial<Record<CriterionId, number>> = {
    'hours.fulltime-avg-overtime-under-30': KURUMIN_2025.fullTimeOvertime,
    'hours.fulltime-25to39-avg-overtime-under-45': KURUMIN_2025.fullTime25to39Overtime,
  };
  const limitOf = (id: string): number | undefined => (limits as Record<string, number | undefined>)[id];
  const passed = Object.entries(c.breakdown ?? {}).filter(([id, value]) => value < (limitOf(id) ?? -Infinity));
  return passed.map(([id]) => criterionTitle(id, locale)).join(' / ') || '—';
}

export function FindingList({ findings, names }: { findings: Finding[]; names: Map<string, string> }) {
  const { locale } = useMessages();
  const s = useStepStyles();
  return (
    <ul className={mergeClasses(s.list, s.small)} data-testid="findings">
      {findings.map((f, i) => (
        <li key={`${f.employeeId}-${f.period}-${i}`}>
          {describeFinding(f, names, formatNumber(f.value, findingUnit(f.rule), locale), locale)}
        </li>
      ))}
    </ul>
  );
}
