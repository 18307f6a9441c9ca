import { Text, mergeClasses } from '@fluentui/react-components';
import type { Report } from '../../rules/types';
import { useMessages } from '../i18n';
import { formatNumber } from '../format';
import { useStepStyles } from './styles';

/** How many employees the list shows before "…" (the sheet 残業上限の残り has everyone). */
const SHOWN = 10;

/**
 * 結果: the employees with the least overtime still allowed next month under the company's 36協定 and the statute
 * (the report's `headroom`, least room first), each with the rule that binds — the list HR acts on this month.
 */
export function HeadroomList({ report, names }: { report: Report; names: Map<string, string> }) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const entries = report.headroom ?? [];
  if (entries.length === 0) return null;
  const month = entries[0].month.replace('-', '/');
  return (
    <details className={s.card} data-testid="headroom" open>
      <summary>{m.results.headroomTitle(month)}</summary>
      <ul className={mergeClasses(s.list, s.small)}>
        {entries.slice(0, SHOWN).map((h) => {
          const name = names.get(h.employeeId);
          const who = name ? `${h.employeeId} ${name}` : h.employeeId;
          return (
            <li key={h.employeeId} data-testid="headroom-entry">
              {m.results.headroomLine(who, formatNumber(h.overtime, null, locale), h.bindingText[locale])}
            </li>
          );
        })}
      </ul>
      {entries.length > SHOWN ? <Text className={s.muted}>…</Text> : null}
    </details>
  );
}
