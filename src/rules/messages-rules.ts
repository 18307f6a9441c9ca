/**
 * The rule module's gaps, findings and input issues in Japanese and English (see ./messages.ts). The Japanese
 * sentences are the ones the checker has always written; the English ones say the same for an English reader.
 * Law names in English follow the government's English translations (Labor Standards Act, Industrial Safety and
 * Health Act).
 */
import type { MessageEntry } from './messages';

/** `1 case`, `2 cases`. */
export function plural(n: string, word: string): string {
  return `${n} ${word}${Number(n) === 1 ? '' : 's'}`;
}

export const RULE_MESSAGES = {
  // Profile and shared inputs
  'issue.unknown-profile': {
    ja: (p) => `プロファイル「${p.profile}」が見つからないため、すべての基準（all）で評価しました`,
    en: (p) => `Profile "${p.profile}" was not found, so every criterion (all) was evaluated`,
  },
  'issue.fulltime-unknown': {
    ja: (p) =>
      `${p.id} のフルタイム区分が分かりません（フルタイム列・雇用形態・所定労働時間のいずれからも判定できません）。フルタイムの基準の集計から除外しました`,
    en: (p) =>
      `Cannot tell whether ${p.id} is full-time (from the full-time column, employment type or scheduled hours). Left out of the full-time criteria`,
  },
  'issue.gender-unknown': {
    ja: (p) => `${p.id} の性別が分からないため、${p.what}の集計から除外しました`,
    en: (p) => `${p.id} has no gender, so is left out of ${p.what}`,
  },
  'issue.gender-unknown-childcare': {
    ja: (p) => `${p.id} の性別が分からないため、育児休業取得率の集計から除外しました`,
    en: (p) => `${p.id} has no gender, so is left out of the childcare-leave rates`,
  },
  // Data that is missing
  'gap.no-monthly-hours': {
    ja: () => '勤怠データ（月ごとの時間外・休日労働）がありません',
    en: () => 'No attendance data (monthly overtime and holiday work)',
  },
  'gap.months-missing': {
    ja: (p) => `${p.months} の勤怠データがありません`,
    en: (p) => `No attendance data for ${p.months}`,
  },
  'gap.need-fulltime-columns': {
    ja: () => '社員名簿のフルタイム区分（フルタイム列・週所定労働時間・雇用形態）が必要です',
    en: () => 'The roster must say who is full-time (a full-time column, weekly scheduled hours or employment type)',
  },
  'gap.need-family-sheet': {
    ja: () => '育児・介護休業等（出産・育児休業）のシートがありません',
    en: () => 'There is no childcare / family-care sheet (births and childcare leave)',
  },
  'gap.need-roster-leavers': {
    ja: () => '社員名簿（退職日・退職理由）が必要です',
    en: () => 'A roster with leave dates and reasons for leaving is needed',
  },
  'gap.no-leave-grants': {
    ja: () => '年次有給休暇の付与の記録（年次有給休暇管理簿）がありません',
    en: () => 'No annual-leave grants (annual leave register)',
  },
  'gap.no-leave-takings': {
    ja: () => '年次有給休暇の取得の記録がありません',
    en: () => 'No annual leave taken on record',
  },
  // Working hours
  'gap.hours.reduce-month': {
    ja: (p) =>
      `${p.label ? `${p.label}: ` : ''}${p.month} の平均時間外労働をあと${p.hours}時間減らす必要（合計${p.total}時間）`,
    en: (p) =>
      `${p.label ? `${p.label}, ` : ''}${p.month}: mean overtime must come down by ${p.hours} h (${p.total} h in all)`,
  },
  // 36協定
  'finding.law36.month-over': {
    ja: (p) =>
      `${p.id} の ${p.month} の時間外労働 ${p.hours}時間は月${p.limit}時間${p.note}を超えています（特別条項が必要）`,
    en: (p) =>
      `${p.id}: overtime in ${p.month} is ${p.hours} h, over the ${p.limit} h monthly limit${p.note} (needs a special clause)`,
  },
  'finding.law36.month-100': {
    ja: (p) =>
      `${p.id} の ${p.month} の時間外・休日労働 ${p.hours}時間は単月100時間未満の上限に違反しています${p.note}${p.doctor}`,
    en: (p) =>
      `${p.id}: overtime + holiday work in ${p.month} is ${p.hours} h, breaking the under-100 h single-month cap${p.note}${p.doctor}`,
  },
  'finding.law36.six-months': {
    ja: (p) => `${p.id} は対象期間 ${p.period} に月${p.limit}時間超が${p.count}か月あります（年6か月まで）${p.note}`,
    en: (p) =>
      `${p.id}: ${plural(p.count, 'month')} over ${p.limit} h in the agreement year ${p.period} (6 months at most)${p.note}`,
  },
  'finding.law36.year-violation': {
    ja: (p) => `${p.id} の対象期間 ${p.period} の${p.what} ${p.hours}時間は年${p.limit}時間${p.note}を超えています`,
    en: (p) =>
      `${p.id}: ${p.what} in the agreement year ${p.period} is ${p.hours} h, over ${p.limit} h a year${p.note}`,
  },
  'finding.law36.year-warning': {
    ja: (p) =>
      `${p.id} の対象期間 ${p.period} の時間外労働 ${p.hours}時間は年${p.limit}時間${p.note}を超えています（特別条項が必要）`,
    en: (p) =>
      `${p.id}: overtime in the agreement year ${p.period} is ${p.hours} h, over ${p.limit} h a year${p.note} (needs a special clause)`,
  },
  'finding.law36.avg-80': {
    ja: (p) =>
      `${p.id} の ${p.start}〜${p.end} の時間外・休日労働の平均 ${p.hours}時間は2〜6か月平均80時間以内の上限に違反しています`,
    en: (p) =>
      `${p.id}: overtime + holiday work averages ${p.hours} h over ${p.start} to ${p.end}, breaking the 80 h 2–6-month average cap`,
  },
  'finding.law36.approaching': {
    ja: (p) =>
      `${p.id} の ${p.month} の時間外労働 ${p.hours}時間は月${p.limit}時間の${p.percent}%（${p.level}時間）以上です`,
    en: (p) =>
      `${p.id}: overtime in ${p.month} is ${p.hours} h, at or above ${p.percent}% of the ${p.limit} h monthly limit (${p.level} h)`,
  },
  'law36.note.variable-year': { ja: () => '（1年単位の変形労働時間制）', en: () => ' (1-year variable working hours)' },
  'law36.note.driver': { ja: () => '（自動車運転の業務）', en: () => ' (motor-vehicle driving)' },
  'law36.note.doctor': { ja: () => '（医師 A水準）', en: () => ' (physicians, level A)' },
  'law36.note.doctor-interview': {
    ja: () => '（面接指導の実施が記録されていなければ違反）',
    en: () => ' (a violation unless a physician interview is on record)',
  },
  'gap.law36.count': {
    ja: (p) => `${p.what}: ${p.people}（${p.n}件）`,
    en: (p) => `${p.what}: ${p.people} (${plural(p.n, 'case')})`,
  },
  // Health (80 h)
  // Annual leave
  'finding.leave.short-closed': {
    ja: (p) => `${p.id} は ${p.what}（期限 ${p.end}）の取得が${p.taken}日で、${p.needed}日に${p.short}日足りません`,
    en: (p) =>
      `${p.id}: took ${plural(p.taken, 'day')} for ${p.what} (deadline ${p.end}), ${plural(p.short, 'day')} short of ${p.needed}`,
  },
  'finding.leave.leaver-short': {
    ja: (p) =>
      `${p.id} は ${p.date} に退職し、退職日までの取得が${p.taken}日（5日に${p.short}日不足）: 退職までに5日取得させる必要があった可能性があります`,
    en: (p) =>
      `${p.id} left on ${p.date} having taken ${plural(p.taken, 'day')} (${p.short} short of 5): the 5 days may have been due before leaving`,
  },
  'finding.leave.short-open': {
    ja: (p) => `${p.id} は ${p.end} までにあと${p.short}日の取得が必要`,
    en: (p) => `${p.id} must take ${plural(p.short, 'more day')} by ${p.end}`,
  },
  'leave.what.combined': {
    ja: (p) => `${p.start}〜${p.end} の比例按分`,
    en: (p) => `the pro-rated period ${p.start} to ${p.end}`,
  },
  'leave.what.grant': { ja: (p) => `${p.start} 付与分`, en: (p) => `the grant of ${p.start}` },
  // Childcare
  'gap.birth-gender-unknown': {
    ja: () => '出産した人（配偶者が出産した人）の性別が分かりません（社員名簿の性別が必要）',
    en: () => 'The gender of people with a birth (their own or their spouse’s) is unknown (the roster needs gender)',
  },
  'gap.no-births': {
    ja: (p) => `${p.start}〜${p.end} に${p.who}の対象となる出産がありません`,
    en: (p) => `No birth between ${p.start} and ${p.end} counts for ${p.who}`,
  },
  'gap.childcare.takers': {
    ja: (p) => `${p.who}取得者があと${p.n}人必要`,
    en: (p) => `${p.n} more taking ${p.who} needed`,
  },
  // Resignations
  // Rest and late night
  // Women
  // Checklist
  'gap.checklist.no': {
    ja: (p) => `項目${p.item} が × です（該当する取組と根拠資料が必要: ${p.evidence}）`,
    en: (p) =>
      `Item ${p.item} is answered ×: the measure and documents showing it are needed (see the checklist sheet)`,
  },
  'gap.checklist.unanswered': {
    ja: (p) => `チェックリストの項目${p.item} に ○/× を回答してください`,
    en: (p) => `Answer item ${p.item} of the checklist with ○ or ×`,
  },
} satisfies Record<string, MessageEntry>;
