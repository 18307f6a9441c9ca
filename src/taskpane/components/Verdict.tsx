import { Badge, Text, makeStyles, mergeClasses, tokens, type BadgeProps } from '@fluentui/react-components';
import { buildVerdict } from '../../rules/verdict';
import type { Report, Verdict as VerdictType, VerdictOutcome } from '../../rules/types';
import { useMessages } from '../i18n';
import { criterionTitle, legalLimit, profileLabel } from '../labels';
import { buildTodo, legalViolations, type LegalViolation } from '../findings-view';
import { FindingList } from './CriterionCard';
import { useStepStyles } from './styles';

const useStyles = makeStyles({
  verdict: { borderLeft: `4px solid ${tokens.colorBrandStroke1}` },
  law: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

/** Colour and words together: a certification met on figures but with a legal violation is never green. */
const OUTCOME_COLOR: Record<VerdictOutcome, BadgeProps['color']> = {
  met: 'success',
  'met-but-legal-violations': 'danger',
  'not-met': 'danger',
  'insufficient-data': 'warning',
  'not-applicable': 'informative',
};

interface Props {
  /** The run's report: its verdict and findings include the legal checks (rules/verdict.ts `withLegalChecks`). */
  report: Report;
  names: Map<string, string>;
}

/** The first screen of 結果: the run's verdict (the one the summary sheet shows), the legal violations, then what to do. */
export function Verdict({ report, names }: Props) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const c = useStyles();
  const verdict = report.verdict ?? buildVerdict(report);
  const todo = buildTodo(report.criteria, report.profile, locale);
  const legal = legalViolations(report.findings);
  const count = todo.items.length + (todo.checklistUnanswered > 0 ? 1 : 0) + legal.length;
  return (
    <>
      <VerdictBox verdict={verdict} />
      <section className={s.step} data-testid="todo" aria-label={m.results.todoTitle(count)}>
        <h3 className={c.heading}>{m.results.todoTitle(count)}</h3>
        <LegalList violations={legal} names={names} />
        {count === 0 ? <Text className={s.small}>{m.results.todoNone}</Text> : null}
        {todo.items.length > 0 || todo.checklistUnanswered > 0 ? (
          <ul className={mergeClasses(s.list, s.small)} data-testid="todo-items">
            {todo.items.map((item) => (
              <li key={item.id} data-criterion={item.id} data-status={item.status}>
                <strong>
                  {item.status === 'fail' ? m.results.actionFail : m.results.actionData}
                  {criterionTitle(item.id, locale)}
                </strong>
                {item.action ? ` — ${item.action}` : ''}
              </li>
            ))}
            {todo.checklistUnanswered > 0 ? (
              <li data-criterion="checklist">{m.results.checklistTodo(todo.checklistUnanswered)}</li>
            ) : null}
          </ul>
        ) : null}
      </section>
    </>
  );
}

/** The verdict in words and colour, then what no data can show (要確認). */
function VerdictBox({ verdict }: { verdict: VerdictType }) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const c = useStyles();
  return (
    <div className={mergeClasses(s.card, c.verdict)} data-testid="verdict" data-verdict={verdict.outcome}>
      <div className={s.row}>
        <Text weight="semibold" className={s.grow}>
          {m.results.verdictTitle(profileLabel(verdict.profile, locale))}
        </Text>
        <Badge appearance="filled" color={OUTCOME_COLOR[verdict.outcome]} shape="rounded">
          {m.results.outcomeShort[verdict.outcome]}
        </Badge>
      </div>
      <Text data-testid="verdict-sentence">
        {m.results.outcome(verdict.outcome, verdict.legalViolations, verdict.profile)}
      </Text>
      {verdict.toConfirm.length > 0 ? (
        <div data-testid="to-confirm">
          <Text className={s.small} weight="semibold">
            {m.results.toConfirmTitle}
          </Text>
          <ul className={mergeClasses(s.list, s.small)}>
            {verdict.toConfirm.map((item) => (
              <li key={item} data-item={item}>
                {m.results.toConfirm[item]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** Every legal violation, by rule, each employee with the roster's name. */
function LegalList({ violations, names }: { violations: LegalViolation[]; names: Map<string, string> }) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const c = useStyles();
  return (
    <div className={mergeClasses(s.card, c.law)} data-testid="legal" data-count={violations.length}>
      <Text weight="semibold">{m.results.lawTitle}</Text>
      {violations.length === 0 ? <Text className={s.small}>{m.results.lawNone}</Text> : null}
      {violations.map((v) => (
        <div key={v.rule} data-testid="legal-violation" data-rule={v.rule}>
          <Text className={s.small} weight="semibold">
            {m.results.lawItem(criterionTitle(v.rule, locale), v.findings.length)}
          </Text>
          {legalLimit(v.rule, locale) ? (
            <Text className={mergeClasses(s.small, s.muted)}>
              {' '}
              {m.results.legalLimit(m.settings.legalBadge, legalLimit(v.rule, locale) ?? '')}
            </Text>
          ) : null}
          <FindingList findings={v.findings} names={names} />
        </div>
      ))}
    </div>
  );
}
