/**
 * What the childcare-leave rates (./criteria/childcare/) share: parents and their births from the family-leave sheet,
 * and a rate's tally over them.
 * Births and leaves come from the family-leave sheet; a man's birth row is his spouse's birth.
 * 育児休業等 = 育児休業 + 産後パパ育休; 育児目的休暇 counts only for the "with purpose leave" rate;
 * 産前産後休業 is never 育児休業. The same child is counted once.
 */
import type { CriterionResult, EvidenceRow, FamilyEvent, FamilyEventKind, Gender, IsoDate } from './types';
import type { EvalContext } from './context';
import { addEmployeeIssue, getThreshold, remember } from './context';
import { addDays, isWithin } from './dates';
import { msg, type Localized, type MessageCode, type MessageRef } from './messages';
import { buildResult, countNeededForRate, EPSILON, toNumberThreshold, type CriterionMeta } from './result';

/** 育児休業等. */
export const CHILDCARE_LEAVE: ReadonlySet<FamilyEventKind> = new Set(['childcare-leave', 'papa-leave']);

/** The gaps and issues every childcare rate may raise (each rate module declares them through this one list). */
export const CHILDCARE_RATE_MESSAGES: readonly MessageCode[] = [
  'gap.childcare.takers',
  'gap.need-family-sheet',
  'gap.birth-gender-unknown',
  'gap.no-births',
  'issue.gender-unknown-childcare',
];
/** Leave kinds whose child's birth date also tells us a birth happened. */
const CHILD_LINKED: ReadonlySet<FamilyEventKind> = new Set([
  'childcare-leave',
  'papa-leave',
  'purpose-leave',
  'maternity-leave',
]);
/** A leave without a child's birth date belongs to the latest birth up to this many days after the leave starts (配偶者出産休暇 may start before the birth). */
const LEAVE_BEFORE_BIRTH_DAYS = 60;

interface Parent {
  employeeId: string;
  gender: Gender | undefined;
  /** Distinct birth dates of their children, sorted. */
  births: IsoDate[];
  leaves: FamilyEvent[];
}

/** Gender from the roster, else from the family rows (a spouse's birth → a man; maternity leave → a woman). */
function inferGender(ctx: EvalContext, employeeId: string, events: FamilyEvent[]): Gender | undefined {
  const fromRoster = ctx.index.employees.get(employeeId)?.gender;
  if (fromRoster) return fromRoster;
  if (events.some((e) => e.kind === 'birth' && e.spouseBirth === true)) return 'male';
  if (events.some((e) => (e.kind === 'birth' && e.spouseBirth === false) || e.kind === 'maternity-leave'))
    return 'female';
  return undefined;
}

/**
 * Everyone with a birth or a childcare leave: their gender, the distinct birth dates of their children
 * (from birth rows and from leaves' child birth dates) and their leaves.
 */
export function collectParents(ctx: EvalContext): Map<string, Parent> {
  return remember(ctx, 'childcare.parents', () => {
    const parents = new Map<string, Parent>();
    for (const [employeeId, events] of ctx.index.familyByEmployee) {
      const births = new Set<IsoDate>();
      const leaves: FamilyEvent[] = [];
      for (const e of events) {
        if (e.kind === 'birth') births.add(e.date);
        else if (CHILD_LINKED.has(e.kind)) {
          leaves.push(e);
          if (e.childBirthDate) births.add(e.childBirthDate);
        }
      }
      if (births.size === 0 && leaves.length === 0) continue;
      parents.set(employeeId, {
        employeeId,
        gender: inferGender(ctx, employeeId, events),
        births: [...births].sort(),
        leaves,
      });
    }
    return parents;
  });
}

/**
 * The child a leave is for: its child's birth date, else the latest birth of that parent no later than
 * 60 days after the leave starts, else a single "unknown child" per parent.
 * Example: births ['2024-05-10'], leave from 2024-07-01 without a child date → '2024-05-10'.
 */
export function getChildKey(leave: FamilyEvent, births: IsoDate[]): string {
  if (leave.childBirthDate) return leave.childBirthDate;
  const limit = addDays(leave.date, LEAVE_BEFORE_BIRTH_DAYS);
  for (let i = births.length - 1; i >= 0; i--) if (births[i] <= limit) return births[i];
  return 'unknown';
}

