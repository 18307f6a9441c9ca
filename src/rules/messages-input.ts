/**
 * Input issues raised while reading the user's sheets, in Japanese and English (see ./messages.ts). They live in
 * the rules layer with the other messages so that the report layer, which may not import ingest, renders them.
 * Field and sheet-kind names arrive as `{ ja, en }` labels; header words the user wrote arrive as they are.
 */
import type { MessageEntry } from './messages';

export const INPUT_MESSAGES = {
  // A cell that cannot be read
  'parse.not-a': { ja: (p) => `${p.what}として読めません`, en: (p) => `Cannot be read as ${p.what}` },
  'parse.not-a-because': {
    ja: (p) => `${p.what}として読めません（${p.why}）`,
    en: (p) => `Cannot be read as ${p.what} (${p.why})`,
  },
  'parse.blank': { ja: (p) => `${p.what}が空欄です`, en: (p) => `${p.what} is blank` },
  'parse.hours-too-large': {
    ja: (p) => `時間として大きすぎます（${p.max}時間まで。分の列なら見出しに「分」と書いてください）`,
    en: (p) => `Too many hours (${p.max} h at most; for a column of minutes, add "(min)" to its header)`,
  },
  /** A cell's reason followed by the column it was read as (and where a context value came from). */
  'issue.cell': { ja: (p) => `${p.reason}（${p.column}）`, en: (p) => `${p.reason} (${p.column})` },
  'issue.context-value': {
    ja: (p) => `${p.reason}（${p.column}・${p.origin}）`,
    en: (p) => `${p.reason} (${p.column}, ${p.origin})`,
  },
  // Rows skipped or not counted
  'issue.blank-id-skipped': {
    ja: () => '社員番号が空欄です。この行は読み飛ばしました',
    en: () => 'The employee ID is blank. This row was skipped',
  },
  'issue.blank-field-skipped': {
    ja: (p) => `${p.field}が空欄です。この行は読み飛ばしました`,
    en: (p) => `${p.field} is blank. This row was skipped`,
  },
  'issue.not-on-roster': {
    ja: (p) => `社員番号 ${p.id} は社員名簿にありません`,
    en: (p) => `Employee ID ${p.id} is not on the roster`,
  },
  'issue.monthly-overrides-daily': {
    ja: (p) =>
      `社員番号 ${p.id} の ${p.month} は日次の勤怠${p.at ? `（${p.at}ほか）` : ''}と月次集計の両方にあります。時間外・休日労働はこの月次集計の値を使い、日次の行はこの月の時間外・休日労働の集計には使っていません`,
    en: (p) =>
      `Employee ID ${p.id}, ${p.month}: both daily attendance${p.at ? ` (${p.at} and others)` : ''} and a monthly summary. Overtime and holiday work come from this monthly summary; the daily rows are not used for this month's overtime and holiday work`,
  },
  'issue.duplicate-month-row': {
    ja: (p) => `社員番号 ${p.id} の ${p.month} の行が重複しています（最初の行: ${p.first}）。この行は数えません`,
    en: (p) => `Employee ID ${p.id}, ${p.month}: duplicate row (first row: ${p.first}). This row is not counted`,
  },
  'issue.duplicate-day-row': {
    ja: (p) =>
      `社員番号 ${p.id} の ${p.date} の行が、前の行と同じ内容で重複しています（最初の行: ${p.first}）。この行は数えません`,
    en: (p) =>
      `Employee ID ${p.id}, ${p.date}: the same row as before (first row: ${p.first}). This row is not counted`,
  },
  'issue.duplicate-day-overlap': {
    ja: (p) =>
      `社員番号 ${p.id} の ${p.date} の行が重複しています（最初の行: ${p.first}。出勤・退勤の時間が前の行と重なっています）。この行は数えません`,
    en: (p) =>
      `Employee ID ${p.id}, ${p.date}: a duplicate row — its clock-in and clock-out overlap an earlier row's (first row: ${p.first}). This row is not counted`,
  },
  'issue.half-pair-blank': {
    ja: (p) => `${p.missing}が空欄です（${p.other}はあります）。この日の時間は数えません`,
    en: (p) => `${p.missing} is blank (${p.other} is there). This day's hours are not counted`,
  },
  'issue.end-before-start': {
    ja: () => '退勤時刻が出勤時刻より前です（翌日としても前です）。この日の時間は数えません',
    en: () => "The end time is before the start time (even as the next day). This day's hours are not counted",
  },
  'issue.break-too-long': {
    ja: () => '休憩時間が出勤から退勤までの時間より長いです。この日の時間は数えません',
    en: () => "The break is longer than the time from start to end. This day's hours are not counted",
  },
  'issue.leave-row-empty': {
    ja: () => '付与・取得のどちらの欄も空欄です。この行は読み飛ばしました',
    en: () => 'Both the grant and the taken columns are blank. This row was skipped',
  },
  'issue.leave-sheet-kind-unknown': {
    ja: () =>
      '年次有給休暇のシートですが、付与か取得かが分かりません（区分の列、または 付与日・付与日数 / 取得日・取得日数 の見出しが必要です）。このシートは読み込みませんでした',
    en: () =>
      'An annual-leave sheet, but whether rows are grants or leave taken is unknown (a kind column, or grant date / days granted or date taken / days taken headers are needed). This sheet was not read',
  },
  'issue.hourly-no-hours': {
    ja: () => '時間単位の取得ですが、時間数がありません。この行は読み飛ばしました',
    en: () => 'Hourly leave without a number of hours. This row was skipped',
  },
  'issue.roster-no-fulltime-columns': {
    ja: () =>
      '社員名簿にフルタイムかどうかを判断できる列（フルタイム・週所定労働時間・雇用形態）がありません。フルタイムの基準では誰も数えません',
    en: () =>
      'The roster has no column that tells who is full-time (full-time, weekly scheduled hours, employment type). Nobody is counted in the full-time criteria',
  },
  'issue.duplicate-roster-id': {
    ja: (p) => `社員番号 ${p.id} が名簿に重複しています（最初の行: ${p.first}）。最初の行だけを使います`,
    en: (p) => `Employee ID ${p.id} is on the roster twice (first row: ${p.first}). Only the first row is used`,
  },
  'issue.fulltime-undecidable': {
    ja: (p) =>
      `社員番号 ${p.id} がフルタイムかどうか判断できません（フルタイム欄・週所定労働時間・雇用形態 正社員/パート などで判断します）。フルタイムの基準では数えません`,
    en: (p) =>
      `Cannot tell whether employee ID ${p.id} is full-time (from the full-time column, weekly scheduled hours or the employment type, e.g. regular / part-time). Not counted in the full-time criteria`,
  },
  'issue.checklist-blank-item': {
    ja: () => '項目番号・項目が空欄です。この行は読み飛ばしました',
    en: () => 'The item number and item are blank. This row was skipped',
  },
  // Sheets and columns
  'issue.missing-columns': {
    ja: (p) =>
      `${p.kind}のシートとして読みましたが、必要な列がありません: ${p.missing}。このシートは読み込みませんでした`,
    en: (p) => `Read as a ${p.kind} sheet, but required columns are missing: ${p.missing}. This sheet was not read`,
  },
  'issue.no-table': {
    ja: (p) =>
      `読み取れる表が見つかりませんでした。各シートの先頭30行以内に、次のような見出しの行が必要です: ${p.expected}`,
    en: () =>
      'No readable table was found. Each sheet needs a header row within its first 30 rows, such as: attendance (employee ID, date, start, end or hours worked), monthly summary (employee ID, month, overtime), roster (employee ID, name, gender, employment type, hire date), annual leave (employee ID, grant or taken date, days), childcare / family care (employee ID, kind, start date or birth date), checklist (item number, item, answer)',
  },
  'issue.mapping-no-sheet': {
    ja: (p) => `列の対応づけ「${p.key}」に当たるシートがありません`,
    en: (p) => `No sheet matches the column mapping "${p.key}"`,
  },
  'issue.mapping-no-column': {
    ja: (p) => `列の指定「${p.ref}」（${p.field}）に当たる列がありません`,
    en: (p) => `No column matches "${p.ref}" (${p.field})`,
  },
  'issue.mapping-many-columns': {
    ja: (p) => `列の指定「${p.ref}」（${p.field}）に当たる列が${p.n}つあります（列記号で指定してください）`,
    en: (p) => `${p.n} columns match "${p.ref}" (${p.field}); give the column letter instead`,
  },
  'issue.context-not-found': {
    ja: (p) => `「${p.field}」を${p.where}から読めませんでした`,
    en: (p) => `Could not read "${p.field}" from the ${p.where}`,
  },
  'issue.duration-ambiguous': {
    ja: (p) =>
      `列 ${p.letter}「${p.header}」（${p.field}）の数値は 10進数（${p.example} = ${p.decH}時間${p.decM}分）とも 60進数（${p.example} = ${p.sexH}時間${p.sexM}分）とも読めます。この列は使っていません。列の確認で時間の書き方を指定してください`,
    en: (p) =>
      `Column ${p.letter} "${p.header}" (${p.field}) reads as decimal hours (${p.example} = ${p.decH} h ${p.decM} min) and as hours.minutes (${p.example} = ${p.sexH} h ${p.sexM} min). This column is not used. Say how its hours are written in the column check`,
  },
  'issue.variable-no-schedule': {
    ja: (p) =>
      `変形労働時間制の社員（${p.names}）の日ごとの所定労働時間（所定時間・シフト時間・予定時間の列）がないため、日・週の時間外労働は判定できません。変形期間の総枠（40時間×日数÷7）を超えた時間だけを時間外労働としました`,
    en: (p) =>
      `Employees under variable working hours (${p.names}) have no daily scheduled hours (a scheduled / shift hours column), so daily and weekly overtime cannot be judged. Only the hours over the period's total (40 h × days ÷ 7) were counted as overtime`,
  },
} satisfies Record<string, MessageEntry>;
