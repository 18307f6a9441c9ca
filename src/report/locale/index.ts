/**
 * The report's words in each language, chosen once when a sheet is built: `wordsFor(lang)` returns a catalogue of
 * the same typed shape in every language (./catalogue.ts).
 */
import type { Lang } from '../../rules/messages';
import type { ReportCatalogue } from './catalogue';
import { en } from './en';
import { ja } from './ja';

export type { Lang, ReportCatalogue } from './catalogue';

/**
 * The catalogue of a language (Japanese when none is given).
 *
 * @example wordsFor('en').count(1, 'case') // '1 case'
 */
export function wordsFor(lang: Lang = 'ja'): ReportCatalogue {
  return lang === 'en' ? en : ja;
}
