/** `law36.avg-over-80`: overtime + holiday work averaging over 80 h over any 2 to 6 months (労働基準法36条6項3号), a violation. */
import { defineLaw36Limit } from '../../law36';
import { GUIDELINE } from '../sources';

export const avgOver80 = defineLaw36Limit({
  id: 'law36.avg-over-80',
  title: '時間外・休日労働の2〜6か月平均が80時間超',
  titleEn: 'Overtime + holiday work averaging over 80 h over 2–6 months',
  source: `労働基準法36条6項3号（2〜6か月平均80時間以内）／${GUIDELINE.ja} 二①`,
  sourceEn: `Labor Standards Act Art. 36(6)(iii) (80 h averaged over 2-6 months); ${GUIDELINE.en} 2(1)`,
  legal: true,
  limit: {
    ja: '2〜6か月平均 80 時間以内（休日労働を含む）',
    en: 'at most 80 h averaged over 2–6 months (holiday work included)',
  },
  messages: ['finding.law36.avg-80'],
  findingsLegal: 'violation',
});
