/** `law36.year-over-720`: overtime over 720 h in an agreement year (労働基準法36条5項), a violation. */
import { defineLaw36Limit } from '../../law36';
import { GUIDELINE } from '../sources';

export const yearOver720 = defineLaw36Limit({
  id: 'law36.year-over-720',
  title: '対象期間の時間外労働が720時間超',
  titleEn: 'Overtime over 720 h in an agreement year',
  source: `労働基準法36条5項（年720時間以内）／${GUIDELINE.ja} 二`,
  sourceEn: `Labor Standards Act Art. 36(5) (720 h a year); ${GUIDELINE.en} 2`,
  legal: true,
  limit: { ja: '年 720 時間', en: '720 h a year' },
  messages: ['finding.law36.year-violation'],
  findingsLegal: 'violation',
});
