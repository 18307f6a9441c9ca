/**
 * 列の確認, the values a sheet takes from outside its table: the month (of a monthly sheet, or the period of days
 * written `1（月）` on a 出勤簿 form), the employee number and the name. Each is shown with what was found and where —
 * the block above the table (`氏名：山田 太郎`, `令和7年6月分`), the sheet name, the file name — and corrected by
 * choosing another place or typing the value. The choice is the mapping v2 `fields` entry (`{ context }` or
 * `{ value }`), remembered in the workbook like the columns.
 */
import { Dropdown, Input, Option, Text, mergeClasses } from '@fluentui/react-components';
import { FIELD_LABELS } from '../../ingest';
import type { DetectedSheet, FieldId, FieldSource, SheetMapping } from '../../ingest/types';
import type { SheetKind } from '../../rules/types';
import { useMessages } from '../i18n';
import { useStepStyles } from './styles';

export type ContextChoice = 'column' | 'sheetName' | 'fileName' | 'headerBlock' | 'constant';

/** Fields a sheet may take from its context rather than a column. */
const CONTEXT_FIELDS: Partial<Record<SheetKind, FieldId[]>> = {
  daily: ['month', 'employeeId', 'name'],
  monthly: ['month', 'employeeId'],
  leave: ['employeeId'],
};

/** Where a field can come from besides its column: a month from any name, a person from the block or typed. */
const SOURCES: Partial<Record<FieldId, ContextChoice[]>> = {
  month: ['column', 'headerBlock', 'sheetName', 'fileName', 'constant'],
  employeeId: ['column', 'headerBlock', 'constant'],
  name: ['column', 'headerBlock', 'constant'],
};

/**
 * The entry with a field taken from a context or a typed value (or found automatically again, for `column`).
 *
 * @example withContext({}, 'month', 'sheetName') // { fields: { month: { context: 'sheet name' } } }
 */
export function withContext(entry: SheetMapping, field: FieldId, choice: ContextChoice, value = ''): SheetMapping {
  const fields: Partial<Record<FieldId, FieldSource>> = { ...(entry.fields ?? {}) };
  const contexts = { sheetName: 'sheet name', fileName: 'file name', headerBlock: 'header block' } as const;
  if (choice === 'column') delete fields[field];
  else if (choice === 'constant') fields[field] = { value };
  else fields[field] = { context: contexts[choice] };
  return { ...entry, fields };
}

function choiceOf(source: FieldSource | undefined): ContextChoice {
  if (!source || typeof source === 'string' || Array.isArray(source)) return 'column';
  if ('value' in source) return 'constant';
  return source.context === 'sheet name' ? 'sheetName' : source.context === 'file name' ? 'fileName' : 'headerBlock';
}

/** The period's first day as HR writes it: `2025年6月` from the 1st, else `2025年6月16日〜`. */
function periodText(start: string, locale: 'ja' | 'en'): string {
  const [y, mo, d] = start.split('-').map(Number);
  if (locale === 'en') return d === 1 ? `${start.slice(0, 7)}` : `from ${start}`;
  return d === 1 ? `${y}年${mo}月` : `${y}年${mo}月${d}日〜`;
}

/** What the sheet gave for a field, and where: `{ value: '2025年6月', from: 'header block A2' }`. */
function foundOf(sheet: DetectedSheet, field: FieldId, locale: 'ja' | 'en'): { value: string; from?: string } | null {
  const r = sheet.reading;
  if (field === 'month' && sheet.kind !== 'monthly')
    return r?.periodStart ? { value: periodText(r.periodStart, locale), from: r.periodFrom } : null;
  const context = r?.context.find((c) => c.field === field);
  if (context) return { value: context.value, from: context.from };
  const origin = sheet.origins?.[field];
  return origin ? { value: '', from: origin } : null;
}

/** Whether 列の確認 shows a field: set by the user, missing, found outside a column, or the month of days. */
function shown(sheet: DetectedSheet, entry: SheetMapping, field: FieldId): boolean {
  const own = entry.fields?.[field];
  // A column the user placed is in the column list; a context or a typed value is shown here.
  if ((own && typeof own === 'object' && !Array.isArray(own)) || sheet.missingFields.includes(field)) return true;
  if (field === 'month' && sheet.kind === 'daily') {
    const asked = Object.values(sheet.problemRefs ?? {}).some((ref) => ref.code === 'ask.month');
    return asked || Boolean(sheet.reading?.periodStart);
  }
  const origin = sheet.origins?.[field];
  return origin !== undefined && !/^[A-Z]/.test(origin);
}

interface Props {
  sheet: DetectedSheet;
  entry: SheetMapping;
  onChange: (entry: SheetMapping) => void;
}

/** One field: what was found and where, the place to take it from, and the typed value. */
function ContextField({ sheet, entry, onChange, field }: Props & { field: FieldId }) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const source = entry.fields?.[field];
  const choice = choiceOf(source);
  const label = FIELD_LABELS[field][locale];
  const found = foundOf(sheet, field, locale);
  const where = found?.from ? m.mapping.where(found.from) : '';
  return (
    <div className={s.row} data-testid="mapping-context-field" data-field={field}>
      <Text className={mergeClasses(s.grow, s.small)}>
        {label}
        <span className={s.muted} data-testid="mapping-context-found">
          {' — '}
          {found ? m.mapping.found(found.value, where) : m.mapping.notFound}
        </span>
      </Text>
      <Dropdown
        size="small"
        aria-label={m.mapping.contextChoice(sheet.sheet, label)}
        value={m.mapping.sources[choice]}
        selectedOptions={[choice]}
        style={{ minWidth: 0, width: '9.5rem' }}
        onOptionSelect={(_, d) => onChange(withContext(entry, field, d.optionValue as ContextChoice))}
      >
        {(SOURCES[field] ?? []).map((c) => (
          <Option key={c} value={c}>
            {m.mapping.sources[c]}
          </Option>
        ))}
      </Dropdown>
      {choice === 'constant' ? (
        <Input
          size="small"
          aria-label={m.mapping.constantLabel(label)}
          placeholder={field === 'month' ? m.mapping.monthPlaceholder : undefined}
          value={String((source as { value: unknown }).value ?? '')}
          style={{ width: '7rem' }}
          onChange={(_, d) => onChange(withContext(entry, field, 'constant', d.value))}
        />
      ) : null}
    </div>
  );
}

/** The fields of a sheet that come from outside its table, each correctable. */
export function HeaderBlockFields({ sheet, entry, onChange }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  const fields = (CONTEXT_FIELDS[sheet.kind!] ?? []).filter((f) => shown(sheet, entry, f));
  if (fields.length === 0) return null;
  return (
    <div data-testid="mapping-context">
      <Text className={s.small} weight="semibold">
        {m.mapping.context}
      </Text>
      {fields.map((f) => (
        <ContextField key={f} sheet={sheet} entry={entry} onChange={onChange} field={f} />
      ))}
    </div>
  );
}
