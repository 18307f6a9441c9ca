/**
 * The criteria as a plain-text table for the terminal, aligned for wide (CJK) characters.
 */
import type { Report, Severity } from '../rules/types';
import { displayWidth, formatMeasureText, padDisplay, truncateDisplay } from './format';
import { SEVERITY_LABELS, statusLabel } from './labels';

const HEADERS = ['id', '判定', '実績', '基準', '不足分'];
const SEPARATOR = '  ';
/** A gap can list every month or employee; the terminal shows its start, the sheet and the JSON all of it. */
const MAX_GAP_WIDTH = 100;
/** The rule under the last (unpadded) column stops here rather than running as long as the longest gap. */
const MAX_RULE_WIDTH = 40;
/** Value and threshold columns stay narrow: a per-level object (women.manager-share) overflows its cell instead. */
const MAX_MEASURE_WIDTH = 14;

/**
 * Formats the report's criteria as an aligned table (id, 判定, 実績, 基準, 不足分), followed by the number of
 * findings by severity and of input issues.
 *
 * @example formatCriteriaTable(report).split('\n')[0] // 'id                            判定    実績 …'
 */
export function formatCriteriaTable(report: Report): string {
  const rows = report.criteria.map((c) => [
    c.id,
    statusLabel(c.status, 'ja'),
    formatMeasureText(c.value, c.unit),
    formatMeasureText(c.threshold, c.unit),
    truncateDisplay((c.gap ?? '').replace(/\s*\n\s*/g, ' '), MAX_GAP_WIDTH),
  ]);
  const widths = HEADERS.map((h, i) => {
    const widest = Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i])));
    return i === 2 || i === 3 ? Math.min(widest, MAX_MEASURE_WIDTH) : widest;
  });
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) =>
        i === cells.length - 1 ? cell : padDisplay(cell, widths[i], i === 2 || i === 3 ? 'right' : 'left'),
      )
      .join(SEPARATOR)
      .trimEnd();
  const counts = (['violation', 'warning', 'at-risk'] as Severity[]).map(
    (s) => `${SEVERITY_LABELS[s]} ${report.findings.filter((f) => f.severity === s).length}件`,
  );
  return [
    line(HEADERS),
    line(widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? Math.min(w, MAX_RULE_WIDTH) : w))),
    ...rows.map(line),
    '',
    `指摘: ${counts.join(' / ')}`,
    `入力エラー: ${report.inputIssues.length}件`,
  ].join('\n');
}
