/**
 * The verdict's own words — the sentence, the few words for a table cell, what no data can show — in both languages.
 * One source for the summary sheet, the terminal, the batch overview and the task pane, so they never say it
 * differently. Small and free of imports beyond types: the pane's first load carries the Japanese half.
 */
import type { Lang } from '../../rules/messages';
import type { ToConfirm, VerdictOutcome } from '../../rules/types';

export interface VerdictSentences {
  /** The conclusion in one sentence; `n` = legal violations, `certification` = the profile is a certification. */
  outcome(outcome: VerdictOutcome, n: number, certification: boolean): string;
  /** The verdict in a few words, for a table cell or a badge. */
  short: Record<VerdictOutcome, string>;
  toConfirmLabel: string;
  toConfirm: Record<ToConfirm, string>;
}

/**
 * true for a profile that is a certification, the only kind a legal violation "may cost" (次世代法施行規則 on
 * くるみん, ふくやまWLB認定要綱, 女性活躍推進法 on えるぼし); `all`, `law36` and `annual-leave` are checks, not applications.
 */
export function isCertification(profile: string): boolean {
  return /kurumin|fukuyama|eruboshi/.test(profile);
}

export const verdictJa: VerdictSentences = {
  outcome: (outcome, n, certification) => {
    const legal = `法令違反が${n}件あり`;
    switch (outcome) {
      case 'met':
        return '基準の数値は満たしています';
      case 'met-but-legal-violations':
        return certification
          ? `基準の数値は満たしています — ただし${legal}、認定されない可能性があります`
          : `基準の数値は満たしています — ただし${legal}ます`;
      case 'not-met':
        return n > 0 ? `基準を満たしていない項目があり、${legal}ます` : '基準を満たしていない項目があります';
      case 'insufficient-data':
        return n > 0 ? `データ不足で判定できない項目があり、${legal}ます` : 'データ不足で判定できない項目があります';
      default:
        return n > 0 ? `対象となる基準はありません。${legal}ます` : '対象となる基準はありません';
    }
  },
  short: {
    met: '達成',
    'met-but-legal-violations': '数値は達成・法令違反あり',
    'not-met': '未達',
    'insufficient-data': 'データ不足',
    'not-applicable': '対象外',
  },
  toConfirmLabel: '要確認（データでは判断できない要件）',
  toConfirm: {
    'action-plan': '一般事業主行動計画の策定・届出・公表・周知',
    'plan-goals': '行動計画に定めた目標の達成',
    'work-style-measures': '多様な労働条件の整備などの措置',
    checklist: 'チェックリスト（自己申告項目）の回答と証拠書類',
    'other-law-breaches': 'この集計に含まれない関係法令の重大な違反がないこと',
  },
};

export const verdictEn: VerdictSentences = {
  outcome: (outcome, n, certification) => {
    const legal = `${n} legal ${n === 1 ? 'violation was' : 'violations were'} found`;
    switch (outcome) {
      case 'met':
        return 'The criteria figures are met';
      case 'met-but-legal-violations':
        return certification
          ? `The criteria figures are met - but ${legal}, so the certification may not be granted`
          : `The criteria figures are met - but ${legal}`;
      case 'not-met':
        return n > 0 ? `Some criteria are not met, and ${legal}` : 'Some criteria are not met';
      case 'insufficient-data':
        return n > 0
          ? `Some criteria cannot be decided for lack of data, and ${legal}`
          : 'Some criteria cannot be decided for lack of data';
      default:
        return n > 0 ? `No criterion applies, but ${legal}` : 'No criterion applies';
    }
  },
  short: {
    met: 'Met',
    'met-but-legal-violations': 'Figures met, legal violations',
    'not-met': 'Not met',
    'insufficient-data': 'Insufficient data',
    'not-applicable': 'Not applicable',
  },
  toConfirmLabel: 'To confirm (requirements no data can show)',
  toConfirm: {
    'action-plan': "The employer's action plan: drawn up, filed, published and made known",
    'plan-goals': 'The goals of the action plan: achieved',
    'work-style-measures': 'Measures such as flexible working conditions',
    checklist: 'The checklist (self-declared items): answers and evidence',
    'other-law-breaches': 'No serious breach of other labour laws this check does not cover',
  },
};

/** The verdict's words in one language. */
export const VERDICT_WORDS: Record<Lang, VerdictSentences> = { ja: verdictJa, en: verdictEn };
