/**
 * The 5-day obligation of annual paid leave (労働基準法39条7項), grant by grant: which year each grant opens, the days
 * taken in it, and a finding when it closed (or will close) short. `leave.five-day-obligation` judges from these
 * checks and the take-up rate shares `describeMissingLeaveData` (./criteria/leave/).
 */
import type { Finding, LeaveGrant, LeaveTaking } from './types';
import type { EvalContext } from './context';
import { remember } from './context';
import {
  countMonths,
  countObligationDays,
  findExemption,
  listObligationYears,
  OBLIGATORY_DAYS,
  type ObligationYear,
} from './leave-windows';
import { messageOf, msg, type MessageRef } from './messages';
import { EPSILON, roundTo } from './result';

export interface GrantCheck {
  grant: LeaveGrant;
  /** Start of the year of obligation (the grant date; for a split grant the day the total reached 10). */
  start: string;
  end: string;
  /** Days granted (the total of a split grant). */
  days: number;
  taken: number;
  finding?: Finding;
  /** 対象外: why the obligation could not be met (退職, 育児休業 …); no finding then. */
  exempt?: string;
  /** How the year was read: split grant, or the overlapping-years (比例按分) reading that met it. */
  note?: string;
}

/** The 比例按分 reading of two overlapping years: one period, 5 × months ÷ 12 days. */
interface CombinedReading {
  start: string;
  end: string;
  required: number;
  taken: number;
}

function readCombined(
  takings: LeaveTaking[] | undefined,
  first: ObligationYear,
  second: ObligationYear,
  asOf: string,
): CombinedReading {
  const required = roundTo((OBLIGATORY_DAYS * countMonths(first.start, second.end)) / 12);
  const taken = countObligationDays(takings, first.countFrom, second.end < asOf ? second.end : asOf);
  return { start: first.start, end: second.end, required, taken };
}

/** The finding of a year that is short: violation once its period is over, at-risk while it is open. */
function makeShortFinding(
  employeeId: string,
  end: string,
  taken: number,
  needed: number,
  asOf: string,
  what: MessageRef,
): Finding {
  const short = roundTo(needed - taken);
  const closed = end < asOf;
  return {
    rule: 'leave.five-day-obligation',
    employeeId,
    period: end,
    value: short,
    severity: closed ? 'violation' : 'at-risk',
    ...messageOf(
      closed
        ? msg('finding.leave.short-closed', {
            id: employeeId,
            what,
            end,
            taken: roundTo(taken),
            needed: roundTo(needed),
            short,
          })
        : msg('finding.leave.short-open', { id: employeeId, end, short }),
    ),
  };
}

/**
 * A year cut short by the employee leaving (on or before the as-of date, inside the year): listed with the days
 * taken by the leaving date, and a `warning` below 5 — whether 労基法39条7項 still asked for 5 days of a year the
 * employee did not complete is read differently in MHLW's answers, so HR is shown it and judges. Null when the
 * employee did not leave inside this year.
 * Example: granted 10 on 2025-04-01, left 2025-09-30 with 1 day taken → warning, 4 days short by 2025-09-30.
 */
function checkLeaver(ctx: EvalContext, employeeId: string, year: ObligationYear, check: GrantCheck): GrantCheck | null {
  const left = ctx.index.employees.get(employeeId)?.leaveDate;
  if (left === undefined || left < year.start || left > year.end || left > ctx.params.asOf) return null;
  const takings = ctx.index.takingsByEmployee.get(employeeId);
  const taken = countObligationDays(takings, year.countFrom, left);
  check.taken = taken;
  check.note = `退職（${left}）: 退職日までの取得 ${roundTo(taken)}日`;
  if (taken >= OBLIGATORY_DAYS - EPSILON) return check;
  const short = roundTo(OBLIGATORY_DAYS - taken);
  check.finding = {
    rule: 'leave.five-day-obligation',
    employeeId,
    period: left,
    value: short,
    severity: 'warning',
    ...messageOf(msg('finding.leave.leaver-short', { id: employeeId, date: left, taken: roundTo(taken), short })),
  };
  return check;
}

