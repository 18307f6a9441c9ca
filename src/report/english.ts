/**
 * The report's own sheets in English (`wlb-check --lang en`, the English task pane).
 *
 * The sheets are built in Japanese and this pass turns the checker's own texts — headers, labels, status words,
 * notes, the evidence words the rule module writes — into English, text by text, before the print setup measures
 * row heights. Gaps, findings and input issues do not pass through here: they are rendered from their message
 * refs (`localizeReport`) before the sheets are built. A text this pass does not know (a name, a sheet name, a
 * cell value from the user's workbook) is left as it is, so nothing the user wrote is ever changed; a Japanese
 * label of ours missing here shows up in the end-to-end test, which reads every cell of the English report.
 *
 * Reading: the sheet (tab) names stay Japanese in both languages. The checker recognises its sheets by their
 * markers, but a rerun in the other language should replace the same tabs, not add a second set, and links from
 * other sheets and the user's own formulas keep pointing at the same names.
 */
import { CHECKLIST_TEXTS_EN } from './checklist-english';
import { SHEET_NAMES } from './labels';
import type { CellValue, HeaderFooter, SheetLayout } from './layout';

/** Fixed texts of the report layer, Japanese → English. */
const TEXTS: Record<string, string> = {
  // Sheet titles (the tabs keep their Japanese names)
  [SHEET_NAMES.summary]: 'WLB criteria summary',
  [SHEET_NAMES.law36]: 'Article 36 agreement check',
  [SHEET_NAMES.leave5]: 'Five days of annual leave',
  [SHEET_NAMES.childcare]: 'Childcare-leave rates',
  [SHEET_NAMES.issues]: 'Input issues',
  [SHEET_NAMES.checklist]: 'Checklist',
  [SHEET_NAMES.health]: 'Long hours (80 h notice)',
  // Summary
  区分: 'Category',
  項目: 'Criterion',
  根拠: 'Source',
  基準: 'Threshold',
  実績: 'Value',
  判定: 'Result',
  不足分: 'Gap',
  詳細: 'Details',
  基準日: 'As of',
  '集計期間（12か月）': 'Period (12 months)',
  '集計期間（3年）': 'Period (3 years)',
  '〜': 'to',
  計画期間: 'Plan period',
  プロファイル: 'Profile',
  作成日時: 'Generated at',
  入力シート: 'Input sheets',
  '（なし）': '(none)',
  'チェックリスト（自己申告項目）': 'Checklist (self-declared items)',
  平均: 'Mean',
  フルタイム平均: 'Full-time mean',
  '月別平均残業時間（時間外労働＋休日労働）': 'Monthly mean overtime (overtime + holiday work)',
  月: 'Month',
  月別平均残業時間: 'Monthly mean overtime',
  // Status words
  達成: 'Pass',
  未達: 'Fail',
  データ不足: 'Insufficient data',
  対象外: 'Not applicable',
  要取得: 'Must take',
  違反: 'Violation',
  警告: 'Warning',
  注意: 'At risk',
  // Input issues
  シート: 'Sheet',
  セル: 'Cell',
  値: 'Value',
  内容: 'Message',
  '入力エラーはありません。': 'No input issues.',
  // 36協定
  時間外: 'OT',
  '時間外＋休日': 'OT + HW',
  凡例: 'Legend',
  社員番号: 'Employee ID',
  氏名: 'Name',
  '2〜6か月平均の最大': 'Highest 2–6-month mean',
  その期間: 'Its months',
  指摘: 'Findings',
  '勤怠データがありません。': 'No attendance data.',
  '単月100h以上（時間外＋休日）、2〜6か月平均80h超、年720h超、45h超が年7か月以上':
    '100 h or more in a month (OT + HW), over 80 h averaged over 2–6 months, over 720 h a year, over 45 h in 7 months or more of a year',
  '月45h超（特別条項が必要）、年360h超': 'Over 45 h in a month (needs a special clause), over 360 h a year',
  直近の月の時間外が45hに近い: 'OT of the latest month close to 45 h',
  // 年休5日
  期限: 'Deadline',
  取得日数: 'Days taken',
  '残り（5日まで）': 'Remaining (to 5 days)',
  状況: 'Status',
  付与日: 'Grant date',
  付与日数: 'Days granted',
  '違反（期限までに5日未満）': 'Violation (under 5 days by the deadline)',
  '要取得（期限前）': 'Must take (before the deadline)',
  '要確認（退職までに5日未満）': 'To check (under 5 days by leaving)',
  '10日以上付与された年休は、付与日から1年以内に5日取得させる義務があります（労基法39条7項）。半日は0.5日、時間単位年休は数えません。':
    'Of annual leave granted 10 days or more, the employer must have 5 days taken within a year of the grant (Labor Standards Act Art. 39(7)). A half day counts 0.5; hourly leave does not count.',
  'このプロファイルでは年休5日の取得義務を確認していません。':
    'This profile does not check the five days of annual leave.',
  '10日以上の付与データがありません。': 'No grant of 10 days or more.',
  // 育休
  指標: 'Indicator',
  '男性の「出産」は配偶者の出産です。育児休業等 = 育児休業・産後パパ育休。産前産後休業は育児休業に含めません。同じ子は1回だけ数えます。':
    "A man's birth is his spouse's. Childcare leave here = childcare leave and paternity leave at birth; maternity leave is not childcare leave. Each child counts once.",
  'このプロファイルでは育児休業の取得率を確認していません。': 'This profile does not check childcare-leave rates.',
  '出産・休業のデータがありません。': 'No birth or leave data.',
  // 健康管理（80時間）
  '週40時間を超えて労働させた時間（総労働時間 − 40 × 月の日数 ÷ 7。総労働時間が分からない月は時間外労働 + 休日労働）が月80時間を超えた社員です。管理監督者・みなし労働時間制の社員も含みます。通知した日を記入してください（再実行するとこのシートは作り直されます: 記録は別に保存してください）。':
    'Employees whose hours beyond 40 a week (worked hours − 40 × days of the month ÷ 7; OT + HW where worked hours are unknown) exceeded 80 in a month, managers and deemed-hours staff included. Enter the date each was told (a rerun rebuilds this sheet: keep the record elsewhere).',
  '週40時間を超える労働（時間）': 'Hours beyond 40 a week',
  '時間外労働（時間）': 'Overtime (h)',
  '休日労働（時間）': 'Holiday work (h)',
  '総労働時間（時間）': 'Worked hours (h)',
  事業主が行うこと: 'What the employer must do',
  本人に通知した日: 'Date the employee was told',
  '面接指導の申出・実施（メモ）': "Doctor's interview requested / held (memo)",
  '週40時間を超える労働が月80時間を超えた社員はいません。':
    'Nobody worked more than 80 hours beyond 40 a week in a month.',
  'この判定（長時間労働者への通知）は選んだプロファイルに含まれていません。':
    'This check (the long-hours notice) is not in the chosen profile.',
  '本人に時間外・休日労働の時間を速やかに（概ね2週間以内に）通知し、申出があれば医師の面接指導を行う（安衛法66条の8・66条の8の3、安衛則52条の2・52条の3）':
    "Tell the employee their overtime and holiday-work hours promptly (within about two weeks) and arrange a doctor's interview on request (Industrial Safety and Health Act Art. 66-8, 66-8-3; Ordinance Art. 52-2, 52-3)",
  '研究開発業務で月100時間超: 申出がなくても医師の面接指導を行う（安衛法66条の8の2）。本人への通知も必要':
    "Research and development over 100 h in a month: a doctor's interview is required even without a request (Industrial Safety and Health Act Art. 66-8-2). The employee must be told too",
  // Checklist
  項目番号: 'Item no.',
  '該当（○/×）': 'Answer (○/×)',
  '証拠書類（ファイル名・メモ）': 'Evidence (file name, memo)',
  '必要な資料（Q&A）': 'Documents required (Q&A)',
  // Evidence words of the rule module
  出生日が期間外: 'Birth outside the period',
  男性: 'Male',
  女性: 'Female',
};

