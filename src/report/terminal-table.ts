/**
 * The report for the terminal: the verdict first (the same words as the summary sheet), then the criteria as a
 * plain-text table aligned for wide (CJK) characters, legal criteria first, figures with their units; then the
 * findings by severity and the input issues. In the report's language (`wlb-check --lang en`).
 */
import type { Report, Severity } from '../rules/types';
import { displayWidth, padDisplay, truncateDisplay } from './format';
import { judgement, legalFirst } from './judgement';
import { wordsFor, type Lang } from './locale';
import { measureText } from './units';
import { verdictSentence } from './sheets/summary-verdict';

const SEPARATOR = '  ';
/** A gap can list every month or employee; the terminal shows its start, the sheet and the JSON all of it. */
const MAX_GAP_WIDTH = 100;
/** The rule under the last (unpadded) column stops here rather than running as long as the longest gap. */
const MAX_RULE_WIDTH = 40;
/** Value and threshold columns stay narrow: a per-level object (women.manager-share) overflows its cell instead. */
const MAX_MEASURE_WIDTH = 16;
const isMeasure = (i: number) => i === 2 || i === 3;

/**
 * The verdict as lines: the sentence, then the criteria, the legal violations and what to confirm by hand.
 *
 * @example verdictLines(report, 'ja')[0] // '判定: 基準の数値は満たしています — ただし法令違反が4件あり、認定されない可能性があります'
 */
function verdictLines(report: Report, lang: Lang = 'ja'): string[] {
  const verdict = report.verdict;
  if (!verdict) return [];
  const v = wordsFor(lang).verdict;
  const colon = ': ';
  const n = verdict.legalViolations;
  return [
    `${v.heading}${colon}${verdictSentence(verdict, wordsFor(lang))}`,
    `  ${v.criteriaLabel}${colon}${v.criteria[verdict.criteriaStatus]}`,
    `  ${v.legalLabel}${colon}${n > 0 ? v.legalSome(n) : v.legalNone}`,
    ...(verdict.toConfirm.length > 0
      ? [`  ${v.toConfirmLabel}:`, ...verdict.toConfirm.map((c) => `    - ${v.toConfirm[c]}`)]
      : []),
  ];
}

/**
 * Formats the report for the terminal: verdict, criteria table (id, 判定, 実績, 基準, 不足分), the number of
 * findings by severity and of input issues.
 *
 * @example formatCriteriaTable(report).split('\n')[0] // '判定: …'
 */
export function formatCriteriaTable(report: Report, lang: Lang = 'ja'): string {
  const words = wordsFor(lang);
  const t = words.terminal;
  const rows = legalFirst(report.criteria).map((c) => [
    c.id,
    judgement(c, report.findings, words).text,
    measureText(c.value, c.unit, words),
    measureText(c.threshold, c.unit, words),
    truncateDisplay((c.gap ?? '').replace(/\s*\n\s*/g, ' '), MAX_GAP_WIDTH),
  ]);
  const widths = t.headers.map((h, i) => {
    const widest = Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i])));
    return isMeasure(i) ? Math.min(widest, MAX_MEASURE_WIDTH) : widest;
  });
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : padDisplay(cell, widths[i], isMeasure(i) ? 'right' : 'left')))
      .join(SEPARATOR)
      .trimEnd();
  const counts = (['violation', 'warning', 'at-risk'] as Severity[]).map((s) => {
    const n = report.findings.filter((f) => f.severity === s).length;
    return `${words.severity[s]} ${words.count(n, 'case')}`;
  });
  const verdict = verdictLines(report, lang);
  return [
    ...(verdict.length > 0 ? [...verdict, ''] : []),
    line(t.headers),
    line(widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? Math.min(w, MAX_RULE_WIDTH) : w))),
    ...rows.map(line),
    '',
    `${t.findings}: ${counts.join(' / ')}`,
    t.inputIssues(report.inputIssues.length),
  ].join('\n');
}
