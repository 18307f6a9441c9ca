/**
 * The company's 36協定 as the user writes it: a JSON file (`wlb-check --agreement`), `--param agreement.<field>=…`,
 * the label + value cells of a `36協定` sheet, or the task pane's form. Each value is read by its field's kind
 * (hours, days, a date, あり/なし), and every agreement is checked against the statutory bounds before it is used.
 */
import type { Localized } from './messages';
import {
  AGREEMENT_FIELDS,
  validateAgreement,
  type Agreement,
  type AgreementField,
  type AgreementOrigin,
} from './agreement';
import { isIsoDate } from './dates';

/** What reading agreements gave: the usable ones and, for each refused one or bad value, why. */
export interface AgreementInput {
  agreements: Agreement[];
  problems: Localized[];
}

const YES = /^(あり|有|有り|○|〇|はい|yes|true|1|y)$/i;
const NO = /^(なし|無|無し|×|✕|いいえ|no|false|0|n)$/i;

/**
 * One field's value from text or a number: hours `45`, `45時間`, `45h`; days `6`, `6回`, `6日`; dates `2025-04-01`,
 * `2025/4/1`, `2025年4月1日`; flags あり/なし/true/false. Returns `{ error }` when the text is not of the field's kind.
 * Example: `readAgreementValue('monthHours', '45時間')` → `{ value: 45 }`.
 */
export function readAgreementValue(
  field: AgreementField,
  raw: unknown,
): { value: Agreement[AgreementField] } | { error: Localized } {
  const kind = AGREEMENT_FIELDS[field].kind;
  const text = typeof raw === 'string' ? raw.normalize('NFKC').trim() : raw;
  const label = AGREEMENT_FIELDS[field].label;
  const bad = (what: Localized) => ({
    error: { ja: `${label.ja}: ${what.ja}（${String(raw)}）`, en: `${label.en}: ${what.en} (${String(raw)})` },
  });
  if (kind === 'text') return typeof text === 'string' && text !== '' ? { value: text } : bad(WHAT.text);
  if (kind === 'list') {
    const list = Array.isArray(raw) ? raw.map(String) : String(text ?? '').split(/[、,，・/]/);
    const items = list.map((s) => s.normalize('NFKC').trim()).filter((s) => s !== '');
    return items.length > 0 ? { value: items } : bad(WHAT.text);
  }
  if (kind === 'flag') {
    if (typeof text === 'boolean') return { value: text };
    const s = String(text ?? '');
    if (YES.test(s)) return { value: true };
    if (NO.test(s)) return { value: false };
    return bad({ ja: 'あり・なしで書いてください', en: 'write yes or no' });
  }
  if (kind === 'date') return readDate(text) ?? bad({ ja: '日付として読めません', en: 'not a date' });
  const n =
    typeof text === 'number' ? text : Number(String(text ?? '').replace(/(時間|時|h|hours?|回|日|days?)$/i, ''));
  if (!Number.isFinite(n) || String(text ?? '') === '') return bad({ ja: '数値として読めません', en: 'not a number' });
  return { value: n };
}

const WHAT = { text: { ja: '空欄です', en: 'blank' } };

/** A date written 2025-04-01, 2025/4/1 or 2025年4月1日; null when it is none of these. */
function readDate(text: unknown): { value: string } | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isIsoDate(iso) ? { value: iso } : null;
}

/** Field names as written in a file or parameter (`monthHours`), or undefined for an unknown key. */
function toAgreementField(key: string): AgreementField | undefined {
  return key in AGREEMENT_FIELDS ? (key as AgreementField) : undefined;
}

/** Sets one field of an agreement from a raw value; the problem when the value or the key cannot be used. */
function setAgreementField(agreement: Agreement, key: string, raw: unknown): Localized | null {
  const field = toAgreementField(key);
  if (!field) return { ja: `36協定に「${key}」という項目はありません`, en: `The agreement has no field "${key}"` };
  const read = readAgreementValue(field, raw);
  if ('error' in read) return read.error;
  (agreement as Record<string, unknown>)[field] = read.value;
  return null;
}

/**
 * Agreements from a parsed JSON file: one object, or a list of objects each with a `name` and the `covers` values it
 * matches. A refused agreement (a bad value, or above a statutory bound) is left out with its reasons.
 * Example: `readAgreementJson({ monthHours: 45, special: false }, 'file', 'a.json').agreements.length` → 1.
 */
export function readAgreementJson(json: unknown, origin: AgreementOrigin, originName?: string): AgreementInput {
  const list = Array.isArray(json) ? json : [json];
  const out: AgreementInput = { agreements: [], problems: [] };
  list.forEach((item, i) => {
    const where = list.length > 1 ? `${i + 1}件目: ` : '';
    const whereEn = list.length > 1 ? `#${i + 1}: ` : '';
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      out.problems.push({
        ja: `${where}36協定はオブジェクトで書いてください`,
        en: `${whereEn}an agreement is an object`,
      });
      return;
    }
    const agreement: Agreement = { origin, originName };
    const problems: Localized[] = [];
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      const problem = setAgreementField(agreement, key, value);
      if (problem) problems.push(problem);
    }
    problems.push(...validateAgreement(agreement));
    if (list.length > 1 && !agreement.name)
      problems.push({ ja: '複数の36協定にはそれぞれ name が必要です', en: 'each of several agreements needs a name' });
    if (problems.length === 0) out.agreements.push(agreement);
    else out.problems.push(...problems.map((p) => ({ ja: `${where}${p.ja}`, en: `${whereEn}${p.en}` })));
  });
  return out;
}

/**
 * `--param agreement.<field>=<value>` on top of the agreements already given: the field is set on every one of them,
 * or on a new agreement when there is none. The problem, when the key or value is not usable.
 */
export function applyAgreementParam(agreements: Agreement[], key: string, value: string): Localized | null {
  if (agreements.length === 0) agreements.push({ origin: 'param' });
  for (const a of agreements) {
    const problem = setAgreementField(a, key, value);
    if (problem) return problem;
  }
  return null;
}

/** The problems of every agreement given, one line each (the CLI refuses the run with them). */
export function checkAgreements(agreements: readonly Agreement[]): Localized[] {
  return agreements.flatMap((a) =>
    validateAgreement(a).map((p) =>
      a.name ? { ja: `${a.name}: ${p.ja}`, en: `${a.name}: ${p.en}` } : { ja: p.ja, en: p.en },
    ),
  );
}
