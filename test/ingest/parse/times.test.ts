import { isTimeFormat, parseDuration, parseTimeOfDay } from '../../../src/ingest';

const ok = (value: number) => ({ ok: true, value });

describe('parseTimeOfDay (minutes after midnight)', () => {
  test.each([
    ['9:00', 540],
    ['09:00:00', 540],
    ['9時', 540],
    ['9時30分', 570],
    ['９：００', 540],
    ['25:30', 1530],
    ['翌7:00', 1860],
    ['17:45', 1065],
    ['午後5時', 1020],
    ['5:30 pm', 1050],
    // Clockify's 12-hour clock with seconds: 12 AM is midnight, 12 PM noon, 10 PM = 22:00.
    ['09:00:00 AM', 540],
    ['12:00:00 AM', 0],
    ['12:00:00 PM', 720],
    ['10:00:30 PM', 1320.5],
    ['午前9:30', 570],
  ])('%s → %d', (text, minutes) => expect(parseTimeOfDay(text)).toEqual(ok(minutes)));

  test('an Excel time fraction: 0.375 = 9:00, 1.0625 in [h]:mm = 25:30, a date-time keeps its time', () => {
    expect(parseTimeOfDay(0.375, 'h:mm')).toEqual(ok(540));
    expect(parseTimeOfDay(1.0625, '[h]:mm')).toEqual(ok(1530));
    expect(parseTimeOfDay(46113.375, 'yyyy/m/d h:mm')).toEqual(ok(540));
    expect(parseTimeOfDay(0.375, 'General')).toEqual(ok(540));
  });

  test('a plain number of 1 or more is decimal hours: 17.5 = 17:30', () => {
    expect(parseTimeOfDay(17.5, 'General')).toEqual(ok(1050));
  });

  test.each(['9:60', '48:00', 'abc', '13pm', '13:00:00 PM', '9:00:60 AM', ''])('%p is unreadable', (text) =>
    expect(parseTimeOfDay(text).ok).toBe(false),
  );

  test('errors, booleans, negatives are unreadable with a Japanese message', () => {
    const r = parseTimeOfDay({ error: '#N/A' });
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('時刻として読めません') });
    expect(parseTimeOfDay(true).ok).toBe(false);
    expect(parseTimeOfDay(-0.1, 'h:mm').ok).toBe(false);
  });
});

describe('parseDuration (decimal hours)', () => {
  test('a time-formatted number is a fraction of a day: 1.8958333 shown as 45:30 = 45.5 h', () => {
    expect(parseDuration(45.5 / 24, '[h]:mm')).toEqual(ok(45.5));
    expect(parseDuration(1 / 24, 'h:mm')).toEqual(ok(1));
  });

  test('a plain number is decimal hours, or minutes where the header says 分', () => {
    expect(parseDuration(7.5, 'General')).toEqual(ok(7.5));
    expect(parseDuration(45, '0.0', true)).toEqual(ok(0.75));
    expect(parseDuration('60', undefined, true)).toEqual(ok(1));
  });

  test.each([
    ['45:30', 45.5],
    ['7.5', 7.5],
    ['7時間30分', 7.5],
    ['8時間', 8],
    ['60分', 1],
    ['0:45', 0.75],
    ['８ｈ', 8],
    ['1:00:36', 1.01],
  ])('%s → %d h', (text, hours) => expect(parseDuration(text)).toEqual(ok(hours)));

  test.each(['-1', '7:75', '約8時間', 'abc'])('%p is unreadable', (text) => {
    const r = parseDuration(text);
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('時間として読めません') });
  });

  test('negative numbers are unreadable', () => expect(parseDuration(-1).ok).toBe(false));
});

describe('isTimeFormat', () => {
  test.each([
    ['h:mm', true],
    ['[h]:mm', true],
    ['h"時"mm"分"', true],
    ['mm:ss', true],
    ['General', false],
    ['0.00', false],
    ['yyyy/m/d', false],
    ['"h"0', false],
  ])('%s → %p', (format, expected) => expect(isTimeFormat(format)).toBe(expected));
});
