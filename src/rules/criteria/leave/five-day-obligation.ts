/**
 * `leave.five-day-obligation` (労働基準法39条7項): every grant of 10 days or more must be followed by 5 days taken
 * within a year; value = employees with a violation. The reading of split and overlapping grants is in ../../leave.ts.
 */
import type { EvalContext } from '../../context';
import { getThreshold } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { checkFiveDayObligation, computeLeaveFindings, describeMissingLeaveData } from '../../leave';
import { OBLIGATORY_DAYS } from '../../leave-windows';
import { joinMessages, textsOf, type MessageEntry } from '../../messages';
import { buildResult, roundTo, toNumberThreshold, type CriterionMeta } from '../../result';
import type { CriterionResult, EvidenceRow } from '../../types';
import { GUIDELINE } from '../sources';

/** The sentences only this criterion writes. */
const TEXTS = {
  'gap.no-10day-grants': { ja: () => '10日以上の付与がありません', en: () => 'No grant of 10 days or more' },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/** `leave.five-day-obligation`: value = employees with a violation; fails on any violation. */
function evaluateFiveDayObligation(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const id = meta.id;
  const threshold = getThreshold(ctx, id, 0);
  const missing = describeMissingLeaveData(ctx);
  if (missing) return buildResult(meta, { status: 'insufficient-data', value: null, threshold, gap: missing });
  const checks = checkFiveDayObligation(ctx);
  if (checks.length === 0) {
    return buildResult(meta, {
      status: 'not-applicable',
      value: null,
      threshold,
      gap: text('gap.no-10day-grants'),
    });
  }
  const violations = checks.filter((c) => c.finding?.severity === 'violation').map((c) => c.finding!);
  const employees = [...new Set(violations.map((f) => f.employeeId))];
  const failing = employees.length > toNumberThreshold(threshold, 0);
  const evidence: EvidenceRow[] = checks.map((c) => ({
    employeeId: c.grant.employeeId,
    grantDate: c.start,
    days: c.days,
    windowEnd: c.end,
    taken: roundTo(c.taken),
    remaining: roundTo(Math.max(0, OBLIGATORY_DAYS - c.taken)),
    status: c.exempt ? 'exempt' : (c.finding?.severity ?? 'ok'),
    note: c.exempt ? `対象外: ${c.exempt}` : (c.note ?? null),
  }));
  return buildResult(meta, {
    status: failing ? 'fail' : 'pass',
    value: employees.length,
    threshold,
    gap: failing ? joinMessages(violations.map((f) => f.messageRef!)) : null,
    evidence,
  });
}

export const fiveDayObligation = defineCriterion({
  id: 'leave.five-day-obligation',
  title: '年次有給休暇の年5日取得義務',
  titleEn: 'Five days of annual leave per grant',
  ...CATEGORIES.leave,
  source: `労働基準法39条7項（年5日の時季指定）／${GUIDELINE.ja} ハ(ロ)②`,
  sourceEn: `Labor Standards Act Art. 39(7) (five days a year); ${GUIDELINE.en} (ro)(2)`,
  unit: 'count',
  legal: true,
  limit: { ja: '付与から1年以内に 5 日', en: '5 days within a year of each grant' },
  // A violation once the year after the grant has closed short; an open year is at-risk, not yet a breach.
  findingRules: [{ id: 'leave.five-day-obligation', legal: 'violation' }],
  messages: [
    'finding.leave.short-closed',
    'finding.leave.short-open',
    'finding.leave.leaver-short',
    'leave.what.combined',
    'leave.what.grant',
    'gap.no-leave-grants',
    'gap.no-leave-takings',
  ],
  texts: TEXTS,
  evaluate: evaluateFiveDayObligation,
  findings: computeLeaveFindings,
});
