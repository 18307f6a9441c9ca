/**
 * English timesheets (Clockify's detailed report) write dates with the year last and times on a 12-hour clock:
 * `04/01/2025`, `09:00:00 AM`. Whether `04/01/2025` is 1 April (month first, US) or 4 January (day first) is decided
 * by the column: a number above 12 in first place proves day first, in second place month first; a column where no
 * date decides is asked, never guessed, and a mapping's `dateOrder` answers the question.
 *
 * The entries are the April of ./support.ts as stretches (the break is the gap between them), plus Mon 4/14
 * 9:00 AM–12:00 PM (3 h):
 *   4/1 9–12 + 13–18 = 8 h; 4/2 9–12 + 13–20 = 10 h (OT 2); 4/3 9–12 + 13–19:30 = 9.5 h (OT 1.5);
 *   4/4 10 PM–2 AM + 3 AM–7 AM = 8 h, one 勤務 across midnight, its late night 22:00–2:00 and 3:00–5:00;
 *   4/14 3 h (the week 4/13–4/19 holds 3 h: no OT).
 *   worked 35.5 + 3 = 38.5 h; OT 3.5 h; no holiday work; one late-night day.
 */
import * as fs from 'fs';
import * as path from 'path';
import { codes, month, run, tmp, writeCsv } from './support';

const HEADER = ['Project', 'User', 'Email', 'Start Date', 'Start Time', 'End Date', 'End Time', 'Duration (h)'];

/** [start date, start, end date, end, duration] with dates as ISO, times on the 24-hour clock. */
const ENTRIES: [string, string, string, string, string][] = [
  ['2025-04-01', '09:00', '2025-04-01', '12:00', '03:00:00'],
  ['2025-04-01', '13:00', '2025-04-01', '18:00', '05:00:00'],
  ['2025-04-02', '09:00', '2025-04-02', '12:00', '03:00:00'],
  ['2025-04-02', '13:00', '2025-04-02', '20:00', '07:00:00'],
  ['2025-04-03', '09:00', '2025-04-03', '12:00', '03:00:00'],
  ['2025-04-03', '13:00', '2025-04-03', '19:30', '06:30:00'],
  ['2025-04-04', '22:00', '2025-04-05', '02:00', '04:00:00'],
  ['2025-04-05', '03:00', '2025-04-05', '07:00', '04:00:00'],
];
const MONDAY_14: [string, string, string, string, string] = ['2025-04-14', '09:00', '2025-04-14', '12:00', '03:00:00'];

/** `09:00:00 AM`, `12:00:00 PM`, `10:00:00 PM`. */
function twelveHour(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  const hh = String(h % 12 === 0 ? 12 : h % 12).padStart(2, '0');
  return `${hh}:${String(m).padStart(2, '0')}:00 ${h < 12 ? 'AM' : 'PM'}`;
}

function clockify(name: string, entries: typeof ENTRIES, order: 'month-first' | 'day-first'): string {
  const date = (iso: string) =>
    order === 'month-first'
      ? `${iso.slice(5, 7)}/${iso.slice(8)}/${iso.slice(0, 4)}`
      : `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const rows = entries.map(([sd, s, ed, e, d]) => [
    'Office',
    'Taro Yamada',
    'taro@example.com',
    date(sd),
    twelveHour(s),
    date(ed),
    twelveHour(e),
    d,
  ]);
  return writeCsv(name, [HEADER, ...rows]);
}

const WITH_14 = { overtime: 3.5, holidayWork: 0, worked: 38.5, lateNightDays: 1 };

describe('Clockify: dates with the year last, a 12-hour clock', () => {
  test('04/14/2025 proves month first: the whole column is read month first', async () => {
    const r = await run(clockify('clockify_us.csv', [...ENTRIES, MONDAY_14], 'month-first'), '--explain');
    expect(month(r, 'taroyamada')).toEqual(WITH_14);
    expect(r.err).toMatch(/日付の順: 月\/日\/年（値から）/);
    expect(r.err).toMatch(/"dateOrder": "month-first"/);
  });

  test('14/04/2025 proves day first: 01/04/2025 is 1 April', async () => {
    const r = await run(clockify('clockify_uk.csv', [...ENTRIES, MONDAY_14], 'day-first'));
    expect(month(r, 'taroyamada')).toEqual(WITH_14);
  });

  test('no date above 12 on either side: asked (exit 3, no figure), answered by the mapping', async () => {
    const file = clockify('clockify_open.csv', ENTRIES, 'month-first');
    const asked = await run(file);
    expect(asked.code).toBe(3);
    expect(asked.report.monthlyHours).toEqual([]);
    const question = asked.report.inputIssues.find((i) => i.messageRef?.code === 'ask.date-order');
    expect(question).toMatchObject({ sheet: 'clockify_open', cell: 'D2', value: '04/01/2025' });
    expect(codes(asked).filter((c) => c === 'ask.date-order')).toHaveLength(1);
    const mapping = path.join(tmp, 'clockify_open.mapping.json');
    fs.writeFileSync(mapping, JSON.stringify({ clockify_open: { dateOrder: 'month-first' } }));
    const answered = await run(file, '--mapping', mapping);
    // The April of ./support.ts: 35.5 h, OT 3.5 h, one late-night day.
    expect(month(answered, 'taroyamada')).toEqual({ overtime: 3.5, holidayWork: 0, worked: 35.5, lateNightDays: 1 });
  });
});