/** The qualifying leave taken for a given child (optionally starting within a period). */
function findLeaveFor(
  parent: Parent,
  child: IsoDate,
  kinds: ReadonlySet<FamilyEventKind>,
  period?: [IsoDate, IsoDate],
): FamilyEvent | undefined {
  return parent.leaves.find(
    (l) =>
      kinds.has(l.kind) &&
      getChildKey(l, parent.births) === child &&
      (!period || isWithin(l.date, period[0], period[1])),
  );
}

/** True for a fixed-term (有期) employee: the roster flag, else the employment type. */
export function isFixedTerm(ctx: EvalContext, employeeId: string): boolean | undefined {
  const e = ctx.index.employees.get(employeeId);
  if (!e) return undefined;
  if (e.fixedTerm !== undefined) return e.fixedTerm;
  return e.employmentType ? /契約|有期|嘱託|期間/.test(e.employmentType) : undefined;
}

const GENDER_JA: Record<Gender, string> = { male: '男性', female: '女性' };

export interface RateInput {
  meta: CriterionMeta;
  fallback: number;
  gender: Gender;
  births: [IsoDate, IsoDate];
  kinds: ReadonlySet<FamilyEventKind>;
  /** The leave must start in this period (plan-period rates). */
  leavePeriod?: [IsoDate, IsoDate];
  /** Extra filter on the parent (fixed-term). */
  include?: (employeeId: string) => boolean;
  /** Men: the numerator is every man who took leave in the period, whatever the child's birth date. */
  countAllLeaves?: boolean;
  /** Women: a birth whose 産後休業 has not ended on the period's last day is left out (she cannot take 育児休業 yet). */
  postpartumRule?: boolean;
  who: Localized;
}

/** Insufficient-data or not-applicable results shared by the rates. */
export function buildNoRate(
  ctx: EvalContext,
  meta: CriterionMeta,
  fallback: number,
  status: 'insufficient-data' | 'not-applicable',
  gap: MessageRef,
): CriterionResult {
  return buildResult(meta, { status, value: null, threshold: getThreshold(ctx, meta.id, fallback), gap });
}

/** Running counts of a rate, filled parent by parent in employee-id order. */
interface RateTally {
  /** Births counted (each child once). */
  denominator: number;
  /** Parents of unknown gender with a birth in the period: they make the rate insufficient-data when nothing else counts. */
  unknownGender: number;
  /** `employeeId|child` of the births followed by a qualifying leave. */
  takers: Set<string>;
  evidence: EvidenceRow[];
}

/**
 * Counts a parent's births of the period: each one is in the denominator and, when a qualifying leave follows, a
 * taker — except a woman's birth still in 産後休業 at the period's end, which is only shown in the evidence.
 */
function tallyBirths(parent: Parent, gender: Gender, inPeriod: IsoDate[], input: RateInput, tally: RateTally): void {
  for (const birth of inPeriod) {
    if (input.postpartumRule && isInPostpartumLeave(birth, input.births[1])) {
      tally.evidence.push({
        employeeId: parent.employeeId,
        gender: GENDER_JA[gender],
        birthDate: birth,
        leaveTaken: null,
        leaveKind: null,
        leaveStart: null,
        note: `産後休業中（${addDays(birth, POSTPARTUM_DAYS)} まで）のため対象外`,
      });
      continue;
    }
    tally.denominator += 1;
    const leave = findLeaveFor(parent, birth, input.kinds, input.leavePeriod);
    if (leave && !input.countAllLeaves) tally.takers.add(`${parent.employeeId}|${birth}`);
    tally.evidence.push({
      employeeId: parent.employeeId,
      gender: GENDER_JA[gender],
      birthDate: birth,
      leaveTaken: leave !== undefined,
      leaveKind: leave?.kind ?? null,
      leaveStart: leave?.date ?? null,
    });
  }
}

/**
 * Men (`countAllLeaves`): every child with a qualifying leave starting in the period makes a taker, even when the
 * child was born outside the period (such a child gets its own evidence row).
 */
