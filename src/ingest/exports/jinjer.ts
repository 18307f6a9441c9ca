/**
 * jinjer勤怠 — 汎用データ (デフォルトフォーマット). Menu: データ出力 > 汎用データ.
 * Help: jinjer-kintai.zendesk.com/hc/ja/articles/900002137166 (汎用データの出力フォーマット),
 * 360036742211 (出力形式: 通常 8:30 / 10進数 8.50 / 60進数 8.30 / 分形式 510).
 *
 * A leading `*` marks a required column (`*従業員ID`, `*年月日`); up to ten punch pairs 出勤1/退勤1 … 出勤10/退勤10
 * (each pair a segment of the day); ends past midnight written `27:30`; 法定外残業時間 = statutory overtime;
 * the day type is a code whose meaning is in the header (`休日（0:法定休日、1:所定休日）`).
 */
import type { ExportLayout } from './layout';

export const jinjerGeneric: ExportLayout = {
  id: 'jinjer-generic',
  label: 'jinjer勤怠 汎用データ',
  kind: 'daily',
  signature: ['従業員id', '年月日', '出勤1', '退勤1'],
  headers: {
    法定外残業時間: 'overtime',
    法定内残業時間: null,
    残業時間: null,
    総労働時間: 'worked',
    深夜労働時間: 'lateNight',
  },
  oneDurationStyle: true,
};
