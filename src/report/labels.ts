/**
 * Japanese labels and colours shared by every output sheet, so a status or a severity looks the same everywhere.
 */
import type { Severity, Status } from '../rules/types';
import type { CellStyle } from './layout';

/** The checker's own sheet names (hosts pick another name when a user sheet already has one of them). */
export const SHEET_NAMES = {
  summary: 'WLB基準サマリー',
  law36: '36協定チェック',
  leave5: '年休5日チェック',
  childcare: '育休取得率',
  issues: '入力エラー',
  checklist: 'チェックリスト',
  health: '健康管理（80時間）',
  headroom: '残業上限の残り',
} as const;

const STATUS_LABELS: Record<Status, { ja: string; en: string }> = {
  pass: { ja: '達成', en: 'Pass' },
  fail: { ja: '未達', en: 'Fail' },
  'insufficient-data': { ja: 'データ不足', en: 'Insufficient data' },
  'not-applicable': { ja: '対象外', en: 'Not applicable' },
};

/**
 * Returns the label of a criterion status, as written in the 判定 column.
 *
 * @example statusLabel('insufficient-data', 'ja') // 'データ不足'
 */
export function statusLabel(status: Status, locale: 'ja' | 'en'): string {
  return STATUS_LABELS[status][locale];
}

/** Excel's own good / bad / neutral palette; 未達 is also bold so it stands out in black-and-white print. */
export const STATUS_STYLES: Record<Status, CellStyle> = {
  pass: { fill: '#C6EFCE', fontColor: '#006100', horizontal: 'center' },
  fail: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true, horizontal: 'center' },
  'insufficient-data': { fill: '#FFEB9C', fontColor: '#9C5700', horizontal: 'center' },
  'not-applicable': { fill: '#EDEDED', fontColor: '#595959', horizontal: 'center' },
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  violation: '違反',
  warning: '警告',
  'at-risk': '注意',
};

/** Most serious first: used to pick the colour of a cell hit by several findings and to sort rows. */
export const SEVERITY_RANK: Record<Severity, number> = { violation: 0, warning: 1, 'at-risk': 2 };

/** Red, orange, yellow; violations are bold too, so they read without colour. */
export const SEVERITY_STYLES: Record<Severity, CellStyle> = {
  violation: { fill: '#FF7C80', bold: true },
  warning: { fill: '#FFC000' },
  'at-risk': { fill: '#FFFF99' },
};

export const HEADER_STYLE: CellStyle = { bold: true, fill: '#D9E1F2', border: true, wrap: true, horizontal: 'center' };
export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14 };
export const SECTION_STYLE: CellStyle = { bold: true, fontSize: 12 };
export const NOTE_STYLE: CellStyle = { fontColor: '#595959' };
export const LINK_STYLE: CellStyle = { fontColor: '#0563C1' };

/** Headers for evidence-row keys the rule module is likely to use; an unknown key is shown as it is. */
export const EVIDENCE_KEY_LABELS: Record<string, string> = {
  employeeId: '社員番号',
  name: '氏名',
  gender: '性別',
  employmentType: '雇用形態',
  fixedTerm: '有期',
  date: '日付',
  birthDate: '出産日',
  childBirthDate: '子の出生日',
  spouseBirth: '配偶者の出産',
  kind: '種別',
  leaveKind: '休業の種別',
  leaveStart: '休業開始日',
  leaveEnd: '休業終了日',
  startDate: '開始日',
  endDate: '終了日',
  tookLeave: '育児休業等の取得',
  leaveTaken: '育児休業等の取得',
  childcareLeave: '育児休業等',
  purposeLeave: '育児目的休暇',
  counted: '算入',
  inDenominator: '分母に算入',
  inNumerator: '分子に算入',
  grantDate: '付与日',
  grantDays: '付与日数',
  days: '日数',
  windowEnd: '期限',
  taken: '取得日数',
  remaining: '残り（5日まで）',
  status: '状況',
  granted: '付与日数',
  rate: '取得率',
  period: '期間',
  value: '値',
  severity: '重大度',
  message: '内容',
  note: '備考',
  reason: '理由',
};

/** Enumerated values coming from the rule module (never the user's own text), shown in Japanese. */
export const EVIDENCE_VALUE_LABELS: Record<string, string> = {
  male: '男性',
  female: '女性',
  birth: '出産',
  'childcare-leave': '育児休業',
  'papa-leave': '産後パパ育休',
  'purpose-leave': '育児目的休暇',
  'maternity-leave': '産前産後休業',
  'care-leave': '介護休業',
  'care-day': '介護休暇',
  violation: '違反',
  warning: '警告',
  'at-risk': '要取得',
  ok: '達成',
  pass: '達成',
  fail: '未達',
  /** leave.five-day-obligation: a year the employee could not meet (退職, 育児休業 …); the reason is in `note`. */
  exempt: '対象外',
};
