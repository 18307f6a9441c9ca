/**
 * One describe per exported helper of src/rules/dates.ts (date-fns style), each with the invalid input it
 * meets in users' sheets. Expected values are calendar facts worked out by hand in the comments.
 */
import {
  addDays,
  addMonths,
  countDaysInclusive,
  formatDate,
  formatMonth,
  fromDayNumber,
  fromMonthNumber,
  getAgeOn,
  getDaysInMonth,
  getEndOfOneYearPeriod,
  getFirstDayOfMonth,
  getLastDayOfMonth,
  getMonthOf,
  isIsoDate,
  isLeapYear,
  isWithin,
  listMonths,
  splitIso,
  toDayNumber,
  toMonthNumber,
} from '../../src/rules/dates';

describe('formatMonth', () => {
  it('pads the month to two digits', () => {
    expect(formatMonth(2026, 4)).toBe('2026-04');
    expect(formatMonth(2026, 12)).toBe('2026-12');
  });
});

describe('formatDate', () => {
  it('pads month and day to two digits', () => {
    expect(formatDate(2026, 4, 1)).toBe('2026-04-01');
    expect(formatDate(2025, 12, 31)).toBe('2025-12-31');
  });
});

describe('isLeapYear', () => {
  it('follows the Gregorian rule: every 4th year, not every 100th, again every 400th', () => {
    expect(isLeapYear(2024)).toBe(true); // 2024 = 4 × 506
    expect(isLeapYear(2025)).toBe(false);
    expect(isLeapYear(1900)).toBe(false); // divisible by 100, not by 400
    expect(isLeapYear(2000)).toBe(true); // divisible by 400
  });
});

describe('getDaysInMonth', () => {
  it('gives 28–31 days', () => {
    expect(getDaysInMonth(2024, 2)).toBe(29);
    expect(getDaysInMonth(2025, 2)).toBe(28);
    expect(getDaysInMonth(1900, 2)).toBe(28);
    expect(getDaysInMonth(2000, 2)).toBe(29);
    expect(getDaysInMonth(2025, 4)).toBe(30);
    expect(getDaysInMonth(2025, 12)).toBe(31);
  });

  it('gives NaN for a month outside 1–12', () => {
    expect(getDaysInMonth(2025, 0)).toBeNaN();
    expect(getDaysInMonth(2025, 13)).toBeNaN();
    expect(getDaysInMonth(2025, NaN)).toBeNaN();
  });
});

describe('splitIso', () => {
  it('splits a date and a month (a month reads as its first day)', () => {
    expect(splitIso('2026-04-15')).toEqual([2026, 4, 15]);
    expect(splitIso('2026-04')).toEqual([2026, 4, 1]);
  });

  it('gives NaNs for a string shorter than a month, or letters', () => {
    expect(splitIso('')).toEqual([NaN, NaN, NaN]);
    expect(splitIso('2026')).toEqual([NaN, NaN, NaN]);
    expect(splitIso('abcd-ef').slice(0, 2)).toEqual([NaN, NaN]);
  });
});

describe('getMonthOf', () => {
  it('keeps the YYYY-MM of a date', () => {
    expect(getMonthOf('2026-04-15')).toBe('2026-04');
  });
});

describe('toMonthNumber', () => {
  it('counts months since year 0', () => {
    expect(toMonthNumber('2025-04')).toBe(2025 * 12 + 3); // April is the 4th month: index 3
    expect(toMonthNumber('2026-03') - toMonthNumber('2025-04')).toBe(11);
    expect(toMonthNumber('2025-04-15')).toBe(toMonthNumber('2025-04')); // a date counts as its month
  });

  it('gives NaN for what is no month', () => {
    expect(toMonthNumber('')).toBeNaN();
    expect(toMonthNumber('ab-cd-ef')).toBeNaN();
  });
});

describe('fromMonthNumber', () => {
  it('is the inverse of toMonthNumber across a year end', () => {
    expect(fromMonthNumber(2025 * 12 + 11)).toBe('2025-12');
    expect(fromMonthNumber(toMonthNumber('2025-12') + 1)).toBe('2026-01');
  });

  it('turns NaN into a string that is no date', () => {
    expect(isIsoDate(`${fromMonthNumber(NaN)}-01`)).toBe(false);
  });
});

describe('addMonths', () => {
  it('crosses years both ways', () => {
    expect(addMonths('2026-03', -11)).toBe('2025-04'); // March back 11 months: April of the year before
    expect(addMonths('2026-03', -35)).toBe('2023-04'); // 35 = 2 × 12 + 11
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2025-12', 0)).toBe('2025-12');
  });

  it('gives no month for what is no month', () => {
    expect(isIsoDate(`${addMonths('', 1)}-01`)).toBe(false);
  });
});

