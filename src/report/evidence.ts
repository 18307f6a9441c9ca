/**
 * Evidence rows (the records behind a criterion) turned into cells. The rule module names the columns; this
 * module knows the usual names, shows unknown ones as they are, and never drops a column.
 */
import type { EvidenceRow } from '../rules/types';
import type { CellValue } from './layout';
import { isIsoDate } from '../rules/dates';
import type { ReportCatalogue } from './locale';

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
 * Returns the header of an evidence column in the report's language.
 *
 * @example evidenceHeader('tookLeave', wordsFor('ja')) // '育児休業等の取得'
 */
export function evidenceHeader(key: string, words: ReportCatalogue): string {
  return words.evidenceKeys[key] ?? key;
}

/**
 * Turns one evidence value into a cell: an ISO date becomes a date, true/false become ○/×, a value the rule
 * module enumerates (male, childcare-leave…) is shown in the report's language, and so is a note the rule module
 * wrote; anything else is kept as it is.
 *
 * @example toEvidenceCell(true, wordsFor('ja')) // '○'
 * @example toEvidenceCell('2025-06-01', wordsFor('ja')) // { date: '2025-06-01' }
 */
export function toEvidenceCell(value: EvidenceValue, words: ReportCatalogue): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? '○' : '×';
  if (typeof value === 'number') return value;
  if (isIsoDate(value)) return { date: value };
  return words.evidenceValues[value] ?? words.evidenceNote(value);
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
