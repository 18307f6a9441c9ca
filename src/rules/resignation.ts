/**
 * Resignations over the 3-year window (seed 001 項目21 and 項目77): women who left for pregnancy, childbirth or
 * childcare (unless rehired), and people who left for family care (plus the use of care leave).
 */
import type { CriterionResult, Employee, EvidenceRow } from './types';
import type { EvalContext } from './context';
import { getThreshold } from './context';
import { getFirstDayOfMonth, getLastDayOfMonth, isWithin } from './dates';
import { buildResult, type CriterionMeta } from './result';
import { joinMessages, msg, peopleRef, type MessageRef } from './messages';

const CHILDBIRTH_REASON = /妊娠|出産|育児/;
const CARE_REASON = /介護/;

/** Everyone on the roster whose leave date lies in the 3-year window, in id order. */
function listLeavers(ctx: EvalContext): Employee[] {
  const start = getFirstDayOfMonth(ctx.windows.years3[0]);
  const end = getLastDayOfMonth(ctx.windows.years3[1]);
  return [...ctx.index.employees.values()]
    .filter((e) => isWithin(e.leaveDate, start, end))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function toEvidence(e: Employee): EvidenceRow {
  return {
    employeeId: e.id,
    name: e.name ?? null,
    leaveDate: e.leaveDate ?? null,
    leaveReason: e.leaveReason ?? null,
    rehired: e.rehired ?? null,
  };
}

const NO_ROSTER = msg('gap.need-roster-leavers');

/**
 * Whether the roster can show who left and why: the roster sheets' recorded columns when ingest reports them, else
 * whether any roster row has a leave date / a leave reason at all. Returns the missing columns' names.
 */
function findMissingLeaveColumns(ctx: EvalContext): string[] {
  const rosters = ctx.dataset.sources.filter((x) => x.kind === 'roster' && x.columns !== undefined);
  const has = (field: 'leaveDate' | 'leaveReason'): boolean =>
    rosters.length > 0
      ? rosters.some((x) => x.columns![field] !== undefined)
      : [...ctx.index.employees.values()].some((e) => e[field] !== undefined);
  return [...(has('leaveDate') ? [] : ['退職日']), ...(has('leaveReason') ? [] : ['退職理由'])];
}

/**
 * `resignation.childbirth-none-3y` (seed 001 項目21): women who left in the 3-year window for a reason mentioning
 * 妊娠, 出産 or 育児. Passes when there are none, or when anyone who left for those reasons (at any time) has been
 * rehired (再雇用の実績がある). value = those women not rehired. insufficient-data without the leave-date or
 * leave-reason column, or when a leaver's reason (or gender) is unknown; not-applicable when no woman left.
 */
export function evaluateChildbirthResignations(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
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
      msg('gap.missing-roster-columns', {
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
      msg('gap.childbirth-leavers', { people: peopleRef(notRehired) }),
      evidence,
    );
  }
  if (unknown.length > 0)
    return result(
      'insufficient-data',
      0,
      msg('gap.unknown-reason-or-gender', { people: peopleRef(unknown) }),
      evidence,
    );
  if (women.length === 0) return result('not-applicable', 0, msg('gap.no-women-left'), evidence);
  return result('pass', 0, null, evidence);
}

/**
 * `resignation.care-none-3y`: nobody left in the 3-year window for a reason mentioning 介護, and at least one use
 * of 介護休業 / 介護休暇 in the window. value = people who left for 介護.
 */
export function evaluateCareResignations(ctx: EvalContext, meta: CriterionMeta): CriterionResult {
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
  if (care.length > 0) gaps.push(msg('gap.care-leavers', { people: peopleRef(care) }));
  if (uses.length === 0) gaps.push(msg('gap.need-care-use'));
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
  if (!ctx.index.hasFamilySheet) gaps.push(msg('gap.need-care-records'));
  if (unknown.length > 0) gaps.push(msg('gap.unknown-reason', { people: peopleRef(unknown) }));
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
