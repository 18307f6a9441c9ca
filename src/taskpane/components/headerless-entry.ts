/**
 * A correction of one column of a sheet read without a header row. The columns the checker inferred from the values
 * are in no mapping yet, so the entry first states the whole reading (columns by letter, the month, the identity),
 * then moves the one column; a correction alone would leave every other column unplaced.
 */
import { mappingOfReading } from '../../ingest/detect/reading';
import type { DetectedSheet, FieldId, FieldSource, SheetMapping } from '../../ingest/types';

/** The reading as the user's entry: what the checker proposed, the break rule only when someone chose it. */
function pinnedReading(sheet: DetectedSheet, entry: SheetMapping): SheetMapping {
  if (!sheet.reading) return entry;
  const stated: SheetMapping = mappingOfReading(sheet.reading);
  if (sheet.reading.breakRule?.from === 'default') delete stated.breakRule;
  return { ...stated, ...entry, fields: { ...(stated.fields ?? {}), ...(entry.fields ?? {}) } };
}

/**
 * The entry with `column` (a letter) holding `field`, or no field: the field leaves the column it was in.
 *
 * @example withHeaderlessColumn(sheet, {}, 'C', 'date') // { headerRow: 0, fields: { employeeId: 'B', date: 'C', … } }
 */
export function withHeaderlessColumn(
  sheet: DetectedSheet,
  entry: SheetMapping,
  column: string,
  field: FieldId | null,
): SheetMapping {
  const base = entry.headerRow === 0 ? entry : pinnedReading(sheet, entry);
  const fields: Record<string, FieldSource> = { ...(base.fields ?? {}) };
  for (const [key, source] of Object.entries(fields)) if (source === column || key === field) delete fields[key];
  if (field) fields[field] = column;
  const columns = { ...(base.columns ?? {}) };
  delete columns[column];
  const next: SheetMapping = { ...base, headerRow: 0, fields: fields as SheetMapping['fields'] };
  if (Object.keys(columns).length > 0) next.columns = columns;
  else delete next.columns;
  return next;
}
