/**
 * `resignation.care-none-3y` (ふくやまWLB認定 項目77): nobody left in the 3-year window for a reason mentioning 介護, and at least one use
 * of 介護休業 / 介護休暇 in the window. value = people who left for 介護.
 */
import type { EvalContext } from '../../context';
import { getThreshold } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { getFirstDayOfMonth, getLastDayOfMonth, isWithin } from '../../dates';
import { joinMessages, peopleRef, type MessageRef, textsOf, type MessageEntry } from '../../messages';
import { listLeavers, NO_ROSTER, toEvidence } from '../../resignation';
import { buildResult, type CriterionMeta } from '../../result';
import type { CriterionResult, EvidenceRow } from '../../types';

/** The sentences only this criterion writes. */
const TEXTS = {
  'gap.care-leavers': {
    ja: (p) => `介護を理由とした退職者がいます（${p.people}）`,
    en: (p) => `People left to care for family (${p.people})`,
  },
  'gap.need-care-records': {
    ja: () => '介護休業・介護休暇の記録（育児・介護休業等のシート）が必要です',
    en: () => 'Records of family-care leave and care days (the childcare / family-care sheet) are needed',
  },
  'gap.need-care-use': {
    ja: () => '介護休業・介護休暇の利用実績が1件以上必要',
    en: () => 'At least one use of family-care leave or care days is needed',
  },
  'gap.unknown-reason': {
    ja: (p) => `退職理由が分からない退職者がいます: ${p.people}`,
    en: (p) => `Leavers whose reason is unknown: ${p.people}`,
  },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/** A leave reason that counts: it mentions 介護. */
const CARE_REASON = /介護/;

function evaluateCareResignations(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const id = meta.id;
  const threshold = getThreshold(ctx, id, 0);
  if (!ctx.index.hasRoster)
    return buildResult(meta, { status: 'insufficient-data', value: null, threshold, gap: NO_ROSTER });
  const leavers = listLeavers(ctx);
  const care = leavers.filter((e) => CARE_REASON.test(e.leaveReason ?? '')).map((e) => e.id);
  const unknown = leavers.filter((e) => !e.leaveReason?.trim()).map((e) => e.id);
  const start = getFirstDayOfMonth(ctx.windows.years3[0]);
  const end = getLastDayOfMonth(ctx.windows.years3[1]);
  const uses = ctx.dataset.familyEvents.filter(
    (e) => (e.kind === 'care-leave' || e.kind === 'care-day') && isWithin(e.date, start, end),
  );
  const evidence: EvidenceRow[] = [
    ...leavers.filter((e) => care.includes(e.id) || unknown.includes(e.id)).map(toEvidence),
    ...uses.map((u) => ({ employeeId: u.employeeId, kind: u.kind, date: u.date, endDate: u.endDate ?? null })),
  ];
  const breakdown = { 介護離職: care.length, 介護休業等の利用: uses.length };
  const gaps: MessageRef[] = [];
  if (care.length > 0) gaps.push(text('gap.care-leavers', { people: peopleRef(care) }));
  if (uses.length === 0) gaps.push(text('gap.need-care-use'));
  if (care.length > 0 || (uses.length === 0 && ctx.index.hasFamilySheet)) {
    return buildResult(meta, {
      status: 'fail',
      value: care.length,
      threshold,
      gap: joinMessages(gaps),
      evidence,
      breakdown,
    });
  }
  if (!ctx.index.hasFamilySheet) gaps.push(text('gap.need-care-records'));
  if (unknown.length > 0) gaps.push(text('gap.unknown-reason', { people: peopleRef(unknown) }));
  if (gaps.length > 0)
    return buildResult(meta, {
      status: 'insufficient-data',
      value: care.length,
      threshold,
      gap: joinMessages(gaps),
      evidence,
      breakdown,
    });
  return buildResult(meta, { status: 'pass', value: 0, threshold, evidence, breakdown });
}

export const careNone3y = defineCriterion({
  id: 'resignation.care-none-3y',
  title: '介護の制度の利用実績があり、過去3年間に介護を理由とした退職者がいない',
  titleEn: 'Care leave used and nobody left for family care in 3 years',
  ...CATEGORIES.resignation,
  source: 'ふくやまWLB認定 項目77',
  sourceEn: 'Fukuyama WLB certification item 77',
  unit: 'count',
  legal: false,
  findingRules: [],
  messages: ['gap.need-roster-leavers'],
  texts: TEXTS,
  evaluate: evaluateCareResignations,
});
