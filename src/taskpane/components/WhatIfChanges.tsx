import { Button, Text, mergeClasses } from '@fluentui/react-components';
import { CRITERIA } from '../../rules';
import type { Params } from '../../rules/params';
import type { Finding } from '../../rules/types';
import { whatIfChanges, type Dispatch, type WhatIfChangeKey, type WhatIfState } from '../state';
import { formatNumber, periodText } from '../format';
import { useMessages } from '../i18n';
import { criterionTitle } from '../labels';
import type { LegalChanges } from '../findings-view';
import { useStepStyles } from './styles';

interface ActiveProps {
  whatIf: WhatIfState | null;
  params: Params;
  dispatch: Dispatch;
}

/** The changes applied, each with its own 元に戻す, so the user always knows what the figures assume. */
export function ActiveChanges({ whatIf, params, dispatch }: ActiveProps) {
  const { m } = useMessages();
  const s = useStepStyles();
  const describe = useChangeText(params);
  const keys = whatIfChanges(whatIf);
  return (
    <div className={s.card} data-testid="active-changes">
      <Text weight="semibold">{m.whatIf.activeTitle}</Text>
      {keys.length === 0 || !whatIf ? (
        <Text className={mergeClasses(s.small, s.muted)}>{m.whatIf.noActive}</Text>
      ) : (
        <ul className={mergeClasses(s.list, s.small)}>
          {keys.map((key) => (
            <li key={key} className={s.row} data-testid="active-change" data-change={key}>
              <span className={s.grow}>{describe(whatIf, key)}</span>
              <Button
                size="small"
                appearance="subtle"
                aria-label={m.whatIf.undoLabel(describe(whatIf, key))}
                data-testid="undo-change"
                onClick={() => dispatch({ type: 'whatIfUndone', key })}
              >
                {m.whatIf.undo}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The words of one applied change (`時間外労働を20%減らす`, `男性の育休取得率: 基準値 70.0%`). */
function useChangeText(params: Params): (whatIf: WhatIfState, key: WhatIfChangeKey) => string {
  const { m, locale } = useMessages();
  const dateText = (iso: string | undefined) => (iso ? periodText(iso, locale) : '—');
  return (whatIf, key) => {
    if (key === 'extraMen') return m.whatIf.activeMen(whatIf.extraMen);
    if (key === 'overtimeCut') return m.whatIf.activeCut(whatIf.overtimeCutPercent);
    if (key === 'plan')
      return m.whatIf.activePlan(
        dateText(whatIf.planStart ?? params.planStart),
        dateText(whatIf.planEnd ?? params.planEnd),
      );
    const id = key.slice('threshold:'.length);
    const value = whatIf.thresholds[id];
    return m.whatIf.activeThreshold(
      criterionTitle(id, locale),
      formatNumber(value, CRITERIA[id]?.unit ?? null, locale),
    );
  };
}

/** The legal violations a what-if clears or creates, one line each with the employee and the period. */
export function LegalChangeList({ changes, names }: { changes: LegalChanges; names: Map<string, string> }) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const who = (f: Finding) => {
    const name = names.get(f.employeeId);
    return m.whatIf.legalWho(name ? m.whatIf.withName(f.employeeId, name) : f.employeeId, periodText(f.period, locale));
  };
  const lines = [
    ...changes.cleared.map((f) => ({ f, kind: 'cleared' as const })),
    ...changes.created.map((f) => ({ f, kind: 'created' as const })),
  ];
  if (lines.length === 0) return null;
  return (
    <ul className={mergeClasses(s.list, s.small)} data-testid="legal-changes">
      {lines.map(({ f, kind }) => (
        <li
          key={`${kind}|${f.rule}|${f.employeeId}|${f.period}`}
          data-testid="legal-change"
          data-change={kind}
          data-rule={f.rule}
        >
          <strong>{kind === 'cleared' ? m.whatIf.legalCleared : m.whatIf.legalCreated}</strong>
          {`${criterionTitle(f.rule, locale)}${who(f)}`}
        </li>
      ))}
    </ul>
  );
}
