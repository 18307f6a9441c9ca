/**
 * The lines of the 36協定 sheet that say which of the company's own agreements the limits were judged against, where
 * each came from and whom it covered — or that none was given (the statutory limits only) — and who is covered by
 * none. Written only on a run of the 36協定 rules (a report with `agreements`).
 */
import type { AgreementUse, Report } from '../../rules/types';
import { AGREEMENT_FIELDS, type AgreementField } from '../../rules/agreement';
import type { SheetDraft } from '../draft';
import { NOTE_STYLE } from '../labels';
import type { Lang } from '../../rules/messages';

/** One figure as HR writes it: `1か月 45時間`, `特別条項 なし`, `特別条項の回数 6回`. */
function describeFigure(key: string, value: AgreementUse['figures'][string], lang: Lang): string | null {
  if (key === 'name' || key === 'covers' || !(key in AGREEMENT_FIELDS)) return null;
  const field = AGREEMENT_FIELDS[key as AgreementField];
  const label = field.label[lang];
  if (typeof value === 'boolean')
    return `${label} ${value ? (lang === 'ja' ? 'あり' : 'yes') : lang === 'ja' ? 'なし' : 'no'}`;
  if (field.kind === 'hours') return `${label} ${value}${lang === 'ja' ? '時間' : ' h'}`;
  if (key === 'specialTimes') return `${label} ${value}${lang === 'ja' ? '回' : ''}`;
  if (field.kind === 'days') return `${label} ${value}${lang === 'ja' ? '日' : ''}`;
  return `${label} ${Array.isArray(value) ? value.join('・') : String(value)}`;
}

/** The text of one agreement: its name and origin, its figures, how many employees it covered. */
function describeUse(a: AgreementUse, lang: Lang): string {
  const figures = Object.entries(a.figures)
    .map(([key, value]) => describeFigure(key, value, lang))
    .filter((f): f is string => f !== null)
    .join(lang === 'ja' ? '・' : ', ');
  return lang === 'ja'
    ? `36協定: ${a.name} — ${figures}（対象 ${a.employees.length}人）`
    : `Agreement: ${a.name} — ${figures} (${a.employees.length} employees)`;
}

/**
 * Adds the agreement lines under the legend. Example: `36協定: 36協定（シート「36協定」） — 起算日 2025-04-01・延長時間
 * 1か月 45時間・延長時間 1年 360時間・特別条項 なし（対象 2人）`.
 */
export function addAgreementLines(draft: SheetDraft, report: Report, lang: Lang): void {
  if (!report.agreements) return;
  const lines: string[] = report.agreements.map((a) => describeUse(a, lang));
  if (report.agreements.length === 0)
    lines.push(
      lang === 'ja'
        ? '36協定の内容が未設定: 法定上限のみで判定（設定・36協定シート・--agreement で指定できます）'
        : "The company's Article 36 agreement is not set: judged against the statutory limits only",
    );
  if (report.uncoveredByAgreement?.length)
    lines.push(
      lang === 'ja'
        ? `どの36協定にも当てはまらない社員（法定上限のみで判定）: ${report.uncoveredByAgreement.join('、')}`
        : `Covered by no agreement (statutory limits only): ${report.uncoveredByAgreement.join(', ')}`,
    );
  for (const line of lines) draft.styles.addRange({ row: draft.push([line]), col: 1 }, NOTE_STYLE);
}
