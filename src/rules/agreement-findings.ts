/**
 * Findings against the company's own 36協定 (`agreement.*`): every one a violation — work beyond what the agreement
 * allows is not covered by it, so it breaks 労基法32条 (hours) or 35条 (holidays) even below the statutory caps.
 * Pure: one employee's months (and days, for the 1日 limit) and the agreement that covers them, resolved.
 */
import { messageOf, msg, type Localized } from './messages';
import type { ResolvedAgreement } from './agreement';
import type { Finding, IsoMonth, MonthlyHours, Shift } from './types';
import { addMonths } from './dates';
import { getAgreementYearStart } from './windows';
import { EPSILON, formatHours, roundTo } from './result';

export const AGREEMENT_RULES = [
  'agreement.day-over',
  'agreement.month-over',
  'agreement.special-month-over',
  'agreement.year-over',
  'agreement.special-times-over',
  'agreement.holiday-days-over',
] as const;

type AgreementRule = (typeof AGREEMENT_RULES)[number];

function finding(rule: AgreementRule, employeeId: string, period: string, value: number, text: Localized): Finding {
  return {
    rule,
    employeeId,
    period,
    value: roundTo(value),
    severity: 'violation',
    ...messageOf(msg('text.localized', { text })),
  };
}

/** Day findings: the worst day of each month whose daily OT (beyond 8 h) is over the agreement's 1日, and how many. */
function findDayFindings(employeeId: string, shifts: readonly Shift[], a: ResolvedAgreement, out: Finding[]): void {
  const limit = a.dayHours;
  if (limit === null) return;
  const worst = new Map<IsoMonth, { shift: Shift; days: number }>();
  for (const s of shifts) {
    const ot = s.dailyOvertime ?? 0;
    if (ot <= limit + EPSILON) continue;
    const month = s.date.slice(0, 7);
    const w = worst.get(month);
    if (!w) worst.set(month, { shift: s, days: 1 });
    else {
      w.days++;
      if (ot > (w.shift.dailyOvertime ?? 0)) w.shift = s;
    }
  }
  for (const { shift, days } of worst.values()) {
    const hours = shift.dailyOvertime ?? 0;
    out.push(
      finding('agreement.day-over', employeeId, shift.date, hours, {
        ja: `${employeeId} は ${shift.date} に1日の時間外労働が${formatHours(hours)}時間（36協定の1日${formatHours(limit)}時間を超過、この月${days}日）`,
        en: `${employeeId}: ${formatHours(hours)} h of overtime on ${shift.date} (over the agreement's ${formatHours(limit)} h a day; ${days} such days that month)`,
      }),
    );
  }
}

/** A month's findings: beyond the month limit (no special clause, or beyond its times), the special clause's month,
 * the statutory holidays worked. `over` = the months over the month limit so far this year, this one included. */