describe('isIsoDate', () => {
  it('takes a real calendar day written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-03-31')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true); // 2024 is a leap year
    expect(isIsoDate('2000-02-29')).toBe(true); // 2000 is divisible by 400
  });

  it('refuses a day the calendar does not have', () => {
    expect(isIsoDate('2026-02-29')).toBe(false); // 2026 is not a leap year
    expect(isIsoDate('1900-02-29')).toBe(false); // 1900 is divisible by 100, not by 400
    expect(isIsoDate('2026-04-31')).toBe(false); // April has 30 days
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-01-00')).toBe(false);
  });

  it('refuses other shapes', () => {
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate('2026/04/01')).toBe(false);
    expect(isIsoDate('2026-4-1')).toBe(false);
    expect(isIsoDate('2026-04')).toBe(false);
    expect(isIsoDate(' 2026-04-01')).toBe(false);
    expect(isIsoDate('2026-04-01T00:00')).toBe(false);
    expect(isIsoDate('２０２６-０４-０１')).toBe(false); // full-width digits are the ingest side's to read
  });
});

describe('getFirstDayOfMonth', () => {
  it('gives day 01 of the month', () => {
    expect(getFirstDayOfMonth('2025-04')).toBe('2025-04-01');
  });
});

describe('getLastDayOfMonth', () => {
  it('gives the month length as the day', () => {
    expect(getLastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(getLastDayOfMonth('2025-02')).toBe('2025-02-28');
    expect(getLastDayOfMonth('2025-04')).toBe('2025-04-30');
  });

  it('gives no date for what is no month', () => {
    expect(isIsoDate(getLastDayOfMonth(''))).toBe(false);
  });
});

describe('listMonths', () => {
  it('lists the months between, both ends included', () => {
    expect(listMonths('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(listMonths('2025-04', '2025-04')).toEqual(['2025-04']);
    expect(listMonths('2025-04', '2026-03')).toHaveLength(12); // a fiscal year April–March
  });

  it('gives nothing for an end before the start or what is no month', () => {
    expect(listMonths('2026-02', '2025-11')).toEqual([]);
    expect(listMonths('', '2026-01')).toEqual([]);
    expect(listMonths('2026-01', '')).toEqual([]);
  });
});

describe('toDayNumber', () => {
  it('counts days since 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('1971-01-01')).toBe(365); // 1970 is not a leap year
    // 2000-01-01: 30 years of which 7 leap (72, 76, 80, 84, 88, 92, 96) → 30 × 365 + 7 = 10957.
    expect(toDayNumber('2000-01-01')).toBe(10957);
  });

  it('gives NaN for a malformed date, never throws', () => {
    expect(toDayNumber('')).toBeNaN();
    expect(toDayNumber('2026-ab-01')).toBeNaN();
  });
});

describe('fromDayNumber', () => {
  it('is the inverse of toDayNumber, leap day included', () => {
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(10957)).toBe('2000-01-01');
    expect(fromDayNumber(toDayNumber('2024-02-29') + 1)).toBe('2024-03-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('turns NaN into a string that is no date', () => {
    expect(isIsoDate(fromDayNumber(NaN))).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses month and year ends both ways', () => {
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
  });

  it('gives no date for a malformed one', () => {
    expect(isIsoDate(addDays('', 1))).toBe(false);
  });
});

describe('countDaysInclusive', () => {
  it('counts both ends', () => {
    expect(countDaysInclusive('2025-04-01', '2025-04-30')).toBe(30);
    expect(countDaysInclusive('2025-04-01', '2026-03-31')).toBe(365);
    expect(countDaysInclusive('2023-04-01', '2024-03-31')).toBe(366); // holds 2024-02-29
    expect(countDaysInclusive('2025-04-01', '2025-04-01')).toBe(1);
  });

  it('gives NaN for a malformed end', () => {
    expect(countDaysInclusive('2025-04-01', '')).toBeNaN();
  });
});

describe('getEndOfOneYearPeriod', () => {
  it('ends the day before the same date a year later (民法143条)', () => {
    expect(getEndOfOneYearPeriod('2025-04-01')).toBe('2026-03-31');
    expect(getEndOfOneYearPeriod('2025-10-15')).toBe('2026-10-14');
  });

  it('ends on the last day of February when the start is 29 February', () => {
    // 2025 has no 29 February: 民法143条 ② ends the period at the end of that month.
    expect(getEndOfOneYearPeriod('2024-02-29')).toBe('2025-02-28');
  });

  it('gives no date for a malformed start', () => {
    expect(isIsoDate(getEndOfOneYearPeriod(''))).toBe(false);
  });
});

describe('getAgeOn', () => {
  it('counts completed years (the birthday completes a year)', () => {
    expect(getAgeOn('1990-04-01', '2025-03-31')).toBe(34);
    expect(getAgeOn('1990-04-01', '2025-04-01')).toBe(35);
  });

  it('gives NaN for a malformed birth date', () => {
    expect(getAgeOn('', '2025-04-01')).toBeNaN();
  });
});

describe('isWithin', () => {
  it('includes both ends', () => {
    expect(isWithin('2025-04-01', '2025-04-01', '2026-03-31')).toBe(true);
    expect(isWithin('2026-03-31', '2025-04-01', '2026-03-31')).toBe(true);
    expect(isWithin('2026-04-01', '2025-04-01', '2026-03-31')).toBe(false);
  });

  it('is false without a date', () => {
    expect(isWithin(undefined, '2025-04-01', '2026-03-31')).toBe(false);
  });
});
