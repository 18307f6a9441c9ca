import { Button, Checkbox, Text } from '@fluentui/react-components';
import { KIND_LABELS } from '../../ingest';
import type { DetectedSheet } from '../../ingest/types';
import type { Action } from '../state';
import { useMessages } from '../i18n';
import { useStepStyles } from './styles';

interface Props {
  detected: DetectedSheet[];
  excludeSheets: string[];
  dispatch: (action: Action) => void;
  onReread: () => void;
}

/** Step 1 (検出): which sheet was recognised as which kind, with its row count, and whether to use it. */
export function DetectStep({ detected, excludeSheets, dispatch, onReread }: Props) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  return (
    <div className={s.step} data-testid="step-detect">
      <Text>{m.detect.intro}</Text>
      {detected.length === 0 ? <Text>{m.detect.none}</Text> : null}
      {detected.map((d) => (
        <div
          key={d.sheet}
          className={s.card}
          data-testid="detected-sheet"
          data-sheet={d.sheet}
          data-kind={d.kind ?? ''}
        >
          <Checkbox
            checked={!excludeSheets.includes(d.sheet)}
            onChange={(_, data) => dispatch({ type: 'sheetToggled', sheet: d.sheet, include: data.checked === true })}
            label={<Text weight="semibold">{d.sheet}</Text>}
            aria-label={m.detect.include(d.sheet)}
          />
          <div className={s.row}>
            <Text className={s.grow}>{d.kind ? KIND_LABELS[d.kind][locale] : m.detect.unknown}</Text>
            <Text className={s.muted}>{m.detect.rows(d.dataRows)}</Text>
          </div>
        </div>
      ))}
      <div>
        <Button size="small" onClick={onReread}>
          {m.detect.reread}
        </Button>
      </div>
    </div>
  );
}
