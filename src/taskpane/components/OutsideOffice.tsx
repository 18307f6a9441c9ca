import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useMessages } from '../i18n';
import { useStepStyles } from './styles';

/** Shown when office.js reports no host: explains it and offers the in-memory sample. */
export function OutsideOffice({ loading, onTrySample }: { loading: boolean; onTrySample: () => void }) {
  const { m } = useMessages();
  const s = useStepStyles();
  return (
    <div className={s.step} data-testid="outside-office">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{m.outside.title}</MessageBarTitle>
          <div>{m.outside.body}</div>
        </MessageBarBody>
      </MessageBar>
      <div>
        <Button appearance="primary" disabled={loading} onClick={onTrySample} data-testid="try-sample">
          {m.outside.trySample}
        </Button>
      </div>
      {loading ? <Spinner size="small" label={m.outside.loadingSample} /> : null}
    </div>
  );
}
