/**
 * Names as the identity of a row (a timecard with a name and no employee number, a file named after its person):
 * compared as the same text after NFKC and without spaces (`佐藤\u3000花子` = `佐藤花子` = `佐藤 花子`), joined to the roster
 * by that key. Two roster people with one name cannot be told apart; a name not on the roster stands for itself.
 */
import { normalizeText } from '../parse/text';

/** The key a name is compared by. Example: `nameKey('佐藤\u3000花子')` → `'佐藤花子'`; `nameKey('Ｓａｔｏ Hanako')` → `'satohanako'`. */
export function nameKey(name: string): string {
  return normalizeText(name).replace(/\s+/g, '').toLowerCase();
}

/** The roster's people by name key: one id, or every id sharing the name. */
export class NameIndex {
  private readonly ids = new Map<string, string[]>();

  add(name: string | undefined, id: string): void {
    if (!name) return;
    const key = nameKey(name);
    if (!key) return;
    const list = this.ids.get(key);
    if (!list) this.ids.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  }

  get size(): number {
    return this.ids.size;
  }

  /**
   * Whose name this is: `{ id }` for one roster person, `{ shared: ids }` for several, `{ unknown: true }` for none.
   * Example: after `add('佐藤 花子', '1001')`, `find('佐藤花子')` → `{ id: '1001' }`.
   */
  find(name: string): { id: string } | { shared: string[] } | { unknown: true } {
    const list = this.ids.get(nameKey(name));
    if (!list) return { unknown: true };
    return list.length === 1 ? { id: list[0] } : { shared: list };
  }
}

/** Words of sheet and file names that are not a person. */
const NOT_A_PERSON =
  /^(シート|原本|コピー|本社|支店|営業所|全社|全員|社員|従業員|職員|スタッフ|入力|記入例|見本|サンプル|様式|書式|テンプレート|名簿|社員名簿|有給|年休|休暇|管理簿|月別|日別|集計表|明細|個人|個人別|社員別|部署|部署別|全体|個人票)$/;

/**
 * A person's name in a file or sheet name (`2025_08_01-2025_08_31-佐々木.csv`, `勤務表_佐藤花子_2025年4月`): what is
 * left after dates, periods, extensions and the usual words of such names; null when nothing name-like is left.
 */
export function personInName(name: string): string | null {
  let t = normalizeText(name).replace(/\.(csv|xlsx|xlsm|xls|txt)$/i, '');
  t = t.replace(/(令和|平成|R|H)?\d{1,4}[年/\-._]?\d{0,2}[月/\-._]?\d{0,2}日?(分|度)?/gi, ' ');
  t = t.replace(
    /勤務表|勤怠表?|出勤簿|タイムカード|打刻|月次|日次|データ|一覧|集計|timecard|timesheet|attendance|export|report|custom|csv/gi,
    ' ',
  );
  const parts = t
    .split(/[\s_\-~〜()（）[\]［］・,]+/)
    .map((s) => s.trim())
    .filter(
      (s) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{2,10}$/u.test(s) && !NOT_A_PERSON.test(s),
    );
  return parts.length === 1 ? parts[0] : null;
}

/** A year, a period or a date in a name: `2025`, `202506`, `2025-06`, `20250601_20250630`, `R7.6`. */
const PERIODS_IN_NAME =
  /(?<!\d)(?:(19|20)\d{2}[-_/.年]?\d{1,2}(?:[-_/.月]?\d{1,2}日?)?(?:分|度)?|(?:19|20)\d{2})(?!\d)|(令和|平成|R|H)\d{1,2}[年.\-_/]\d{1,2}月?/gi;

/**
 * An employee number in a file or sheet name (`timecard_1001_2025-06.csv`, a sheet named `1001`): the one code of
 * 3 to 10 digits (letters before them allowed: `A0123`) left after years, periods and dates are taken out; null
 * when there is none or more than one, or when the name also holds a person's name.
 * Example: `idInName('timecard_1001_2025-06.csv')` → `'1001'`; `idInName('2025年6月')` → null.
 */
export function idInName(name: string): string | null {
  if (personInName(name)) return null;
  const t = normalizeText(name)
    .replace(/\.(csv|xlsx|xlsm|xls|txt)$/i, '')
    .replace(PERIODS_IN_NAME, ' ');
  const codes = t.split(/[\s_\-~〜()（）[\]［］・,.]+/).filter((s) => /^[A-Za-z]{0,3}\d{3,10}$/.test(s));
  return codes.length === 1 ? codes[0] : null;
}
