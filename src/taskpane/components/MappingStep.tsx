import { Dropdown, Option, Text, mergeClasses } from '@fluentui/react-components';
import { FIELD_LABELS, fieldsForKind } from '../../ingest';
import type { DetectedColumn, DetectedSheet, FieldId } from '../../ingest/types';
import type { Action } from '../state';
import { useMessages } from '../i18n';
import { useStepStyles } from './styles';

interface Props {
  /** Detected sheets the user kept (excluded ones are not shown). */
  detected: DetectedSheet[];
  dispatch: (action: Action) => void;
}

const UNMAPPED = '__none__';

/** Step 2 (列の確認): each column's field per sheet, with a drop-down to correct it. */
export function MappingStep({ detected, dispatch }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  if (detected.length === 0) return <Text data-testid="step-mapping">{m.mapping.noSheets}</Text>;
  return (
    <div className={s.step} data-testid="step-mapping">
      <Text>{m.mapping.intro}</Text>
      {detected.map((d) => (
        <SheetColumns key={d.sheet} sheet={d} dispatch={dispatch} />
      ))}
    </div>
  );
}

function SheetColumns({ sheet, dispatch }: { sheet: DetectedSheet; dispatch: (action: Action) => void }) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const options = sheet.kind ? fieldsForKind(sheet.kind) : [];
  return (
    <div className={s.card} data-testid="mapping-sheet" data-sheet={sheet.sheet}>
      <Text weight="semibold">{sheet.sheet}</Text>
      <Text className={mergeClasses(s.muted, s.small)}>{m.mapping.headerRow(sheet.headerRow)}</Text>
      {sheet.missingFields.length > 0 ? (
        <Text className={s.small} style={{ color: 'var(--colorPaletteRedForeground1)' }} data-testid="missing-fields">
          {m.mapping.missing(sheet.missingFields.map((f) => FIELD_LABELS[f][locale]).join('、'))}
        </Text>
      ) : null}
      {options.length > 0
        ? sheet.columns.map((c) => (
            <ColumnRow key={c.column} column={c} options={options} onPlace={(field) => dispatch({ type: 'columnPlaced', sheet: sheet.sheet, column: c.column, field })} />
          ))
        : null}
    </div>
  );
}

function ColumnRow({ column, options, onPlace }: { column: DetectedColumn; options: FieldId[]; onPlace: (field: FieldId | null) => void }) {
  const { m, locale } = useMessages();
  const s = useStepStyles();
  const label = m.mapping.columnLabel(column.column, column.header);
  const selected = column.field ?? UNMAPPED;
  const text = column.field ? FIELD_LABELS[column.field][locale] : m.mapping.unmapped;
  return (
    <div className={s.row} data-testid="mapping-column" data-column={column.column} data-field={column.field ?? ''}>
      <Text className={mergeClasses(s.grow, s.small)} style={{ flexBasis: '40%' }}>
        {label}
        {column.byUser ? <span className={s.muted}> ({m.mapping.byUser})</span> : null}
      </Text>
      <Dropdown
        size="small"
        aria-label={label}
        value={text}
        selectedOptions={[selected]}
        onOptionSelect={(_, data) => onPlace(data.optionValue && data.optionValue !== UNMAPPED ? (data.optionValue as FieldId) : null)}
        style={{ minWidth: 0, width: '9.5rem' }}
      >
        <Option value={UNMAPPED}>{m.mapping.unmapped}</Option>
        {options.map((f) => (
          <Option key={f} value={f}>
            {FIELD_LABELS[f][locale]}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
