/** `law36.month-100-or-more`: overtime + holiday work of 100 h or more in one month (労働基準法36条6項2号), a violation. */
import { defineLaw36Limit } from '../../law36';
import { GUIDELINE } from '../sources';

export const month100OrMore = defineLaw36Limit({
  id: 'law36.month-100-or-more',
  title: '時間外・休日労働が単月100時間以上',
  titleEn: 'Overtime + holiday work of 100 h or more in a month',
  source: `労働基準法36条6項2号（単月100時間未満）／${GUIDELINE.ja} 二②`,
  sourceEn: `Labor Standards Act Art. 36(6)(ii) (under 100 h in a month); ${GUIDELINE.en} 2(2)`,
  legal: true,
  limit: { ja: '単月 100 時間未満（休日労働を含む）', en: 'under 100 h in any month (holiday work included)' },
  messages: ['finding.law36.month-100', 'law36.note.doctor-interview'],
  findingsLegal: 'violation',
});
