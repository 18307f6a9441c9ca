/**
 * 列の確認, the parts of a sheet's reading beyond its columns: the whole reading as the checker understood it
 * (the same text `wlb-check --explain` prints), and the user's corrections of the header row (a row number, or
 * none: the columns are then placed one by one below), the break rule for a sheet without a break, the identity
 * (employee number or name) and the pairing of a punch log. Every choice is part of the sheet's mapping entry,
 * remembered in the workbook like the columns.
 */
import { Dropdown, Input, Option, Text, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatReading, type ReadingParts } from '../../ingest/detect/reading';
import { parseBreakRule, type BreakRule } from '../../ingest/read/break-rule';
import type { DetectedSheet, SheetMapping } from '../../ingest/types';
import { useMessages } from '../i18n';
import { useStepStyles } from './styles';

type Entry = SheetMapping & ReadingParts;

interface Props {
  sheet: DetectedSheet;
  entry: Entry;
  onChange: (entry: Entry) => void;
}

const AUTO = '__auto__';
const NONE = 'none';

/** The whole reading, one part a line. */
function ReadingSummary({ sheet }: { sheet: DetectedSheet }) {
  const { locale } = useMessages();
  const s = useStepStyles();
  if (!sheet.reading) return null;
  const lines = formatReading(sheet.reading, locale).slice(1);
  return (
    <ul className={mergeClasses(s.list, s.small, s.muted)} data-testid="mapping-reading">
      {lines.map((line, k) => (
        <li key={k}>{line.trim()}</li>
      ))}
    </ul>
  );
}

/**
 * One part of the reading: its label and a drop-down of its choices (in the order `choices` lists them), then
 * whatever the chosen value needs (`children`: a row number, a break window).
 */
function PartChoice<K extends string>(props: {
  testId: string;
  sheetName: string;
  label: string;
  choices: Record<K, string>;
  value: K | undefined;
  /** What the drop-down shows while nothing is chosen. */
  placeholder?: string;
  onSelect: (value: K) => void;
  children?: ReactNode;
}) {
  const s = useStepStyles();
  const { value, choices } = props;
  return (
    <div className={s.row} data-testid={props.testId}>
      <Text className={mergeClasses(s.grow, s.small)}>{props.label}</Text>
      <Dropdown
        size="small"
        aria-label={`${props.sheetName} ${props.label}`}
        value={value ? choices[value] : (props.placeholder ?? '')}
        selectedOptions={value ? [value] : []}
        style={{ minWidth: 0, width: '9.5rem' }}
        onOptionSelect={(_, d) => props.onSelect(d.optionValue as K)}
      >
        {(Object.keys(choices) as K[]).map((k) => (
          <Option key={k} value={k}>
            {choices[k]}
          </Option>
        ))}
      </Dropdown>
      {props.children}
    </div>
  );
}

/** Header row: automatic, none, or a row number. */
function HeaderRowChoice({ sheet, entry, onChange }: Props) {
  const { m } = useMessages();
  const t = m.mapping.parts;
  const choice = entry.headerRow === undefined ? AUTO : entry.headerRow === 0 ? NONE : 'row';
  return (
    <PartChoice
      testId="mapping-header-row"
      sheetName={sheet.sheet}
      label={t.header}
      choices={{ [AUTO]: t.headerAuto, [NONE]: t.headerNone, row: t.headerAt }}
      value={choice}
      onSelect={(v) =>
        onChange({ ...entry, headerRow: v === AUTO ? undefined : v === NONE ? 0 : sheet.headerRow || 1 })
      }
    >
      {choice === 'row' ? (
        <Input
          size="small"
          type="number"
          aria-label={t.headerRowNumber}
          value={String(entry.headerRow)}
          style={{ width: '4.5rem' }}
          onChange={(_, d) => {
            const n = Number(d.value);
            if (Number.isInteger(n) && n >= 1 && n <= 30) onChange({ ...entry, headerRow: n });
          }}
        />
      ) : null}
    </PartChoice>
  );
}

type RuleChoice = 'statutory' | 'fixed' | 'none';

