/**
 * freee人事労務 — 勤怠サマリー. Menu: 勤怠 > 勤怠一覧 > 年月・締め日支払い日グループを選択 > 出力 > 勤怠サマリー.
 * Help: support.freee.co.jp/hc/ja/articles/900001843083 (decimal hours rounded to 0.1).
 *
 * Readings: 所定外法定外労働時間 = statutory overtime; 法定休日労働時間 = statutory holiday work; 所定休日労働時間 is
 * ordinary work (its part beyond the legal limits is already in 所定外法定外), so it is not added; 総勤務時間 =
 * worked hours; 深夜労働時間 = late night. The month is only in the file or sheet name.
 */
import type { ExportLayout } from './layout';

export const freeeSummary: ExportLayout = {
  id: 'freee-summary',
  label: 'freee人事労務 勤怠サマリー',
  kind: 'monthly',
  signature: ['総勤務時間', '所定外法定外労働時間'],
  durationStyle: 'decimal',
  headers: {
    所定外法定外労働時間: 'overtime',
    法定休日労働時間: 'holidayWork',
    所定休日労働時間: null,
    所定外法定内労働時間: null,
    総勤務時間: 'worked',
    深夜労働時間: 'lateNight',
    総労働時間: null,
  },
};
