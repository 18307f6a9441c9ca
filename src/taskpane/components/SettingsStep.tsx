import { Field, Select, Text } from '@fluentui/react-components';
import { CRITERIA, PROFILES, getProfile } from '../../rules';
import type { Params } from '../../rules/params';
import type { Action } from '../state';
import { useMessages } from '../i18n';
import { criterionTitle } from '../labels';
import { DateInput } from './DateInput';
import { ThresholdInput } from './ThresholdInput';
import { FIT, useStepStyles } from './styles';

interface Props {
  profile: string;
  params: Params;
  dispatch: (action: Action) => void;
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** Step 3 (設定): profile, as-of date, plan period, agreement-year start month, the profile's thresholds. */
export function SettingsStep({ profile, params, dispatch }: Props) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  return (
    <div className={s.step} data-testid="step-settings">
      <Field label={m.settings.profile} size="small">
        <Select size="small" style={FIT} select={{ style: FIT }} value={profile} data-testid="profile" onChange={(_, data) => dispatch({ type: 'profileChosen', profile: data.value })}>
          {PROFILES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label[locale]}
            </option>
          ))}
        </Select>
      </Field>
      <DateInput label={m.settings.asOf} value={params.asOf} testId="as-of" onCommit={(value) => dispatch({ type: 'dateSet', key: 'asOf', value })} />
      <DateInput label={m.settings.planStart} value={params.planStart} optional hint={m.settings.planHint} onCommit={(value) => dispatch({ type: 'dateSet', key: 'planStart', value })} />
      <DateInput label={m.settings.planEnd} value={params.planEnd} optional onCommit={(value) => dispatch({ type: 'dateSet', key: 'planEnd', value })} />
      <Field label={m.settings.agreementStart} size="small">
        <Select size="small" style={FIT} select={{ style: FIT }} value={String(params.agreementStartMonth)} onChange={(_, data) => dispatch({ type: 'agreementMonthSet', month: Number(data.value) })}>
          {MONTHS.map((n) => (
            <option key={n} value={n}>
              {m.settings.month(n)}
            </option>
          ))}
        </Select>
      </Field>
      <ProfileThresholds profile={profile} params={params} dispatch={dispatch} />
    </div>
  );
}

function ProfileThresholds({ profile, params, dispatch }: Props) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const criteria = getProfile(profile)?.criteria ?? [];
  const numeric = criteria.filter((c) => typeof (params.thresholds[c.id] ?? c.threshold) === 'number');
  if (numeric.length === 0) return null;
  return (
    <div className={s.card} data-testid="thresholds">
      <Text weight="semibold">{m.settings.thresholds}</Text>
      {numeric.map((c) => (
        <ThresholdInput
          key={c.id}
          label={criterionTitle(c.id, locale)}
          unit={CRITERIA[c.id]?.unit ?? null}
          value={(params.thresholds[c.id] ?? c.threshold) as number}
          onCommit={(value) => dispatch({ type: 'thresholdSet', id: c.id, value })}
        />
      ))}
    </div>
  );
}
