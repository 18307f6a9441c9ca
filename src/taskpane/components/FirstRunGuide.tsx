import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMessages } from '../i18n';
import { useStepStyles } from './styles';

/** Shown once, when the workbook has no settings of the checker yet: what the pane reads and what it writes. */
export function FirstRunGuide({ onDone }: { onDone: () => void }) {
  const { m } = useMessages();
  const s = useStepStyles();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="first-run">
      <MessageBarBody>
        <MessageBarTitle>{m.guide.title}</MessageBarTitle>
        <ul className={s.list}>
          <li>{m.guide.reads}</li>
          <li>{m.guide.writes}</li>
          <li>{m.guide.privacy}</li>
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={onDone} data-testid="first-run-ok">
          {m.guide.ok}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
