import { Field, Input } from '@fluentui/react-components';
import type { Dispatch } from '../state';
import { useMessages } from '../i18n';

/** 会社名: printed on the summary (its title block and page header), remembered in the workbook's settings. */
export function CompanyNameField({ value, dispatch }: { value: string; dispatch: Dispatch }) {
  const { m } = useMessages();
  return (
    <Field label={m.settings.companyName} hint={m.settings.companyNameHint} size="small">
      <Input
        size="small"
        value={value}
        maxLength={100}
        data-testid="company-name"
        onChange={(_, data) => dispatch({ type: 'companyNameSet', name: data.value })}
      />
    </Field>
  );
}
