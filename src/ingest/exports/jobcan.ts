/**
 * ジョブカン勤怠管理 — 出勤簿 (one sheet per staff member). Menu: 出勤管理 > 出勤簿 > ダウンロード (Excel).
 * Help: jobcan.zendesk.com/hc/ja/articles/200692189 (時間の表示形式: 10進数 1.50 / 時刻形式 1:30).
 *
 * The staff code, name and 年月 are in a header block above the table; dates are `04/01(火)` without a year, the
 * year coming from the block's 年月. 残業時間 is read as statutory overtime; 休日区分 法定休日 / 所定休日 is the
 * day kind.
 */
import type { ExportLayout } from './layout';

export const jobcanTimesheet: ExportLayout = {
  id: 'jobcan-timesheet',
  label: 'ジョブカン 出勤簿',
  kind: 'daily',
  signature: ['日付', '出勤時刻', '退勤時刻', '労働時間'],
  blockSignature: ['スタッフコード'],
  durationStyle: 'decimal',
  headers: { 休日区分: 'dayType', 出勤状況: null, シフト: null, 遅刻早退: null },
  oneDurationStyle: true,
  perPerson: true,
};
