/**
 * Statutory OT and HW from daily rows, with figures worked out by hand from criteria.md "Common definitions".
 * Calendar: 2026-04-05 is a Sunday (2026-04-01 is a Wednesday); 2026-04-26 (Sun) … 2026-05-02 (Sat) spans April/May.
 */
import {
  computeDailyOvertime,
  computeLateNightHours,
  computeMonthlyHours,
  computeWorkedHours,
  type WorkDay,
} from '../../../src/ingest';
import { FY2025 } from '../../rules/fixtures';

function days(hours: Record<string, number>, holiday: string[] = []): WorkDay[] {
  return Object.entries(hours).map(([date, workedHours]) => ({
    employeeId: 'E1',
    date,
    workedHours,
    statutoryHoliday: holiday.includes(date),
  }));
}

function monthOf(list: WorkDay[], month: string, options = {}) {
  return computeMonthlyHours(list, options).monthlyHours.find((m) => m.month === month);
}

test('six days of 7.5 h in one Sunday–Saturday week → 45 − 40 = 5 h weekly OT, on the sixth day', () => {
  // Monday–Saturday: the 6th day (Saturday) reaches 45 h, 5 h beyond 40.
  const monSat = days({
    '2026-04-06': 7.5,
    '2026-04-07': 7.5,
    '2026-04-08': 7.5,
    '2026-04-09': 7.5,
    '2026-04-10': 7.5,
    '2026-04-11': 7.5,
  });
  expect(computeDailyOvertime(monSat)).toEqual([0, 0, 0, 0, 0, 5]);
  expect(monthOf(monSat, '2026-04')).toMatchObject({ overtime: 5, holidayWork: 0, worked: 45, daysWorked: 6 });
  // Sunday–Friday of the same week: Friday is the sixth day.
  const sunFri = days({
    '2026-04-05': 7.5,
    '2026-04-06': 7.5,
    '2026-04-07': 7.5,
    '2026-04-08': 7.5,
    '2026-04-09': 7.5,
    '2026-04-10': 7.5,
  });
  expect(computeDailyOvertime(sunFri)).toEqual([0, 0, 0, 0, 0, 5]);
  // The same six days split over two weeks (Thu–Sat, Sun–Tue) never reach 40: no OT.
  const split = days({
    '2026-04-09': 7.5,
    '2026-04-10': 7.5,
    '2026-04-11': 7.5,
    '2026-04-12': 7.5,
    '2026-04-13': 7.5,
    '2026-04-14': 7.5,
  });
  expect(monthOf(split, '2026-04')?.overtime).toBe(0);
});

test('a 10 h day → 2 h daily OT', () => {
  expect(monthOf(days({ '2026-04-06': 10 }), '2026-04')?.overtime).toBe(2);
});

test('5 × 9 h Monday–Friday → 5 h daily OT and no weekly OT (40 h that are not daily OT)', () => {
  const week = days({ '2026-04-06': 9, '2026-04-07': 9, '2026-04-08': 9, '2026-04-09': 9, '2026-04-10': 9 });
  expect(computeDailyOvertime(week)).toEqual([1, 1, 1, 1, 1]);
  expect(monthOf(week, '2026-04')?.overtime).toBe(5);
});

test('a statutory holiday of 8 h → 8 h HW, 0 OT, and it does not count toward the week', () => {
  const week = days(
    { '2026-04-05': 8, '2026-04-06': 8, '2026-04-07': 8, '2026-04-08': 8, '2026-04-09': 8, '2026-04-10': 8 },
    ['2026-04-05'],
  );
  // Mon–Fri = 40 h not beyond the limit; Sunday is all HW.
  expect(monthOf(week, '2026-04')).toMatchObject({ overtime: 0, holidayWork: 8, worked: 48 });
  const alone = days({ '2026-04-12': 8 }, ['2026-04-12']);
  expect(monthOf(alone, '2026-04')).toMatchObject({ overtime: 0, holidayWork: 8 });
});

test('a 10 h day inside a 46 h week: 2 h daily + 4 h weekly, never counted twice', () => {
  // Mon 10 (2 daily OT, 8 regular), Tue–Fri 8 each → regular 40 by Fri, Sat 6 → 6 weekly OT. Total 8.
  const week = days({
    '2026-04-06': 10,
    '2026-04-07': 8,
    '2026-04-08': 8,
    '2026-04-09': 8,
    '2026-04-10': 8,
    '2026-04-11': 6,
  });
  expect(computeDailyOvertime(week)).toEqual([2, 0, 0, 0, 0, 6]);
});