/** The break rule of a sheet without a break: the 34条 minimum, a fixed window, or no break. */
function BreakRuleChoice({ sheet, entry, onChange }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  const t = m.mapping.parts;
  if (!sheet.reading?.breakRule && !entry.breakRule) return null;
  const rule: BreakRule = entry.breakRule ?? sheet.reading?.breakRule?.rule ?? { kind: 'statutory' };
  const set = (next: BreakRule) => onChange({ ...entry, breakRule: next });
  return (
    <PartChoice
      testId="mapping-break-rule"
      sheetName={sheet.sheet}
      label={t.breakRule}
      choices={t.rules}
      value={rule.kind}
      onSelect={(kind: RuleChoice) => set(kind === 'fixed' ? { kind, start: '12:00', end: '13:00' } : { kind })}
    >
      {rule.kind === 'fixed' ? (
        <>
          <Input
            size="small"
            aria-label={t.breakFrom}
            value={rule.start}
            style={{ width: '4.5rem' }}
            onChange={(_, d) => set({ ...rule, start: d.value })}
          />
          <Input
            size="small"
            aria-label={t.breakTo}
            value={rule.end}
            style={{ width: '4.5rem' }}
            onChange={(_, d) => set({ ...rule, end: d.value })}
          />
        </>
      ) : null}
      {rule.kind === 'fixed' && !parseBreakRule(rule) ? (
        <Text
          className={s.small}
          style={{ color: 'var(--colorPaletteRedForeground1)' }}
          data-testid="break-rule-invalid"
        >
          {t.breakInvalid}
        </Text>
      ) : null}
    </PartChoice>
  );
}

/** Identity: by employee number or by name (shown where the sheet has a name). */
function IdentityChoice({ sheet, entry, onChange }: Props) {
  const { m } = useMessages();
  const t = m.mapping.parts;
  const hasName = sheet.columns.some((c) => c.field === 'name') || Boolean(sheet.origins?.name);
  if (!hasName && !entry.identity) return null;
  const by = entry.identity ?? sheet.reading?.identity?.by ?? 'employeeId';
  return (
    <PartChoice
      testId="mapping-identity"
      sheetName={sheet.sheet}
      label={t.identity}
      choices={t.identities}
      value={by}
      onSelect={(identity) => onChange({ ...entry, identity })}
    />
  );
}

/** A punch log's pairing: by the kind of each punch, or in time order. */
function PunchPairingChoice({ sheet, entry, onChange }: Props) {
  const { m } = useMessages();
  const t = m.mapping.parts;
  const pairing = entry.punchLog?.pairing ?? sheet.reading?.punchLog?.pairing;
  if (!pairing) return null;
  return (
    <PartChoice
      testId="mapping-punch-pairing"
      sheetName={sheet.sheet}
      label={t.pairing}
      choices={t.pairings}
      value={pairing}
      onSelect={(p) => onChange({ ...entry, punchLog: { pairing: p } })}
    />
  );
}

/** English dates with the year last (`06/02/2025`): month first or day first, when the dates cannot tell. */
function DateOrderChoice({ sheet, entry, onChange }: Props) {
  const { m } = useMessages();
  const t = m.mapping.parts;
  const asked = Object.values(sheet.problemRefs ?? {}).some((ref) => ref.code === 'ask.date-order');
  const order = entry.dateOrder ?? sheet.reading?.dateOrder?.order;
  if (!order && !asked) return null;
  return (
    <PartChoice
      testId="mapping-date-order"
      sheetName={sheet.sheet}
      label={t.dateOrder}
      choices={t.dateOrders}
      value={order}
      placeholder={t.dateOrderAsk}
      onSelect={(dateOrder) => onChange({ ...entry, dateOrder })}
    />
  );
}

/** Every reading part's control, in the order of the reading. */
export function ReadingParts(props: Props) {
  return (
    <>
      <ReadingSummary sheet={props.sheet} />
      <HeaderRowChoice {...props} />
      <DateOrderChoice {...props} />
      <IdentityChoice {...props} />
      <BreakRuleChoice {...props} />
      <PunchPairingChoice {...props} />
    </>
  );
}
