/**
 * The header vocabulary (docs/reading.md) and which fields each sheet kind can hold.
 * A header is looked up per kind, so an ambiguous header (区分, 開始日, Start) means what the kind needs:
 * 区分 is the day type on an attendance sheet and the leave kind on a leave sheet.
 */
import type { SheetKind } from '../../rules/types';
import { normalizeHeader } from '../parse/text';
import type { FieldId } from '../types';

import { FIELD_LABELS } from './field-labels';
import type { Lang } from '../../rules/messages';

export { FIELD_LABELS };

export const KIND_LABELS: Record<SheetKind, { ja: string; en: string }> = {
  roster: { ja: '社員名簿', en: 'Roster' },
  daily: { ja: '勤怠（日次）', en: 'Daily attendance' },
  monthly: { ja: '月次勤怠集計', en: 'Monthly attendance' },
  leave: { ja: '年次有給休暇管理簿', en: 'Annual leave' },
  family: { ja: '育児・介護休業等', en: 'Family leave' },
  checklist: { ja: 'チェックリスト', en: 'Checklist' },
};

/** Header texts per field, before normalisation. The spec's minimum plus common variants. */
const SYNONYMS: Record<FieldId, string[]> = {
  employeeId: [
    '社員番号',
    '社員No',
    '社員ID',
    '従業員番号',
    '従業員ID',
    '従業員No',
    '職員番号',
    '職員ID',
    '個人コード',
    '社員コード',
    '従業員コード',
    '職員コード',
    'スタッフコード',
    'スタッフID',
    'Employee ID',
    'EmployeeNo',
    'Emp ID',
    'ID',
    '社員#',
  ],
  name: ['氏名', '名前', '社員名', '従業員名', '職員名', 'Name', 'Employee name', 'Full name'],
  gender: ['性別', 'Gender', 'Sex'],
  birthDate: ['生年月日', '誕生日', 'Birth date', 'Birthdate', 'Date of birth', 'DOB'],
  employmentType: ['雇用形態', '雇用区分', '社員区分', '雇用管理区分', '契約形態', 'Employment type', 'Employment'],
  fullTime: ['フルタイム', 'フルタイム区分', 'Full time', 'Full-time'],
  weeklyHours: [
    '所定労働時間',
    '週所定労働時間',
    '週所定',
    '所定労働時間週',
    '週の所定労働時間',
    'Weekly hours',
    'Scheduled hours',
  ],
  dailyHours: ['1日の所定労働時間', '日所定労働時間', '所定労働時間日', '1日所定労働時間', 'Daily hours'],
  workingTimeSystem: ['労働時間制', '労働時間制度', '勤務形態', '勤務体系', '労働時間制の種類', 'Working time system'],
  sector: ['業務区分', '36協定業務区分', 'Sector'],
  hireDate: ['入社日', '入社年月日', '入社年月日入社日', '雇入日', '雇入年月日', '採用日', 'Hire date', 'Hired'],
  leaveDate: ['退職日', '退職年月日', '離職日', 'Leave date', 'Termination date'],
  leaveReason: ['退職理由', '離職理由', '退職事由', 'Reason', 'Leave reason'],
  rehired: ['再雇用', '再雇用実績', '再雇用有無', 'Rehired'],
  position: ['役職', '職位', '役職名', '役職1', '役職1役職', 'Position', 'Title', 'Job title'],
  department: ['部署', '所属', '部門', '部署名', '所属部署', '部署1', '部署1部署', '所属名', 'Department', 'Dept'],
  workplace: ['事業場', '事業所', '事業場名', '事業所名', '勤務地', '拠点', 'Workplace', 'Site'],
  fixedTerm: ['有期', '有期契約', '有期雇用', '契約期間の定め', 'Fixed term', 'Fixed-term'],
  date: ['日付', '勤務日', '年月日', '出勤日', '対象日', '日時', 'Date', 'Work date', '取得年月日'],
  month: ['年月', '対象月', '月', '対象年月', '集計月', '月度', '勤怠年月', 'Month'],
  start: [
    '出勤',
    '出勤時刻',
    '出勤時間',
    '始業',
    '始業時刻',
    '出社',
    '出社時刻',
    'Start',
    'Start time',
    'Clock in',
    'In',
  ],
  end: ['退勤', '退勤時刻', '退勤時間', '終業', '終業時刻', '退社', '退社時刻', 'End', 'End time', 'Clock out', 'Out'],
  break: ['休憩', '休憩時間', 'Break', 'Break time'],
  worked: [
    '実働',
    '実働時間',
    '労働時間',
    '勤務時間',
    '総労働時間',
    '実労働時間',
    '労働合計時間',
    '総勤務時間',
    '実労働時間合計',
    'Worked hours',
    'Hours worked',
    'Total hours',
  ],
  dayType: [
    '勤務区分',
    '区分',
    '勤怠区分',
    '種別',
    '勤務種別',
    '出勤区分',
    '休日区分',
    '勤務日種別',
    '休日',
    'Day type',
    'Type',
  ],
  scheduled: ['所定時間', 'シフト時間', '予定時間', '所定労働時間', 'Scheduled hours'],
  overtime: [
    '法定時間外',
    '法定時間外労働',
    '法定時間外労働時間',
    '時間外労働時間',
    '時間外労働',
    '時間外',
    '残業時間',
    '残業',
    '法定時間外残業',
    '法定外残業時間',
    '所定外法定外労働時間',
    '法定外時間平日',
    '法定外時間所定休日',
    'Overtime',
    'OT',
  ],
  holidayWork: [
    '法定休日労働',
    '法定休日労働時間',
    '休日労働',
    '休日労働時間',
    '休日出勤時間',
    '休日出勤',
    '休出',
    '休出時間',
    '法定休日出勤',
    '法定外時間法定休日',
    '法定休日出勤時間',
    'Holiday work',
  ],
  lateNight: ['深夜', '深夜労働', '深夜時間', '深夜労働時間', '深夜勤務', '深夜残業時間', 'Late night', 'Night'],
  days: ['日数', 'Days', '休暇日数'],
  leaveHours: ['時間数', '取得時間', '取得時間数', '時間単位', '時間単位年休', '取得時間単位', 'Hours'],
  kind: ['区分', '種別', '休暇種別', '休業種別', '種類', '休業区分', 'Kind', 'Type'],
  grantDate: ['付与日', '付与年月日', '基準日', '有給休暇発生日', '発生日', 'Grant date'],
  grantDays: ['付与日数', '付与', 'Days granted', 'Granted'],
  takenDate: ['取得日', '時季', '取得年月日時季', 'Date taken'],
  takenDays: ['取得日数', '取得', 'Days taken'],
  carryOver: ['繰越', '繰越日数', '前年繰越', '前年繰越日数', '繰越分', 'Carry over', 'Carried over'],
  leaveStart: ['開始日', '休業開始日', '取得開始日', '開始', 'Start', 'Start date', 'From'],
  leaveEnd: ['終了日', '休業終了日', '取得終了日', '終了', 'End', 'End date', 'To'],
  childBirthDate: [
    '子の生年月日',
    '出生日',
    '出産日',
    '出産予定日',
    '子の出生日',
    'Child birth date',
    'Birth of child',
  ],
  spouseBirth: ['配偶者出産', '配偶者の出産', 'Spouse birth'],
  itemNo: ['項目番号', '項番', '番号', 'No', 'Item no'],
  itemText: ['項目', '項目名', '内容', 'Item'],
  answer: ['該当', '回答', '該当有無', '○×', 'Answer'],
  evidence: ['証拠', '備考', '証拠書類', 'エビデンス', '根拠', 'Evidence', 'Note', 'Notes'],
  nextDay: ['翌日', '翌日区分', '日跨ぎ', '翌', '徹夜', 'Next day', 'Overnight'],
  punchTime: ['打刻時刻', '打刻時間', '時刻', '打刻日時', 'Timestamp', 'Punch time'],
  punchKind: ['打刻種別', '打刻区分', '打刻種類', '打刻', 'Punch type'],
  breakStart: ['休憩開始', '休憩開始時刻', '休憩入り', 'Break start'],
  breakEnd: ['休憩終了', '休憩終了時刻', '休憩戻り', 'Break end'],
  takenDates: ['取得日一覧', '取得日リスト'],
};

