import {
  addDays, addMonths, countDaysInclusive, getAgeOn, getDaysInMonth, getEndOfOneYearPeriod, getLastDayOfMonth, listMonths, toDayNumber, fromDayNumber,
} from '../../src/rules/dates';

describe('date helpers', () => {
  test('days in month follow the Gregorian leap rule', () => {
    expect(getDaysInMonth(2024, 2)).toBe(29);
    expect(getDaysInMonth(2025, 2)).toBe(28);
    expect(getDaysInMonth(1900, 2)).toBe(28);
    expect(getDaysInMonth(2000, 2)).toBe(29);
    expect(getDaysInMonth(2025, 4)).toBe(30);
    expect(getDaysInMonth(2025, 12)).toBe(31);
  });

  test('month arithmetic crosses years both ways', () => {
    expect(addMonths('2026-03', -11)).toBe('2025-04');
    expect(addMonths('2026-03', -35)).toBe('2023-04');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(listMonths('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(getLastDayOfMonth('2024-02')).toBe('2024-02-29');
  });

  test('day numbers round-trip and count days', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2024-02-29') + 1)).toBe('2024-03-01');
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(countDaysInclusive('2025-04-01', '2026-03-31')).toBe(365);
    expect(countDaysInclusive('2023-04-01', '2024-03-31')).toBe(366);
  });

  test('a one-year period ends the day before the same date a year later (民法143条)', () => {
    expect(getEndOfOneYearPeriod('2025-04-01')).toBe('2026-03-31');
    expect(getEndOfOneYearPeriod('2025-10-15')).toBe('2026-10-14');
    expect(getEndOfOneYearPeriod('2024-02-29')).toBe('2025-02-28');
  });

  test('age is in completed years', () => {
    expect(getAgeOn('1990-04-01', '2025-03-31')).toBe(34);
    expect(getAgeOn('1990-04-01', '2025-04-01')).toBe(35);
  });
});
