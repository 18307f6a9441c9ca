/**
 * 年次有給休暇管理簿 templates (one sheet per person), as the free Excel templates of 社労士 offices publish them:
 * www.sr-miyauchi.jp (年次有給休暇管理簿 小規模事業所向け), gungii.com/paidleave-info (有給休暇管理表), and the
 * legal minimum of 労基則24条の7 (時季, 日数, 基準日 per worker).
 *
 * 社員番号 / 氏名 / 入社日 / 基準日 in a block above the table; the table: 有給休暇発生日 (grant date), 付与 (days
 * granted), 前年繰越 (days carried over), 時季 (date taken, `4月2日` without a year: the year comes from the
 * period starting at 基準日), 取得 (days taken), 残日数 (not used: it is the template's own arithmetic).
 */
import type { ExportLayout } from './layout';

export const paidLeaveBook: ExportLayout = {
  id: 'paid-leave-book',
  label: '年次有給休暇管理簿（個人別シート）',
  kind: 'leave',
  signature: ['有給休暇発生日', '残日数'],
  headers: {
    有給休暇発生日: 'grantDate',
    付与: 'grantDays',
    付与日数: 'grantDays',
    前年繰越: 'carryOver',
    時季: 'takenDate',
    取得: 'takenDays',
    取得日数: 'takenDays',
    残日数: null,
    基準日: null,
  },
  perPerson: true,
};
