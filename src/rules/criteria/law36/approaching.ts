/**
 * `law36.approaching`: overtime in the as-of month (or the latest month with data) at or above `approachingRatio` ×
 * the monthly limit — an early warning, as attendance systems give it, not a duty of the law.
 */
import { defineLaw36Limit } from '../../law36';

export const approaching = defineLaw36Limit({
  id: 'law36.approaching',
  title: '月45時間に近づいている（直近月）',
  titleEn: 'Approaching the 45 h monthly limit',
  source: '勤怠システムの一般的な警告（月45時間の8割）',
  sourceEn: 'A usual attendance-system warning (80 % of 45 h a month)',
  legal: false,
  messages: ['finding.law36.approaching'],
  findingsLegal: 'never',
});
