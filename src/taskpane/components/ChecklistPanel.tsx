import {
  Badge,
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { CriterionResult } from '../../rules/types';
import { checklistText } from '../../report/checklist-english';
import type { ChecklistDraft, Dispatch, Lang } from '../state';
import { useMessages } from '../i18n';
import { StatusBadge } from './StatusBadge';
import { useStepStyles } from './styles';

const useStyles = makeStyles({
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  radios: { flexWrap: 'wrap' },
});

interface Props {
  /** The report's `checklist.<itemNo>` criteria (answers from the sheet and the pane already applied). */
  items: CriterionResult[];
  unsaved: boolean;
  /** Absent when there is no workbook to write to. */
  onSave?: () => void;
  dispatch: Dispatch;
}

const ANSWER_VALUE = { yes: 'yes', no: 'no', none: 'none' } as const;

/** One checklist item as the pane shows it (`answer` null while not yet answered). */
interface ChecklistItemView {
  itemNo: string;
  text: string;
  answer: boolean | null;
  note: string;
  asked: string;
}

/**
 * The item, its current answer and note, read from the criterion's evidence row; the item's text and the documents
 * asked for in the pane's language (the English report's translations: one catalogue).
 */
function readItem(c: CriterionResult, locale: Lang): ChecklistItemView {
  const row = c.evidence?.[0] ?? {};
  const answer = typeof row.answer === 'boolean' ? row.answer : null;
  const inLocale = (text: string) => checklistText(text, locale);
  return {
    itemNo: String(row.itemNo ?? c.id.replace(/^checklist\./, '')),
    text: inLocale(String(row.text ?? c.title)),
    answer,
    note: typeof row.evidenceGiven === 'string' ? row.evidenceGiven : '',
    asked: typeof row.evidenceAsked === 'string' ? inLocale(row.evidenceAsked) : '',
  };
}

/**
 * The self-declared checklist answered in the pane: ○ / × / not yet per item, a note of the evidence, and
 * the evidence the Q&A asks for. An answer counts in the results at once; 「保存」 (or 書き出し) writes it to
 * the チェックリスト sheet.
 */
export function ChecklistPanel({ items, unsaved, onSave, dispatch }: Props) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const c = useStyles();
  const read = items.map((item) => readItem(item, locale));
  const answered = read.filter((i) => i.answer !== null).length;
  const answer = (itemNo: string, draft: ChecklistDraft) => dispatch({ type: 'checklistAnswered', itemNo, draft });
  return (
    <details className={s.card} data-testid="checklist">
      <summary className={c.summary}>{m.checklist.title(answered, read.length)}</summary>
      <div className={s.step}>
        <Text className={s.small}>{m.checklist.intro}</Text>
        {onSave ? <SaveRow unsaved={unsaved} onSave={onSave} /> : null}
        {read.map((item, i) => (
          <ChecklistItem key={item.itemNo} item={item} status={items[i].status} onAnswer={answer} />
        ))}
      </div>
    </details>
  );
}

/** 「保存」, enabled only while there are answers not yet written, and a polite note that some are unsaved. */
function SaveRow({ unsaved, onSave }: { unsaved: boolean; onSave: () => void }) {
  const { m } = useMessages();
  const s = useStepStyles();
  return (
    <div className={s.row}>
      <Button
        size="small"
        appearance={unsaved ? 'primary' : 'secondary'}
        disabled={!unsaved}
        onClick={onSave}
        data-testid="checklist-save"
      >
        {m.checklist.save}
      </Button>
      <Text className={mergeClasses(s.small, s.muted)} aria-live="polite">
        {unsaved ? m.checklist.unsaved : ''}
      </Text>
    </div>
  );
}

interface ItemProps {
  item: ChecklistItemView;
  status: CriterionResult['status'];
  /** Sends the whole draft (answer and note together), so changing one keeps the other. */
  onAnswer: (itemNo: string, draft: ChecklistDraft) => void;
}

/** One checklist item: its text and status, the ○ / × / not yet choice, and the note of the evidence. */
function ChecklistItem({ item, status, onAnswer }: ItemProps) {
  const { m } = useMessages();
  const s = useStepStyles();
  const c = useStyles();
  return (
    <div className={s.card} data-testid="checklist-item" data-item={item.itemNo}>
      <div className={s.row}>
        <Text className={mergeClasses(s.grow, s.small)} weight="semibold">
          {`${item.itemNo}. ${item.text}`}
        </Text>
        {item.answer === null ? (
          // Not answered yet: the user's to-do, not data the checker lacks.
          <Badge appearance="tint" color="warning" shape="rounded" data-status="unanswered">
            {m.checklist.none}
          </Badge>
        ) : (
          <StatusBadge status={status} />
        )}
      </div>
      <RadioGroup
        className={c.radios}
        layout="horizontal"
        aria-label={m.checklist.answerLabel(item.itemNo)}
        value={item.answer === null ? ANSWER_VALUE.none : item.answer ? ANSWER_VALUE.yes : ANSWER_VALUE.no}
        onChange={(_, data) =>
          onAnswer(item.itemNo, {
            answer: data.value === 'none' ? undefined : data.value === 'yes',
            evidence: item.note,
          })
        }
      >
        <Radio value={ANSWER_VALUE.yes} label={m.checklist.yes} />
        <Radio value={ANSWER_VALUE.no} label={m.checklist.no} />
        <Radio value={ANSWER_VALUE.none} label={m.checklist.none} />
      </RadioGroup>
      <Field
        label={m.checklist.note}
        size="small"
        hint={item.asked ? m.checklist.evidenceAsked(item.asked) : undefined}
      >
        <Input
          size="small"
          value={item.note}
          onChange={(_, data) => onAnswer(item.itemNo, { answer: item.answer ?? undefined, evidence: data.value })}
        />
      </Field>
    </div>
  );
}
