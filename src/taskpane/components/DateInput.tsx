import { useEffect, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { isIsoDate } from '../state';
import { useMessages } from '../i18n';

interface Props {
  label: string;
  value: string | undefined;
  /** Blank allowed (plan period): an empty box commits ''. */
  optional?: boolean;
  hint?: string;
  onCommit: (value: string) => void;
  testId?: string;
}

/** A YYYY-MM-DD box that commits only real dates (or blank when optional). */
export function DateInput({ label, value, optional, hint, onCommit, testId }: Props) {
  const { m } = useMessages();
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const valid = isIsoDate(text) || (optional === true && text === '');
  return (
    <Field label={label} size="small" hint={hint} validationMessage={valid ? undefined : m.settings.invalidDate}>
      <Input
        size="small"
        type="date"
        value={text}
        data-testid={testId}
        onChange={(_, data) => {
          setText(data.value);
          if (isIsoDate(data.value) || (optional === true && data.value === '')) onCommit(data.value);
        }}
      />
    </Field>
  );
}
