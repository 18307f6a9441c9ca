import { Field, Input, Select, Text } from '@fluentui/react-components';
import { CRITERIA, getProfile } from '../../rules';
import { isLegalViolation } from '../../rules/verdict';
import type { Params } from '../../rules/params';
import type { Report } from '../../rules/types';
import { findingsOf, type Dispatch, type WhatIfState } from '../state';
import { useMessages } from '../i18n';
import { useEditedText } from '../hooks/useEditedText';
import { criterionTitle, legalLimit } from '../labels';
import { coveringAlternative } from '../../rules/verdict';
import { countStatuses, legalChanges } from '../findings-view';
import { CriterionCard } from './CriterionCard';
import { DateInput } from './DateInput';
import { ThresholdInput } from './ThresholdInput';
import { WhatIfBanner } from './WhatIfBanner';
import { ActiveChanges, LegalChangeList } from './WhatIfChanges';
import { FIT, useStepStyles } from './styles';

interface Props {
  profile: string;
  params: Params;
  whatIf: WhatIfState | null;
  whatIfCriterion: string | null;
  /** The what-if report, or the real one while no knob has been touched. */
  report: Report;
  realReport: Report;
  names: Map<string, string>;
  expanded: string[];
  dispatch: Dispatch;
}

/**
 * Step 5 (試算), a workspace of its own: the 試算中 banner and the active changes at the top, the real → what-if
 * counts (the legal violations too, whatever the certification), the controls, and right under them the legal
 * violations cleared or created and the criteria whose status changed.
 */
export function WhatIfStep(props: Props) {
  const { whatIf, report, realReport, names, expanded, dispatch } = props;
  const { m } = useMessages();
  const s = useStepStyles();
  const realStatus = new Map(realReport.criteria.map((c) => [c.id, c.status]));
  const changed = whatIf ? report.criteria.filter((c) => realStatus.get(c.id) !== c.status) : [];
  const legal = legalChanges(realReport.findings, whatIf ? report.findings : realReport.findings);
  const count = changed.length + legal.cleared.length + legal.created.length;
  return (
    <div className={s.step} data-testid="step-whatIf">
      {whatIf ? <WhatIfBanner onReset={() => dispatch({ type: 'whatIfReset' })} /> : <Text>{m.whatIf.intro}</Text>}
      <ActiveChanges whatIf={whatIf} params={props.params} dispatch={dispatch} />
      <Summary real={realReport} whatIf={report} />
      <Controls {...props} />
      <section className={s.step} data-testid="changed" aria-label={m.whatIf.changedTitle(count)}>
        <Text weight="semibold" as="h3" style={{ margin: 0 }}>
          {m.whatIf.changedTitle(count)}
        </Text>
        {count === 0 ? <Text className={s.small}>{m.whatIf.noChange}</Text> : null}
        <LegalChangeList changes={legal} names={names} />
        {changed.map((c) => (
          <CriterionCard
            key={c.id}
            criterion={c}
            findings={findingsOf(report.findings, c.id)}
            names={names}
            coveredBy={c.status === 'pass' ? null : coveringAlternative(report.criteria, report.profile, c.id)}
            realStatus={realStatus.get(c.id)}
            open={expanded.includes(c.id)}
            onToggle={() => dispatch({ type: 'findingsToggled', id: c.id })}
          />
        ))}
      </section>
    </div>
  );
}

