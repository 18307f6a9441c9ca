/**
 * What an export of an attendance or HR system looks like to the reader: how it is recognised (a fingerprint of
 * header texts), the headers that mean something particular in it, the fields summed over several columns, and
 * where its context (month, employee) comes from. Adding an export is adding a file here and listing it in
 * ./index.ts; the readers and the rest of ingest do not change.
 */
import type { SheetKind } from '../../rules/types';
import type { DurationStyle, FieldId } from '../types';

export interface ExportLayout {
  /** Stable id, shown in the JSON report's `sheets[].layout` (`king-of-time-daily`). */
  id: string;
  /** The product and export, as the vendor names it. */
  label: string;
  kind: SheetKind;
  /** Header keys (fields.headerKey) that must all be on one row within the first 30: the export's fingerprint. */
  signature: string[];
  /** Header keys that must also be in the block above the table (a per-person sheet's labels). */
  blockSignature?: string[];
  /** Header key → field in this export, before the general vocabulary; null = a column the checker does not use. */
  headers?: Record<string, FieldId | null>;
  /** Fields summed over every column placed on them (offices, 平日 + 所定休日 …). */
  sum?: FieldId[];
  /**
   * The vendor writes every duration column of one file in one style (one setting per output layout), so a
   * style proven on one column holds for the others.
   */
  oneDurationStyle?: boolean;
  /** The style of plain numbers when the vendor offers only one (freee: 10進数 to 0.1; ジョブカン: 10進数 or clock). */
  durationStyle?: DurationStyle;
  /** One staff member per sheet, the employee (and month) in a header block above the table. */
  perPerson?: boolean;
}
