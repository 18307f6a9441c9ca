/**
 * The structural reader's pure building blocks, each on values a person wrote down and checked by hand: days of the
 * month in a period, the 労基法34条 break minimum and a fixed window, punch pairing, date lists of a leave ledger,
 * names as identity.
 */
import { parseInPeriod, weekdayOf } from '../../src/ingest/parse/day-of-month';
import { parseDateList } from '../../src/ingest/parse/date-list';
import { ruleBreakHours, statutoryMinimumBreak, parseBreakRule } from '../../src/ingest/read/break-rule';
import { pairByKind, pairInOrder, punchKindOf, type Punch } from '../../src/ingest/read/punch-pairs';
import { NameIndex, nameKey, personInName } from '../../src/ingest/read/names';
import { meaningOf } from '../../src/ingest/detect/header-lookup';

const value = (r: { ok: boolean; value?: unknown } | null) => (r && r.ok ? r.value : r === null ? null : 'bad');

describe('day of the month in the period', () => {
  // 2025-04-01 was a Tuesday (火); 2025-04-06 a Sunday.
  test.each([
    ['1', '2025-04-01'],
    ['1日', '2025-04-01'],
    ['1（火）', '2025-04-01'],
    ['01(火)', '2025-04-01'],
    ['6日(日)', '2025-04-06'],
    ['04/01(火)', '2025-04-01'],
    ['4月6日', '2025-04-06'],
    ['3月10日', '2026-03-10'], // before the period's month → the next year
  ])('%s → %s', (text, iso) => expect(value(parseInPeriod(text, undefined, '2025-04-01'))).toBe(iso));

  test('a plain number 1–31 is a day, not the serial date 1900-01-07', () => {
    expect(value(parseInPeriod(7, 'General', '2025-04-01'))).toBe('2025-04-07');
    // A date-formatted cell is a serial date: left to the ordinary date parser.
    expect(parseInPeriod(45748, 'yyyy/m/d', '2025-04-01')).toBeNull();
  });

  test('a closing-day period (16日〜15日): a day before the 16th is in the next month', () => {
    expect(value(parseInPeriod('3', undefined, '2025-03-16'))).toBe('2025-04-03');
    expect(value(parseInPeriod('20', undefined, '2025-03-16'))).toBe('2025-03-20');
  });

  test('a weekday that contradicts the date is an unreadable cell that names both', () => {
    const r = parseInPeriod('1（水）', undefined, '2025-04-01');
    expect(r && !r.ok && r.message).toBe('曜日が日付と合いません（2025/04/01 は 火曜日です。書かれた曜日: 水）');
    expect(value(parseInPeriod('31', undefined, '2025-04-01'))).toBe('bad'); // April has 30 days
  });

  test('weekday words', () => {
    expect([weekdayOf('火'), weekdayOf('火曜日'), weekdayOf('Tue'), weekdayOf('祝')]).toEqual([2, 2, 2, -1]);
  });
});

describe('break rule (労基法34条: over 6 h of work → 45 min, over 8 h → 60 min)', () => {
  test.each([
    [6 * 60, 0], // 9:00–15:00: 6 h of work is not over 6 h
    [6 * 60 + 30, 30], // 9:00–15:30: 30 min leaves exactly 6 h
    [8 * 60, 45], // 9:00–17:00: 7 h 15 min of work
    [8 * 60 + 45, 45], // 9:00–17:45: exactly 8 h of work after 45 min
    [8 * 60 + 50, 50], // 8 h 50 min span: 45 min would leave 8 h 05 → 50 min leaves 8 h
    [9 * 60, 60], // 9:00–18:00
    [13 * 60, 60],
  ])('span %i min → %i min', (span, minutes) => expect(statutoryMinimumBreak(span)).toBe(minutes));

  test('a fixed window takes the hours it overlaps, also on the next day', () => {
    const rule = { kind: 'fixed' as const, start: '12:00', end: '13:00' };
    expect(ruleBreakHours(rule, 9 * 60, 18 * 60)).toBe(1);
    expect(ruleBreakHours(rule, 12 * 60 + 30, 22 * 60)).toBe(0.5);
    expect(ruleBreakHours(rule, 14 * 60, 23 * 60)).toBe(0);
    // 22:00 → 13:00 the next day (37:00) overlaps the next day's window 12:00–13:00.
    expect(ruleBreakHours(rule, 22 * 60, 37 * 60)).toBe(1);
  });

  test('rules from a mapping', () => {
    expect(parseBreakRule({ kind: 'fixed', start: '12:00', end: '13:00' })).toEqual({
      kind: 'fixed',
      start: '12:00',
      end: '13:00',
    });
    expect(parseBreakRule({ kind: 'fixed', start: '13:00', end: '12:00' })).toBeNull();
    expect(parseBreakRule({ kind: 'statutory' })).toEqual({ kind: 'statutory' });
    expect(parseBreakRule('60')).toBeNull();
  });
});

