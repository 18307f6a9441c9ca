/**
 * Step 2 (列の確認): what each sheet was read as, and the user's corrections without writing JSON — the sheet's
 * kind, each column's field (two columns on one hours field are added up), how a column writes hours (10進数 /
 * 60進数 / 分 / 時:分), and values no column holds (the month from the sheet or file name, the employee from the
 * block above the table, or a typed value). The choices are mapping v2, the same JSON as `wlb-check --mapping`.
 */
import { Dropdown, Field, Option, Text, mergeClasses } from '@fluentui/react-components';
import { EXPORT_LAYOUTS, FIELD_LABELS, KIND_LABELS, fieldsForKind, sheetMappingFor } from '../../ingest';
import type {
  DetectedColumn,
  DetectedSheet,
  DurationStyle,
  FieldId,
  IngestOptions,
  Mapping,
  SheetGrid,
  SheetMapping,
} from '../../ingest/types';
import type { Report, SheetKind } from '../../rules/types';
import type { Action } from '../state';
import { useMessages } from '../i18n';
import { HeaderBlockFields } from './HeaderBlockFields';
import { withHeaderlessColumn } from './headerless-entry';
import { ReadingParts } from './ReadingControls';
import { ReadingPreview } from './ReadingPreview';
import { useStepStyles } from './styles';

interface Props {
  /** Detected sheets the user kept (excluded ones are not shown). */
  detected: DetectedSheet[];
  /** The mapping in force, so an edit keeps the rest of a sheet's entry. */
  mapping?: Mapping;
  /** The sheets as read, for the preview of each reading's figures (none: no preview). */
  grids?: SheetGrid[];
  /** The company's settings the reading depends on (statutory rest weekday, working-time system). */
  ingestOptions?: IngestOptions;
  dispatch: (action: Action) => void;
}

export { withContext } from './HeaderBlockFields';
const NO_OPTIONS: IngestOptions = {};

const UNMAPPED = '__none__';
const AUTO = '__auto__';
const KINDS: SheetKind[] = ['daily', 'monthly', 'roster', 'leave', 'family', 'checklist'];
const STYLES: DurationStyle[] = ['decimal', 'sexagesimal', 'minutes', 'clock'];
const HOUR_FIELDS = new Set<FieldId>(['worked', 'overtime', 'holidayWork', 'lateNight', 'break', 'scheduled']);

/** Step 2 (列の確認): each sheet's kind, columns, duration styles and context values. */
export function MappingStep({ detected, mapping = {}, grids, ingestOptions = NO_OPTIONS, dispatch }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  if (detected.length === 0) return <Text data-testid="step-mapping">{m.mapping.noSheets}</Text>;
  return (
    <div className={s.step} data-testid="step-mapping">
      <Text>{m.mapping.intro}</Text>
      {detected.map((d) => {
        const entry = sheetMappingFor(mapping, d.sheet) ?? {};
        const onChange = (next: SheetMapping) =>
          dispatch({ type: 'sheetMappingSet', sheet: d.sheet, mapping: isEmpty(next) ? undefined : next });
        const grid = grids?.find((g) => g.name === d.sheet);
        return (
          <SheetCard
            key={d.sheet}
            sheet={d}
            entry={entry}
            onChange={onChange}
            onPlace={(column, field) =>
              // A sheet without a header row places its columns by letter, in the reading's own terms.
              d.headerRow === 0
                ? onChange(withHeaderlessColumn(d, entry, column, field))
                : dispatch({ type: 'columnPlaced', sheet: d.sheet, column, field })
            }
            preview={
              grid && (d.kind === 'daily' || d.kind === 'monthly') ? (
                <ReadingPreview grid={grid} entry={entry} options={ingestOptions} />
              ) : null
            }
          />
        );
      })}
    </div>
  );
}

function isEmpty(entry: SheetMapping): boolean {
  return Object.values(entry).every(
    (v) => v === undefined || (typeof v === 'object' && v !== null && Object.keys(v).length === 0),
  );
}

interface CardProps {
  sheet: DetectedSheet;
  entry: SheetMapping;
  onChange: (entry: SheetMapping) => void;
  onPlace: (column: string, field: FieldId | null) => void;
  preview: React.ReactNode;
}

