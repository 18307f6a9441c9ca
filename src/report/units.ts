/**
 * Figures with their units in the report's language: as cells (a number with a format that shows the unit,
 * `45.0 時間`, `70.0 %`, `1 人`) and as text (the terminal, a per-level value such as `係長 30.0 % / 課長 15.0 %`).
 */
import type { CriterionValue, Unit } from '../rules/types';
import type { ReportCatalogue } from './locale';
import type { FormattedCell } from './format';

/**
 * The number format that shows a unit with the figure (undefined: the figure has no unit).
 *
 * @example unitFormat('hours', wordsFor('ja')) // '0.0" 時間"'
 */
function unitFormat(unit: Unit, words: ReportCatalogue): string | undefined {
  if (unit === 'hours') return words.units.hours;
  if (unit === 'rate') return words.units.rate;
  if (unit === 'count') return words.units.people;
  if (unit === 'days') return words.units.days;
  return undefined;
}

/**
 * One figure as text with its unit.
 *
 * @example unitText(1, 'count', wordsFor('en')) // '1 person'
 */
function unitText(n: number, unit: Unit, words: ReportCatalogue): string {
  if (unit === 'hours') return words.hours(n);
  if (unit === 'rate') return words.percent(n);
  if (unit === 'count') return words.people(n);
  if (unit === 'days') return words.days(Math.round(n * 10) / 10);
  return String(n);
}

/**
 * A criterion's value or threshold as text; an object (a figure per level) key by key.
 *
 * @example measureText({ 係長: 0.3 }, 'rate', wordsFor('ja')) // '係長 30.0 %'
 */
export function measureText(value: CriterionValue, unit: Unit, words: ReportCatalogue): string {
  if (value === null) return '';
  if (typeof value === 'number') return unitText(value, unit, words);
  return Object.entries(value)
    .map(([k, n]) => `${words.levels[k] ?? k} ${unitText(n, unit, words)}`)
    .join(' / ');
}

/**
 * A criterion's value or threshold as a cell: a number stays a number, with the format of its unit.
 *
 * @example measureCell(0.75, 'rate', wordsFor('ja')) // { value: 0.75, numberFormat: '0.0 %' }
 */
export function measureCell(value: CriterionValue, unit: Unit, words: ReportCatalogue): FormattedCell {
  if (value === null) return { value: null };
  if (typeof value === 'number') return { value, numberFormat: unitFormat(unit, words) };
  return { value: measureText(value, unit, words) };
}
