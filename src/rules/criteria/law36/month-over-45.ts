/** `law36.month-over-45`: overtime over the monthly limit (45 h; 42 h under 1年単位の変形労働時間制), which needs a special clause (労働基準法36条4項・5項). A warning: the sheets do not say whether the agreement has one. */
import { defineLaw36Limit } from '../../law36';
import { GUIDELINE } from '../sources';

export const monthOver45 = defineLaw36Limit({
  id: 'law36.month-over-45',
  title: '月45時間を超える時間外労働（特別条項が必要）',
  titleEn: 'Overtime over 45 h in a month',
  source: `労働基準法36条4項（限度時間 月45時間）／${GUIDELINE.ja} 二`,
  sourceEn: `Labor Standards Act Art. 36(4) (45 h a month); ${GUIDELINE.en} 2`,
  legal: true,
  limit: { ja: '月 45 時間（特別条項なし）', en: '45 h a month (without a special clause)' },
  messages: ['finding.law36.month-over'],
  findingsLegal: 'violation',
});
