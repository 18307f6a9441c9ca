import { describeCellValue, parseDate, parseMonth, serialToIsoDate } from '../../../src/ingest';

const ok = (value: string) => ({ ok: true, value });

describe('parseDate', () => {
  // 2026-04-01 is 46113 days after 1899-12-30 (2026-01-01 = 46023, + 31 + 28 + 31).
  test.each([
    [46113, '2026-04-01'],
    [46113.75, '2026-04-01'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [20260401, '2026-04-01'],
  ])('serial %p → %s', (serial, iso) => expect(parseDate(serial)).toEqual(ok(iso)));

  test('1904 date system: 2026-04-01 is 46113 − 1462 = 44651', () => {
    expect(parseDate(44651, 'yyyy/m/d', true)).toEqual(ok('2026-04-01'));
    expect(serialToIsoDate(0, true)).toEqual(ok('1904-01-01'));
  });

  test.each([
    '2026/4/1',
    '2026-04-01',
    '2026.4.1',
    '2026年4月1日',
    'R8.4.1',
    'r8/4/1',
    '令和8年4月1日',
    '２０２６／４／１',
    '令和８年４月１日',
    '2026/4/1(水)',
    ' 2026/04/01 ',
  ])('%s → 2026-04-01', (text) => expect(parseDate(text)).toEqual(ok('2026-04-01')));

  test('平成31年4月30日 and H31.4.30 are the last day of Heisei', () => {
    expect(parseDate('H31.4.30')).toEqual(ok('2019-04-30'));
    expect(parseDate('平成31年4月30日')).toEqual(ok('2019-04-30'));
  });

  test('元年, 昭和', () => {
    expect(parseDate('令和元年5月1日')).toEqual(ok('2019-05-01'));
    expect(parseDate('昭和64年1月7日')).toEqual(ok('1989-01-07'));
    expect(parseDate('S50.10.10')).toEqual(ok('1975-10-10'));
  });

  test.each([
    ['2026/2/30', '存在しない'],
    ['令和元年4月1日', '元号の期間外'],
    ['平成31年5月1日', '元号の期間外'],
    ['4/1', '日付として読めません'],
    ['明日', '日付として読めません'],
  ])('%s is unreadable (%s)', (text, message) => {
    const r = parseDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  test('serial 60 (the non-existent 1900-02-29), 0, negatives, NaN, booleans, errors are unreadable', () => {
    for (const v of [60, 0, -5, Number.NaN, Infinity, true, { error: '#N/A' }, null, ''])
      expect(parseDate(v).ok).toBe(false);
  });
});

describe('parseMonth', () => {
  test.each([
    ['2026/4', '2026-04'],
    ['2026-04', '2026-04'],
    ['2026年4月', '2026-04'],
    ['R8.4', '2026-04'],
    ['令和8年4月', '2026-04'],
    ['2026/4/15', '2026-04'],
    ['２０２６年４月', '2026-04'],
  ])('%s → %s', (text, month) => expect(parseMonth(text)).toEqual(ok(month)));

  test('a serial date gives its month; a plain 202604 is yyyymm', () => {
    expect(parseMonth(46113, 'yyyy/m')).toEqual(ok('2026-04'));
    expect(parseMonth(202604, 'General')).toEqual(ok('2026-04'));
  });

  test('4月 (no year), 2026/13 and errors are unreadable', () => {
    for (const v of ['4月', '2026/13', { error: '#REF!' }, false]) expect(parseMonth(v).ok).toBe(false);
  });
});

describe('describeCellValue (an input issue shows the cell as the user sees it)', () => {
  test('a date-formatted serial shows as its date, in either date system', () => {
    // 2026-04-01 is serial 46113 in the 1900 system (days since 1899-12-30) and 44651 in the 1904 system.
    expect(describeCellValue(46118, 'yyyy/m/d')).toBe('2026/04/06');
    expect(describeCellValue(44651, 'yyyy"年"m"月"d"日"', true)).toBe('2026/04/01');
  });
  test('anything else shows as stored', () => {
    expect(describeCellValue(46118, 'General')).toBe('46118');
    expect(describeCellValue(0.375, 'h:mm')).toBe('0.375');
    expect(describeCellValue('2026/4/6', 'yyyy/m/d')).toBe('2026/4/6');
    expect(describeCellValue({ error: '#N/A' }, 'yyyy/m/d')).toBe('#N/A');
    expect(describeCellValue(60, 'yyyy/m/d')).toBe('60'); // Excel's non-existent 1900-02-29
  });
});