function findMonth(employeeId: string, row: MonthlyHours, a: ResolvedAgreement, over: number, out: Finding[]): void {
  if (row.overtime > a.monthHours + EPSILON && (a.special === false || over > a.specialTimes)) {
    const why = a.special === false ? '特別条項なし' : `特別条項の年${a.specialTimes}回を超えた${over}回目`;
    const whyEn = a.special === false ? 'no special clause' : `time ${over}, beyond the ${a.specialTimes} allowed`;
    out.push(
      finding('agreement.month-over', employeeId, row.month, row.overtime, {
        ja: `${employeeId} は ${row.month} の時間外労働が${formatHours(row.overtime)}時間（36協定の1か月${formatHours(a.monthHours)}時間を超過、${why}）`,
        en: `${employeeId}: ${formatHours(row.overtime)} h of overtime in ${row.month}, over the agreement's ${formatHours(a.monthHours)} h a month (${whyEn})`,
      }),
    );
  }
  const counted = a.specialMonthOvertimeOnly ? row.overtime : row.overtime + row.holidayWork;
  if (a.special === true && counted > a.specialMonthHours + EPSILON) {
    const what = a.specialMonthOvertimeOnly ? '時間外労働' : '時間外・休日労働';
    out.push(
      finding('agreement.special-month-over', employeeId, row.month, counted, {
        ja: `${employeeId} は ${row.month} の${what}が${formatHours(counted)}時間（特別条項の1か月${formatHours(a.specialMonthHours)}時間を超過）`,
        en: `${employeeId}: ${formatHours(counted)} h in ${row.month}, over the special clause's ${formatHours(a.specialMonthHours)} h a month`,
      }),
    );
  }
  const holidayDays = row.holidayWorkDays;
  if (a.holidayDaysPerMonth !== null && holidayDays !== undefined && holidayDays > a.holidayDaysPerMonth) {
    out.push(
      finding('agreement.holiday-days-over', employeeId, row.month, holidayDays, {
        ja: `${employeeId} は ${row.month} に法定休日に${holidayDays}日労働（36協定の${a.holidayDaysPerMonth}日を超過）`,
        en: `${employeeId}: worked ${holidayDays} statutory holidays in ${row.month} (the agreement allows ${a.holidayDaysPerMonth})`,
      }),
    );
  }
}

/** The findings of one agreement year (months in order): each month's, then the special clause's times and the year. */
function findYearOfMonths(
  employeeId: string,
  months: readonly MonthlyHours[],
  a: ResolvedAgreement,
  out: Finding[],
): void {
  let over = 0;
  let total = 0;
  for (const row of months) {
    total += row.overtime;
    if (row.overtime > a.monthHours + EPSILON) over++;
    findMonth(employeeId, row, a, over, out);
  }
  if (months.length === 0) return;
  const start = getAgreementYearStart(months[0].month, a.startMonth);
  const period = `${start}..${addMonths(start, 11)}`;
  const special = a.special === true;
  if (special && over > a.specialTimes) {
    out.push(
      finding('agreement.special-times-over', employeeId, period, over, {
        ja: `${employeeId} は ${period} に1か月${formatHours(a.monthHours)}時間を超えた月が${over}回（特別条項の年${a.specialTimes}回を超過）`,
        en: `${employeeId}: ${over} months over ${formatHours(a.monthHours)} h in ${period} (the special clause allows ${a.specialTimes})`,
      }),
    );
  }
  const yearLimit = special ? a.specialYearHours : a.yearHours;
  if (a.special !== null && total > yearLimit + EPSILON) {
    const words = special ? `特別条項の1年${formatHours(yearLimit)}時間` : `36協定の1年${formatHours(yearLimit)}時間`;
    out.push(
      finding('agreement.year-over', employeeId, period, total, {
        ja: `${employeeId} は ${period} の時間外労働が${formatHours(total)}時間（${words}を超過）`,
        en: `${employeeId}: ${formatHours(total)} h of overtime in ${period}, over the agreement's ${formatHours(yearLimit)} h a year`,
      }),
    );
  }
}

/**
 * Every `agreement.*` finding of one employee. `months` sorted by month (up to the as-of month), `shifts` the
 * employee's days. Example: no special clause, 45 h a month, 50 h in 2025-06 → `agreement.month-over` 2025-06, 50 h.
 */
export function findAgreementFindings(
  employeeId: string,
  months: readonly MonthlyHours[],
  shifts: readonly Shift[],
  a: ResolvedAgreement,
): Finding[] {
  const out: Finding[] = [];
  findDayFindings(employeeId, shifts, a, out);
  let from = 0;
  while (from < months.length) {
    const start = getAgreementYearStart(months[from].month, a.startMonth);
    const end = addMonths(start, 11);
    let to = from;
    while (to < months.length && months[to].month <= end) to++;
    findYearOfMonths(employeeId, months.slice(from, to), a, out);
    from = to;
  }
  return out;
}
