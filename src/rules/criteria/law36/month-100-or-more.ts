/** `law36.month-100-or-more`: overtime + holiday work of 100 h or more in one month (労働基準法36条6項2号), a violation. */
import { defineLaw36Limit } from '../../law36';
import { GUIDELINE, LSA36 } from '../sources';

export const month100OrMore = defineLaw36Limit({
  id: 'law36.month-100-or-more',
  title: '時間外・休日労働が単月100時間以上',
  titleEn: 'Overtime + holiday work of 100 h or more in a month',
  source: `${GUIDELINE.ja} 二②（労働基準法36条）`,
  sourceEn: `${GUIDELINE.en} 2(2) (${LSA36})`,
  legal: true,
  messages: ['finding.law36.month-100', 'law36.note.doctor-interview'],
  findingsLegal: 'violation',
});
