import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Report } from '../../rules/types';
import { useMessages } from '../i18n';
import { criterionTitle, legalLimit, profileLabel } from '../labels';
import { buildTodo, legalViolations, profileVerdict, type LegalViolation } from '../verdict';
import { FindingList } from './CriterionCard';
import { StatusBadge } from './StatusBadge';
import { useStepStyles } from './styles';

const useStyles = makeStyles({
  verdict: { borderLeft: `4px solid ${tokens.colorBrandStroke1}` },
  law: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

interface Props {
  report: Report;
  /** The chosen profile's report and the law checks' (legal violations whatever the certification). */
  lawReports: Report[];
  names: Map<string, string>;
}

/** The first screen of 結果: the certification's verdict, the legal violations, then what to do. */
export function Verdict({ report, lawReports, names }: Props) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const c = useStyles();
  const verdict = profileVerdict(report.criteria, report.profile);
  const todo = buildTodo(report.criteria, report.profile, locale);
  const legal = legalViolations(lawReports);
  const count = todo.items.length + (todo.checklistUnanswered > 0 ? 1 : 0) + legal.length;
  return (
    <>
      <div className={mergeClasses(s.card, c.verdict)} data-testid="verdict" data-verdict={verdict}>
        <div className={s.row}>
          <Text weight="semibold" className={s.grow}>
            {m.results.verdictTitle(profileLabel(report.profile, locale))}
          </Text>
          <StatusBadge status={verdict} />
        </div>
        <Text>{m.results.verdict[verdict]}</Text>
        {legal.length > 0 ? (
          <Text weight="semibold" data-testid="verdict-law">
            {m.results.verdictLaw}
          </Text>
        ) : null}
      </div>
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
              （{m.settings.legalBadge}: {legalLimit(v.rule, locale)}）
            </Text>
          ) : null}
          <FindingList findings={v.findings} names={names} />
        </div>
      ))}
    </div>
  );
}
