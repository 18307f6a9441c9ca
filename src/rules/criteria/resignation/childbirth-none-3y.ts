/**
 * `resignation.childbirth-none-3y` (ふくやまWLB認定 項目21): women who left in the 3-year window for a reason mentioning
 * 妊娠, 出産 or 育児. Passes when there are none, or when anyone who left for those reasons (at any time) has been
 * rehired (再雇用の実績がある). value = those women not rehired. insufficient-data without the leave-date or
 * leave-reason column, or when a leaver's reason (or gender) is unknown; not-applicable when no woman left.
 */
import type { EvalContext } from '../../context';
import { getThreshold } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { peopleRef, type MessageRef, textsOf, type MessageEntry } from '../../messages';
import { findMissingLeaveColumns, listLeavers, NO_ROSTER, toEvidence } from '../../resignation';
import { buildResult, type CriterionMeta } from '../../result';
import type { CriterionResult, EvidenceRow } from '../../types';

/** The sentences only this criterion writes. */
const TEXTS = {
  'gap.childbirth-leavers': {
    ja: (p) => `妊娠・出産・育児を理由に退職した女性（${p.people}）がいます。該当者の再雇用の実績があれば達成`,
    en: (p) => `Women left for pregnancy, childbirth or childcare (${p.people}). Passes if one of them was rehired`,
  },
  'gap.unknown-reason-or-gender': {
    ja: (p) => `退職理由（又は性別）が分からない退職者がいます: ${p.people}`,
    en: (p) => `Leavers whose reason (or gender) is unknown: ${p.people}`,
  },
  'gap.no-women-left': { ja: () => '3年間に退職した女性がいません', en: () => 'No woman left in the 3 years' },
  'gap.missing-roster-columns': {
    ja: (p) => `社員名簿に${p.columns.replace(/、/g, '・')}の列がないため、誰がなぜ退職したか分かりません`,
    en: (p) => `The roster has no ${p.columns} column, so who left and why is unknown`,
  },
} satisfies Record<string, MessageEntry>;
const text = textsOf(TEXTS);

/** A leave reason that counts: it mentions 妊娠, 出産 or 育児. */
const CHILDBIRTH_REASON = /妊娠|出産|育児/;

function evaluateChildbirthResignations(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
  const id = meta.id;
  const threshold = getThreshold(ctx, id, 0);
  const result = (
    status: CriterionResult['status'],
    value: number | null,
    gap: MessageRef | null,
    evidence?: EvidenceRow[],
  ) => buildResult(meta, { status, value, threshold, gap, ...(evidence ? { evidence } : {}) });
  if (!ctx.index.hasRoster) return result('insufficient-data', null, NO_ROSTER);
  const missing = findMissingLeaveColumns(ctx);
  if (missing.length > 0)
    return result(
      'insufficient-data',
      null,
      text('gap.missing-roster-columns', {
        columns: missing.map((name) => ({ ja: name, en: name === '退職日' ? 'leave date' : 'reason for leaving' })),
      }),
    );
  const leavers = listLeavers(ctx);
  const women = leavers.filter((e) => e.gender === 'female');
  const concerned = women.filter((e) => CHILDBIRTH_REASON.test(e.leaveReason ?? ''));
  const notRehired = concerned.filter((e) => e.rehired !== true).map((e) => e.id);
  const rehires = [...ctx.index.employees.values()].filter(
    (e) => e.rehired === true && CHILDBIRTH_REASON.test(e.leaveReason ?? ''),
  );
  const unknown = leavers
    .filter(
      (e) =>
        (e.gender === 'female' && !e.leaveReason?.trim()) ||
        (e.gender === undefined && (!e.leaveReason?.trim() || CHILDBIRTH_REASON.test(e.leaveReason))),
    )
    .map((e) => e.id);
  const evidence = [
    ...concerned,
    ...rehires.filter((e) => !concerned.includes(e)),
    ...leavers.filter((e) => unknown.includes(e.id)),
  ].map(toEvidence);
  if (rehires.length > 0) return result('pass', notRehired.length, null, evidence);
  if (notRehired.length > 0) {
    return result(
      'fail',
      notRehired.length,
      text('gap.childbirth-leavers', { people: peopleRef(notRehired) }),
      evidence,
    );
  }
  if (unknown.length > 0)
    return result(
      'insufficient-data',
      0,
      text('gap.unknown-reason-or-gender', { people: peopleRef(unknown) }),
      evidence,
    );
  if (women.length === 0) return result('not-applicable', 0, text('gap.no-women-left'), evidence);
  return result('pass', 0, null, evidence);
}

export const childbirthNone3y = defineCriterion({
  id: 'resignation.childbirth-none-3y',
  title: '過去3年間に妊娠・出産・育児を理由に退職した女性がいない（又は再雇用の実績）',
  titleEn: 'No woman left for childbirth or childcare in 3 years (or rehired)',
  ...CATEGORIES.resignation,
  source: 'ふくやまWLB認定 項目21',
  sourceEn: 'Fukuyama WLB certification item 21',
  unit: 'count',
  legal: false,
  findingRules: [],
  messages: ['gap.need-roster-leavers'],
  texts: TEXTS,
  evaluate: evaluateChildbirthResignations,
});
