/**
 * The checker's sheet names and the colours shared by every output sheet, so a status or a severity looks the same
 * everywhere (the words are in ./locale).
 */
import type { Severity, Status } from '../rules/types';
import type { CellStyle } from './layout';
import { wordsFor, type Lang } from './locale';

/** The checker's own sheet names (hosts pick another name when a user sheet already has one of them). */
export const SHEET_NAMES = {
  summary: 'WLB基準サマリー',
  law36: '36協定チェック',
  leave5: '年休5日チェック',
  childcare: '育休取得率',
  issues: '入力エラー',
  checklist: 'チェックリスト',
  health: '健康管理（80時間）',
  headroom: '残業上限の残り',
} as const;

/**
 * Returns the label of a criterion status, as written in the 判定 column (the catalogue's word).
 *
 * @example statusLabel('insufficient-data', 'ja') // 'データ不足'
 */
export function statusLabel(status: Status, lang: Lang): string {
  return wordsFor(lang).status[status];
}

/** Excel's own good / bad / neutral palette; 未達 is also bold so it stands out in black-and-white print. */
export const STATUS_STYLES: Record<Status, CellStyle> = {
  pass: { fill: '#C6EFCE', fontColor: '#006100', horizontal: 'center' },
  fail: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true, horizontal: 'center' },
  'insufficient-data': { fill: '#FFEB9C', fontColor: '#9C5700', horizontal: 'center' },
  'not-applicable': { fill: '#EDEDED', fontColor: '#595959', horizontal: 'center' },
};

/** Most serious first: used to pick the colour of a cell hit by several findings and to sort rows. */
export const SEVERITY_RANK: Record<Severity, number> = { violation: 0, warning: 1, 'at-risk': 2 };

/** Red, orange, yellow; violations are bold too, so they read without colour. */
export const SEVERITY_STYLES: Record<Severity, CellStyle> = {
  violation: { fill: '#FF7C80', bold: true },
  warning: { fill: '#FFC000' },
  'at-risk': { fill: '#FFFF99' },
};

export const HEADER_STYLE: CellStyle = { bold: true, fill: '#D9E1F2', border: true, wrap: true, horizontal: 'center' };
export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14 };
export const SECTION_STYLE: CellStyle = { bold: true, fontSize: 12 };
export const NOTE_STYLE: CellStyle = { fontColor: '#595959' };
export const LINK_STYLE: CellStyle = { fontColor: '#0563C1' };