/**
 * Headers that mean one thing only on one kind of sheet: the day column of a 出勤簿 (`日`), an English timesheet's
 * `Start date` / `Duration` / `User` (Toggl, Clockify, Harvest), which elsewhere would mean a leave's start.
 */
const KIND_SYNONYMS: Partial<Record<SheetKind, Partial<Record<FieldId, string[]>>>> = {
  daily: {
    date: ['日', '日にち', 'Day', 'Start date'],
    worked: ['Duration', 'Hours'],
    name: ['User', 'Member', 'Employee', 'Staff'],
  },
  leave: { takenDays: ['取得日数計', '取得日数合計', '取得計'] },
};

/** Fields each kind can hold, in lookup priority (first field whose synonyms hold a header wins). */
const KIND_FIELDS: Record<SheetKind, FieldId[]> = {
  roster: [
    'employeeId',
    'name',
    'gender',
    'birthDate',
    'employmentType',
    'fullTime',
    'dailyHours',
    'weeklyHours',
    'workingTimeSystem',
    'sector',
    'hireDate',
    'leaveDate',
    'leaveReason',
    'rehired',
    'position',
    'department',
    'workplace',
    'fixedTerm',
  ],
  daily: [
    'employeeId',
    'name',
    'date',
    'month',
    'start',
    'end',
    'break',
    'worked',
    'dayType',
    'scheduled',
    'overtime',
    'holidayWork',
    'lateNight',
    'department',
    'nextDay',
    'punchTime',
    'punchKind',
    'breakStart',
    'breakEnd',
  ],
  monthly: ['employeeId', 'name', 'month', 'overtime', 'holidayWork', 'worked', 'lateNight', 'department'],
  leave: [
    'employeeId',
    'name',
    'grantDate',
    'grantDays',
    'takenDate',
    'takenDates',
    'takenDays',
    'date',
    'days',
    'kind',
    'leaveHours',
    'carryOver',
    'leaveStart',
    'leaveEnd',
    'department',
  ],
  family: [
    'employeeId',
    'name',
    'gender',
    'kind',
    'childBirthDate',
    'spouseBirth',
    'leaveStart',
    'leaveEnd',
    'date',
    'department',
  ],
  checklist: ['itemNo', 'itemText', 'answer', 'evidence'],
};

