/** `law36.months-over-45-more-than-6`: more than 6 months over the monthly limit in one agreement year (労働基準法36条5項), a violation. */
import { defineLaw36Limit } from '../../law36';
import { GUIDELINE } from '../sources';

export const monthsOver45MoreThan6 = defineLaw36Limit({
  id: 'law36.months-over-45-more-than-6',
  title: '月45時間超が対象期間に6か月を超える',
  titleEn: 'More than 6 months over 45 h in an agreement year',
  source: `労働基準法36条5項（月45時間超は年6か月まで）／${GUIDELINE.ja} 二③`,
  sourceEn: `Labor Standards Act Art. 36(5) (over 45 h in at most 6 months a year); ${GUIDELINE.en} 2(3)`,
  legal: true,
  limit: { ja: '月 45 時間超は年 6 か月まで', en: 'over 45 h in at most 6 months a year' },
  messages: ['finding.law36.six-months'],
  findingsLegal: 'violation',
});
