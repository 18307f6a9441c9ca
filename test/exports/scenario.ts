/**
 * The one month of work every export fixture writes in its own layout (April 2025; weeks run Sunday–Saturday),
 * with the figures a person computes from it under 労基法32条 (8 h a day, 40 h a week) and 37条 (late night
 * 22:00–5:00). Each fixture generator turns these days into its vendor's layout; each test checks the JSON
 * report's `monthlyHours` against EXPECTED.
 *
 * 1001 — overtime past 40 h a week:
 *   Mon 4/7 – Fri 4/11 9:00–18:00, break 1:00 → 5 × 8 h = 40 h (no daily OT);
 *   Sat 4/12 (所定休日) 9:00–15:00, no break → 6 h, all beyond the week's 40 h → weekly OT 6 h;
 *   Mon 4/14 9:00–20:30, break 1:00 → 10.5 h → daily OT 2.5 h.
 *   OT = 6 + 2.5 = 8.5 h; HW 0; worked = 40 + 6 + 10.5 = 56.5 h; no late night.
 * 1002 — statutory holiday work:
 *   Sun 4/6 (法定休日) 9:00–17:00, break 1:00 → 7 h, all HW (not counted toward the week);
 *   Mon 4/7 9:00–18:00, break 1:00 → 8 h; Sat 4/12 (所定休日) 9:00–13:00 → 4 h, ordinary work (week 12 h).
 *   OT 0; HW 7 h; worked = 7 + 8 + 4 = 19 h; no late night.
 * 1003 — night work past midnight:
 *   Tue 4/8 22:00–翌6:00, break 1:00 → 7 h (the night belongs to the day it started); late night 22:00–5:00 = 7 h,
 *   capped at the 7 worked hours → 7 h;
 *   Wed 4/9 14:00–23:30, break 1:00 → 8.5 h → daily OT 0.5 h; late night 22:00–23:30 = 1.5 h.
 *   OT 0.5 h; HW 0; worked = 7 + 8.5 = 15.5 h; late night on 2 days (7 + 1.5 = 8.5 h).
 */

/** One worked day as the fixtures write it. */
export interface Day {
  id: string;
  name: string;
  date: string;
  /** 平日 / 法定休日 / 所定休日. */
  kind: 'work' | 'statutory' | 'prescribed';
  start: string;
  /** `6:00` the next morning is written `30:00` where the vendor writes ends past midnight that way. */
  end: string;
  endNextDay?: boolean;
  breakHours: number;
  worked: number;
  /** The vendor's own figures for the day (what its export writes in its 残業 / 法定休日 / 深夜 columns). */
  overtime: number;
  holidayWork: number;
  lateNight: number;
}

export const NAMES: Record<string, string> = { '1001': '山田 太郎', '1002': '佐藤 花子', '1003': '鈴木 一郎' };

function d(
  id: string,
  date: string,
  kind: Day['kind'],
  start: string,
  end: string,
  breakHours: number,
  worked: number,
  overtime = 0,
  holidayWork = 0,
  lateNight = 0,
  endNextDay = false,
): Day {
  return {
    id,
    name: NAMES[id],
    date,
    kind,
    start,
    end,
    endNextDay,
    breakHours,
    worked,
    overtime,
    holidayWork,
    lateNight,
  };
}

export const DAYS: Day[] = [
  d('1002', '2025-04-06', 'statutory', '9:00', '17:00', 1, 7, 0, 7),
  d('1001', '2025-04-07', 'work', '9:00', '18:00', 1, 8),
  d('1002', '2025-04-07', 'work', '9:00', '18:00', 1, 8),
  d('1001', '2025-04-08', 'work', '9:00', '18:00', 1, 8),
  d('1003', '2025-04-08', 'work', '22:00', '6:00', 1, 7, 0, 0, 7, true),
  d('1001', '2025-04-09', 'work', '9:00', '18:00', 1, 8),
  d('1003', '2025-04-09', 'work', '14:00', '23:30', 1, 8.5, 0.5, 0, 1.5),
  d('1001', '2025-04-10', 'work', '9:00', '18:00', 1, 8),
  d('1001', '2025-04-11', 'work', '9:00', '18:00', 1, 8),
  d('1001', '2025-04-12', 'prescribed', '9:00', '15:00', 0, 6, 6),
  d('1002', '2025-04-12', 'prescribed', '9:00', '13:00', 0, 4),
  d('1001', '2025-04-14', 'work', '9:00', '20:30', 1, 10.5, 2.5),
];

/** The employees' April 2025 as the JSON report must give it (see the arithmetic above). */
export const EXPECTED = {
  '1001': { overtime: 8.5, holidayWork: 0, worked: 56.5, lateNightDays: 0 },
  '1002': { overtime: 0, holidayWork: 7, worked: 19, lateNightDays: 0 },
  '1003': { overtime: 0.5, holidayWork: 0, worked: 15.5, lateNightDays: 2 },
};

/** Month totals per employee, for the monthly exports (their late night: 1003's 8.5 h). */
export const MONTH_TOTALS = {
  '1001': { worked: 56.5, weekdayOvertime: 2.5, prescribedHolidayOvertime: 6, holidayWork: 0, lateNight: 0 },
  '1002': { worked: 19, weekdayOvertime: 0, prescribedHolidayOvertime: 0, holidayWork: 7, lateNight: 0 },
  '1003': { worked: 15.5, weekdayOvertime: 0.5, prescribedHolidayOvertime: 0, holidayWork: 0, lateNight: 8.5 },
};

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** `2025/04/07(月)` (KING OF TIME 日時) or, without the year, `04/07(月)` (ジョブカン). */
export function withWeekday(iso: string, year = true): string {
  const [y, m, day] = iso.split('-');
  const dow = WEEKDAYS[new Date(Date.UTC(Number(y), Number(m) - 1, Number(day))).getUTCDay()];
  return `${year ? `${y}/` : ''}${m}/${day}(${dow})`;
}

/** Hours as the vendor's setting writes them: 10進数 `10.50`, 60進数 `10.30`, 分単位 `630`, clock `10:30`. */
export function hoursText(hours: number, style: 'decimal' | 'sexagesimal' | 'minutes' | 'clock'): string {
  const h = Math.trunc(hours);
  const m = Math.round((hours - h) * 60);
  switch (style) {
    case 'decimal':
      return hours.toFixed(2);
    case 'sexagesimal':
      return `${h}.${String(m).padStart(2, '0')}`;
    case 'minutes':
      return String(Math.round(hours * 60));
    default:
      return `${h}:${String(m).padStart(2, '0')}`;
  }
}
