/**
 * Mapping v2 lookup: a sheet's entry by its exact name, else by a pattern with `*` (`勤怠_*`); entries that match
 * no sheet or whose pattern matches sheets already named are reported by `mappingProblemRefs`.
 */
import { msg, type MessageRef } from '../../rules/messages';
import type { Mapping, SheetMapping } from '../types';

const patternCache = new Map<string, RegExp>();

function patternOf(key: string): RegExp {
  let re = patternCache.get(key);
  if (!re) {
    re = new RegExp(
      `^${key
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (patternCache.size < 1000) patternCache.set(key, re);
  }
  return re;
}

/**
 * The mapping entry of a sheet: its exact name, else the first pattern that matches it.
 * Example: `sheetMappingFor({ '勤怠_*': { kind: 'daily' } }, '勤怠_4月')` → `{ kind: 'daily' }`.
 */
export function sheetMappingFor(mapping: Mapping | undefined, sheet: string): SheetMapping | undefined {
  if (!mapping) return undefined;
  if (Object.prototype.hasOwnProperty.call(mapping, sheet)) return mapping[sheet];
  for (const key of Object.keys(mapping)) if (key.includes('*') && patternOf(key).test(sheet)) return mapping[key];
  return undefined;
}

/** Mapping entries that match no sheet of the workbook, as message refs to render in the user's language. */
export function mappingProblemRefs(mapping: Mapping | undefined, sheets: string[]): MessageRef[] {
  if (!mapping) return [];
  const out: MessageRef[] = [];
  for (const key of Object.keys(mapping)) {
    const matches = key.includes('*')
      ? sheets.filter((s) => patternOf(key).test(s)).length
      : sheets.includes(key)
        ? 1
        : 0;
    if (matches === 0) out.push(msg('issue.mapping-no-sheet', { key }));
  }
  return out;
}
