/**
 * The one month every metamorphic layout writes: June 2025 for four employees, with the figures a person computes
 * from it under the Labour Standards Act (労働基準法):
 * - 32条: 8 h a day, 40 h a week (weeks Sunday–Saturday); daily OT first, then the hours that are not daily OT are
 *   summed in date order and the hours beyond 40 in the week are OT on the day they occur;
 * - 35条: the statutory rest day is Sunday (the company sets it: every run passes statutoryHolidayWeekday=0);
 *   Saturday is the company's own rest day (所定休日): work on it is ordinary work under the daily and weekly rules;
 *   every hour on a Sunday is holiday work (HW) and none of it counts toward the week's 40 h;
 * - 37条4項: late night is 22:00–5:00; a day with any late-night hour is a late-night day;
 * - 34条: the break is at least 45 min when the day's work exceeds 6 h and at least 60 min when it exceeds 8 h.
 *   Every break below is exactly that minimum (0 for spans up to 6 h, 45 min for spans 6:45–8:45, 60 min for spans
 *   of 9 h or more; no span lies between), so a layout without a break column reads the same month under the
 *   company break rule "the statutory minimum". The split day's 4-hour gap is its break.
 * - A shift past midnight is one working day, the day it started (昭63.1.1 基発1号: a continuous shift across two
 *   calendar days is one 勤務). No shift here touches a Sunday, so the calendar-day rule of 35条 never splits one.
 *
 * June 2025: Sun 1, Mon 2 … Sat 7 | Sun 8 … Sat 14 | Sun 15 … Sat 21 | Sun 22 … Sat 28 | Sun 29, Mon 30.
 *
 * 1001 山田 太郎 — day shifts 9:00–18:00 (break 1:00, 8 h) on every weekday but Fri 6/20 (年休), and:
 *   Tue 6/3 9:00–20:30 (break 1:00) = 10.5 h → daily OT 2.5;
 *   Wed 6/11 9:00–23:00 (break 1:00) = 13 h → daily OT 5; late night 22:00–23:00 → a late-night day;
 *   Sat 6/14 (所定休日) 9:00–15:00, no break (6 h is not over 6 h) = 6 h;
 *   Sat 6/21 (所定休日) 9:00–17:00 (break 0:45) = 7.25 h.
 *   Weeks (hours that are not daily OT): W1 6/2–6/6 4×8 + 8 = 40 → 0; W2 6/9–6/13 4×8 + 8 = 40, + Sat 6 = 46 →
 *   6 h weekly OT on Saturday; W3 6/16–6/19 4×8 = 32, + Sat 7.25 = 39.25 → 0 (the leave day is not work);
 *   W4 6/23–6/27 5×8 = 40 → 0; 6/30 8 → 0.
 *   worked = 18 days × 8 (144) + 10.5 + 13 + 6 + 7.25 = 180.75; OT = 2.5 + 5 + 6 = 13.5; HW 0; late-night days 1.
 * 1002 佐藤 花子 — statutory holiday work, a split day, a half day of leave:
 *   Sun 6/1 (法定休日) 9:00–16:00 (break 0:45) = 6.25 h HW; Mon 6/2 – Fri 6/6 9:00–18:00 = 5×8 = 40;
 *   Sat 6/7 (所定休日) 10:00–14:00, no break = 4 h → W1 already has 40 → 4 h weekly OT;
 *   Mon 6/9 8; Tue 6/10 split 8:00–12:00 + 16:00–20:00 = 8; Wed 6/11 8; Thu 6/12 8;
 *   Fri 6/13 午前半休, 13:00–18:00, no break = 5 → W2 37 → 0;
 *   Sun 6/15 (法定休日) 9:00–18:00 (break 1:00) = 8 h HW; Mon 6/16 – Thu 6/19 4×8 = 32;
 *   Fri 6/20 9:00–19:30 (break 1:00) = 9.5 → daily OT 1.5, W3 32 + 8 = 40 → 0; Mon 6/23 8.
 *   worked = 6.25 + 40 + 4 + 37 + 8 + 32 + 9.5 + 8 = 144.75; HW = 6.25 + 8 = 14.25; OT = 4 + 1.5 = 5.5; 0 late-night days.
 * 1003 鈴木 一郎 — night shifts 22:00–翌7:00 (break 2:00–3:00, 8 h; late night 22:00–2:00 + 3:00–5:00 = 6 h):
 *   Mon 6/2 – Thu 6/5 4×8 = 32; Fri 6/6 22:00–翌8:30 (break 1:00) = 9.5 → daily OT 1.5, W1 32 + 8 = 40 → 0;
 *   Mon 6/9 – Thu 6/12 4×8 = 32; Mon 6/16 – Fri 6/20 5×8 = 40; Mon 6/23 – Fri 6/27 5×8 = 40.
 *   worked = 41.5 + 32 + 40 + 40 = 153.5; OT 1.5; HW 0; late-night days 5 + 4 + 5 + 5 = 19.
 * 1004 高橋 美咲 — part-time: Mon/Wed/Fri 6/2, 6/4, 6/6, 6/9, 6/11, 6/13 10:00–15:00, no break = 6×5 = 30;
 *   Tue 6/17 9:00–17:00 (break 0:45) = 7.25; Thu 6/19 9:00–17:30 (break 0:45) = 7.75;
 *   Mon 6/23 10:00–16:00, no break (exactly 6 h needs none) = 6.
 *   worked = 30 + 7.25 + 7.75 + 6 = 51; OT 0; HW 0; 0 late-night days.
 */

