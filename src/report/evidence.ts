/**
 * Evidence rows (the records behind a criterion) turned into cells. The rule module names the columns; this
 * module knows the usual names, shows unknown ones as they are, and never drops a column.
 */
import type { EvidenceRow } from '../rules/types';
import type { CellValue } from './layout';
import { isIsoDate } from '../rules/dates';
import { EVIDENCE_KEY_LABELS, EVIDENCE_VALUE_LABELS } from './labels';

type EvidenceValue = EvidenceRow[string];

/**
 * Returns the first of several possible columns that the row has, so the layout does not depend on one spelling.
 *
 * @example pickField({ grantDate: '2025-04-01' }, ['grantDate', 'date']) // '2025-04-01'
 */
export function pickField(row: EvidenceRow, names: readonly string[]): EvidenceValue {
  for (const name of names) {
    const v = row[name];
    if (v !== undefined && v !== null) return v;
  }
  return undefined;
}

/**
 * Returns the header of an evidence column.
 *
 * @example evidenceHeader('tookLeave') // '育児休業等の取得'
 */
export function evidenceHeader(key: string): string {
  return EVIDENCE_KEY_LABELS[key] ?? key;
}

/**
 * Turns one evidence value into a cell: an ISO date becomes a date, true/false become ○/×, a value the rule
 * module enumerates (male, childcare-leave…) is shown in Japanese; anything else is kept as it is.
 *
 * @example toEvidenceCell(true) // '○'
 * @example toEvidenceCell('2025-06-01') // { date: '2025-06-01' }
 */
export function toEvidenceCell(value: EvidenceValue): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? '○' : '×';
  if (typeof value === 'number') return value;
  if (isIsoDate(value)) return { date: value };
  return EVIDENCE_VALUE_LABELS[value] ?? value;
}

/**
 * Lists the columns of a set of evidence rows in first-seen order, employee id first.
 *
 * @example listEvidenceKeys([{ employeeId: 'E1', birthDate: '2025-06-01' }, { tookLeave: true }])
 * // ['employeeId', 'birthDate', 'tookLeave']
 */
export function listEvidenceKeys(rows: EvidenceRow[]): string[] {
  const keys = new Set<string>(['employeeId']);
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  return [...keys];
}
