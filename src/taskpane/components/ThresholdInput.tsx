import { Field, Input } from '@fluentui/react-components';
import type { Unit } from '../../rules/types';
import { parseThresholdInput, thresholdInputText } from '../format';
import { useMessages } from '../i18n';
import { useEditedText } from '../hooks/useEditedText';

interface Props {
  label: string;
  value: number;
  unit: Unit;
  onCommit: (value: number) => void;
  testId?: string;
}

/**
 * A number box for one threshold; a rate is typed in percent. Keeps what the user types until it is a
 * number, then commits it, so half-typed text never reaches the analysis.
 */
export function ThresholdInput({ label, value, unit, onCommit, testId }: Props) {
  const { m } = useMessages();
  const [text, setText] = useEditedText(
    thresholdInputText(value, unit),
    (typed) => parseThresholdInput(typed, unit) === value,
  );
  const invalid = parseThresholdInput(text, unit) === null;
  return (
    <Field label={label} size="small" validationMessage={invalid ? m.settings.invalidNumber : undefined}>
      <Input
        size="small"
        inputMode="decimal"
        value={text}
        contentAfter={unit === 'rate' ? '%' : undefined}
        data-testid={testId}
        onChange={(_, data) => {
          setText(data.value);
          const parsed = parseThresholdInput(data.value, unit);
          if (parsed !== null) onCommit(parsed);
        }}
      />
    </Field>
  );
}