export interface Employee {
  id: string;
  name: string;
}

export const EMPLOYEES: Employee[] = [
  { id: '1001', name: '山田 太郎' },
  { id: '1002', name: '佐藤 花子' },
  { id: '1003', name: '鈴木 一郎' },
  { id: '1004', name: '高橋 美咲' },
];

/** 出勤 (a weekday), 法定休日 (Sunday), 所定休日 (Saturday), 午前半休 (worked afternoon), 年休 (not worked). */
export type DayKind = 'work' | 'statutory' | 'prescribed' | 'half' | 'leave';

/** One stretch of work, `H:MM` to `H:MM`; an end earlier than the start is the next morning. */
export interface Segment {
  start: string;
  end: string;
}

export interface WorkDay {
  id: string;
  date: string;
  kind: DayKind;
  /** One segment, or two for the split day (the gap between them is its break). */
  segments: Segment[];
  /** Minutes of break inside the (single) segment, and where it was taken. */
  breakMinutes: number;
  breakAt?: Segment;
  /** Hours worked that day (hand figures, see above). */
  worked: number;
  /** Late-night hours (22:00–5:00) of that day, break excluded. */
  lateNight: number;
}

const LUNCH: Segment = { start: '12:00', end: '13:00' };
const SHORT_LUNCH: Segment = { start: '12:00', end: '12:45' };
const NIGHT_BREAK: Segment = { start: '2:00', end: '3:00' };

function day(
  id: string,
  date: string,
  start: string,
  end: string,
  worked: number,
  extra: Partial<WorkDay> = {},
): WorkDay {
  const breakMinutes = extra.breakMinutes ?? 60;
  const breakAt = breakMinutes === 60 ? LUNCH : breakMinutes === 45 ? SHORT_LUNCH : undefined;
  return {
    id,
    date,
    kind: 'work',
    segments: [{ start, end }],
    breakMinutes,
    breakAt,
    worked,
    lateNight: 0,
    ...extra,
  };
}

const june = (d: number) => `2025-06-${String(d).padStart(2, '0')}`;

function yamada(): WorkDay[] {
  const days: WorkDay[] = [];
  for (const d of [2, 4, 5, 6, 9, 10, 12, 13, 16, 17, 18, 19, 23, 24, 25, 26, 27, 30]) {
    days.push(day('1001', june(d), '9:00', '18:00', 8));
  }
  days.push(day('1001', june(3), '9:00', '20:30', 10.5));
  days.push(day('1001', june(11), '9:00', '23:00', 13, { lateNight: 1 }));
  days.push(day('1001', june(14), '9:00', '15:00', 6, { kind: 'prescribed', breakMinutes: 0 }));
  days.push(day('1001', june(21), '9:00', '17:00', 7.25, { kind: 'prescribed', breakMinutes: 45 }));
  return days;
}

