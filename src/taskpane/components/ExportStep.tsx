import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import type { SheetGrid } from '../../ingest/types';
import type { WrittenPreview } from '../state';
import { formatPreviewCell } from '../format';
import { useMessages } from '../i18n';
import { useStepStyles } from './styles';

interface Props {
  busy: boolean;
  whatIfActive: boolean;
  /** Checklist answers were given in the pane: writing puts them on the チェックリスト sheet. */
  checklistAnswered: boolean;
  written: WrittenPreview | null;
  /** Sample mode shows the workbook's sheet names and the summary's first rows after writing. */
  showPreview: boolean;
  onWrite: () => void;
}

const useTableStyles = makeStyles({
  table: { width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase100 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
});

/** Step 6 (書き出し): write the summary and detail sheets through the pipeline. */
export function ExportStep({ busy, whatIfActive, checklistAnswered, written, showPreview, onWrite }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  return (
    <div className={s.step} data-testid="step-export">
      <Text>{m.exportStep.intro}</Text>
      {whatIfActive ? <Text weight="semibold">{m.exportStep.whatIfNote}</Text> : null}
      {checklistAnswered ? <Text>{m.exportStep.checklistNote}</Text> : null}
      <div>
        <Button appearance="primary" disabled={busy} onClick={onWrite} data-testid="write">
          {m.exportStep.write}
        </Button>
      </div>
      {written ? (
        <MessageBar intent="success" layout="multiline" data-testid="written">
          <MessageBarBody>{m.exportStep.done(Object.values(written.result.sheetNames).join('、'))}</MessageBarBody>
        </MessageBar>
      ) : null}
      {written && showPreview ? <WrittenPreviewView written={written} /> : null}
    </div>
  );
}

function WrittenPreviewView({ written }: { written: WrittenPreview }) {
  const { m } = useMessages();
  const s = useStepStyles();
  return (
    <div className={s.step} data-testid="preview">
      <div className={s.card}>
        <Text weight="semibold">{m.exportStep.sheetsTitle}</Text>
        <ul className={mergeClasses(s.list, s.small)} data-testid="sheet-names">
          {written.sheetNames.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      </div>
      {written.summary ? <GridPreview grid={written.summary} /> : null}
    </div>
  );
}

/** The first rows and columns of a written sheet as a small fixed-width table. */
function GridPreview({ grid }: { grid: SheetGrid }) {
  const { m } = useMessages();
  const s = useStepStyles();
  const t = useTableStyles();
  const rows = grid.values.slice(0, 12).map((row) => row.slice(0, 4));
  return (
    <div className={s.card}>
      <Text weight="semibold">{m.exportStep.previewTitle(grid.name)}</Text>
      <table className={t.table} data-testid="summary-preview">
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, c) => {
                const text = formatPreviewCell(value, grid.numberFormats[r]?.[c]);
                return (
                  <td key={c} className={t.cell} title={text}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
