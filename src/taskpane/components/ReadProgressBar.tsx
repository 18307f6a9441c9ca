import { Field, ProgressBar } from '@fluentui/react-components';
import type { ReadProgress } from '../../host/port';
import { useMessages } from '../i18n';

/** Progress of a long read: the sheet and rows read so far; indeterminate before the first block. */
export function ReadProgressBar({ progress, label }: { progress: ReadProgress | null; label?: string }) {
  const { m } = useMessages();
  const value = progress && progress.rowsTotal > 0 ? Math.min(1, progress.rowsRead / progress.rowsTotal) : undefined;
  const text =
    label ??
    (progress ? m.progress.reading(progress.sheet, progress.rowsRead, progress.rowsTotal) : m.progress.starting);
  return (
    <Field validationMessage={text} validationState="none" data-testid="progress">
      <ProgressBar value={value} thickness="large" />
    </Field>
  );
}
