/**
 * マネーフォワード クラウド勤怠 — 月別データ (集計). Menu: 全権管理者メニュー > 連携 > エクスポート > 月別データ.
 * Help: biz.moneyforward.com/support/attendance/guide/link/export04.html (エクスポート対象年月, 時間フォーマット).
 *
 * One column per item and office: `法定外時間（平日）（本社）`, `法定外時間（所定休日）（本社）`,
 * `法定外時間（法定休日）（本社）` — the bracketed day category is the meaning, the office is not. Readings:
 * statutory overtime = every 法定外時間（平日） + 法定外時間（所定休日） column (work on a 所定休日 beyond the legal
 * limits is overtime, never holiday work); statutory holiday work = every 法定外時間（法定休日） column; 法定内時間 is
 * not overtime. The month is only in the file or sheet name; hours are `HH:MM`.
 */
import type { ExportLayout } from './layout';

export const moneyForwardMonthly: ExportLayout = {
  id: 'moneyforward-monthly',
  label: 'マネーフォワード クラウド勤怠 月別データ',
  kind: 'monthly',
  signature: ['従業員番号', '法定外時間平日'],
  headers: {
    法定外時間平日: 'overtime',
    法定外時間所定休日: 'overtime',
    法定外時間法定休日: 'holidayWork',
    法定内時間平日: null,
    法定内時間所定休日: null,
    法定内時間法定休日: null,
    法定内時間: null,
    深夜時間: 'lateNight',
    深夜労働時間: 'lateNight',
    総労働時間: 'worked',
  },
  sum: ['overtime', 'holidayWork', 'lateNight', 'worked'],
  oneDurationStyle: true,
};
