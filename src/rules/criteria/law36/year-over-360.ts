/** `law36.year-over-360`: overtime over 360 h (320 h under 1年単位の変形労働時間制) in an agreement year, which needs a special clause (労働基準法36条4項). A warning. */
import { defineLaw36Limit } from '../../law36';
import { GUIDELINE } from '../sources';

export const yearOver360 = defineLaw36Limit({
  id: 'law36.year-over-360',
  title: '対象期間の時間外労働が360時間超',
  titleEn: 'Overtime over 360 h in an agreement year',
  source: `労働基準法36条4項（限度時間 年360時間）／${GUIDELINE.ja} 二`,
  sourceEn: `Labor Standards Act Art. 36(4) (360 h a year); ${GUIDELINE.en} 2`,
  legal: true,
  limit: { ja: '年 360 時間（特別条項なし）', en: '360 h a year (without a special clause)' },
  messages: ['finding.law36.year-warning'],
  findingsLegal: 'violation',
});
