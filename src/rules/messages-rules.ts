/**
 * The rule module's gaps, findings and input issues in Japanese and English (see ./messages.ts). The Japanese
 * sentences are the ones the checker has always written; the English ones say the same for an English reader.
 * Law names in English follow the government's English translations (Labor Standards Act, Industrial Safety and
 * Health Act).
 */
import type { MessageEntry } from './messages';

/** `1 case`, `2 cases`. */
function plural(n: string, word: string): string {
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
  'issue.birthdate-unknown': {
    ja: (p) => `${p.id} の生年月日が分からないため、25〜39歳の基準の集計から除外しました`,
    en: (p) => `${p.id} has no birth date, so is left out of the aged 25–39 criterion`,
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
  'gap.no-attendance-hours': {
    ja: () => '勤怠データ（労働時間、又は時間外・休日労働）がありません',
    en: () => 'No attendance data (hours worked, or overtime and holiday work)',
  },
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
  'gap.need-birthdates': { ja: () => '社員名簿の生年月日が必要です', en: () => 'The roster needs birth dates' },
  'gap.need-worked-hours': {
    ja: () => '労働時間（実働時間）のデータが必要です（日次の勤怠、又は総労働時間の列）',
    en: () => 'Hours worked are needed (daily attendance, or a total-hours column)',
  },
  'gap.need-daily-times': {
    ja: () => '始業・終業時刻のある日次の勤怠データが必要です',
    en: () => 'Daily attendance with start and end times is needed',
  },
  'gap.need-latenight': {
    ja: () => '日次の勤怠データ（深夜時間）が必要です',
    en: () => 'Daily attendance with late-night hours is needed',
  },
  'gap.need-positions': { ja: () => '社員名簿の役職が必要です', en: () => 'The roster needs positions' },
  'gap.need-hire-dates': { ja: () => '社員名簿の入社日が必要です', en: () => 'The roster needs hire dates' },
  'gap.need-family-sheet': {
    ja: () => '育児・介護休業等（出産・育児休業）のシートがありません',
    en: () => 'There is no childcare / family-care sheet (births and childcare leave)',
  },
  'gap.need-roster-fixed-term': {
    ja: () => '社員名簿（雇用形態・有期契約の別）が必要です',
    en: () => 'A roster with employment types (fixed-term or not) is needed',
  },
  'gap.need-roster-leavers': {
    ja: () => '社員名簿（退職日・退職理由）が必要です',
    en: () => 'A roster with leave dates and reasons for leaving is needed',
  },
  'gap.missing-roster-columns': {
    ja: (p) => `社員名簿に${p.columns.replace(/、/g, '・')}の列がないため、誰がなぜ退職したか分かりません`,
    en: (p) => `The roster has no ${p.columns} column, so who left and why is unknown`,
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
  'gap.hours.reduce-person': {
    ja: (p) => `${p.id} の月平均の法定時間外労働（${p.mean}時間）をあと${p.hours}時間減らす必要`,
    en: (p) => `${p.id}: monthly mean statutory overtime (${p.mean} h) must come down by ${p.hours} h`,
  },
  'gap.hours.weekly60': {
    ja: (p) => `週60時間以上の人をあと${p.n}人減らす必要（${p.people}）`,
    en: (p) => `${p.n} fewer people working 60 h a week or more needed (${p.people})`,
  },
  'gap.kurumin.either': {
    ja: (p) => `次のいずれかが必要: ①${p.a}（${p.aGap}） ②${p.b}（${p.bGap}）`,
    en: (p) => `One of these is needed: (1) ${p.a} (${p.aGap}) (2) ${p.b} (${p.bGap})`,
  },
  'gap.kurumin.sixty': { ja: (p) => `${p.title}が必要（${p.gap}）`, en: (p) => `Needed: ${p.title} (${p.gap})` },
  'label.no-employment-category': { ja: () => '（雇用区分なし）', en: () => '(no employment category)' },
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
  'finding.health.over-80': {
    ja: (p) => `${p.id} の ${p.month} の週40時間を超える労働は ${p.hours}時間（80時間超）: ${p.duty}`,
    en: (p) => `${p.id}: work beyond 40 h a week in ${p.month} is ${p.hours} h (over 80 h): ${p.duty}`,
  },
  'health.duty.notify': {
    ja: () =>
      '本人に時間外・休日労働の時間を速やかに（概ね2週間以内に）通知し、申出があれば医師の面接指導を行う（安衛法66条の8・66条の8の3、安衛則52条の2・52条の3）',
    en: () =>
      'tell the employee the hours promptly (within about 2 weeks) and arrange a physician interview on request (Industrial Safety and Health Act Art. 66-8, 66-8-3; Ordinance Art. 52-2, 52-3)',
  },
  'health.duty.research': {
    ja: () => '研究開発業務で月100時間超: 申出がなくても医師の面接指導を行う（安衛法66条の8の2）。本人への通知も必要',
    en: () =>
      'research and development work over 100 h: a physician interview is required even without a request (Industrial Safety and Health Act Art. 66-8-2); the employee must be told too',
  },
  'gap.health.notify': {
    ja: (p) => `本人への通知（と申出による医師の面接指導）が必要: ${p.people}（${p.n}か月分）`,
    en: (p) =>
      `Notice to the employee (and a physician interview on request) needed: ${p.people} (${plural(p.n, 'month')})`,
  },
  // Annual leave
  'finding.leave.short-closed': {
    ja: (p) => `${p.id} は ${p.what}（期限 ${p.end}）の取得が${p.taken}日で、${p.needed}日に${p.short}日足りません`,
    en: (p) => `${p.id}: took ${p.taken} days for ${p.what} (deadline ${p.end}), ${p.short} days short of ${p.needed}`,
  },
  'finding.leave.leaver-short': {
    ja: (p) =>
      `${p.id} は ${p.date} に退職し、退職日までの取得が${p.taken}日（5日に${p.short}日不足）: 退職までに5日取得させる必要があった可能性があります`,
    en: (p) =>
      `${p.id} left on ${p.date} having taken ${p.taken} days (${p.short} short of 5): the 5 days may have been due before leaving`,
  },
  'finding.leave.short-open': {
    ja: (p) => `${p.id} は ${p.end} までにあと${p.short}日の取得が必要`,
    en: (p) => `${p.id} must take ${p.short} more days by ${p.end}`,
  },
  'leave.what.combined': {
    ja: (p) => `${p.start}〜${p.end} の比例按分`,
    en: (p) => `the pro-rated period ${p.start} to ${p.end}`,
  },
  'leave.what.grant': { ja: (p) => `${p.start} 付与分`, en: (p) => `the grant of ${p.start}` },
  'gap.no-10day-grants': { ja: () => '10日以上の付与がありません', en: () => 'No grant of 10 days or more' },
  'gap.no-grants-between': {
    ja: (p) => `${p.start}〜${p.end} の付与がありません`,
    en: (p) => `No leave granted between ${p.start} and ${p.end}`,
  },
  'gap.takeup': {
    ja: (p) => `取得率${p.target}まで全体であと${p.needed}日の取得が必要（付与${p.granted}日・取得${p.taken}日）`,
    en: (p) =>
      `${p.needed} more days taken in all needed to reach ${p.target} (${p.granted} days granted, ${p.taken} taken)`,
  },
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
  'gap.need-male-taker': {
    ja: () => '男性の育児休業等（育児休業・産後パパ育休）の取得者が1人以上必要',
    en: () => 'At least one man must take childcare leave (childcare leave or paternity leave at birth)',
  },
  // Resignations
  'gap.childbirth-leavers': {
    ja: (p) => `妊娠・出産・育児を理由に退職した女性（${p.people}）がいます。該当者の再雇用の実績があれば達成`,
    en: (p) => `Women left for pregnancy, childbirth or childcare (${p.people}). Passes if one of them was rehired`,
  },
  'gap.unknown-reason-or-gender': {
    ja: (p) => `退職理由（又は性別）が分からない退職者がいます: ${p.people}`,
    en: (p) => `Leavers whose reason (or gender) is unknown: ${p.people}`,
  },
  'gap.no-women-left': { ja: () => '3年間に退職した女性がいません', en: () => 'No woman left in the 3 years' },
  'gap.care-leavers': {
    ja: (p) => `介護を理由とした退職者がいます（${p.people}）`,
    en: (p) => `People left to care for family (${p.people})`,
  },
  'gap.need-care-use': {
    ja: () => '介護休業・介護休暇の利用実績が1件以上必要',
    en: () => 'At least one use of family-care leave or care days is needed',
  },
  'gap.need-care-records': {
    ja: () => '介護休業・介護休暇の記録（育児・介護休業等のシート）が必要です',
    en: () => 'Records of family-care leave and care days (the childcare / family-care sheet) are needed',
  },
  'gap.unknown-reason': {
    ja: (p) => `退職理由が分からない退職者がいます: ${p.people}`,
    en: (p) => `Leavers whose reason is unknown: ${p.people}`,
  },
  // Rest and late night
  'finding.rest.short': {
    ja: (p) => `${p.id} の ${p.date} の始業までの休息が${p.hours}時間です（${p.limit}時間未満）`,
    en: (p) => `${p.id}: rest before starting on ${p.date} was ${p.hours} h (under ${p.limit} h)`,
  },
  'gap.rest.count': {
    ja: (p) => `休息${p.limit}時間未満が${p.n}回あります（${p.people}）`,
    en: (p) => `${plural(p.n, 'rest')} under ${p.limit} h (${p.people})`,
  },
  'finding.latenight': {
    ja: (p) => `${p.id} の ${p.month} の深夜業は${p.count}日です（月${p.limit}日まで）`,
    en: (p) => `${p.id}: ${plural(p.count, 'late-night day')} in ${p.month} (${p.limit} a month at most)`,
  },
  'gap.latenight': {
    ja: (p) => `深夜業が月${p.limit}日を超える月があります（${p.people}、${p.n}件）`,
    en: (p) => `Months with more than ${p.limit} late-night days (${p.people}, ${plural(p.n, 'case')})`,
  },
  // Women
  'gap.women.level': {
    ja: (p) => `${p.level}の女性があと${p.n}人必要（${p.total}人中${p.women}人、目標${p.target}）`,
    en: (p) => `${p.n} more women needed at ${p.level} level (${p.women} of ${p.total}, target ${p.target})`,
  },
  'gap.no-managers': {
    ja: () => '係長・課長補佐・課長・部長に当たる役職の人がいません（役職の対応表を確認してください）',
    en: () =>
      'Nobody holds a position counted as section chief, deputy manager, manager or department head (check the position mapping)',
  },
  'gap.hire-gender-unknown': { ja: () => '採用者の性別が分かりません', en: () => 'The gender of hires is unknown' },
  'gap.no-hires': {
    ja: (p) => `${p.start}〜${p.end} の採用者がいません`,
    en: (p) => `No hires between ${p.start} and ${p.end}`,
  },
  'gap.women.hires': {
    ja: (p) => `女性の採用があと${p.n}人必要（${p.total}人中${p.women}人）`,
    en: (p) => `${p.n} more women hires needed (${p.women} of ${p.total})`,
  },
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