/** 達成 13 → 12 ・ 未達 2 → 3 ・ データ不足 4 → 4. */
function Summary({ real, whatIf }: { real: Report; whatIf: Report }) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const a = countStatuses(real.criteria);
  const b = countStatuses(whatIf.criteria);
  const labels = locale === 'ja' ? ['達成', '未達', 'データ不足'] : ['Met', 'Not met', 'Not enough data'];
  const legal = (r: Report) => r.findings.filter(isLegalViolation).length;
  const rows: [string, number, number][] = [
    [labels[0], a.pass, b.pass],
    [labels[1], a.fail, b.fail],
    [labels[2], a.insufficient, b.insufficient],
    [m.whatIf.legalLabel, legal(real), legal(whatIf)],
  ];
  return (
    <div className={s.card} data-testid="whatif-summary">
      <Text weight="semibold">{m.whatIf.summaryTitle}</Text>
      <ul className={s.list}>
        {rows.map(([label, before, after]) => (
          <li key={label} data-changed={before !== after ? 'true' : 'false'}>
            {before !== after ? (
              <strong>{m.whatIf.summaryRow(label, before, after)}</strong>
            ) : (
              m.whatIf.summaryRow(label, before, after)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Controls({ params, whatIf, profile, whatIfCriterion, dispatch }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  const change = (patch: Partial<WhatIfState>) => dispatch({ type: 'whatIfChanged', patch });
  return (
    <div className={s.card} data-testid="whatif-controls">
      <CountInput
        label={m.whatIf.extraMen}
        value={whatIf?.extraMen ?? 0}
        max={1000}
        testId="extra-men"
        onCommit={(extraMen) => change({ extraMen })}
      />
      <CountInput
        label={m.whatIf.overtimeCut}
        value={whatIf?.overtimeCutPercent ?? 0}
        max={100}
        percent
        testId="overtime-cut"
        onCommit={(overtimeCutPercent) => change({ overtimeCutPercent })}
      />
      <ThresholdPicker profile={profile} params={params} whatIf={whatIf} chosen={whatIfCriterion} dispatch={dispatch} />
      <DateInput
        label={m.whatIf.planStart}
        value={whatIf?.planStart ?? params.planStart}
        optional
        onCommit={(planStart) => change({ planStart })}
      />
      <DateInput
        label={m.whatIf.planEnd}
        value={whatIf?.planEnd ?? params.planEnd}
        optional
        onCommit={(planEnd) => change({ planEnd })}
      />
    </div>
  );
}

interface CountProps {
  label: string;
  value: number;
  max: number;
  /** A percentage: its range message says 0–100 %. */
  percent?: boolean;
  testId: string;
  onCommit: (n: number) => void;
}

/** A whole-number box (people, percent); commits only whole numbers from 0 to `max`, and says the range otherwise. */
function CountInput({ label, value, max, percent, testId, onCommit }: CountProps) {
  const { m } = useMessages();
  const [text, setText] = useEditedText(
    String(value),
    (typed) => typed.trim() !== '' && Number(typed.normalize('NFKC')) === value,
  );
  const accept = (raw: string) =>
    /^\d+$/.test(raw.normalize('NFKC').trim()) && Number(raw.normalize('NFKC')) <= max
      ? Number(raw.normalize('NFKC'))
      : null;
  const valid = accept(text) !== null;
  return (
    <Field
      label={label}
      size="small"
      validationMessage={valid ? undefined : percent ? m.whatIf.rangePercent : m.whatIf.rangeCount(max)}
    >
      <Input
        size="small"
        inputMode="numeric"
        value={text}
        data-testid={testId}
        contentAfter={percent ? '%' : undefined}
        onChange={(_, data) => {
          setText(data.value);
          const n = accept(data.value);
          if (n !== null) onCommit(n);
        }}
      />
    </Field>
  );
}

/** Pick one of the profile's numeric targets and try another value; the choice is kept in the pane's state. */
function ThresholdPicker({
  profile,
  params,
  whatIf,
  chosen,
  dispatch,
}: Pick<Props, 'profile' | 'params' | 'whatIf' | 'dispatch'> & { chosen: string | null }) {
  const { m, locale } = useMessages();
  const criteria = (getProfile(profile)?.criteria ?? []).filter(
    (c) => legalLimit(c.id, locale) === null && typeof (params.thresholds[c.id] ?? c.threshold) === 'number',
  );
  const fallback = criteria.find((c) => whatIf && c.id in whatIf.thresholds) ?? criteria[0];
  const current = criteria.find((c) => c.id === chosen) ?? fallback;
  if (!current) return null;
  const value = whatIf?.thresholds[current.id] ?? ((params.thresholds[current.id] ?? current.threshold) as number);
  return (
    <>
      <Field label={m.whatIf.threshold} size="small">
        <Select
          size="small"
          style={FIT}
          select={{ style: FIT }}
          value={current.id}
          data-testid="whatif-criterion"
          onChange={(_, data) => dispatch({ type: 'whatIfCriterionChosen', id: data.value })}
        >
          {criteria.map((c) => (
            <option key={c.id} value={c.id}>
              {criterionTitle(c.id, locale)}
            </option>
          ))}
        </Select>
      </Field>
      <ThresholdInput
        key={current.id}
        label={criterionTitle(current.id, locale)}
        unit={CRITERIA[current.id]?.unit ?? null}
        value={value}
        testId="whatif-threshold"
        onCommit={(v) => dispatch({ type: 'whatIfChanged', patch: { thresholds: { [current.id]: v } } })}
      />
    </>
  );
}
