/**
 * The summary's verdict box and its legal section, shown before the criteria in every profile: the certification's
 * result, always the number of legal violations, what no data can show (要確認), then each legal rule with findings —
 * 違反 / 警告 / 注意 in their own words and colours, apart from a missed target (未達), the law cited first.
 */
import type { Finding, Report, Severity, Verdict, VerdictOutcome } from '../../rules/types';
import { CRITERIA } from '../../rules/meta';
import { isLegalRule } from '../../rules/verdict';
import type { CellStyle } from '../layout';
import type { ReportCatalogue } from '../locale';
import { isCertification } from '../locale/verdict-words';
import { SheetDraft } from '../draft';
import { toCellTarget } from '../format';
import { HEADER_STYLE, LINK_STYLE, SECTION_STYLE, SEVERITY_RANK, SEVERITY_STYLES, SHEET_NAMES } from '../labels';

/** The colour of the verdict sentence: green only when met with no legal violation. */
const OUTCOME_STYLES: Record<VerdictOutcome, CellStyle> = {
  met: { fill: '#C6EFCE', fontColor: '#006100', bold: true },
  'met-but-legal-violations': { fill: '#FF7C80', fontColor: '#000000', bold: true },
  'not-met': { fill: '#FFC7CE', fontColor: '#9C0006', bold: true },
  'insufficient-data': { fill: '#FFEB9C', fontColor: '#9C5700', bold: true },
  'not-applicable': { fill: '#EDEDED', fontColor: '#595959', bold: true },
};

/** The box spans the table's columns B..H (A holds the labels). */
const LAST_COL = 8;
/** How many findings a legal row names before "ほか N件". */
const WHO_SHOWN = 3;

/**
 * The verdict in one sentence, as the summary, the terminal and the overview say it.
 *
 * @example verdictSentence(verdict, wordsFor('ja')) // '基準の数値は満たしています — ただし法令違反が2件あり、認定されない可能性があります'
 */
export function verdictSentence(verdict: Verdict, words: ReportCatalogue): string {
  return words.verdict.outcome(verdict.outcome, verdict.legalViolations, isCertification(verdict.profile));
}

/** A label in A and a text over B..H (merged, wrapped). */
function addLabelled(draft: SheetDraft, label: string, text: string, style: CellStyle = {}): number {
  const row = draft.push([label, text]);
  draft.merges.push({ row, col: 2, colEnd: LAST_COL });
  draft.styles.addRange({ row, col: 1 }, { bold: true, fill: '#F2F2F2', border: true, wrap: true });
  draft.styles.addRange({ row, col: 2, colEnd: LAST_COL }, { wrap: true, border: true, ...style });
  return row;
}

/**
 * Writes the verdict box.
 *
 * @example addVerdictBox(draft, report.verdict, wordsFor('ja')) // 判定 / 基準の数値は満たしています — ただし法令違反が2件あり…
 */
export function addVerdictBox(draft: SheetDraft, verdict: Verdict, words: ReportCatalogue): void {
  const v = words.verdict;
  draft.styles.addRange({ row: draft.push([v.heading]), col: 1 }, SECTION_STYLE);
  const row = draft.push([verdictSentence(verdict, words)]);
  draft.merges.push({ row, col: 1, colEnd: LAST_COL });
  draft.styles.addRange({ row, col: 1, colEnd: LAST_COL }, { ...OUTCOME_STYLES[verdict.outcome], fontSize: 13 });
  addLabelled(draft, v.criteriaLabel, v.criteria[verdict.criteriaStatus]);
  const n = verdict.legalViolations;
  addLabelled(draft, v.legalLabel, n > 0 ? v.legalSome(n) : v.legalNone, n > 0 ? SEVERITY_STYLES.violation : {});
  if (verdict.toConfirm.length > 0) {
    addLabelled(draft, v.toConfirmLabel, verdict.toConfirm.map((c) => `${v.bullet}${v.toConfirm[c]}`).join('\n'));
  }
}

/** The detail sheet of a legal rule. */
function detailSheet(rule: string): string {
  if (rule.startsWith('health.')) return SHEET_NAMES.health;
  if (rule.startsWith('leave.')) return SHEET_NAMES.leave5;
  return SHEET_NAMES.law36;
}

/** A finding's period in words: a month, a range of months or a date. */
function periodText(period: string, words: ReportCatalogue): string {
  const [a, b] = period.split('..');
  if (b !== undefined) return words.dates.monthPeriod(a, b);
  return a.length === 10 ? words.dates.date(a) : words.dates.month(a);
}

interface LegalGroup {
  rule: string;
  severity: Severity;
  findings: Finding[];
}

/** Legal findings by rule and severity: violations first, then warnings, then at-risk; rules in report order. */
function groupLegalFindings(findings: Finding[]): LegalGroup[] {
  const groups = new Map<string, LegalGroup>();
  for (const f of findings) {
    if (!isLegalRule(f.rule)) continue;
    const key = `${f.rule}|${f.severity}`;
    const group = groups.get(key) ?? { rule: f.rule, severity: f.severity, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/**
 * Writes the legal section: one row per legal rule and severity, the law cited first, the cases counted, who and
 * when, and a link to the sheet with every case. Returns the header row (undefined when none was found).
 */
export function addLegalSection(draft: SheetDraft, report: Report, words: ReportCatalogue): number | undefined {
  const s = words.summary;
  draft.styles.addRange({ row: draft.push([s.legalSection]), col: 1 }, SECTION_STYLE);
  const groups = groupLegalFindings(report.findings);
  if (groups.length === 0) {
    draft.push([s.legalNone]);
    return undefined;
  }
  const header = draft.push([...s.legalHeaders]);
  draft.styles.addRange({ row: header, col: 1, colEnd: LAST_COL }, HEADER_STYLE);
  for (const g of groups) {
    const meta = CRITERIA[g.rule];
    const en = words.lang === 'en';
    const who = g.findings.slice(0, WHO_SHOWN).map((f) => `${f.employeeId} ${periodText(f.period, words)}`);
    const row = draft.push([
      (en ? meta?.categoryEn : meta?.category) ?? '',
      (en ? meta?.titleEn : meta?.title) ?? g.rule,
      (en ? meta?.sourceEn : meta?.source) ?? '',
      0,
      g.findings.length,
      words.severity[g.severity],
      s.legalWho(who, g.findings.length - who.length),
      detailSheet(g.rule),
    ]);
    draft.styles.addRange({ row, col: 4, colEnd: 5 }, { numberFormat: words.units.cases });
    draft.styles.addCell(row, 6, { ...SEVERITY_STYLES[g.severity], horizontal: 'center' });
    draft.hyperlinks.push({ row, col: LAST_COL, target: toCellTarget(detailSheet(g.rule), 'A1') });
    draft.styles.addCell(row, LAST_COL, LINK_STYLE);
  }
  draft.styles.addRange(
    { row: header + 1, col: 1, rowEnd: draft.nextRow - 1, colEnd: LAST_COL },
    { wrap: true, border: true },
  );
  return header;
}
