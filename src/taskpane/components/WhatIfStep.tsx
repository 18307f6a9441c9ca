import { useEffect, useState } from 'react';
import { Field, Input, Select, Text } from '@fluentui/react-components';
import { CRITERIA, getProfile } from '../../rules';
import type { Params } from '../../rules/params';
import type { Report } from '../../rules/types';
import type { Action, WhatIfState } from '../state';
import { useMessages } from '../i18n';
import { criterionTitle } from '../labels';
import { CriterionList } from './CriterionList';
import { DateInput } from './DateInput';
import { ThresholdInput } from './ThresholdInput';
import { FIT, useStepStyles } from './styles';

interface Props {
  profile: string;
  params: Params;
  whatIf: WhatIfState | null;
  /** The what-if report, or the real one while no knob has been touched. */
  report: Report;
  realReport: Report;
  expanded: string[];
  dispatch: (action: Action) => void;
}

/** Step 5 (試算): knobs that re-run the analysis on the grids already read, with the results below. */
export function WhatIfStep({ profile, params, whatIf, report, realReport, expanded, dispatch }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  return (
    <div className={s.step} data-testid="step-whatIf">
      <Text>{m.whatIf.intro}</Text>
      <div className={s.card}>
        <CountInput label={m.whatIf.extraMen} value={whatIf?.extraMen ?? 0} max={1000} testId="extra-men" onCommit={(extraMen) => dispatch({ type: 'whatIfChanged', patch: { extraMen } })} />
        <CountInput
          label={m.whatIf.overtimeCut}
          value={whatIf?.overtimeCutPercent ?? 0}
          max={100}
          testId="overtime-cut"
          onCommit={(overtimeCutPercent) => dispatch({ type: 'whatIfChanged', patch: { overtimeCutPercent } })}
        />
        <ThresholdPicker profile={profile} params={params} whatIf={whatIf} dispatch={dispatch} />
        <DateInput label={m.whatIf.planStart} value={whatIf?.planStart ?? params.planStart} optional onCommit={(planStart) => dispatch({ type: 'whatIfChanged', patch: { planStart } })} />
        <DateInput label={m.whatIf.planEnd} value={whatIf?.planEnd ?? params.planEnd} optional onCommit={(planEnd) => dispatch({ type: 'whatIfChanged', patch: { planEnd } })} />
      </div>
      <CriterionList report={report} realReport={whatIf ? realReport : undefined} expanded={expanded} dispatch={dispatch} />
    </div>
  );
}

/** A whole-number box (people, percent); commits only whole numbers from 0 to `max`. */
function CountInput({ label, value, max, testId, onCommit }: { label: string; value: number; max: number; testId: string; onCommit: (n: number) => void }) {
  const { m } = useMessages();
  const [text, setText] = useState(String(value));
  // Follow outside changes (「実データに戻す」 resets the knobs to 0).
  useEffect(() => setText((t) => (Number(t) === value ? t : String(value))), [value]);
  const parsed = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  const valid = Number.isInteger(parsed) && parsed <= max;
  return (
    <Field label={label} size="small" validationMessage={valid ? undefined : m.settings.invalidNumber}>
      <Input
        size="small"
        type="number"
        min={0}
        max={max}
        value={text}
        data-testid={testId}
        onChange={(_, data) => {
          setText(data.value);
          const n = Number(data.value);
          if (/^\d+$/.test(data.value.trim()) && n <= max) onCommit(n);
        }}
      />
    </Field>
  );
}

/** Pick one of the profile's numeric thresholds and try another value for it. */
function ThresholdPicker({ profile, params, whatIf, dispatch }: Omit<Props, 'report' | 'realReport' | 'expanded'>) {
  const { m, locale } = useMessages();
  const criteria = (getProfile(profile)?.criteria ?? []).filter((c) => typeof (params.thresholds[c.id] ?? c.threshold) === 'number');
  const [chosen, setChosen] = useState<string>(criteria[0]?.id ?? '');
  const current = criteria.find((c) => c.id === chosen) ?? criteria[0];
  if (!current) return null;
  const value = whatIf?.thresholds[current.id] ?? ((params.thresholds[current.id] ?? current.threshold) as number);
  return (
    <>
      <Field label={m.whatIf.threshold} size="small">
        <Select size="small" style={FIT} select={{ style: FIT }} value={current.id} data-testid="whatif-criterion" onChange={(_, data) => setChosen(data.value)}>
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