/** Kinds in the order they win a tie. */
export const SHEET_KINDS: SheetKind[] = ['daily', 'monthly', 'roster', 'leave', 'family', 'checklist'];

/**
 * What each kind needs: every group must be met by one of its alternatives (all fields of that alternative).
 * Daily needs (start and end) or worked hours; leave needs some date and some amount.
 */
const REQUIRED: Record<SheetKind, FieldId[][][]> = {
  roster: [[['employeeId']]],
  daily: [
    [['employeeId'], ['name']],
    [['date'], ['punchTime']],
    [['start', 'end'], ['worked'], ['overtime'], ['punchTime']],
  ],
  monthly: [[['employeeId'], ['name']], [['month']], [['overtime']]],
  leave: [
    [['employeeId'], ['name']],
    [['date'], ['grantDate'], ['takenDate'], ['leaveStart'], ['takenDates']],
    [['days'], ['grantDays'], ['takenDays'], ['leaveHours'], ['takenDates']],
  ],
  family: [[['employeeId']], [['kind']], [['date'], ['leaveStart'], ['childBirthDate']]],
  checklist: [[['itemText'], ['itemNo']], [['answer']]],
};

/** Normalised header → field, per kind. */
const LOOKUP: Record<SheetKind, Map<string, FieldId>> = buildLookup();