function tallyAllLeaves(
  parent: Parent,
  gender: Gender,
  inPeriod: IsoDate[],
  leavePeriod: [IsoDate, IsoDate],
  kinds: ReadonlySet<FamilyEventKind>,
  tally: RateTally,
): void {
  for (const l of parent.leaves) {
    if (!kinds.has(l.kind) || !isWithin(l.date, leavePeriod[0], leavePeriod[1])) continue;
    const child = getChildKey(l, parent.births);
    const key = `${parent.employeeId}|${child}`;
    if (tally.takers.has(key)) continue;
    tally.takers.add(key);
    if (!inPeriod.includes(child))
      tally.evidence.push({
        employeeId: parent.employeeId,
        gender: GENDER_JA[gender],
        birthDate: child,
        leaveTaken: true,
        leaveKind: l.kind,
        leaveStart: l.date,
        note: '出生日が期間外',
      });
  }
}

/** Adds one parent to a rate; a parent of unknown gender with a birth in the period is reported as an input issue. */
function tallyParent(ctx: EvalContext, parent: Parent, input: RateInput, tally: RateTally): void {
  const inPeriod = parent.births.filter((b) => isWithin(b, input.births[0], input.births[1]));
  const gender = parent.gender;
  if (gender === undefined) {
    if (inPeriod.length > 0) {
      tally.unknownGender += 1;
      addEmployeeIssue(ctx, parent.employeeId, msg('issue.gender-unknown-childcare', { id: parent.employeeId }));
    }
    return;
  }
  if (gender !== input.gender || (input.include && !input.include(parent.employeeId))) return;
  tallyBirths(parent, gender, inPeriod, input, tally);
  if (input.countAllLeaves && input.leavePeriod)
    tallyAllLeaves(parent, gender, inPeriod, input.leavePeriod, input.kinds, tally);
}

/**
 * A childcare-leave rate: births of `gender` in the period (each child once) as denominator; births followed by a
 * qualifying leave (or, for men, every man-child with such a leave in the period) as numerator.
 * Example: 10 men whose spouse gave birth, 3 on 育児休業 → 0.3.
 */
export function evaluateRate(ctx: EvalContext, input: RateInput): CriterionResult {
  const { meta, fallback } = input;
  if (!ctx.index.hasFamilySheet)
    return buildNoRate(ctx, meta, fallback, 'insufficient-data', msg('gap.need-family-sheet'));
  const threshold = getThreshold(ctx, meta.id, fallback);
  const target = toNumberThreshold(threshold, fallback);
  const tally: RateTally = { denominator: 0, unknownGender: 0, takers: new Set(), evidence: [] };
  for (const parent of [...collectParents(ctx).values()].sort((a, b) => (a.employeeId < b.employeeId ? -1 : 1)))
    tallyParent(ctx, parent, input, tally);
  const { denominator, takers, evidence } = tally;
  if (denominator === 0) {
    if (tally.unknownGender > 0)
      return buildNoRate(ctx, meta, fallback, 'insufficient-data', msg('gap.birth-gender-unknown'));
    return buildNoRate(
      ctx,
      meta,
      fallback,
      'not-applicable',
      msg('gap.no-births', { start: input.births[0], end: input.births[1], who: input.who }),
    );
  }
  const rate = takers.size / denominator;
  const failing = rate < target - EPSILON;
  const needed = countNeededForRate(takers.size, denominator, target);
  return buildResult(meta, {
    status: failing ? 'fail' : 'pass',
    value: rate,
    threshold,
    gap: failing ? msg('gap.childcare.takers', { who: input.who, n: needed }) : null,
    evidence,
    breakdown: { 対象者: denominator, 取得者: takers.size },
  });
}

/** 産後休業: 8 weeks after the birth (労基法65条2項); 育児休業 can start the day after. */
const POSTPARTUM_DAYS = 56;

/**
 * True when a woman who gave birth on `birth` is still in 産後休業 on `lastDay` (the 8 weeks end on birth + 56 days
 * or later), so she could not yet take 育児休業 within the period. Example: birth 2026-02-10, last day 2026-03-31 →
 * 産後休業 runs to 2026-04-07 → true.
 */
function isInPostpartumLeave(birth: IsoDate, lastDay: IsoDate): boolean {
  return addDays(birth, POSTPARTUM_DAYS) >= lastDay;
}
