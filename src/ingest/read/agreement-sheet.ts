/**
 * A `36協定` sheet the user keeps: the agreement's fields as label + value cells (様式第9号の2's wording: 起算日,
 * 1日, 1か月, 1年, 法定休日の日数, 特別条項, 特別条項の1か月 / 1年 / 回数), one value column per agreement when there are
 * several (a row 名称 or 事業場 names each). A field left out takes the statutory default and says so; a value that
 * cannot be read, or an agreement above the statutory bounds, is an input issue with its cell (the agreement is not
 * used then).
 */
import { msg } from '../../rules/messages';
import type { Localized } from '../../rules/messages';
import { validateAgreement, type Agreement, type AgreementField } from '../../rules/agreement';
import { readAgreementValue } from '../../rules/agreement-input';
import type { InputIssue } from '../../rules/types';
import { parseDate } from '../parse/dates';
import { isBlank, normalizeText, rawToText, toA1 } from '../parse/text';
import type { RawValue, SheetGrid } from '../types';

/** True for the sheet the user keeps the agreement on (`36協定`, `３６協定（本社）`), not the checker's `36協定チェック`. */
export function isAgreementSheet(name: string): boolean {
  const n = name.normalize('NFKC').replace(/\s/g, '');
  return /^36協定/.test(n) && !/チェック/.test(n);
}

const MONTH = /1(か|箇|ヶ|ヵ|カ|ケ|ヵ)?月/;

/** The field a label names, or undefined (a note, a heading). Example: `fieldOfLabel('特別条項（1か月）')` → specialMonthHours. */
export function fieldOfLabel(label: string): AgreementField | undefined {
  const t = label.normalize('NFKC').replace(/[\s()（）【】[\]:：・]/g, '');
  if (t === '') return undefined;
  if (/特別|限度時間を超え/.test(t)) {
    if (/回数/.test(t)) return 'specialTimes';
    if (/1年/.test(t)) return 'specialYearHours';
    if (MONTH.test(t)) return 'specialMonthHours';
    if (/時間外のみ/.test(t)) return 'specialMonthOvertimeOnly';
    return 'special';
  }
  if (/変形/.test(t)) return 'variableYear';
  if (/起算/.test(t)) return 'start';
  if (/休日/.test(t) && /日数/.test(t)) return 'holidayDaysPerMonth';
  if (/回数/.test(t)) return 'specialTimes';
  if (/1日/.test(t)) return 'dayHours';
  if (MONTH.test(t)) return 'monthHours';
  if (/1年/.test(t)) return 'yearHours';
  if (/名称|事業場|事業所|協定名/.test(t)) return 'name';
  if (/対象|業務|所属/.test(t)) return 'covers';
  return undefined;
}

/** The fields whose absence is said (with the statutory default used), by whether the agreement has a 特別条項. */
const DEFAULTS: Partial<Record<AgreementField, Localized>> = {
  start: {
    ja: '起算日: 36協定の年度の開始月（既定4月）',
    en: 'first day: the agreement-year start (April by default)',
  },
  monthHours: { ja: '1か月: 法定の上限45時間（1年単位の変形は42時間）', en: 'a month: the statutory 45 h (42 h)' },
  yearHours: { ja: '1年: 法定の上限360時間（320時間）', en: 'a year: the statutory 360 h (320 h)' },
  special: {
    ja: '特別条項: 有無が不明のため、特別条項があるものとして法定の上限で判定',
    en: 'special clause: not known, judged as with one at the statutory maxima',
  },
};
const SPECIAL_DEFAULTS: Partial<Record<AgreementField, Localized>> = {
  specialMonthHours: {
    ja: '特別条項の1か月: 法定の上限（100時間未満）',
    en: 'special month: the statutory cap (below 100 h)',
  },
  specialYearHours: { ja: '特別条項の1年: 法定の上限720時間', en: 'special year: the statutory 720 h' },
  specialTimes: { ja: '特別条項の回数: 法定の上限 年6回', en: 'special times: the statutory 6 a year' },
};

