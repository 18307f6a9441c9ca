/**
 * 列の確認, the parts of a sheet's reading beyond its columns: the whole reading as the checker understood it
 * (the same text `wlb-check --explain` prints), and the user's corrections of the header row (a row number, or
 * none: the columns are then placed one by one below), the break rule for a sheet without a break, the identity
 * (employee number or name) and the pairing of a punch log. Every choice is part of the sheet's mapping entry,
 * remembered in the workbook like the columns.
 */
import { Dropdown, Input, Option, Text, mergeClasses } from '@fluentui/react-components';
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

/** Header row: automatic, none, or a row number. */
function HeaderRowChoice({ sheet, entry, onChange }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  const t = m.mapping.parts;
  const choice = entry.headerRow === undefined ? AUTO : entry.headerRow === 0 ? NONE : 'row';
  const label = choice === AUTO ? t.headerAuto : choice === NONE ? t.headerNone : t.headerAt;
  return (
    <div className={s.row} data-testid="mapping-header-row">
      <Text className={mergeClasses(s.grow, s.small)}>{t.header}</Text>
      <Dropdown
        size="small"
        aria-label={`${sheet.sheet} ${t.header}`}
        value={label}
        selectedOptions={[choice]}
        style={{ minWidth: 0, width: '9.5rem' }}
        onOptionSelect={(_, d) =>
          onChange({
            ...entry,
            headerRow: d.optionValue === AUTO ? undefined : d.optionValue === NONE ? 0 : sheet.headerRow || 1,
          })
        }
      >
        <Option value={AUTO}>{t.headerAuto}</Option>
        <Option value={NONE}>{t.headerNone}</Option>
        <Option value="row">{t.headerAt}</Option>
      </Dropdown>
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
    </div>
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
    <div className={s.row} data-testid="mapping-break-rule">
      <Text className={mergeClasses(s.grow, s.small)}>{t.breakRule}</Text>
      <Dropdown
        size="small"
        aria-label={`${sheet.sheet} ${t.breakRule}`}
        value={t.rules[rule.kind]}
        selectedOptions={[rule.kind]}
        style={{ minWidth: 0, width: '9.5rem' }}
        onOptionSelect={(_, d) => {
          const kind = d.optionValue as RuleChoice;
          set(kind === 'fixed' ? { kind, start: '12:00', end: '13:00' } : { kind });
        }}
      >
        {(['statutory', 'fixed', 'none'] as RuleChoice[]).map((k) => (
          <Option key={k} value={k}>
            {t.rules[k]}
          </Option>
        ))}
      </Dropdown>
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
    </div>
  );
}

/** Identity: by employee number or by name (shown where the sheet has a name). */
function IdentityChoice({ sheet, entry, onChange }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  const t = m.mapping.parts;
  const hasName = sheet.columns.some((c) => c.field === 'name') || Boolean(sheet.origins?.name);
  if (!hasName && !entry.identity) return null;
  const by = entry.identity ?? sheet.reading?.identity?.by ?? 'employeeId';
  return (
    <div className={s.row} data-testid="mapping-identity">
      <Text className={mergeClasses(s.grow, s.small)}>{t.identity}</Text>
      <Dropdown
        size="small"
        aria-label={`${sheet.sheet} ${t.identity}`}
        value={t.identities[by]}
        selectedOptions={[by]}
        style={{ minWidth: 0, width: '9.5rem' }}
        onOptionSelect={(_, d) => onChange({ ...entry, identity: d.optionValue as 'employeeId' | 'name' })}
      >
        <Option value="employeeId">{t.identities.employeeId}</Option>
        <Option value="name">{t.identities.name}</Option>
      </Dropdown>
    </div>
  );
}

/** A punch log's pairing: by the kind of each punch, or in time order. */
function PunchPairingChoice({ sheet, entry, onChange }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  const t = m.mapping.parts;
  const pairing = entry.punchLog?.pairing ?? sheet.reading?.punchLog?.pairing;
  if (!pairing) return null;
  return (
    <div className={s.row} data-testid="mapping-punch-pairing">
      <Text className={mergeClasses(s.grow, s.small)}>{t.pairing}</Text>
      <Dropdown
        size="small"
        aria-label={`${sheet.sheet} ${t.pairing}`}
        value={t.pairings[pairing]}
        selectedOptions={[pairing]}
        style={{ minWidth: 0, width: '9.5rem' }}
        onOptionSelect={(_, d) => onChange({ ...entry, punchLog: { pairing: d.optionValue as 'kind' | 'order' } })}
      >
        <Option value="kind">{t.pairings.kind}</Option>
        <Option value="order">{t.pairings.order}</Option>
      </Dropdown>
    </div>
  );
}

type DateOrder = 'month-first' | 'day-first';

/** English dates with the year last (`06/02/2025`): month first or day first, when the dates cannot tell. */
function DateOrderChoice({ sheet, entry, onChange }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  const t = m.mapping.parts;
  const asked = Object.values(sheet.problemRefs ?? {}).some((ref) => ref.code === 'ask.date-order');
  const order = entry.dateOrder ?? sheet.reading?.dateOrder?.order;
  if (!order && !asked) return null;
  return (
    <div className={s.row} data-testid="mapping-date-order">
      <Text className={mergeClasses(s.grow, s.small)}>{t.dateOrder}</Text>
      <Dropdown
        size="small"
        aria-label={`${sheet.sheet} ${t.dateOrder}`}
        value={order ? t.dateOrders[order] : t.dateOrderAsk}
        selectedOptions={order ? [order] : []}
        style={{ minWidth: 0, width: '9.5rem' }}
        onOptionSelect={(_, d) => onChange({ ...entry, dateOrder: d.optionValue as DateOrder })}
      >
        <Option value="month-first">{t.dateOrders['month-first']}</Option>
        <Option value="day-first">{t.dateOrders['day-first']}</Option>
      </Dropdown>
    </div>
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
