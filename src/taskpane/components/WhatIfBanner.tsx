import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMessages } from '../i18n';

/** The unmistakable "this is not the real data" banner, with the way back. */
export function WhatIfBanner({ onReset }: { onReset: () => void }) {
  const { m } = useMessages();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="whatif-banner">
      <MessageBarBody>
        <MessageBarTitle>{m.whatIf.banner}</MessageBarTitle>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={onReset} data-testid="back-to-real">
          {m.whatIf.backToReal}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
