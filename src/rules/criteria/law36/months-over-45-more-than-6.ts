/** `law36.months-over-45-more-than-6`: more than 6 months over the monthly limit in one agreement year (労働基準法36条5項), a violation. */
import { defineLaw36Limit } from '../../law36';
import { GUIDELINE, LSA36 } from '../sources';

export const monthsOver45MoreThan6 = defineLaw36Limit({
  id: 'law36.months-over-45-more-than-6',
  title: '月45時間超が対象期間に6か月を超える',
  titleEn: 'More than 6 months over 45 h in an agreement year',
  source: `${GUIDELINE.ja} 二③（労働基準法36条）`,
  sourceEn: `${GUIDELINE.en} 2(3) (${LSA36})`,
  legal: true,
  messages: ['finding.law36.six-months'],
  findingsLegal: 'violation',
});