function sato(): WorkDay[] {
  const days: WorkDay[] = [
    day('1002', june(1), '9:00', '16:00', 6.25, { kind: 'statutory', breakMinutes: 45 }),
    day('1002', june(7), '10:00', '14:00', 4, { kind: 'prescribed', breakMinutes: 0 }),
    {
      id: '1002',
      date: june(10),
      kind: 'work',
      segments: [
        { start: '8:00', end: '12:00' },
        { start: '16:00', end: '20:00' },
      ],
      breakMinutes: 0,
      worked: 8,
      lateNight: 0,
    },
    day('1002', june(13), '13:00', '18:00', 5, { kind: 'half', breakMinutes: 0 }),
    day('1002', june(15), '9:00', '18:00', 8, { kind: 'statutory' }),
    day('1002', june(20), '9:00', '19:30', 9.5),
  ];
  for (const d of [2, 3, 4, 5, 6, 9, 11, 12, 16, 17, 18, 19, 23]) days.push(day('1002', june(d), '9:00', '18:00', 8));
  return days;
}

function suzuki(): WorkDay[] {
  const night = { breakAt: NIGHT_BREAK, lateNight: 6 };
  const days: WorkDay[] = [day('1003', june(6), '22:00', '8:30', 9.5, night)];
  for (const d of [2, 3, 4, 5, 9, 10, 11, 12, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27]) {
    days.push(day('1003', june(d), '22:00', '7:00', 8, night));
  }
  return days;
}

function takahashi(): WorkDay[] {
  const days: WorkDay[] = [];
  for (const d of [2, 4, 6, 9, 11, 13]) days.push(day('1004', june(d), '10:00', '15:00', 5, { breakMinutes: 0 }));
  days.push(day('1004', june(17), '9:00', '17:00', 7.25, { breakMinutes: 45 }));
  days.push(day('1004', june(19), '9:00', '17:30', 7.75, { breakMinutes: 45 }));
  days.push(day('1004', june(23), '10:00', '16:00', 6, { breakMinutes: 0 }));
  return days;
}

/** Every worked day of the month, by employee then date. */
export const DAYS: WorkDay[] = [...yamada(), ...sato(), ...suzuki(), ...takahashi()].sort(
  (a, b) => a.id.localeCompare(b.id) || a.date.localeCompare(b.date),
);

/** Days not worked that a sheet with a day-type column lists (1001's 年休 on Fri 6/20). */
export const LEAVE_DAYS: { id: string; date: string }[] = [{ id: '1001', date: june(20) }];

export interface MonthFigures {
  overtime: number;
  holidayWork: number;
  worked: number;
  lateNightDays: number | null;
}

/** June 2025 per employee, computed by hand above (never by the code under test). */
export const EXPECTED: Record<string, MonthFigures> = {
  '1001': { overtime: 13.5, holidayWork: 0, worked: 180.75, lateNightDays: 1 },
  '1002': { overtime: 5.5, holidayWork: 14.25, worked: 144.75, lateNightDays: 0 },
  '1003': { overtime: 1.5, holidayWork: 0, worked: 153.5, lateNightDays: 19 },
  '1004': { overtime: 0, holidayWork: 0, worked: 51, lateNightDays: 0 },
};

/** A monthly summary states OT, HW and worked hours but no count of late-night days (the report gives null). */
export const EXPECTED_MONTHLY: Record<string, MonthFigures> = Object.fromEntries(
  Object.entries(EXPECTED).map(([id, f]) => [id, { ...f, lateNightDays: null }]),
);

export const MONTH = '2025-06';
export const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Minutes since midnight of `H:MM`. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** True when the segment ends the next morning. */
export function endsNextDay(s: Segment): boolean {
  return minutesOf(s.end) <= minutesOf(s.start);
}

/** The next calendar date of an ISO date. */
export function nextDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