test('a week spanning April/May puts the OT in the month of the day it occurs', () => {
  // Sun 4/26 … Thu 4/30 at 8 h = 40 h in April; Fri 5/1 8 h is all beyond 40 → 8 h OT in May.
  const week = days({
    '2026-04-26': 8,
    '2026-04-27': 8,
    '2026-04-28': 8,
    '2026-04-29': 8,
    '2026-04-30': 8,
    '2026-05-01': 8,
  });
  expect(monthOf(week, '2026-04')?.overtime).toBe(0);
  expect(monthOf(week, '2026-05')?.overtime).toBe(8);
});

test('weekly limit 44 (特例措置) and a Monday week start are options', () => {
  const six = days({
    '2026-04-06': 7.5,
    '2026-04-07': 7.5,
    '2026-04-08': 7.5,
    '2026-04-09': 7.5,
    '2026-04-10': 7.5,
    '2026-04-11': 7.5,
  });
  expect(monthOf(six, '2026-04', { weeklyLimitHours: 44 })?.overtime).toBe(1);
  // Sat 4/11 + Sun 4/12 + Mon 4/13 …: with a Sunday start Sat 4/11 is alone in its week; with Monday start it joins 4/6–4/10.
  const split = days({
    '2026-04-07': 8,
    '2026-04-08': 8,
    '2026-04-09': 8,
    '2026-04-10': 8,
    '2026-04-11': 8,
    '2026-04-12': 8,
  });
  expect(computeDailyOvertime(split)).toEqual([0, 0, 0, 0, 0, 0]);
  expect(computeDailyOvertime(split, { weekStartsOn: 2 })).toEqual([0, 0, 0, 0, 0, 8]);
  expect(computeDailyOvertime(split, { dailyLimitHours: 7 })).toEqual([1, 1, 1, 1, 1, 1]);
});

test('a sheet’s own overtime column wins day by day', () => {
  const list = days({ '2026-04-06': 10 });
  list[0].givenOvertime = 1.5;
  expect(monthOf(list, '2026-04')?.overtime).toBe(1.5);
});

test('worked = end − start − break; an end before the start is the next day', () => {
  expect(computeWorkedHours(22 * 60, 7 * 60, 1)).toBe(8);
  expect(computeWorkedHours(17 * 60, 25 * 60 + 30, 1)).toBe(7.5);
  expect(computeWorkedHours(9 * 60, 18 * 60, 1)).toBe(8);
  expect(computeWorkedHours(9 * 60, 10 * 60, 2)).toBeNull();
});

test('late-night = worked time in 22:00–05:00, break assumed outside it', () => {
  // 22:00–翌7:00: 22–5 = 7 h of the 8 worked hours.
  expect(computeLateNightHours(1320, 420, 8)).toBe(7);
  // 17:00–25:30: 22:00–25:30 = 3.5 h.
  expect(computeLateNightHours(1020, 1530, 7.5)).toBe(3.5);
  // 03:00–12:00: 3–5 = 2 h.
  expect(computeLateNightHours(180, 720, 8)).toBe(2);
  // 22:00–02:00 with 1 h break: 4 h overlap but only 3 h worked.
  expect(computeLateNightHours(1320, 120, 3)).toBe(3);
  expect(computeLateNightHours(540, 1080, 8)).toBe(0);
});

/** Entries for the given dates, each `hours` long, with optional day fields. */
function dated(dates: string[], hours: number, fields: Partial<WorkDay> = {}): WorkDay[] {
  return dates.map((date) => ({ employeeId: 'E1', date, workedHours: hours, statutoryHoliday: false, ...fields }));
}

/** ISO dates of a month (YYYY-MM) whose weekday (0 = Sunday) is in `weekdays`. */
function datesOf(month: string, weekdays: number[]): string[] {
  const out: string[] = [];
  const [y, m] = month.split('-').map(Number);
  for (let d = 1; d <= 31; d++) {
    const t = new Date(Date.UTC(y, m - 1, d));
    if (t.getUTCMonth() !== m - 1) break;
    if (weekdays.includes(t.getUTCDay())) out.push(t.toISOString().slice(0, 10));
  }
  return out;
}

const MON_THU = [1, 2, 3, 4];
const MON_FRI = [1, 2, 3, 4, 5];