/** Checks one year of obligation, with the overlapping-years readings it has with its neighbours. */
function checkYear(
  ctx: EvalContext,
  employeeId: string,
  year: ObligationYear,
  combined: CombinedReading[],
): GrantCheck {
  const asOf = ctx.params.asOf;
  const takings = ctx.index.takingsByEmployee.get(employeeId);
  const taken = countObligationDays(takings, year.countFrom, year.end < asOf ? year.end : asOf);
  const check: GrantCheck = { grant: year.grant, start: year.start, end: year.end, days: year.days, taken };
  if (year.splitFrom) check.note = `分割付与（${year.splitFrom.join('・')}の付与の合計が10日に達した日から1年）`;
  if (taken >= OBLIGATORY_DAYS - EPSILON) return check;
  const met = combined.find((c) => c.taken >= c.required - EPSILON);
  if (met) {
    check.note = `前倒し付与の比例按分（${met.start}〜${met.end} に ${met.required}日、取得${roundTo(met.taken)}日）で達成`;
    return check;
  }
  const leaver = checkLeaver(ctx, employeeId, year, check);
  if (leaver) return leaver;
  const exempt = findExemption(ctx, employeeId, year, roundTo(OBLIGATORY_DAYS - taken));
  if (exempt) {
    check.exempt = exempt;
    return check;
  }
  const open = combined.find((c) => c.end >= asOf);
  check.finding = open
    ? makeShortFinding(
        employeeId,
        open.end,
        open.taken,
        open.required,
        asOf,
        msg('leave.what.combined', { start: open.start, end: open.end }),
      )
    : makeShortFinding(
        employeeId,
        year.end,
        taken,
        OBLIGATORY_DAYS,
        asOf,
        msg('leave.what.grant', { start: year.start }),
      );
  return check;
}

/**
 * Checks every year of obligation (grants of ≥ 10 days, split grants adding up to 10) started on or before the as-of
 * date. Example: 10 days granted 2025-04-01, 4 taken → at as-of 2026-04-01 a violation (1 day short, deadline
 * 2026-03-31); at as-of 2025-12-01 at-risk, 1 more day needed by 2026-03-31.
 */
export function checkFiveDayObligation(ctx: EvalContext): GrantCheck[] {
  return remember(ctx, 'leave.five-day', () => {
    const asOf = ctx.params.asOf;
    const checks: GrantCheck[] = [];
    for (const employeeId of [...ctx.index.grantsByEmployee.keys()].sort()) {
      const takings = ctx.index.takingsByEmployee.get(employeeId);
      const years = listObligationYears(ctx.index.grantsByEmployee.get(employeeId)!, asOf);
      years.forEach((year, i) => {
        const combined: CombinedReading[] = [];
        const before = years[i - 1];
        const after = years[i + 1];
        if (before && year.start <= before.end) combined.push(readCombined(takings, before, year, asOf));
        if (after && after.start <= year.end) combined.push(readCombined(takings, year, after, asOf));
        checks.push(checkYear(ctx, employeeId, year, combined));
      });
    }
    return checks;
  });
}

/** Findings of the 5-day obligation (violations and at-risk grants). */
export function computeLeaveFindings(ctx: EvalContext): Finding[] {
  return checkFiveDayObligation(ctx).flatMap((c) => (c.finding ? [c.finding] : []));
}

/** Status when the leave book is missing or half-missing; null when the data is usable. */
export function describeMissingLeaveData(ctx: EvalContext): MessageRef | null {
  if (ctx.dataset.leaveGrants.length === 0) return msg('gap.no-leave-grants');
  if (ctx.dataset.leaveTakings.length === 0) return msg('gap.no-leave-takings');
  return null;
}
