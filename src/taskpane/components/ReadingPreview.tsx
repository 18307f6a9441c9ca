/**
 * 列の確認, what a sheet's reading gives: the hours per employee and month read with the reading as it stands now
 * (the user's corrections included), so a corrected month, column or break rule shows its figures at once. Read
 * only while opened — one sheet, the same ingest as the results — and never written anywhere.
 */
import { useMemo, useState } from 'react';
import { Text, mergeClasses } from '@fluentui/react-components';
import { ingestWorkbook } from '../../ingest';
import type { IngestOptions, SheetGrid, SheetMapping } from '../../ingest/types';
import type { MonthlyHours } from '../../rules/types';
import { useMessages } from '../i18n';
import { useStepStyles } from './styles';

/** How many employee-months the preview lists (the results have everyone). */
const SHOWN = 12;

/** Hours as HR reads them: at most two decimals (13.75), no trailing zeros. */
function hours(value: number | undefined): string {
  return String(Math.round((value ?? 0) * 100) / 100);
}

interface Props {
  grid: SheetGrid;
  entry: SheetMapping;
  options: IngestOptions;
}

/** The figures of one sheet, read with `entry` (computed only while shown). */
function PreviewRows({ grid, entry, options }: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  // Read again only when the sheet, its entry or the company's settings change (not on every render).
  const key = JSON.stringify([entry, options]);
  const months: MonthlyHours[] = useMemo(
    () => ingestWorkbook([grid], { ...options, mapping: { [grid.name]: entry } }).dataset.monthlyHours,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for entry and options
    [grid, key],
  );
  if (months.length === 0) return <Text className={s.small}>{m.mapping.previewNone}</Text>;
  return (
    <ul className={mergeClasses(s.list, s.small)}>
      {months.slice(0, SHOWN).map((h) => (
        <li key={`${h.employeeId} ${h.month}`} data-testid="reading-preview-row">
          {m.mapping.previewLine({
            employee: h.employeeId,
            month: h.month,
            worked: hours(h.worked),
            overtime: hours(h.overtime),
            holidayWork: hours(h.holidayWork),
            lateNightDays: String(h.lateNightDays ?? 0),
          })}
        </li>
      ))}
      {months.length > SHOWN ? <li>{m.mapping.previewMore(months.length - SHOWN)}</li> : null}
    </ul>
  );
}

/** The collapsed preview under a sheet's reading; opening it reads the sheet. */
export function ReadingPreview(props: Props) {
  const { m } = useMessages();
  const s = useStepStyles();
  const [open, setOpen] = useState(false);
  return (
    <details
      className={s.small}
      data-testid="reading-preview"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{m.mapping.previewTitle}</summary>
      {open ? <PreviewRows {...props} /> : null}
    </details>
  );
}