describe('working-time systems (労基法32条・32条の2・32条の3・32条の4)', () => {
  // February 2026: 1 Feb is a Sunday, so Mon–Thu gives 16 days in 4 whole weeks; 28 days → frame 40 × 28 ÷ 7 = 160 h.
  const feb = datesOf('2026-02', MON_THU);

  test('Mon–Thu 10 h days: general → 2 h a day (8 h a week, 32 h); 1-month variable scheduled 10 h → 0 h', () => {
    expect(feb.length).toBe(16);
    // General: 10 − 8 = 2 h daily OT; the 8 h that remain each day give 32 h a week, under 40.
    expect(monthOf(dated(feb, 10), '2026-02')).toMatchObject({ overtime: 32, system: 'general' });
    // 1-month variable: each day within its scheduled 10 h (> 8), each week within its scheduled 40 h, the month
    // 16 × 10 = 160 h within 40 × 28 ÷ 7 = 160 h → no OT.
    const r = computeMonthlyHours(dated(feb, 10, { scheduledHours: 10 }), { workingTimeSystem: 'variable-1month' });
    expect(r.monthlyHours[0]).toMatchObject({ overtime: 0, system: 'variable-1month' });
    expect(r.issues).toBeUndefined();
  });

  test('1-month variable: an 11 h day scheduled at 10 h → 1 h; a month over its frame → the excess at the end', () => {
    const days = dated(feb, 10, { scheduledHours: 10 });
    days[0] = { ...days[0], workedHours: 11 };
    // 11 − 10 = 1 h daily OT on 2 Feb; the week's other hours stay within 40; the month's hours not yet counted
    // are 160 again → nothing more.
    expect(computeMonthlyHours(days, { workingTimeSystem: 'variable-1month' }).monthlyHours[0].overtime).toBe(1);
    // April 2026 (30 days) has 18 Mon–Thu days: 18 × 10 = 180 h > 40 × 30 ÷ 7 = 171.43 h → 8.57 h by the period
    // rule, although no day and no week passes its schedule (such a schedule exceeds the 変形 frame itself).
    const april = computeMonthlyHours(dated(datesOf('2026-04', MON_THU), 10, { scheduledHours: 10 }), {
      workingTimeSystem: 'variable-1month',
    });
    expect(april.monthlyHours[0].overtime).toBeCloseTo(180 - (40 * 30) / 7, 5);
  });

  test('1-month variable without scheduled hours: only the period rule, and one input issue for everyone', () => {
    const two = [...dated(feb, 10), ...dated(feb, 10).map((d) => ({ ...d, employeeId: 'E2' }))];
    const r = computeMonthlyHours(two, { workingTimeSystem: 'variable-1month' });
    // 160 h within the 160 h frame → 0 h each (the daily 2 h of the general rule cannot be judged without a schedule).
    expect(r.monthlyHours.map((m) => m.overtime)).toEqual([0, 0]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues![0].value).toBe('E1、E2');
    expect(r.issues![0].message).toContain('所定労働時間');
  });

  test('flextime, 1-month settlement: 180 h in a 30-day month → 180 − 40 × 30 ÷ 7 = 8.57 h', () => {
    const april = dated(datesOf('2026-04', MON_THU), 10); // 18 days × 10 h = 180 h
    const m = computeMonthlyHours(april, { workingTimeSystem: 'flextime' }).monthlyHours[0];
    expect(m.overtime).toBeCloseTo(8.571429, 5);
    expect(m.system).toBe('flextime');
    // The same days under the general system: 18 × 2 h = 36 h.
    expect(monthOf(april, '2026-04')?.overtime).toBe(36);
  });

  test('flextime, 3-month settlement April–June: 50 h-a-week months first, the rest at settlement', () => {
    // April 20 weekdays × 11.5 h = 230 h > 50 × 30 ÷ 7 = 214.29 → 15.71 h in April. May 17 × 10 = 170 h
    // (< 50 × 31 ÷ 7 = 221.43) → 0. June 15 × 10 = 150 h. Settlement: 550 h − 40 × 91 ÷ 7 (= 520) − 15.71 = 14.29 h
    // in June.
    const days = [
      ...dated(datesOf('2026-04', MON_FRI).slice(0, 20), 11.5),
      ...dated(datesOf('2026-05', MON_FRI).slice(0, 17), 10),
      ...dated(datesOf('2026-06', MON_FRI).slice(0, 15), 10),
    ];
    const r = computeMonthlyHours(days, {
      workingTimeSystem: 'flextime',
      flexSettlementMonths: 3,
      variablePeriodStartMonth: 4,
    });
    const ot = Object.fromEntries(r.monthlyHours.map((m) => [m.month, m.overtime]));
    expect(ot['2026-04']).toBeCloseTo(230 - (50 * 30) / 7, 5);
    expect(ot['2026-05']).toBe(0);
    expect(ot['2026-06']).toBeCloseTo(550 - 520 - (230 - (50 * 30) / 7), 5);
    // Without June the period is still open: no settlement yet.
    const open = computeMonthlyHours(days.slice(0, 37), { workingTimeSystem: 'flextime', flexSettlementMonths: 3 });
    expect(open.monthlyHours.map((m) => m.overtime)).toEqual([expect.closeTo(15.714286, 5), 0]);
  });

  test('1-year variable: 261 weekdays × 8 h from April 2025 → 2088 − 40 × 365 ÷ 7 = 2.29 h, settled in March 2026', () => {
    const year: string[] = [];
    for (const month of FY2025) year.push(...datesOf(month, MON_FRI));
    expect(year.length).toBe(261);
    const r = computeMonthlyHours(dated(year, 8, { scheduledHours: 8 }), {
      workingTimeSystem: 'variable-1year',
      variablePeriodStartMonth: 4,
    });
    const ot = Object.fromEntries(r.monthlyHours.map((m) => [m.month, m.overtime]));
    expect(ot['2026-03']).toBeCloseTo(2088 - (40 * 365) / 7, 5);
    expect(
      Object.entries(ot)
        .filter(([month]) => month !== '2026-03')
        .every(([, v]) => v === 0),
    ).toBe(true);
    // Half a year of data: the period has not ended, nothing is settled.
    const half = computeMonthlyHours(dated(year.slice(0, 130), 8, { scheduledHours: 8 }), {
      workingTimeSystem: 'variable-1year',
    });
    expect(half.monthlyHours.every((m) => m.overtime === 0)).toBe(true);
  });

  test('管理監督者 and みなし are computed as the general system (the 36協定 scope is the rules’ matter)', () => {
    for (const system of ['manager', 'deemed'] as const) {
      const m = computeMonthlyHours(dated(feb, 10), { workingTimeSystem: system }).monthlyHours[0];
      expect(m).toMatchObject({ overtime: 32, system });
    }
    // The roster's system wins over the company-wide one.
    const m = computeMonthlyHours(dated(feb, 10), { workingTimeSystem: 'manager', systemOf: () => 'flextime' })
      .monthlyHours[0];
    expect(m.system).toBe('flextime');
  });
});

