/**
 * `wlb-check --explain`: the reading of every sheet (header row or none, each column and what it holds, context
 * values and where they came from, units, the break rule, the identity, punch pairing, what is asked), as the task
 * pane's 列の確認 shows it, and the same reading as a mapping entry the user can copy into `--mapping` and edit.
 */
import { formatReading, mappingOfReading } from '../ingest/detect/reading';
import type { IngestResult } from '../ingest/types';
import type { Lang } from '../rules/messages';

/**
 * The text printed by `--explain`: one block per sheet, then the whole reading as mapping JSON.
 * Example: `シート「timecard」: 勤怠（日次）` / `  見出し: なし（列は値から推定）` / `  列 A → 社員番号（値から推定）` …
 */
export function explainReadings(ingest: IngestResult, lang: Lang = 'ja'): string {
  const blocks: string[] = [];
  const mapping: Record<string, unknown> = {};
  for (const sheet of ingest.sheets) {
    if (!sheet.reading) continue;
    blocks.push(formatReading(sheet.reading, lang).join('\n'));
    if (sheet.reading.kind) mapping[sheet.sheet] = mappingOfReading(sheet.reading);
  }
  const title = lang === 'ja' ? '--mapping に書くと同じ読み方になります:' : 'The same reading as a --mapping file:';
  return `${blocks.join('\n\n')}\n\n${title}\n${JSON.stringify(mapping, null, 2)}\n`;
}
