/**
 * チームスピリット (TeamSpirit 勤怠) — 月次サマリー. Menu: 勤怠 > 月次サマリー > CSV出力 (勤怠集計出力).
 * Product page: www.teamspirit.com/faq/am (CSV in the payroll software's layout).
 *
 * 社員コード; 月度 `202504` (year and month as six digits); 法定時間外残業 = statutory overtime; 法定休日労働時間 =
 * statutory holiday work; 総労働時間 = worked; 深夜労働時間 = late night.
 */
import type { ExportLayout } from './layout';

export const teamSpiritMonthly: ExportLayout = {
  id: 'teamspirit-monthly',
  label: 'チームスピリット 月次サマリー',
  kind: 'monthly',
  signature: ['社員コード', '月度', '法定時間外残業'],
  headers: { 法定時間外残業: 'overtime', 法定休日労働時間: 'holidayWork', 所定時間外残業: null, 法定時間内残業: null },
};