function SheetCard({ sheet, entry, onChange, onPlace, preview }: CardProps) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const options = sheet.kind ? fieldsForKind(sheet.kind) : [];
  const layout = EXPORT_LAYOUTS.find((l) => l.id === sheet.layout);
  return (
    <div className={s.card} data-testid="mapping-sheet" data-sheet={sheet.sheet}>
      <Text weight="semibold">{sheet.sheet}</Text>
      {layout ? (
        <Text className={mergeClasses(s.muted, s.small)} data-testid="mapping-layout">
          {m.mapping.layout(layout.label)}
        </Text>
      ) : null}
      <Text className={mergeClasses(s.muted, s.small)}>{m.mapping.headerRow(sheet.headerRow)}</Text>
      <KindChoice sheet={sheet} entry={entry} onChange={onChange} />
      <ReadingParts sheet={sheet} entry={entry} onChange={onChange} />
      {(sheet.problems ?? []).length > 0 ? (
        <div data-testid="mapping-problems">
          <Text className={s.small} weight="semibold">
            {m.mapping.problems}
          </Text>
          <ul className={mergeClasses(s.list, s.small)}>
            {sheet.problems!.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {sheet.missingFields.length > 0 ? (
        <Text className={s.small} style={{ color: 'var(--colorPaletteRedForeground1)' }} data-testid="missing-fields">
          {m.mapping.missing(sheet.missingFields.map((f) => FIELD_LABELS[f][locale]).join('、'))}
        </Text>
      ) : null}
      {options.length > 0 ? <Text className={mergeClasses(s.muted, s.small)}>{m.mapping.sumHint}</Text> : null}
      {options.length > 0
        ? sheet.columns.map((c) => (
            <ColumnRow
              key={c.column}
              column={c}
              options={options}
              origin={c.field ? sheet.origins?.[c.field] : undefined}
              inferred={sheet.reading?.columns.some((r) => r.column === c.column && r.from === 'values') === true}
              style={styleOf(entry, c)}
              decided={sheet.reading?.columns.find((r) => r.column.split('+')[0] === c.column)?.unit}
              onPlace={(field) => onPlace(c.column, field)}
              onStyle={(style) => onChange(withStyle(entry, c.column, style))}
            />
          ))
        : null}
      {sheet.kind ? <HeaderBlockFields sheet={sheet} entry={entry} onChange={onChange} /> : null}
      {preview}
    </div>
  );
}

/** One sheet's mapping entry, edited in place. */
interface SheetEntryProps {
  sheet: DetectedSheet;
  entry: SheetMapping;
  onChange: (e: SheetMapping) => void;
}

function KindChoice({ sheet, entry, onChange }: SheetEntryProps) {
  const { m, locale } = useMessages();
  const selected = entry.kind ?? AUTO;
  const text =
    entry.kind === 'ignore' ? m.mapping.kindIgnore : entry.kind ? KIND_LABELS[entry.kind][locale] : m.mapping.kindAuto;
  return (
    <Field label={m.mapping.kindLabel(sheet.sheet)} size="small">
      <Dropdown
        size="small"
        value={text}
        selectedOptions={[selected]}
        data-testid="mapping-kind"
        style={{ minWidth: 0, maxWidth: '100%' }}
        onOptionSelect={(_, d) =>
          onChange({ ...entry, kind: d.optionValue === AUTO ? undefined : (d.optionValue as SheetKind | 'ignore') })
        }
      >
        <Option value={AUTO}>{m.mapping.kindAuto}</Option>
        {KINDS.map((k) => (
          <Option key={k} value={k}>
            {KIND_LABELS[k][locale]}
          </Option>
        ))}
        <Option value="ignore">{m.mapping.kindIgnore}</Option>
      </Dropdown>
    </Field>
  );
}

/** The style the user set for a column (by letter or header), or undefined for automatic. */
function styleOf(entry: SheetMapping, column: DetectedColumn): DurationStyle | undefined {
  return entry.durationStyle?.[column.column] ?? entry.durationStyle?.[column.header];
}

/**
 * The entry with a column's duration style set (by letter) or cleared.
 *
 * @example withStyle({}, 'F', 'sexagesimal') // { durationStyle: { F: 'sexagesimal' } }
 */
export function withStyle(entry: SheetMapping, column: string, style: DurationStyle | undefined): SheetMapping {
  const styles = { ...(entry.durationStyle ?? {}) };
  if (style) styles[column] = style;
  else delete styles[column];
  return { ...entry, durationStyle: styles };
}

interface RowProps {
  column: DetectedColumn;
  options: FieldId[];
  origin: string | undefined;
  /** Placed from the values of a sheet without a header row (not by the user). */
  inferred: boolean;
  style: DurationStyle | undefined;
  /** The unit the checker decided for the column (shown beside 自動). */
  decided: DurationStyle | undefined;
  onPlace: (field: FieldId | null) => void;
  onStyle: (style: DurationStyle | undefined) => void;
}

function ColumnRow({ column, options, origin, inferred, style, decided, onPlace, onStyle }: RowProps) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const label = m.mapping.columnLabel(column.column, column.header);
  const selected = column.field ?? UNMAPPED;
  const text = column.field ? FIELD_LABELS[column.field][locale] : m.mapping.unmapped;
  const summed = origin && origin.includes('+') ? ` (${origin})` : '';
  return (
    <div className={s.row} data-testid="mapping-column" data-column={column.column} data-field={column.field ?? ''}>
      <Text className={mergeClasses(s.grow, s.small)} style={{ flexBasis: '40%' }}>
        {label}
        {inferred ? (
          <span className={s.muted}> ({m.mapping.inferred})</span>
        ) : column.byUser ? (
          <span className={s.muted}> ({m.mapping.byUser})</span>
        ) : null}
        {summed ? <span className={s.muted}>{summed}</span> : null}
      </Text>
      <Dropdown
        size="small"
        aria-label={m.mapping.columnChoice(label)}
        value={text}
        selectedOptions={[selected]}
        style={{ minWidth: 0, width: '9.5rem' }}
        onOptionSelect={(_, data) =>
          onPlace(data.optionValue && data.optionValue !== UNMAPPED ? (data.optionValue as FieldId) : null)
        }
      >
        <Option value={UNMAPPED}>{m.mapping.unmapped}</Option>
        {options.map((f) => (
          <Option key={f} value={f}>
            {FIELD_LABELS[f][locale]}
          </Option>
        ))}
      </Dropdown>
      {column.field && HOUR_FIELDS.has(column.field) ? (
        <Dropdown
          size="small"
          aria-label={m.mapping.styleChoice(label)}
          data-testid="mapping-style"
          value={style ? m.mapping.styles[style] : m.mapping.styleDecided(decided ? m.mapping.styles[decided] : '')}
          selectedOptions={[style ?? AUTO]}
          style={{ minWidth: 0, width: '9.5rem' }}
          onOptionSelect={(_, d) => onStyle(d.optionValue === AUTO ? undefined : (d.optionValue as DurationStyle))}
        >
          <Option value={AUTO}>{m.mapping.styleAuto}</Option>
          {STYLES.map((st) => (
            <Option key={st} value={st}>
              {m.mapping.styles[st]}
            </Option>
          ))}
        </Dropdown>
      ) : null}
    </div>
  );
}

/**
 * What the top of 結果 must say before any figure (docs/reading.md: never a quiet success): that no attendance or leave
 * row was used, and the sheet-level problems (a column whose hours style is unknown, a required column missing).
 *
 * @example readingProblemsOf(report) // { nothingUsable: true, problems: ['勤怠: 列 F「残業時間」の数値は …'] }
 */
function readingProblemsOf(report: Report): { nothingUsable: boolean; problems: string[] } {
  const leaveRows = (report.sheets ?? []).some((sh) => (sh.kind === 'leave' || sh.kind === 'family') && sh.rows > 0);
  const nothingUsable = report.sheets !== undefined && (report.monthlyHours ?? []).length === 0 && !leaveRows;
  // Sheet-level issues, and the duration-style questions (at their header cell) that keep a column unused.
  const problems = report.inputIssues
    .filter((i) => i.sheet !== '' && (i.cell === '' || i.messageRef?.code === 'issue.duration-ambiguous'))
    .map((i) => `${i.sheet}: ${i.message}`);
  return { nothingUsable, problems };
}

/** The banner at the top of 結果 (placed there by ResultsStep). */
export function ReadingBanner({ report }: { report: Report }) {
  const { m } = useMessages();
  const s = useStepStyles();
  const { nothingUsable, problems } = readingProblemsOf(report);
  if (!nothingUsable && problems.length === 0) return null;
  return (
    <div
      role="alert"
      className={s.card}
      data-testid="reading-banner"
      style={{ borderColor: 'var(--colorPaletteRedBorder2)', background: 'var(--colorPaletteRedBackground1)' }}
    >
      <Text weight="semibold">
        {nothingUsable ? m.reading.nothingUsable : m.reading.partial} {m.reading.fix}
      </Text>
      {problems.length > 0 ? (
        <ul className={mergeClasses(s.list, s.small)}>
          {problems.slice(0, 5).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
