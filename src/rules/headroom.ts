/**
 * Headroom (上限までの残り): for one employee and the coming month, the most statutory overtime (OT) and OT + holiday
 * work (HW) that keep every 36協定 rule that applies, and the rule that binds — what HR asks each month: "how many
 * more hours may this person work?".
 *
 * The rules (労基法36条4項〜6項 and the company's agreement): the agreement's month limit, or its special-clause limit
 * while special months remain in the agreement year; the agreement's and the statute's year limit less the year's OT
 * so far; OT + HW below 100 h in the month (36条6項2号); and for k = 2…6 months, a mean of OT + HW of at most 80 h,
 * so 80 × k − (OT + HW of the previous k − 1 months) this month (36条6項3号; months without data count as 0).
 * Pure: the caller gives the months and the rules.
 */
import type { Headroom, IsoMonth } from './types';
import type { Localized } from './messages';
import { addMonths, toMonthNumber } from './dates';
import { getAgreementYearStart } from './windows';
import { roundTo } from './result';

/** The rules that apply to one employee, already resolved (agreement, sector, working-time system). */
export interface HeadroomRules {
  /** The agreement year's first month (1–12). */
  startMonth: number;
  /** The single-month OT + HW cap below 100 h applies (not to 自動車運転). */
  month100: boolean;
  /** The 2–6-month 80 h means and the six-months rule apply (general rules). */
  averages: boolean;
  /** The ordinary month limit: the agreement's, else 45 h (42 h). */
  monthHours: number;
  /** 特別条項: true / false as signed, null when not known (read as the statutory maximum with one). */
  special: boolean | null;
  specialMonthHours: number;
  specialMonthOvertimeOnly: boolean;
  specialTimes: number;
  /** The year limit: the agreement's (special or not), capped by the statute's 720 h (960 h). */
  yearHours: number;
  /** The year counts OT + HW (医師). */
  yearWithHolidayWork: boolean;
  /** The limits come from the company's own agreement (the rule ids say `agreement.*`), not only the statute. */
  fromAgreement: boolean;
}

/** One month's OT and HW. */
export interface MonthFigures {
  month: IsoMonth;
  overtime: number;
  holidayWork: number;
}

/** A limit on the month's total OT (`ot`) or OT + HW, with the rule that sets it and how to say it. */
interface Candidate {
  on: 'ot' | 'total';
  limit: number;
  rule: string;
  text: (remaining: string) => Localized;
}

const BELOW_100 = 99.99;

function fmt(hours: number): string {
  return String(roundTo(hours, 2));
}

/** The k-month mean limit, 80 × k − `sum` (OT + HW of the k − 1 months before), worded only when it binds. */
function averageCandidate(k: number, sum: number): Candidate {
  return {
    on: 'total',
    limit: 80 * k - sum,
    rule: `law36.avg-over-80:${k}`,
    text: (r) => {
      const previous =
        k === 2
          ? { ja: `前月${fmt(sum)}時間`, en: `${fmt(sum)} h last month` }
          : { ja: `前${k - 1}か月の計${fmt(sum)}時間`, en: `${fmt(sum)} h in the previous ${k - 1} months` };
      return {
        ja: `${k}か月平均80時間: ${previous.ja}のため今月は${r}時間まで`,
        en: `${k}-month mean of 80 h: ${previous.en}, so up to ${r} h this month`,
      };
    },
  };
}