describe('statutory holidays, 所定休日 and split shifts', () => {
  // 2026-04-05 is a Sunday; the week runs Sunday 5 … Saturday 11.
  const week = ['2026-04-05', '2026-04-06', '2026-04-07', '2026-04-08', '2026-04-09', '2026-04-10', '2026-04-11'];

  test('seven days worked in one week, no label → the Saturday is the statutory holiday (MHLW: the later rest day)', () => {
    // Saturday 8 h = HW. Sunday–Friday 6 × 8 = 48 h of ordinary work → 8 h weekly OT (on the Friday).
    // Without the inference every hour would be ordinary work: 56 − 40 = 16 h OT, no HW.
    expect(monthOf(dated(week, 8), '2026-04')).toMatchObject({ overtime: 8, holidayWork: 8, worked: 56 });
    expect(computeDailyOvertime(dated(week, 8))).toEqual([0, 0, 0, 0, 0, 8, 0]);
  });

  test('a month of seven-day weeks: 32 h OT + 32 h HW, not 64 h OT (the issue’s figures)', () => {
    // February 2026 = four whole Sunday–Saturday weeks, 8 h every day. Each week: Saturday 8 h HW; Sunday–Friday
    // 48 h → 8 h OT. Month: 4 × 8 = 32 h OT and 4 × 8 = 32 h HW (without the inference: 4 × 16 = 64 h OT).
    const all = datesOf('2026-02', [0, 1, 2, 3, 4, 5, 6]);
    expect(monthOf(dated(all, 8), '2026-02')).toMatchObject({ overtime: 32, holidayWork: 32, worked: 224 });
  });

  test('the company’s statutory rest weekday wins over the inference; a labelled day wins over both', () => {
    // Sunday set: Sunday 8 h = HW; Monday–Saturday 48 h → 8 h OT on the Saturday.
    expect(computeDailyOvertime(dated(week, 8), { statutoryHolidayWeekday: 0 })).toEqual([0, 0, 0, 0, 0, 0, 8]);
    // Wednesday labelled 法定休日: only it is HW; the other six days 48 h → 8 h OT on the Saturday.
    const labelled = dated(week, 8).map((d) => (d.date === '2026-04-08' ? { ...d, dayKind: 1 as const } : d));
    expect(monthOf(labelled, '2026-04')).toMatchObject({ overtime: 8, holidayWork: 8 });
    expect(computeDailyOvertime(labelled)).toEqual([0, 0, 0, 0, 0, 0, 8]);
    // Sunday set and the Sunday labelled 出勤 (exports write 出勤 on any day worked): still the statutory holiday.
    const worked = dated(week, 8).map((d) => (d.date === '2026-04-05' ? { ...d, dayKind: 3 as const } : d));
    expect(monthOf(worked, '2026-04', { statutoryHolidayWeekday: 0 })).toMatchObject({ overtime: 8, holidayWork: 8 });
    // Six days worked: no statutory holiday is inferred (the rest day was taken).
    expect(monthOf(dated(week.slice(0, 6), 8), '2026-04')).toMatchObject({ overtime: 8, holidayWork: 0 });
  });

  test('a 所定休日 Saturday given in a holiday-work column is ordinary work, counted once', () => {
    // Monday–Friday 8 h, Saturday 8 h labelled 所定休日 with 8 h in the holiday-work column: the Saturday passes
    // 40 h → 8 h OT, and no HW (the column's 8 h are not added again: 8 h, not 16).
    const days = [
      ...dated(week.slice(1, 6), 8),
      { ...dated(['2026-04-11'], 8)[0], dayKind: 2 as const, givenHolidayWork: 8 },
    ];
    expect(monthOf(days, '2026-04')).toMatchObject({ overtime: 8, holidayWork: 0, worked: 48 });
    // The same column on an unlabelled day: the attendance system called it holiday work → HW, not in the week.
    const unlabelled = [...dated(week.slice(1, 6), 8), { ...dated(['2026-04-11'], 8)[0], givenHolidayWork: 8 }];
    expect(monthOf(unlabelled, '2026-04')).toMatchObject({ overtime: 0, holidayWork: 8 });
  });

  test('a split shift 9:00–13:00 and 17:00–22:00 is one day of 9 h → 1 h daily OT, one shift with two segments', () => {
    const segments: WorkDay[] = [
      {
        employeeId: 'E1',
        date: '2026-04-06',
        workedHours: 4,
        statutoryHoliday: false,
        startMinute: 540,
        endMinute: 780,
        ref: { sheet: '勤怠', row: 2 },
      },
      {
        employeeId: 'E1',
        date: '2026-04-06',
        workedHours: 5,
        statutoryHoliday: false,
        startMinute: 1020,
        endMinute: 1320,
        ref: { sheet: '勤怠', row: 3 },
      },
    ];
    const r = computeMonthlyHours(segments);
    expect(r.monthlyHours[0]).toMatchObject({
      overtime: 1,
      worked: 9,
      daysWorked: 1,
      refs: [
        { sheet: '勤怠', row: 2 },
        { sheet: '勤怠', row: 3 },
      ],
    });
    expect(r.shifts).toEqual([
      expect.objectContaining({
        date: '2026-04-06',
        workedHours: 9,
        startMinute: 540,
        endMinute: 1320,
        segments: [
          { startMinute: 540, endMinute: 780 },
          { startMinute: 1020, endMinute: 1320 },
        ],
      }),
    ]);
    expect(r.issues).toBeUndefined();
  });

  test('late-night days are counted per month', () => {
    // 2 Apr 22:00–翌3:00 (5 h late-night) and 3 Apr day shift: one late-night day.
    const days: WorkDay[] = [
      { employeeId: 'E1', date: '2026-04-02', workedHours: 5, statutoryHoliday: false, lateNightHours: 5 },
      { employeeId: 'E1', date: '2026-04-03', workedHours: 8, statutoryHoliday: false, lateNightHours: 0 },
    ];
    expect(monthOf(days, '2026-04')).toMatchObject({ lateNightDays: 1, lateNight: 5 });
  });
});
