/**
 * Statutory OT and HW from daily rows, with figures worked out by hand from criteria.md "Common definitions".
 * Calendar: 2026-04-05 is a Sunday (2026-04-01 is a Wednesday); 2026-04-26 (Sun) … 2026-05-02 (Sat) spans April/May.
 */
import { computeDailyOvertime, computeLateNightHours, computeMonthlyHours, computeWorkedHours, type WorkDay } from '../../src/ingest';

function days(hours: Record<string, number>, holiday: string[] = []): WorkDay[] {
  return Object.entries(hours).map(([date, workedHours]) => ({
    employeeId: 'E1', date, workedHours, statutoryHoliday: holiday.includes(date),
  }));
}

function monthOf(list: WorkDay[], month: string, options = {}) {
  return computeMonthlyHours(list, options).monthlyHours.find((m) => m.month === month);
}

test('six days of 7.5 h in one Sunday–Saturday week → 45 − 40 = 5 h weekly OT, on the sixth day', () => {
  // Monday–Saturday: the 6th day (Saturday) reaches 45 h, 5 h beyond 40.
  const monSat = days({ '2026-04-06': 7.5, '2026-04-07': 7.5, '2026-04-08': 7.5, '2026-04-09': 7.5, '2026-04-10': 7.5, '2026-04-11': 7.5 });
  expect(computeDailyOvertime(monSat)).toEqual([0, 0, 0, 0, 0, 5]);
  expect(monthOf(monSat, '2026-04')).toMatchObject({ overtime: 5, holidayWork: 0, worked: 45, daysWorked: 6 });
  // Sunday–Friday of the same week: Friday is the sixth day.
  const sunFri = days({ '2026-04-05': 7.5, '2026-04-06': 7.5, '2026-04-07': 7.5, '2026-04-08': 7.5, '2026-04-09': 7.5, '2026-04-10': 7.5 });
  expect(computeDailyOvertime(sunFri)).toEqual([0, 0, 0, 0, 0, 5]);
  // The same six days split over two weeks (Thu–Sat, Sun–Tue) never reach 40: no OT.
  const split = days({ '2026-04-09': 7.5, '2026-04-10': 7.5, '2026-04-11': 7.5, '2026-04-12': 7.5, '2026-04-13': 7.5, '2026-04-14': 7.5 });
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
  const week = days({ '2026-04-06': 10, '2026-04-07': 8, '2026-04-08': 8, '2026-04-09': 8, '2026-04-10': 8, '2026-04-11': 6 });
  expect(computeDailyOvertime(week)).toEqual([2, 0, 0, 0, 0, 6]);
});

test('a week spanning April/May puts the OT in the month of the day it occurs', () => {
  // Sun 4/26 … Thu 4/30 at 8 h = 40 h in April; Fri 5/1 8 h is all beyond 40 → 8 h OT in May.
  const week = days({ '2026-04-26': 8, '2026-04-27': 8, '2026-04-28': 8, '2026-04-29': 8, '2026-04-30': 8, '2026-05-01': 8 });
  expect(monthOf(week, '2026-04')?.overtime).toBe(0);
  expect(monthOf(week, '2026-05')?.overtime).toBe(8);
});

test('weekly limit 44 (特例措置) and a Monday week start are options', () => {
  const six = days({ '2026-04-06': 7.5, '2026-04-07': 7.5, '2026-04-08': 7.5, '2026-04-09': 7.5, '2026-04-10': 7.5, '2026-04-11': 7.5 });
  expect(monthOf(six, '2026-04', { weeklyLimitHours: 44 })?.overtime).toBe(1);
  // Sat 4/11 + Sun 4/12 + Mon 4/13 …: with a Sunday start Sat 4/11 is alone in its week; with Monday start it joins 4/6–4/10.
  const split = days({ '2026-04-07': 8, '2026-04-08': 8, '2026-04-09': 8, '2026-04-10': 8, '2026-04-11': 8, '2026-04-12': 8 });
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
