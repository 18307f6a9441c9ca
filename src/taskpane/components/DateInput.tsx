import { Field, Input } from '@fluentui/react-components';
import { dateInputText, parseDateInput } from '../format';
import { useMessages } from '../i18n';
import { useEditedText } from '../hooks/useEditedText';

interface Props {
  label: string;
  /** YYYY-MM-DD, or undefined for blank. */
  value: string | undefined;
  /** Blank allowed (plan period): an empty box commits ''. */
  optional?: boolean;
  hint?: string;
  onCommit: (value: string) => void;
  testId?: string;
}

/**
 * A date box that shows and accepts year/month/day (2026/03/31; 2026-03-31 and 2026年3月31日 are read too), so
 * its hint and its error message name the form the box shows. It commits only real days (or blank when optional).
 */
export function DateInput({ label, value, optional, hint, onCommit, testId }: Props) {
  const { m } = useMessages();
  const [text, setText] = useEditedText(dateInputText(value), (typed) => parseDateInput(typed) === (value ?? null));
  const blank = text.trim() === '';
  const valid = blank ? optional === true : parseDateInput(text) !== null;
  return (
    <Field
      label={label}
      size="small"
      hint={hint ?? m.settings.dateHint}
      validationMessage={valid ? undefined : m.settings.invalidDate}
    >
      <Input
        size="small"
        inputMode="numeric"
        placeholder={m.settings.datePlaceholder}
        value={text}
        data-testid={testId}
        onChange={(_, data) => {
          setText(data.value);
          const iso = parseDateInput(data.value);
          if (iso) onCommit(iso);
          else if (optional === true && data.value.trim() === '') onCommit('');
        }}
      />
    </Field>
  );
}