describe('punch pairing', () => {
  const day = 20179 * 1440; // 2025-04-01 (day 20179 since 1970-01-01)
  const at = (h: number, m = 0, d = 0) => day + d * 1440 + h * 60 + m;
  const p = (a: number, kind?: Punch['kind'], row = 0): Punch => ({ at: a, kind, row });

  test('kinds: a break splits the day; the segments are 9–12 and 13–18', () => {
    const r = pairByKind([p(at(9), 'in'), p(at(12), 'breakStart'), p(at(13), 'breakEnd'), p(at(18), 'out')]);
    expect(r.segments.map((s) => [(s.start - day) / 60, (s.end - day) / 60])).toEqual([
      [9, 12],
      [13, 18],
    ]);
    expect(r.unpaired).toEqual([]);
  });

  test('kinds: a night shift 22:00 → 6:00 the next day is one segment; a second 出勤 leaves the first unpaired', () => {
    const night = pairByKind([p(at(22), 'in'), p(at(6, 0, 1), 'out')]);
    expect(night.segments.map((s) => (s.end - s.start) / 60)).toEqual([8]);
    const twice = pairByKind([p(at(9), 'in', 1), p(at(9, 5), 'in', 2), p(at(18), 'out', 3)]);
    expect(twice.unpaired.map((u) => u.punch.row)).toEqual([1]);
    expect(twice.segments.map((s) => s.rows)).toEqual([[2, 3]]);
  });

  test('in order: pairs per shift; an odd shift is unpaired as a whole and the next days still pair', () => {
    const r = pairInOrder([
      p(at(9), undefined, 1),
      p(at(18), undefined, 2),
      p(at(9, 0, 1), undefined, 3), // day 2: only one punch
      p(at(9, 0, 2), undefined, 4),
      p(at(12, 0, 2), undefined, 5),
      p(at(13, 0, 2), undefined, 6),
      p(at(18, 0, 2), undefined, 7),
    ]);
    expect(r.unpaired.map((u) => u.punch.row)).toEqual([3]);
    expect(r.segments.map((s) => s.rows)).toEqual([
      [1, 2],
      [4, 5],
      [6, 7],
    ]);
  });

  test('in order: a night pair (22:00 → 7:00) followed by a lone punch is doubtful as a whole, never re-paired', () => {
    // 22:00 day 0 → 7:00 day 1 could be a night's work (and day 1's 22:00 lacks its clock-out) or 7:00 … 22:00 of
    // day 1 with day 0's clock-out missing: both shifts are unpaired; the next day (day 3) still pairs.
    const r = pairInOrder([
      p(at(22), undefined, 1),
      p(at(7, 0, 1), undefined, 2),
      p(at(22, 0, 1), undefined, 3),
      p(at(9, 0, 3), undefined, 4),
      p(at(18, 0, 3), undefined, 5),
    ]);
    expect(r.unpaired.map((u) => u.punch.row)).toEqual([1, 2, 3]);
    expect(r.segments.map((s) => s.rows)).toEqual([[4, 5]]);
  });

  test('punch kinds by their words', () => {
    expect(['出勤', '退勤', '休憩開始', '休憩終了', 'Clock In', '打刻'].map(punchKindOf)).toEqual([
      'in',
      'out',
      'breakStart',
      'breakEnd',
      'in',
      undefined,
    ]);
  });
});

describe('date lists of a leave ledger', () => {
  test('5/31、6/3 and 3/3 in the leave year from the grant of 2025-04-01', () => {
    expect(value(parseDateList('5/31、6/3、3/3', '2025-04-01'))).toEqual([
      { date: '2025-05-31', days: 1 },
      { date: '2025-06-03', days: 1 },
      { date: '2026-03-03', days: 1 },
    ]);
  });
  test('4/2,4/3(半) is one day and a half day', () => {
    expect(value(parseDateList('4/2,4/3(半)', '2025-04-01'))).toEqual([
      { date: '2025-04-02', days: 1 },
      { date: '2025-04-03', days: 0.5 },
    ]);
  });
  test('a list with something that is not a date is unreadable as a whole', () => {
    expect(value(parseDateList('5/31、来週', '2025-04-01'))).toBe('bad');
  });
});

describe('names', () => {
  test('compared without spaces after NFKC; shared names are told', () => {
    const index = new NameIndex();
    index.add('佐藤　花子', '1001');
    index.add('鈴木 一郎', '1002');
    index.add('鈴木一郎', '1003');
    expect(nameKey('Ｓａｔｏ Hanako')).toBe('satohanako');
    expect(index.find('佐藤花子')).toEqual({ id: '1001' });
    expect(index.find('鈴木　一郎')).toEqual({ shared: ['1002', '1003'] });
    expect(index.find('田中')).toEqual({ unknown: true });
  });
  test('the person in a file name', () => {
    expect(personInName('2025_08_01-2025_08_31-佐々木.csv')).toBe('佐々木');
    expect(personInName('勤務表_佐藤花子_2025年4月.xlsx')).toBe('佐藤花子');
    expect(personInName('custom_csv_20250401_20250430.csv')).toBeNull();
  });
});

describe('numbered punch pairs in brackets', () => {
  test('出勤(1) / 退勤（2）: the bracketed number is the pair, not dropped with the brackets', () => {
    expect(meaningOf('出勤(1)', 'daily')).toEqual({ field: 'start', pair: 1 });
    expect(meaningOf('退勤（2）', 'daily')).toEqual({ field: 'end', pair: 2 });
    expect(meaningOf('休憩（分）', 'daily')).toEqual({ field: 'break', pair: 1 });
  });
});