/** The labels tables of ./labels.ts in English, by their Japanese text. */
const LABELS_EN: Record<string, string> = {
  社員名簿: 'Roster',
  '勤怠（日次）': 'Daily attendance',
  '勤怠（月次）': 'Monthly attendance',
  年次有給休暇: 'Annual leave',
  育児・介護休業等: 'Childcare and family-care leave',
  チェックリスト: 'Checklist',
  性別: 'Gender',
  雇用形態: 'Employment type',
  有期: 'Fixed-term',
  日付: 'Date',
  出産日: 'Birth date',
  子の出生日: "Child's birth date",
  配偶者の出産: "Spouse's birth",
  種別: 'Kind',
  休業の種別: 'Leave kind',
  休業開始日: 'Leave start',
  休業終了日: 'Leave end',
  開始日: 'Start date',
  終了日: 'End date',
  育児休業等の取得: 'Childcare leave taken',
  育児休業等: 'Childcare leave',
  育児目的休暇: 'Childcare-purpose leave',
  算入: 'Counted',
  分母に算入: 'In the denominator',
  分子に算入: 'In the numerator',
  日数: 'Days',
  取得率: 'Take-up rate',
  期間: 'Period',
  重大度: 'Severity',
  備考: 'Note',
  理由: 'Reason',
  出産: 'Birth',
  育児休業: 'Childcare leave',
  産後パパ育休: 'Paternity leave at birth',
  産前産後休業: 'Maternity leave',
  介護休業: 'Family-care leave',
  介護休暇: 'Care days',
  休職: 'Leave of absence',
  係長: 'Section chief',
  課長補佐: 'Deputy manager',
  課長: 'Manager',
  部長: 'Department head',
};

