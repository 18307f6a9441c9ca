/**
 * The company's 36協定 within a run: which agreement covers each employee (resolved with the statutory defaults), the
 * `agreement.*` findings of everyone, the "未設定" note when no agreement was given, which agreement was used for whom
 * (the report states it), and each employee's headroom for the coming month.
 */
import type { EvalContext } from './context';
import { perEmployee, remember, reuseAcrossRuns } from './context';
import { readingShapeOnly } from './run-cache';
import { describeAgreement, findAgreementFor, resolveAgreement, type ResolvedAgreement } from './agreement';
import { findAgreementFindings } from './agreement-findings';
import { computeHeadroom, type HeadroomRules } from './headroom';
import { getLaw36Limits } from './law36-limits';
import { getLaw36Sector, getWorkingTimeSystem } from './scope';
import { addMonths, getLastDayOfMonth, getMonthOf } from './dates';
import { messageOf, msg } from './messages';
import type { AgreementUse, Finding, Headroom, IsoMonth, MonthlyHours } from './types';

/**
 * The agreement covering an employee, resolved; `agreement: null` when none was given or none covers them. Worked
 * out once for everyone with monthly rows, not per run.
 */
export const getAgreementOf = perEmployee('agreement.of', (ctx, employeeId): ResolvedAgreement => {
  const agreements = ctx.params.agreements ?? [];
  const employee = ctx.index.employees.get(employeeId);
  const found = findAgreementFor(agreements, employee, getLaw36Sector(ctx, employeeId)) ?? null;
  return resolveAgreement(found, getWorkingTimeSystem(ctx, employeeId), ctx.params.agreementStartMonth);
});

/** The employees the 36協定 rules apply to (not 管理監督者, not 研究開発), with their months up to the as-of month. */
function coveredEmployees(ctx: EvalContext): [string, MonthlyHours[]][] {
  return remember(ctx, 'agreement.covered', () => {
    const asOfMonth = getMonthOf(ctx.params.asOf);
    const out: [string, MonthlyHours[]][] = [];
    for (const id of [...ctx.index.sortedHoursByEmployee.keys()].sort()) {
      if (!getLaw36Limits(ctx, id)) continue;
      const rows = ctx.index.sortedHoursByEmployee.get(id)!.filter((r) => r.month <= asOfMonth);
      out.push([id, rows]);
    }
    return out;
  });
}

/**
 * Every `agreement.*` finding (violations), or the one company note "36協定の内容が未設定" when no agreement was given.
 * Example: an agreement of 45 h without 特別条項 and a 50-hour month → `agreement.month-over`.
 */
export function computeAgreementFindings(ctx: EvalContext): Finding[] {
  return remember(ctx, 'agreement.findings', () => {
    if ((ctx.params.agreements ?? []).length === 0) {
      if (ctx.dataset.monthlyHours.length === 0) return [];
      const note: Finding = {
        rule: 'agreement.unset',
        employeeId: '',
        period: getMonthOf(ctx.params.asOf),
        value: 0,
        severity: 'warning',
        ...messageOf(
          msg('text.localized', {
            text: {
              ja: '36協定の内容が未設定: 法定上限のみで判定',
              en: "The company's Article 36 agreement is not set: judged against the statutory limits only",
            },
          }),
        ),
      };
      return [note];
    }
    const out: Finding[] = [];
    for (const [id, rows] of coveredEmployees(ctx)) {
      const resolved = getAgreementOf(ctx, id);
      if (!resolved.agreement) continue;
      out.push(...findAgreementFindings(id, rows, ctx.index.shiftsByEmployee.get(id) ?? [], resolved));
    }
    return out;
  });
}

/** Which agreement was used for whom, and the employees no agreement covers (when agreements were given). */
export function describeAgreementUse(ctx: EvalContext): { used: AgreementUse[]; uncovered: string[] } {
  const agreements = ctx.params.agreements ?? [];
  const byAgreement = new Map(agreements.map((a) => [a, [] as string[]]));
  const uncovered: string[] = [];
  if (agreements.length > 0) {
    for (const [id] of coveredEmployees(ctx)) {
      const a = getAgreementOf(ctx, id).agreement;
      if (a) byAgreement.get(a)?.push(id);
      else uncovered.push(id);
    }
  }
  const used = agreements.map((a): AgreementUse => {
    const figures: AgreementUse['figures'] = {};
    for (const [key, value] of Object.entries(a))
      if (key !== 'origin' && key !== 'originName' && value !== undefined) figures[key] = value;
    return { name: describeAgreement(a).ja, origin: a.origin ?? 'param', figures, employees: byAgreement.get(a) ?? [] };
  });
  return { used, uncovered };
}

/**
 * The month headroom is for: the as-of month when it already has data but is not over (partial), else the month
 * after the latest month with data (up to the as-of month). Null without any hours.
 */
function headroomMonth(ctx: EvalContext): IsoMonth | null {
  // Which months have rows, not their figures: reused by the overtime what-if.
  return reuseAcrossRuns(ctx, 'agreement.headroom-month', () => readingShapeOnly(() => findHeadroomMonth(ctx)));
}

function findHeadroomMonth(ctx: EvalContext): IsoMonth | null {
  const asOfMonth = getMonthOf(ctx.params.asOf);
  let latest: IsoMonth | null = null;
  for (const row of ctx.dataset.monthlyHours)
    if (row.month <= asOfMonth && (!latest || row.month > latest)) latest = row.month;
  if (!latest) return null;
  const partial = latest === asOfMonth && ctx.params.asOf < getLastDayOfMonth(asOfMonth);
  return partial ? latest : addMonths(latest, 1);
}

/**
 * The headroom rules of one employee: the agreement covering them, the statute where it is stricter or silent.
 * Worked out once for everyone with monthly rows, not per run.
 */
const headroomRules = perEmployee('agreement.headroom-rules', findHeadroomRules);

function findHeadroomRules(ctx: EvalContext, employeeId: string): HeadroomRules | null {
  const limits = getLaw36Limits(ctx, employeeId);
  if (!limits) return null;
  const a = getAgreementOf(ctx, employeeId);
  const fromAgreement = a.agreement !== null;
  const special = a.special;
  const agreementYear = special === false ? a.yearHours : (a.agreement?.specialYearHours ?? limits.yearViolation);
  return {
    startMonth: a.startMonth,
    month100: limits.month100 === 'violation',
    averages: limits.averageAndSixMonths,
    monthHours: Math.min(a.monthHours, limits.month),
    special,
    specialMonthHours: a.specialMonthHours,
    specialMonthOvertimeOnly: a.specialMonthOvertimeOnly,
    specialTimes: limits.averageAndSixMonths ? a.specialTimes : 12,
    yearHours: Math.min(agreementYear, limits.yearViolation),
    yearWithHolidayWork: limits.yearWithHolidayWork,
    fromAgreement,
  };
}

/** Headroom of every employee the 36協定 rules apply to and who is still employed in the month; least room first. */
export function computeAllHeadroom(ctx: EvalContext): Headroom[] {
  return remember(ctx, 'agreement.headroom', () => {
    const month = headroomMonth(ctx);
    if (!month) return [];
    const out: Headroom[] = [];
    for (const [id, rows] of coveredEmployees(ctx)) {
      const left = ctx.index.employees.get(id)?.leaveDate;
      if (left !== undefined && left < `${month}-01`) continue;
      const rules = headroomRules(ctx, id);
      if (rules) out.push(computeHeadroom(id, rows, month, rules));
    }
    return out.sort((x, y) => x.overtime - y.overtime || (x.employeeId < y.employeeId ? -1 : 1));
  });
}
