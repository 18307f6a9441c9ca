/** `law36.year-over-720`: overtime over 720 h in an agreement year (労働基準法36条5項), a violation. */
import { defineLaw36Limit } from '../../law36';
import { GUIDELINE, LSA36 } from '../sources';

export const yearOver720 = defineLaw36Limit({
  id: 'law36.year-over-720',
  title: '対象期間の時間外労働が720時間超',
  titleEn: 'Overtime over 720 h in an agreement year',
  source: `${GUIDELINE.ja} 二（労働基準法36条）`,
  sourceEn: `${GUIDELINE.en} 2 (${LSA36})`,
  legal: true,
  messages: ['finding.law36.year-violation'],
  findingsLegal: 'violation',
});
