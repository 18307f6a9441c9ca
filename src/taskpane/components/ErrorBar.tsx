import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import type { ErrorInfo } from '../state';
import { useMessages } from '../i18n';

/** An error in plain words: what happened, what to do next, and the technical detail in small print. */
export function ErrorBar({ error, onDismiss }: { error: ErrorInfo; onDismiss: () => void }) {
  const { m } = useMessages();
  const text = m.errors[error.kind];
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error">
      <MessageBarBody>
        <MessageBarTitle>{text.message}</MessageBarTitle>
        <div>{text.hint}</div>
        {error.detail ? <Text size={100}>{m.errors.detail(error.detail)}</Text> : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          appearance="transparent"
          onClick={onDismiss}
          aria-label={m.errors.close}
          title={m.errors.close}
        >
          ×
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
