/**
 * The 根拠 of a legal row, the law first and the guideline after (労働基準法36条6項2号, not the guideline that
 * restates it): a summary handed to a 労働局 or a certification office cites the article that is breached.
 * Articles: 労働基準法36条4項 (限度時間 月45時間・年360時間), 5項 (特別条項: 年720時間, 月45時間超は年6か月まで),
 * 6項2号 (単月100時間未満, 時間外＋休日), 6項3号 (2〜6か月平均80時間以内), 39条7項 (年5日の時季指定);
 * 労働安全衛生法66条の8の3・安衛則52条の2 (80時間超の通知).
 */
import type { Lang } from '../rules/messages';

const GUIDELINE = { ja: '労働時間等見直しガイドライン', en: 'Working-time guidelines' };
const LSA = { ja: '労働基準法', en: 'Labor Standards Act' };

/** Article and what it limits, in both languages, by finding rule. */
const ARTICLES: Record<string, { ja: string; en: string }> = {
  'law36.month-over-45': { ja: '36条4項（限度時間 月45時間）', en: 'Art. 36(4) (45 h a month)' },
  'law36.months-over-45-more-than-6': {
    ja: '36条5項（月45時間超は年6か月まで）',
    en: 'Art. 36(5) (over 45 h in at most 6 months a year)',
  },
  'law36.year-over-360': { ja: '36条4項（限度時間 年360時間）', en: 'Art. 36(4) (360 h a year)' },
  'law36.year-over-720': { ja: '36条5項（年720時間以内）', en: 'Art. 36(5) (720 h a year)' },
  'law36.month-100-or-more': {
    ja: '36条6項2号（単月100時間未満）',
    en: 'Art. 36(6)(ii) (under 100 h in a month)',
  },
  'law36.avg-over-80': {
    ja: '36条6項3号（2〜6か月平均80時間以内）',
    en: 'Art. 36(6)(iii) (80 h averaged over 2-6 months)',
  },
  'leave.five-day-obligation': { ja: '39条7項（年5日の時季指定）', en: 'Art. 39(7) (five days a year)' },
};

const HEALTH = {
  ja: '労働安全衛生法66条の8の3・労働安全衛生規則52条の2（長時間労働者への通知）',
  en: 'Industrial Safety and Health Act Art. 66-8-3; Ordinance Art. 52-2 (notice of long hours)',
};

const AGREEMENT = {
  ja: '労働基準法36条1項（36協定で定めた時間）',
  en: 'Labor Standards Act Art. 36(1) (the hours of the signed agreement)',
};

const APPROACHING = {
  ja: '（法令の上限ではなく、月45時間に近づいた目安）',
  en: '(not a legal limit: a warning near 45 h a month)',
};

/**
 * The law-first 根拠 of a legal rule, or undefined for a rule that is not a legal one.
 *
 * @example lawSource('law36.month-100-or-more', 'ja') // '労働基準法36条6項2号（単月100時間未満）／労働時間等見直しガイドライン'
 */
export function lawSource(rule: string, lang: Lang): string | undefined {
  const article = ARTICLES[rule];
  const slash = lang === 'ja' ? '／' : '; ';
  if (article) {
    const law = `${LSA[lang]}${lang === 'en' ? ' ' : ''}${article[lang]}`;
    return rule.startsWith('law36.') ? `${law}${slash}${GUIDELINE[lang]}` : law;
  }
  if (rule.startsWith('health.')) return HEALTH[lang];
  if (rule.startsWith('agreement.')) return AGREEMENT[lang];
  if (rule === 'law36.approaching') return APPROACHING[lang];
  return undefined;
}
