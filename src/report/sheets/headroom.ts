/**
 * The headroom sheet (残業上限の残り): for every employee the 36協定 rules apply to, the most overtime still lawful in
 * the coming month under the company's agreement and the statute (労基法36条4項〜6項), the rule that binds in plain
 * words, the year so far and the month the year limit is reached at the current pace — the least room first, so the
 * list HR acts on this month starts at the top.
 */
import type { Dataset, Headroom, Report } from '../../rules/types';
import type { CellValue, SheetLayout } from '../layout';
import { SheetDraft } from '../draft';
import { FORMAT_HOURS, FORMAT_MONTH, toMonthCell } from '../format';
import { HEADER_STYLE, NOTE_STYLE, SEVERITY_STYLES, SHEET_NAMES, TITLE_STYLE } from '../labels';
import type { Lang } from '../../rules/messages';

const HEADROOM_SHEET = SHEET_NAMES.headroom;

const HEADERS: Record<Lang, string[]> = {
  ja: [
    '社員番号',
    '氏名',
    '対象月',
    '時間外労働の残り（時間）',
    '時間外・休日労働の残り（時間）',
    '制約となる上限',
    '今年度の時間外労働（時間）',
    '年の上限（時間）',
    '年の上限に達する見込みの月',
  ],
  en: [
    'Employee ID',
    'Name',
    'Month',
    'Overtime left (h)',
    'Overtime + holiday work left (h)',
    'Binding limit',
    'Overtime this agreement year (h)',
    'Year limit (h)',
    'Month the year limit is reached at this pace',
  ],
};

const NOTE = {
  ja:
    '対象月にあと何時間まで時間外労働（法定時間外）・休日労働をさせられるか: 36協定の1か月・1年（特別条項は残りの回数まで）、' +
    '単月100時間未満、2〜6か月平均80時間以内（労働基準法36条4項〜6項）のうち最も厳しいもの。年の上限に達する月は直近3か月の' +
    '時間外労働の平均で見込んだものです。管理監督者・研究開発業務の社員は対象外です。',
  en:
    'How many more hours of statutory overtime and holiday work each employee may work in the month: the strictest of ' +
    "the agreement's month and year (the special clause while its times last), below 100 h in a month, and 2–6-month " +
    'means of 80 h (Labor Standards Act Art. 36(4)–(6)). The month the year limit is reached is at the mean overtime ' +
    'of the last three months. Managers (管理監督者) and research work are not covered.',
};

const EMPTY = {
  ja: '36協定の上限を計算できる勤怠データがありません。',
  en: 'No attendance data to compute the Article 36 limits from.',
};

/** Room under this many hours is marked (at-risk); none left is marked as a violation would be. */
const LOW_ROOM = 10;

/** Least room first, then by employee id. */
function compareHeadroom(a: Headroom, b: Headroom): number {
  if (a.overtime !== b.overtime) return a.overtime - b.overtime;
  return a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0;
}

/** One employee's row. */
function toRow(h: Headroom, name: string, lang: Lang): CellValue[] {
  return [
    h.employeeId,
    name,
    toMonthCell(h.month),
    h.overtime,
    h.overtimeAndHoliday,
    h.bindingText[lang],
    h.yearSoFar,
    h.yearLimit,
    h.yearLimitReachedIn === null ? '—' : toMonthCell(h.yearLimitReachedIn),
  ];
}

/**
 * Lays out the headroom sheet from the report's `headroom`.
 *
 * @example buildHeadroomLayout(report, dataset).name // '残業上限の残り'
 */
export function buildHeadroomLayout(report: Report, dataset: Dataset, lang: Lang = 'ja'): SheetLayout {
  const draft = new SheetDraft();
  draft.styles.addRange({ row: draft.push([HEADROOM_SHEET]), col: 1 }, TITLE_STYLE);
  const headers = HEADERS[lang];
  // The note wraps over the table's width: left to run on, it would print on pages of its own.
  const note = draft.push([NOTE[lang]]);
  draft.merges.push({ row: note, col: 1, colEnd: headers.length });
  draft.styles.addRange({ row: note, col: 1 }, { ...NOTE_STYLE, wrap: true });
  const header = draft.push([...headers]);
  draft.styles.addRange({ row: header, col: 1, colEnd: headers.length }, { ...HEADER_STYLE, wrap: true });
  const entries = [...(report.headroom ?? [])].sort(compareHeadroom);
  const options = { freezeRows: header, freezeColumns: 2, tabColor: '#C00000', fit: { fromRow: header + 1, max: 40 } };
  if (entries.length === 0) {
    draft.styles.addRange({ row: draft.push([EMPTY[lang]]), col: 1 }, NOTE_STYLE);
    return draft.toLayout(HEADROOM_SHEET, options);
  }
  const names = new Map(dataset.employees.map((e) => [e.id, e.name ?? '']));
  for (const h of entries) {
    const r = draft.push(toRow(h, names.get(h.employeeId) ?? '', lang));
    if (h.overtime <= 0) draft.styles.addRange({ row: r, col: 4 }, SEVERITY_STYLES.violation);
    else if (h.overtime < LOW_ROOM) draft.styles.addRange({ row: r, col: 4 }, SEVERITY_STYLES['at-risk']);
  }
  const first = header + 1;
  const last = header + entries.length;
  draft.styles.addRange({ row: first, col: 3, rowEnd: last }, { numberFormat: FORMAT_MONTH });
  draft.styles.addRange({ row: first, col: 4, rowEnd: last, colEnd: 5 }, { numberFormat: FORMAT_HOURS });
  draft.styles.addRange({ row: first, col: 6, rowEnd: last }, { wrap: true });
  draft.styles.addRange({ row: first, col: 7, rowEnd: last, colEnd: 8 }, { numberFormat: FORMAT_HOURS });
  draft.styles.addRange({ row: first, col: 9, rowEnd: last }, { numberFormat: FORMAT_MONTH });
  draft.styles.addRange({ row: header, col: 1, rowEnd: last, colEnd: headers.length }, { border: true });
  return draft.toLayout(HEADROOM_SHEET, options);
}