/** The month limit: the special clause's while special months remain, else the ordinary one. */
function monthCandidate(rules: HeadroomRules, used: number): Candidate {
  const prefix = rules.fromAgreement ? 'agreement' : 'law36';
  if (rules.special !== false && used < rules.specialTimes) {
    const limit = rules.specialMonthHours;
    const below100 = limit >= BELOW_100;
    return {
      on: rules.specialMonthOvertimeOnly ? 'ot' : 'total',
      limit,
      rule: below100 ? 'law36.month-100-or-more' : `${prefix}.special-month-over`,
      text: (r) =>
        below100
          ? { ja: `単月100時間未満: 今月は${r}時間まで`, en: `below 100 h in a month: up to ${r} h this month` }
          : {
              ja: `特別条項の1か月${fmt(limit)}時間（残り${rules.specialTimes - used}回）: 今月は${r}時間まで`,
              en: `special-clause month of ${fmt(limit)} h (${rules.specialTimes - used} times left): up to ${r} h this month`,
            },
    };
  }
  const usedUp = rules.special !== false;
  return {
    on: 'ot',
    limit: rules.monthHours,
    rule: usedUp ? `${prefix}.special-times-over` : `${prefix}.month-over`,
    text: (r) =>
      usedUp
        ? {
            ja: `特別条項の回数（年${rules.specialTimes}回）を使い切ったため1か月${fmt(rules.monthHours)}時間: 今月は${r}時間まで`,
            en: `the special clause's ${rules.specialTimes} times are used up, so ${fmt(rules.monthHours)} h a month: up to ${r} h this month`,
          }
        : {
            ja: `36協定の1か月${fmt(rules.monthHours)}時間（特別条項なし）: 今月は${r}時間まで`,
            en: `the agreement's ${fmt(rules.monthHours)} h a month (no special clause): up to ${r} h this month`,
          },
  };
}

/**
 * The employee's rows of the 12 months up to `month`, the only months a headroom reads (the agreement year so far,
 * the 2–6-month means, the recent pace): `recent[11 - n]` is the row of n months before `month`, or undefined.
 * A month given twice keeps its last row.
 */
function recentMonths(rows: readonly MonthFigures[], month: IsoMonth): (MonthFigures | undefined)[] {
  const recent = new Array<MonthFigures | undefined>(12).fill(undefined);
  const last = toMonthNumber(month);
  for (const row of rows) {
    const k = toMonthNumber(row.month) - last + 11;
    if (k >= 0 && k <= 11) recent[k] = row;
  }
  return recent;
}

/** OT of the agreement year before `month`, and the months of it over the ordinary month limit. */
function sumYearBefore(
  recent: (MonthFigures | undefined)[],
  month: IsoMonth,
  rules: HeadroomRules,
): { ot: number; counted: number; over: number } {
  const months = toMonthNumber(month) - toMonthNumber(getAgreementYearStart(month, rules.startMonth));
  let ot = 0;
  let counted = 0;
  let over = 0;
  for (let k = 11 - months; k < 11; k++) {
    const row = recent[k];
    if (!row) continue;
    ot += row.overtime;
    counted += rules.yearWithHolidayWork ? row.overtime + row.holidayWork : row.overtime;
    if (row.overtime > rules.monthHours + 1e-9) over++;
  }
  return { ot, counted, over };
}

/** The limits on the month but the 2–6-month means: the month's (agreement or special clause), the year's, under 100 h. */
function listCandidates(rules: HeadroomRules, year: { counted: number; over: number }): Candidate[] {
  const yearWords = rules.special === false ? '' : '（特別条項）';
  const candidates: Candidate[] = [
    monthCandidate(rules, year.over),
    {
      on: rules.yearWithHolidayWork ? 'total' : 'ot',
      limit: rules.yearHours - year.counted,
      rule: rules.fromAgreement ? 'agreement.year-over' : 'law36.year-over-720',
      text: (r) => ({
        ja: `年${fmt(rules.yearHours)}時間${yearWords}: 今年度${fmt(year.counted)}時間のため今月は${r}時間まで`,
        en: `${fmt(rules.yearHours)} h a year: ${fmt(year.counted)} h so far this year, so up to ${r} h this month`,
      }),
    },
  ];
  if (rules.month100)
    candidates.push({
      on: 'total',
      limit: BELOW_100,
      rule: 'law36.month-100-or-more',
      text: (r) => ({
        ja: `単月100時間未満: 今月は${r}時間まで`,
        en: `below 100 h in a month: up to ${r} h this month`,
      }),
    });
  return candidates;
}

/**
 * The binding limit: the first with the least room, in order — the month's, the year's, under 100 h, then the
 * 2–6-month means (each compared as it comes; only the one that binds is made a candidate) — and the least room of
 * the limits on OT + HW (Infinity when there is none, `totals` 0).
 */
