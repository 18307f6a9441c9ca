/**
 * Parsers never throw: they say whether a cell could be read, and if not, why (in Japanese, shown to the user,
 * with the same reason as a message ref for other languages).
 */
import { msg, renderMessage, type Localized, type MessageRef } from '../../rules/messages';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string; ref?: MessageRef };

/** Wraps a readable value. Example: `succeed(7.5)` → `{ ok: true, value: 7.5 }`. */
export function succeed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

/** Wraps the reason a value could not be read. Example: `fail(notA(WORDS.time))` → message `時刻として読めません`. */
export function fail<T = never>(message: string | MessageRef): ParseResult<T> {
  return typeof message === 'string'
    ? { ok: false, message }
    : { ok: false, message: renderMessage(message, 'ja'), ref: message };
}

/** "Cannot be read as <what> (<why>)". Example: `notA(WORDS.date, WHY.noSuchDate)` → `日付として読めません（存在しない日付です）`. */
export function notA(what: Localized, why?: Localized): MessageRef {
  return why ? msg('parse.not-a-because', { what, why }) : msg('parse.not-a', { what });
}

/** "<what> is blank". Example: `blank(WORDS.date)` → `日付が空欄です`. */
export function blank(what: Localized): MessageRef {
  return msg('parse.blank', { what });
}

/** What a cell was expected to hold, in both languages (the Japanese is the word the messages always used). */
export const WORDS = {
  time: { ja: '時刻', en: 'a time of day' },
  duration: { ja: '時間', en: 'hours' },
  date: { ja: '日付', en: 'a date' },
  month: { ja: '年月', en: 'a year and month' },
  days: { ja: '日数', en: 'a number of days' },
  gender: { ja: '性別', en: 'a gender' },
  yesNo: { ja: '○×（はい・いいえ）', en: 'yes or no (○ / ×)' },
  leaveKind: { ja: '年休の区分（付与・取得）', en: 'an annual-leave kind (grant or taken)' },
  familyKind: { ja: '育児・介護の種別', en: 'a childcare / family-care kind' },
  employeeId: { ja: '社員番号', en: 'an employee ID' },
  text: { ja: '文字', en: 'text' },
  system: {
    ja: '労働時間制（通常・変形・フレックス・管理監督者・裁量）',
    en: 'a working-time system (general, variable, flextime, manager, discretionary)',
  },
  sector: {
    ja: '業務区分（一般・自動車運転・研究開発・医師）',
    en: 'a job sector (general, driver, research, doctor)',
  },
  carryOver: { ja: '繰越（○× または日数）', en: 'a carry-over (○ / × or days)' },
} satisfies Record<string, Localized>;

/** The names used in "… is blank" messages. */
export const BLANK_WORDS = {
  time: { ja: '時刻', en: 'The time' },
  duration: { ja: '時間', en: 'The hours' },
  date: { ja: '日付', en: 'The date' },
  month: { ja: '年月', en: 'The month' },
  days: { ja: '日数', en: 'The number of days' },
  gender: { ja: '性別', en: 'The gender' },
  kind: { ja: '区分', en: 'The kind' },
  familyKind: { ja: '種別', en: 'The kind' },
  employeeId: { ja: '社員番号', en: 'The employee ID' },
  system: { ja: '労働時間制', en: 'The working-time system' },
  sector: { ja: '業務区分', en: 'The job sector' },
} satisfies Record<string, Localized>;

/** Why a cell could not be read, when the message says more than "cannot be read". */
export const WHY = {
  errorValue: { ja: 'エラー値です', en: 'an error value' },
  after48: { ja: '48:00以降です', en: 'at or after 48:00' },
  serialRange: { ja: '日付のシリアル値の範囲外です', en: 'outside the range of date serial numbers' },
  feb29of1900: { ja: '1900年2月29日は存在しません', en: '29 February 1900 does not exist' },
  noSuchDate: { ja: '存在しない日付です', en: 'no such date' },
  outsideEraDate: { ja: '元号の期間外の日付です', en: "a date outside the era's years" },
  outsideEra: { ja: '元号の期間外です', en: "outside the era's years" },
  tooLong: { ja: '長すぎます', en: 'too long' },
  genderHint: { ja: '男・女で入力してください', en: 'enter M or F' },
} satisfies Record<string, Localized>;
