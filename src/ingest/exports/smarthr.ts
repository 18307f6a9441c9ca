/**
 * SmartHR — 従業員リスト. Menu: 従業員リスト > 一覧のダウンロード (従業員情報).
 * Help: knowledge.smarthr.jp/hc/ja/articles/900006277623 (従業員情報のダウンロード).
 *
 * 社員番号; the name in two columns 姓 + 名 (joined with a space); 入社年月日, 退職年月日; the department and
 * position as the first of numbered columns (`部署1 部署`, `役職1 役職`).
 */
import type { ExportLayout } from './layout';

export const smartHrEmployees: ExportLayout = {
  id: 'smarthr-employees',
  label: 'SmartHR 従業員リスト',
  kind: 'roster',
  signature: ['社員番号', '姓', '名', '入社年月日'],
  headers: {
    姓: 'name',
    名: 'name',
    部署1部署: 'department',
    部署1: 'department',
    役職1役職: 'position',
    役職1: 'position',
  },
  sum: ['name'],
};