function findBinding(
  rules: HeadroomRules,
  year: { counted: number; over: number },
  remaining: (on: Candidate['on'], limit: number) => number,
  totalBefore: (n: number) => number,
): { best: Candidate; bestRoom: number; totalRoom: number; totals: number } {
  const candidates = listCandidates(rules, year);
  let best = candidates[0];
  let bestRoom = Number.POSITIVE_INFINITY;
  let totalRoom = Number.POSITIVE_INFINITY;
  let totals = 0;
  for (const c of candidates) {
    const room = remaining(c.on, c.limit);
    if (c.on === 'total') {
      totalRoom = Math.min(totalRoom, room);
      totals++;
    }
    if (room < bestRoom - 1e-9) {
      best = c;
      bestRoom = room;
    }
  }
  if (rules.averages) {
    let before = 0;
    for (let k = 2; k <= 6; k++) {
      before += totalBefore(k - 1);
      const room = remaining('total', 80 * k - before);
      totalRoom = Math.min(totalRoom, room);
      totals++;
      if (room < bestRoom - 1e-9) {
        best = averageCandidate(k, before);
        bestRoom = room;
      }
    }
  }
  return { best, bestRoom, totalRoom, totals };
}

/**
 * The headroom of one employee for `month`. `rows` are the employee's months with data (any order); a row for `month`
 * itself is the month's partial data so far, and is taken off what remains.
 * Example: previous month 95 h, statutory rules → OT ≤ 65 (2-month mean: 160 − 95), binding `law36.avg-over-80:2`.
 */
export function computeHeadroom(
  employeeId: string,
  rows: readonly MonthFigures[],
  month: IsoMonth,
  rules: HeadroomRules,
): Headroom {
  const recent = recentMonths(rows, month);
  const totalBefore = (n: number) => {
    const r = recent[11 - n];
    return r ? r.overtime + r.holidayWork : 0;
  };
  const current = recent[11];
  const currentOt = current?.overtime ?? 0;
  const currentTotal = current ? current.overtime + current.holidayWork : 0;
  const year = sumYearBefore(recent, month, rules);
  const remaining = (on: Candidate['on'], limit: number) =>
    Math.max(0, limit - (on === 'ot' ? currentOt : currentTotal));
  const { best, bestRoom, totalRoom, totals } = findBinding(rules, year, remaining, totalBefore);
  // OT ≤ OT + HW: a limit on the total binds the OT as well (with this month's HW so far still in it).
  const overtime = roundTo(totals === 0 ? bestRoom : Math.min(bestRoom, totalRoom));
  const yearSoFar = roundTo(year.ot + currentOt);
  return {
    employeeId,
    month,
    overtime,
    overtimeAndHoliday: totals === 0 ? null : roundTo(Math.max(totalRoom, overtime)),
    binding: best.rule,
    bindingText: best.text(fmt(overtime)),
    yearSoFar,
    yearLimit: rules.yearHours,
    yearLimitReachedIn: findYearLimitMonth(recent, month, rules, year.counted + (current ? currentOt : 0)),
  };
}

/**
 * The month the year limit is reached at the pace of the three months before `month` (mean OT, months without data
 * 0); null when the pace is 0 or the limit is not reached within the agreement year. Example: 300 h so far in an
 * April year, 40 h a month of late, limit 360 → 60 more h = 2 months → the month after next.
 */
function findYearLimitMonth(
  recent: (MonthFigures | undefined)[],
  month: IsoMonth,
  rules: HeadroomRules,
  soFar: number,
): IsoMonth | null {
  const left = rules.yearHours - soFar;
  if (left <= 1e-9) return month;
  let pace = 0;
  for (let k = 1; k <= 3; k++) {
    const row = recent[11 - k];
    if (row) pace += rules.yearWithHolidayWork ? row.overtime + row.holidayWork : row.overtime;
  }
  pace /= 3;
  if (pace <= 1e-9) return null;
  const reached = addMonths(month, Math.ceil(left / pace - 1e-9) - 1);
  const yearEnd = addMonths(getAgreementYearStart(month, rules.startMonth), 11);
  return toMonthNumber(reached) <= toMonthNumber(yearEnd) ? reached : null;
}
