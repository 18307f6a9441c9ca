/**
 * Messages of the structural reader (layouts without a header row, header blocks, day-of-month columns, punch logs,
 * break rules, names as identity, date lists): what it assumed and what it asks, in Japanese and English.
 */
import type { MessageEntry } from './messages';

export const READING_MESSAGES = {
  'reading.weekday-contradicts': {
    ja: (p) => `曜日が日付と合いません（${p.date} は ${p.actual}曜日です。書かれた曜日: ${p.weekday}）`,
    en: (p) => `The weekday does not match the date (${p.date} is a ${p.actual}; written: ${p.weekday})`,
  },
  'ask.month': {
    ja: () =>
      '日だけが書かれていて、何年何月か分かりません（シート上部の年月・シート名・ファイル名のどれにもありません）',
    en: () =>
      'Only the day is written and the year and month are nowhere (not above the table, in the sheet name or the file name)',
  },
  'ask.date-order': {
    ja: (p) =>
      `日付「${p.example}」が 月/日/年 か 日/月/年 か決まりません（どの日付も両方の数が12以下です）。マッピングの "dateOrder" に "month-first" か "day-first" を指定してください`,
    en: (p) =>
      `Cannot tell whether "${p.example}" is month/day/year or day/month/year (every date has both numbers at 12 or less). Set "dateOrder" to "month-first" or "day-first" in the mapping`,
  },
  'reading.break-assumed': {
    ja: (p) =>
      `休憩の列がないため、休憩を「${p.rule}」として差し引きました（${p.days}日分）。会社の休憩が違う場合は、列の確認の「休憩」で指定してください`,
    en: (p) =>
      `There is no break column, so the break was taken as "${p.rule}" (${p.days} days). If the company's break differs, set it under Break in the column check`,
  },
  'reading.no-header-assumed': {
    ja: (p) => `見出しの行がないため、値から列を読みました: ${p.columns}。違う場合は列の確認で直してください`,
    en: (p) =>
      `There is no header row, so the columns were read from their values: ${p.columns}. Correct them in the column check if this is wrong`,
  },
  'ask.header-row': {
    ja: (p) => `見出しの行がなく、値からは列が決まりません（${p.why}）。列の確認で各列の意味を指定してください`,
    en: (p) =>
      `There is no header row and the values do not decide the columns (${p.why}). Say what each column holds in the column check`,
  },
  'ask.columns': {
    ja: (p) => `列の意味が値から決まりません（${p.why}）。列の確認で各列の意味を指定してください`,
    en: (p) =>
      `The values do not decide what the columns hold (${p.why}). Say what each column holds in the column check`,
  },
  'reading.punch-unpaired': {
    ja: (p) => `${p.id} の ${p.date} の打刻が対になりません（${p.detail}）。この日の時間は数えません`,
    en: (p) => `${p.id}'s punches on ${p.date} do not pair up (${p.detail}). This day's hours are not counted`,
  },
  'reading.name-not-on-roster': {
    ja: (p) => `氏名「${p.name}」は社員名簿にありません。この氏名をそのまま社員として数えます`,
    en: (p) => `The name "${p.name}" is not on the roster. It is counted as an employee of its own`,
  },
  'reading.id-from-name': {
    ja: (p) =>
      `社員番号の列がないため、${p.where}の「${p.id}」をこのシートの社員番号としました。違う場合は列の確認で指定してください`,
    en: (p) =>
      `There is no employee number column, so "${p.id}" from the ${p.where} was taken as this sheet's employee. Correct it in the column check if this is wrong`,
  },
  'ask.identity': {
    ja: (p) =>
      `氏名「${p.name}」の社員が名簿に${p.n}人います（${p.ids}）。どの社員か分からないため、この氏名の行は読んでいません`,
    en: (p) =>
      `${p.n} employees on the roster are named "${p.name}" (${p.ids}). Rows with this name are not read: it cannot be told whose they are`,
  },
  'reading.taken-date-list': {
    ja: () => '取得日の一覧として読めません（例: 5/31、6/3 や 4/2,4/3(半)）',
    en: () => 'Cannot be read as a list of dates taken (e.g. 5/31, 6/3 or 4/2, 4/3 (half day))',
  },
  'reading.taken-total-differs': {
    ja: (p) => `取得日の一覧は ${p.listed}日分ですが、取得日数は ${p.stated}日と書かれています。一覧の日付を数えました`,
    en: (p) =>
      `The dates listed add up to ${p.listed} days but ${p.stated} days are written. The listed dates were counted`,
  },
} satisfies Record<string, MessageEntry>;