/** Texts with figures in them: the rule module's evidence notes and the report's own labels with numbers. */
const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(\d+(?:\.\d+)?)時間$/, (m) => `${m[1]} h`],
  [/^(\d+(?:\.\d+)?)日$/, (m) => `${m[1]} days`],
  [/^(\d+)年度$/, (m) => `FY${m[1]}`],
  [/^(\d+)年度 時間外計$/, (m) => `FY${m[1]} OT total`],
  [/^(\d+)年度 45h超の月数$/, (m) => `FY${m[1]} months over 45 h`],
  [
    /^時間外 = 法定時間外労働（休日労働を除く）、時間外＋休日 = 法定時間外労働＋法定休日労働（時間）。年度は36協定の対象期間（(\d+)月始まり）。データのない月は空欄。$/,
    (m) =>
      `OT = statutory overtime (without holiday work); OT + HW = statutory overtime + statutory holiday work (hours). FY = the agreement year of the Article 36 agreement (from month ${m[1]}). Months without data are blank.`,
  ],
  [/^産後休業中（(.+) まで）のため対象外$/, (m) => `Left out: on postpartum leave (until ${m[1]})`],
  [
    /^分割付与（(.+)の付与の合計が10日に達した日から1年）$/,
    (m) => `Split grant (a year from the day the grants of ${m[1].replace(/・/g, ', ')} reached 10 days)`,
  ],
  [
    /^前倒し付与の比例按分（(.+)〜(.+) に (.+)日、取得(.+)日）で達成$/,
    (m) => `Met by the pro-rated reading (${m[1]} to ${m[2]}: ${m[3]} days, ${m[4]} taken)`,
  ],
  [/^対象外: 退職（(.+)）$/, (m) => `Not applicable: left (${m[1]})`],
  [/^対象外: 期間中ずっと(.+)$/, (m) => `Not applicable: on ${kinds(m[1])} throughout`],
  [
    /^対象外: (.+)のため、休業以外の平日が(\d+)日（必要な(.+)日より少ない）$/,
    (m) => `Not applicable: on ${kinds(m[1])}, ${m[2]} weekdays besides (fewer than the ${m[3]} days needed)`,
  ],
];

function kinds(text: string): string {
  // Mid-sentence: `育児休業・介護休業` → `childcare leave, family-care leave`.
  return text
    .split('・')
    .map((k) => LABELS_EN[k]?.replace(/^./, (c) => c.toLowerCase()) ?? k)
    .join(', ');
}

/** Every known Japanese label → English. */
const DICTIONARY = new Map<string, string>([
  ...Object.entries(LABELS_EN),
  ...Object.entries(TEXTS),
  ...Object.entries(CHECKLIST_TEXTS_EN),
]);

/**
 * One of the checker's texts in English; anything else as it is.
 * @example toEnglish('不足分') // 'Gap'
 * @example toEnglish('勤怠_上期') // '勤怠_上期' (a user's sheet name)
 */
export function toEnglish(text: string): string {
  const known = DICTIONARY.get(text);
  if (known !== undefined) return known;
  for (const [pattern, render] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return render(m);
  }
  // Lists of labelled figures (`係長 30.0% / 課長 15.0%`, `違反 3 / 警告 11`) and month ranges (`2025/12〜2026/01`).
  if (text.includes(' / ')) return text.split(' / ').map(labelledToEnglish).join(' / ');
  const range = /^([\d/-]+)〜([\d/-]+)$/.exec(text);
  return range ? `${range[1]}–${range[2]}` : text;
}

function labelledToEnglish(part: string): string {
  const m = /^(\S+) (\S+)$/.exec(part);
  const label = m ? DICTIONARY.get(m[1]) : undefined;
  return m && label ? `${label} ${m[2]}` : toEnglish(part);
}

function cellToEnglish(value: CellValue): CellValue {
  return typeof value === 'string' ? toEnglish(value) : value;
}

/** The number formats with a Japanese unit (`#,##0"行"`). */
function formatToEnglish(format: string | undefined): string | undefined {
  return format?.replace(/"行"/g, '" rows"');
}

/** A sheet with the checker's texts in English; values from the user's workbook stay as they are. */
export function layoutToEnglish(layout: SheetLayout): SheetLayout {
  return {
    ...layout,
    values: layout.values.map((row) => row.map(cellToEnglish)),
    styles: layout.styles.map((s) =>
      s.style.numberFormat ? { ...s, style: { ...s.style, numberFormat: formatToEnglish(s.style.numberFormat) } } : s,
    ),
    charts: layout.charts.map((c) => ({ ...c, title: toEnglish(c.title) })),
  };
}

/** The printed page header and footer in English (`基準日 2026/03/31` → `As of 2026/03/31`). */
export function pageToEnglish(layout: SheetLayout): SheetLayout {
  if (!layout.page) return layout;
  const text = (s: string) => s.replace(/^基準日 /, 'As of ').replace('WLB基準チェッカー', 'WLB Criteria Checker');
  const part = (hf: HeaderFooter): HeaderFooter =>
    Object.fromEntries(Object.entries(hf).map(([k, v]) => [k, typeof v === 'string' ? text(v) : v]));
  return { ...layout, page: { ...layout.page, header: part(layout.page.header), footer: part(layout.page.footer) } };
}