function buildLookup(): Record<SheetKind, Map<string, FieldId>> {
  const out = {} as Record<SheetKind, Map<string, FieldId>>;
  for (const kind of SHEET_KINDS) {
    const map = new Map<string, FieldId>();
    for (const [field, words] of Object.entries(KIND_SYNONYMS[kind] ?? {}) as [FieldId, string[]][])
      for (const word of words) map.set(normalizeHeader(word), field);
    for (const field of KIND_FIELDS[kind]) {
      for (const word of SYNONYMS[field]) {
        const key = normalizeHeader(word);
        if (!map.has(key)) map.set(key, field);
      }
    }
    out[kind] = map;
  }
  return out;
}

/**
 * Bracketed words that carry the meaning of a column (MF's `法定外時間（平日）` vs `（法定休日）`), unlike a unit
 * (`（時間）`, `（分）`) or an office name (`（本社）`), which are ignored. A legend of codes (`（0:法定休日、1:所定休日）`)
 * is neither: it explains the values, not the column.
 */
const MEANINGFUL_BRACKET = /^(平日|法定休日|所定休日|法定外休日|休日|深夜|ヨミガナ|フリガナ|カナ|ふりがな|よみがな)$/;
const BRACKET_CONTENT = /[(（[［【〔]([^)）\]］】〕]*)[)）\]］】〕]/g;

/**
 * The lookup key of a header: normalizeHeader's, plus the bracketed words that carry meaning.
 * Example: `headerKey('法定外時間（法定休日）（本社）')` → `'法定外時間法定休日'`; `headerKey('実働時間（h）')` → `'実働時間'`.
 */
export function headerKey(header: string): string {
  const base = normalizeHeader(header);
  let meaning = '';
  for (const m of header.normalize('NFKC').matchAll(BRACKET_CONTENT)) {
    const inside = m[1].replace(/\s/g, '');
    if (MEANINGFUL_BRACKET.test(inside)) meaning += inside;
  }
  return base + meaning;
}

/**
 * The field a header means on a sheet of the given kind, or null.
 * Example: `fieldForHeader('区分', 'daily')` → `'dayType'`; `fieldForHeader('区分', 'leave')` → `'kind'`.
 */
export function fieldForHeader(header: string, kind: SheetKind): FieldId | null {
  return LOOKUP[kind].get(normalizeHeader(header)) ?? null;
}

/** Same as fieldForHeader for an already normalised header. */
export function fieldForNormalizedHeader(normalized: string, kind: SheetKind): FieldId | null {
  return LOOKUP[kind].get(normalized) ?? null;
}

/**
 * Fields that can be placed on a sheet of that kind (the drop-down options of 列の確認).
 * Example: `fieldsForKind('monthly')` includes `'overtime'` and not `'start'`.
 */
export function fieldsForKind(kind: SheetKind): FieldId[] {
  return KIND_FIELDS[kind].slice();
}

/**
 * Fields the kind needs that the placed fields do not provide (the first alternative of each unmet group).
 * Example: `missingFields('daily', new Set(['employeeId', 'date']))` → `['start', 'end']`.
 */
export function missingFields(kind: SheetKind, placed: ReadonlySet<FieldId>): FieldId[] {
  const missing: FieldId[] = [];
  for (const group of REQUIRED[kind]) {
    if (group.some((alt) => alt.every((f) => placed.has(f)))) continue;
    for (const f of group[0]) if (!placed.has(f)) missing.push(f);
  }
  return missing;
}

/**
 * Japanese description of what a kind needs, naming the alternatives: used in sheet-level issues.
 * Example: `describeRequirement('daily', ['start', 'end'])` → `'出勤時刻・退勤時刻（または 実働時間 / 法定時間外労働）'`.
 */
export function describeMissing(kind: SheetKind, placed: ReadonlySet<FieldId>, lang: Lang = 'ja'): string {
  const parts: string[] = [];
  for (const group of REQUIRED[kind]) {
    if (group.some((alt) => alt.every((f) => placed.has(f)))) continue;
    const [first, ...others] = group.map((alt) =>
      alt.map((f) => FIELD_LABELS[f][lang]).join(lang === 'ja' ? '・' : ' + '),
    );
    const or = lang === 'ja' ? `${first}（または ${others.join(' / ')}）` : `${first} (or ${others.join(' / ')})`;
    parts.push(others.length ? or : first);
  }
  return parts.join(lang === 'ja' ? '、' : ', ');
}
