/**
 * `leave.five-day-obligation` (労働基準法39条7項): every grant of 10 days or more must be followed by 5 days taken
 * within a year; value = employees with a violation. The reading of split and overlapping grants is in ../../leave.ts.
 */
import { CATEGORIES, defineCriterion } from '../../criterion';
import { computeLeaveFindings, evaluateFiveDayObligation } from '../../leave';
import { GUIDELINE } from '../sources';

export const fiveDayObligation = defineCriterion({
  id: 'leave.five-day-obligation',
  title: '年次有給休暇の年5日取得義務',
  titleEn: 'Five days of annual leave per grant',
  ...CATEGORIES.leave,
  source: `労働基準法39条7項（年5日の時季指定）／${GUIDELINE.ja} ハ(ロ)②`,
  sourceEn: `Labor Standards Act Art. 39(7) (five days a year); ${GUIDELINE.en} (ro)(2)`,
  unit: 'count',
  legal: true,
  // A violation once the year after the grant has closed short; an open year is at-risk, not yet a breach.
  findingRules: [{ id: 'leave.five-day-obligation', legal: 'violation' }],
  messages: [
    'finding.leave.short-closed',
    'finding.leave.short-open',
    'leave.what.combined',
    'leave.what.grant',
    'gap.no-leave-grants',
    'gap.no-leave-takings',
    'gap.no-10day-grants',
  ],
  evaluate: evaluateFiveDayObligation,
  findings: computeLeaveFindings,
});
