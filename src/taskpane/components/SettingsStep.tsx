import { Field, Radio, RadioGroup, Select, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CRITERIA, PROFILES, getProfile } from '../../rules';
import type { Params } from '../../rules/params';
import { WORKING_TIME_SYSTEMS } from '../../rules/param-meta';
import type { Dispatch } from '../state';
import { useMessages } from '../i18n';
import { criterionTitle, legalLimit } from '../labels';
import { CompanyNameField } from './CompanyNameField';
import { DateInput } from './DateInput';
import { ThresholdInput } from './ThresholdInput';
import { AgreementForm } from './AgreementForm';
import { FIT, useStepStyles } from './styles';

const useStyles = makeStyles({
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  legal: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
  badge: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

interface Props {
  profile: string;
  companyName: string;
  params: Params;
  /** true when a roster column gives each employee's working-time system (the company-wide field is then not asked). */
  rosterHasSystem: boolean;
  dispatch: Dispatch;
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const UNSET = '';

/**
 * Step 3 (設定): first what the user is preparing (a certification or a law check), then dates, the company's
 * statutory rest weekday and working-time system (asked when the data does not say), and under 詳細設定 the
 * targets — with the legal limits shown as 法定 and not editable.
 */
export function SettingsStep({ profile, companyName, params, rosterHasSystem, dispatch }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  return (
    <div className={s.step} data-testid="step-settings">
      <ProfileQuestion profile={profile} dispatch={dispatch} />
      <CompanyNameField value={companyName} dispatch={dispatch} />
      <DateInput
        label={m.settings.asOf}
        value={params.asOf}
        testId="as-of"
        onCommit={(value) => dispatch({ type: 'dateSet', key: 'asOf', value })}
      />
      <DateInput
        label={m.settings.planStart}
        value={params.planStart}
        optional
        hint={m.settings.planHint}
        onCommit={(value) => dispatch({ type: 'dateSet', key: 'planStart', value })}
      />
      <DateInput
        label={m.settings.planEnd}
        value={params.planEnd}
        optional
        onCommit={(value) => dispatch({ type: 'dateSet', key: 'planEnd', value })}
      />
      <Field label={m.settings.agreementStart} size="small">
        <Select
          size="small"
          style={FIT}
          select={{ style: FIT }}
          value={String(params.agreementStartMonth)}
          onChange={(_, data) => dispatch({ type: 'agreementMonthSet', month: Number(data.value) })}
        >
          {MONTHS.map((n) => (
            <option key={n} value={n}>
              {m.settings.month(n)}
            </option>
          ))}
        </Select>
      </Field>
      <CompanyFields params={params} rosterHasSystem={rosterHasSystem} dispatch={dispatch} />
      {profile ? <ProfileThresholds profile={profile} params={params} dispatch={dispatch} /> : null}
    </div>
  );
}

/** 何の準備をしていますか？ — asked first: チェックする waits for the answer. */
function ProfileQuestion({ profile, dispatch }: Pick<Props, 'profile' | 'dispatch'>) {
  const { m, locale } = useMessages();
  return (
    <Field
      label={m.settings.profileQuestion}
      hint={m.settings.profileHint}
      validationMessage={profile ? undefined : m.settings.chooseFirst}
      validationState={profile ? 'none' : 'warning'}
    >
      <RadioGroup
        value={profile}
        data-testid="profile"
        onChange={(_, data) => dispatch({ type: 'profileChosen', profile: data.value })}
      >
        {PROFILES.map((p) => (
          <Radio key={p.id} value={p.id} label={p.label[locale]} data-profile={p.id} />
        ))}
      </RadioGroup>
    </Field>
  );
}

/** The statutory rest weekday (法定休日, 労基法35条) and the working-time system, for what the data does not say. */
function CompanyFields({ params, rosterHasSystem, dispatch }: Pick<Props, 'params' | 'rosterHasSystem' | 'dispatch'>) {
  const { m } = useMessages();
  const s = useStepStyles();
  return (
    <div className={s.card} data-testid="company">
      <Text weight="semibold">{m.settings.company}</Text>
      <Text className={mergeClasses(s.small, s.muted)}>{m.settings.companyHint}</Text>
      <Field label={m.settings.statutoryWeekday} size="small" hint={m.settings.statutoryWeekdayHint}>
        <Select
          size="small"
          style={FIT}
          select={{ style: FIT }}
          value={params.statutoryHolidayWeekday === undefined ? UNSET : String(params.statutoryHolidayWeekday)}
          data-testid="statutory-weekday"
          onChange={(_, data) =>
            dispatch({ type: 'statutoryWeekdaySet', weekday: data.value === UNSET ? null : Number(data.value) })
          }
        >
          <option value={UNSET}>{m.settings.unset}</option>
          {m.settings.weekdays.map((day, i) => (
            <option key={day} value={i}>
              {day}
            </option>
          ))}
        </Select>
      </Field>
      {rosterHasSystem ? null : (
        <Field label={m.settings.workingTimeSystem} size="small" hint={m.settings.workingTimeSystemHint}>
          <Select
            size="small"
            style={FIT}
            select={{ style: FIT }}
            value={params.workingTimeSystem ?? UNSET}
            data-testid="working-time-system"
            onChange={(_, data) =>
              dispatch({
                type: 'workingTimeSystemSet',
                system: data.value === UNSET ? null : (data.value as (typeof WORKING_TIME_SYSTEMS)[number]),
              })
            }
          >
            <option value={UNSET}>{m.settings.unset}</option>
            {WORKING_TIME_SYSTEMS.map((system) => (
              <option key={system} value={system}>
                {m.settings.systems[system]}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}

/** 詳細設定: the profile's targets (editable) and its legal limits (法定, shown only). */
function ProfileThresholds({ profile, params, dispatch }: Pick<Props, 'profile' | 'params' | 'dispatch'>) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const c = useStyles();
  const criteria = getProfile(profile)?.criteria ?? [];
  const legal = criteria.filter((x) => legalLimit(x.id, locale) !== null);
  const numeric = criteria.filter(
    (x) => legalLimit(x.id, locale) === null && typeof (params.thresholds[x.id] ?? x.threshold) === 'number',
  );
  if (numeric.length === 0 && legal.length === 0) return null;
  return (
    <details className={s.card} data-testid="thresholds">
      <summary className={c.summary}>{m.settings.advanced}</summary>
      <div className={s.step}>
        {numeric.length > 0 ? <Text weight="semibold">{m.settings.thresholds}</Text> : null}
        {numeric.map((x) => (
          <ThresholdInput
            key={x.id}
            label={criterionTitle(x.id, locale)}
            unit={CRITERIA[x.id]?.unit ?? null}
            value={(params.thresholds[x.id] ?? x.threshold) as number}
            onCommit={(value) => dispatch({ type: 'thresholdSet', id: x.id, value })}
          />
        ))}
        <AgreementForm params={params} dispatch={dispatch} />
        {legal.length > 0 ? <Text weight="semibold">{m.settings.legal}</Text> : null}
        {legal.map((x) => (
          <div key={x.id} className={mergeClasses(c.legal, s.small)} data-testid="legal-limit" data-criterion={x.id}>
            <span className={c.badge}>{m.settings.legalBadge}</span>
            <span>{legalLimit(x.id, locale)}</span>
          </div>
        ))}
      </div>
    </details>
  );
}
