import { useState } from 'react';
import { Dropdown, Field, Input, Option, Text, mergeClasses } from '@fluentui/react-components';
import type { Params } from '../../rules/params';
import { AGREEMENT_FIELDS, validateAgreement, type AgreementField } from '../../rules/agreement';
import type { Dispatch } from '../state';
import { useMessages } from '../i18n';
import { useStepStyles } from './styles';

/** The figures of 様式第9号の2 the form asks, in its order (hours, then the special clause's). */
const HOURS: AgreementField[] = ['monthHours', 'yearHours'];
const SPECIAL: AgreementField[] = ['specialMonthHours', 'specialYearHours', 'specialTimes'];

/**
 * 設定's 36協定: the company's own agreement as signed (様式第9号の2, short form) — 1か月, 1年, 特別条項 あり/なし and
 * its 1か月 / 1年 / 回数. Remembered in the workbook; a figure above the statute is shown with the bound it breaks and
 * the agreement is not used until it is corrected. Empty = not set (a `36協定` sheet, else the statute only).
 */
export function AgreementForm({ params, dispatch }: { params: Params; dispatch: Dispatch }) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const agreement = params.agreements?.find((a) => a.origin === 'settings') ?? {};
  const problems = validateAgreement(agreement);
  const set = (field: AgreementField, value: number | boolean | null) =>
    dispatch({ type: 'agreementFieldSet', field, value });
  const number = (field: AgreementField) => (
    <NumberBox
      key={field}
      label={AGREEMENT_FIELDS[field].label[locale]}
      value={agreement[field] as number | undefined}
      onCommit={(value) => set(field, value)}
      testId={`agreement-${field}`}
    />
  );
  const special = agreement.special === undefined ? 'unknown' : agreement.special ? 'yes' : 'no';
  return (
    <div className={s.card} data-testid="agreement-form">
      <Text weight="semibold">{m.settings.agreementTitle}</Text>
      {HOURS.map(number)}
      <Field label={AGREEMENT_FIELDS.special.label[locale]} size="small">
        <Dropdown
          size="small"
          data-testid="agreement-special"
          value={m.settings.agreementSpecial[special]}
          selectedOptions={[special]}
          onOptionSelect={(_, data) =>
            set('special', data.optionValue === 'unknown' ? null : data.optionValue === 'yes')
          }
        >
          {(['unknown', 'yes', 'no'] as const).map((v) => (
            <Option key={v} value={v}>
              {m.settings.agreementSpecial[v]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {agreement.special === true ? SPECIAL.map(number) : null}
      {problems.map((p) => (
        <Text key={p.ja} className={mergeClasses(s.small)} role="alert">
          {p[locale]}
        </Text>
      ))}
    </div>
  );
}

/** A figure of the agreement: blank = not given (the statutory maximum); committed when it reads as a number ≥ 0. */
function NumberBox(props: {
  label: string;
  value: number | undefined;
  onCommit: (value: number | null) => void;
  testId: string;
}) {
  const [text, setText] = useState(props.value === undefined ? '' : String(props.value));
  return (
    <Field label={props.label} size="small">
      <Input
        size="small"
        inputMode="decimal"
        value={text}
        data-testid={props.testId}
        onChange={(_, data) => {
          setText(data.value);
          const n = Number(data.value.normalize('NFKC'));
          if (data.value.trim() === '') props.onCommit(null);
          else if (Number.isFinite(n) && n >= 0) props.onCommit(n);
        }}
      />
    </Field>
  );
}
