/**
 * KING OF TIME 勤怠管理 — 日別データ[CSV] and 月別データ[CSV] (the same engine exports freee勤怠管理Plus and
 * Touch On Time). Menu: 全メニュー > エクスポート/インポート > 日別データ[CSV] / 月別データ[CSV] (出力レイアウト作成).
 * Layout as published in the vendor's help: support.ta.kingoftime.jp/hc/ja/articles/360038855973 (月別データ
 * 出力項目一覧), support.freee.co.jp/hc/ja/articles/4411546229657 (日別データ: 時間表示形式 10進数 / 60進数 / 分単位,
 * one setting per layout), support.ta.kingoftime.jp/hc/ja/articles/20168762476185 (which items are 時間外労働).
 *
 * Readings: 残業時間 (KOT's statutory overtime on work days) + 法定外休日残業時間 = statutory overtime; 法定休日所定時間 +
 * 法定休日所定外時間 + 法定休日残業時間 = statutory holiday work; 深夜所定時間 + 深夜残業時間 (+ 法定休日深夜…) = late night.
 * 所定時間 is the scheduled hours of the day; 勤務日種別 平日 / 法定休日 / 法定外休日 is the day kind.
 */
import type { ExportLayout } from './layout';

const HOURS = {
  従業員コード: 'employeeId',
  名前: 'name',
  日時: 'date',
  勤務日種別: 'dayType',
  所定時間: 'scheduled',
  労働合計時間: 'worked',
  残業時間: 'overtime',
  法定外休日残業時間: 'overtime',
  平日残業: 'overtime',
  法定外休時間: 'overtime',
  法定休日所定時間: 'holidayWork',
  法定休日所定外時間: 'holidayWork',
  法定休日残業時間: 'holidayWork',
  深夜所定時間: 'lateNight',
  深夜残業時間: 'lateNight',
  法定休日深夜所定時間: 'lateNight',
  法定休日深夜残業時間: 'lateNight',
  所定外時間: null,
  パターン名: null,
  スケジュール: null,
} as const;

export const kingOfTimeDaily: ExportLayout = {
  id: 'king-of-time-daily',
  label: 'KING OF TIME 日別データ',
  kind: 'daily',
  signature: ['従業員コード', '日時', '労働合計時間'],
  headers: HOURS,
  sum: ['overtime', 'holidayWork', 'lateNight'],
  oneDurationStyle: true,
};

export const kingOfTimeMonthly: ExportLayout = {
  id: 'king-of-time-monthly',
  label: 'KING OF TIME 月別データ',
  kind: 'monthly',
  signature: ['従業員コード', '労働合計時間', '残業時間'],
  headers: { ...HOURS, 日時: null, 勤務日種別: null, 所定時間: null, 平日出勤日数: null, 総勤務日数: null },
  sum: ['overtime', 'holidayWork', 'lateNight'],
  oneDurationStyle: true,
};