/** One agreement being read from a value column, with the cell of each field for its issues. */
interface Column {
  agreement: Agreement;
  col: number;
  cells: Partial<Record<AgreementField, string>>;
}

/** A cell's value for a field: dates from serials or text, everything else as text or number. */
function cellValue(field: AgreementField, value: RawValue, format: string | undefined, date1904: boolean): unknown {
  if (field === 'start' && typeof value === 'number') {
    const parsed = parseDate(value, format, date1904);
    return parsed.ok ? parsed.value : value;
  }
  return typeof value === 'string' ? normalizeText(value) : value;
}

/**
 * The agreements of a `36協定` sheet and the issues of reading it. Example: rows `1か月 | 45`, `1年 | 360`,
 * `特別条項 | なし` → one agreement `{ monthHours: 45, yearHours: 360, special: false }` and one issue saying the
 * 起算日 is not given.
 */
export function readAgreementSheet(
  grid: SheetGrid,
  date1904 = false,
): { agreements: Agreement[]; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const columns = new Map<number, Column>();
  const issue = (cell: string, value: string, text: Localized) =>
    issues.push({ sheet: grid.name, cell, value, ...messageOfText(text) });
  grid.values.forEach((row, r) => {
    const labelAt = row.findIndex((v) => !isBlank(v));
    if (labelAt < 0 || typeof row[labelAt] !== 'string') return;
    const field = fieldOfLabel(row[labelAt] as string);
    if (!field) return;
    for (let c = labelAt + 1; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      const col = grid.firstCol + c;
      const column = columns.get(col) ?? { agreement: { origin: 'sheet', originName: grid.name }, col, cells: {} };
      columns.set(col, column);
      const address = toA1(grid.firstRow + r, col);
      const read = readAgreementValue(field, cellValue(field, row[c], grid.numberFormats[r]?.[c], date1904));
      if ('error' in read) issue(address, rawToText(row[c]), read.error);
      else {
        (column.agreement as Record<string, unknown>)[field] = read.value;
        column.cells[field] = address;
      }
    }
  });
  const agreements: Agreement[] = [];
  for (const column of columns.values()) {
    const a = column.agreement;
    if (a.name && !a.covers) a.covers = [a.name];
    const problems = validateAgreement(a);
    if (problems.length > 0) {
      for (const p of problems) issue(toA1(grid.firstRow, column.col), a.name ?? '', refused(p));
      continue;
    }
    sayDefaults(a, grid.name, issues);
    agreements.push(a);
  }
  return { agreements, issues };
}

function refused(p: Localized): Localized {
  return { ja: `${p.ja}: この36協定は使いません`, en: `${p.en}: this agreement is not used` };
}

/** One issue per field left out, naming the statutory default the checker uses instead. */
function sayDefaults(a: Agreement, sheet: string, issues: InputIssue[]): void {
  const missing = Object.entries(DEFAULTS).filter(([f]) => a[f as AgreementField] === undefined);
  if (a.special === true)
    missing.push(...Object.entries(SPECIAL_DEFAULTS).filter(([f]) => a[f as AgreementField] === undefined));
  const who = a.name ? { ja: `（${a.name}）`, en: ` (${a.name})` } : { ja: '', en: '' };
  for (const [, text] of missing) {
    issues.push({
      sheet,
      cell: '',
      value: a.name ?? '',
      ...messageOfText({
        ja: `36協定${who.ja}に記入がない項目は法定の上限で判定します — ${text!.ja}`,
        en: `Agreement${who.en}: a field left blank is judged at the statutory limit — ${text!.en}`,
      }),
    });
  }
}

function messageOfText(text: Localized): { message: string; messageRef: ReturnType<typeof msg> } {
  const ref = msg('text.localized', { text });
  return { message: text.ja, messageRef: ref };
}
