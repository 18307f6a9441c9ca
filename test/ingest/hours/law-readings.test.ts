/**
 * Readings of the law in the hours computation, each worked out by hand (arithmetic in the comments):
 * 所定休日 work next to an overtime column, a 休日出勤 column as a hint, the later worked rest day of a week with leave
 * in it (平21 改正労基法Q&A), the statutory holiday as a calendar day (昭23.4.5 基発535号, 平6.5.31 基発331号), a typed
 * 法定休日 against the set weekday, and the 44 h 特例 outside 1-year variable hours and long flextime (労基則25条の2④).
 *
 * Calendar: 2026-04-05 is a Sunday; Monday–Friday of that week are 04-06…04-10, Saturday 04-11; the next week is
 * Sunday 04-12 … Saturday 04-18.
 */
import { computeMonthlyHours, ingestWorkbook, type WorkDay } from '../../../src/ingest';
import type { IngestOptions, RawValue, SheetGrid } from '../../../src/ingest/types';

function grid(name: string, values: RawValue[][]): SheetGrid {
  return { name, firstRow: 1, firstCol: 1, values, numberFormats: values.map((row) => row.map(() => 'General')) };
}

/** Monthly OT / HW / worked of one employee and month from one daily sheet, and the run's input issues. */
function read(rows: RawValue[][], options: IngestOptions = {}, id = 'E1', month = '2026-04') {
  const result = ingestWorkbook([grid('勤怠', rows)], options);
  const m = result.dataset.monthlyHours.find((h) => h.employeeId === id && h.month === month);
  return { hours: m && { overtime: m.overtime, holidayWork: m.holidayWork, worked: m.worked }, issues: result.issues };
}

const WEEKDAYS = ['2026-04-06', '2026-04-07', '2026-04-08', '2026-04-09', '2026-04-10'];

describe('所定休日 work is never lost next to an overtime column', () => {
  test('残業 + 休日出勤 columns: 40 h week + 8 h on a 所定休日 Saturday → OT 8, HW 0', () => {
    // Mon–Fri 8 h = 40 h, none of it beyond 8 a day (残業 0). Saturday is a 所定休日 whose 8 h are only in 休日出勤.
    // Six days worked, no seventh → no statutory holiday this week; Saturday is ordinary work and takes the week
    // from 40 to 48 h: 48 − 40 = 8 h weekly OT (労基法32条1項). Worked 40 + 8 = 48.
    const rows: RawValue[][] = [['社員番号', '日付', '区分', '実働時間', '残業', '休日出勤']];
    for (const d of WEEKDAYS) rows.push(['E1', d, '出勤', 8, 0, '']);
    rows.push(['E1', '2026-04-11', '所定休日', '', '', 8]);
    expect(read(rows).hours).toEqual({ overtime: 8, holidayWork: 0, worked: 48 });
  });

  test('the same without a day-type column, and with 休出 as the header', () => {
    // No label at all: Saturday is still not a statutory holiday (six days worked), so the same 8 h of OT.
    const rows: RawValue[][] = [['社員番号', '日付', '実働時間', '残業', '休出']];
    for (const d of WEEKDAYS) rows.push(['E1', d, 8, 0, '']);
    rows.push(['E1', '2026-04-11', '', '', 8]);
    expect(read(rows).hours).toEqual({ overtime: 8, holidayWork: 0, worked: 48 });
  });

  test('a weekday with its own 残業 keeps it, and the Saturday adds the weekly OT on top', () => {
    // Mon–Fri 9 h with 残業 1 each: 5 h daily OT, 8 h a day toward the week = 40. Saturday 所定休日 4 h (休日出勤
    // column): 40 + 4 = 44 → 4 h weekly OT. OT = 5 + 4 = 9; worked 45 + 4 = 49.
    const rows: RawValue[][] = [['社員番号', '日付', '区分', '実働時間', '残業', '休日出勤']];
    for (const d of WEEKDAYS) rows.push(['E1', d, '出勤', 9, 1, '']);
    rows.push(['E1', '2026-04-11', '所定休日', '', '', 4]);
    expect(read(rows).hours).toEqual({ overtime: 9, holidayWork: 0, worked: 49 });
  });
});

describe('a column that says only 休日 (休日出勤, 休出) is a hint', () => {
  test('HW on the statutory holiday, ordinary work on a national holiday the company closes on', () => {
    // statutoryHolidayWeekday = 0 (Sunday). Week 04-12 (Sun) … 04-18 (Sat):
    // Sunday 8 h in 休日出勤 → statutory holiday → HW 8. Wednesday 04-15, a holiday the company closes on, 8 h in
    // 休日出勤 → ordinary work: Mon, Tue, Wed, Thu, Fri = 5 × 8 = 40 h, not beyond 40 → OT 0. Worked 8 + 40 = 48.
    const rows: RawValue[][] = [['社員番号', '日付', '実働時間', '休日出勤']];
    rows.push(['E1', '2026-04-12', '', 8]);
    for (const d of ['2026-04-13', '2026-04-14', '2026-04-16', '2026-04-17']) rows.push(['E1', d, 8, '']);
    rows.push(['E1', '2026-04-15', '', 8]);
    expect(read(rows, { statutoryHolidayWeekday: 0 }).hours).toEqual({ overtime: 0, holidayWork: 8, worked: 48 });
  });

  test('a week under 40 h gets no HW from the hint column', () => {
    // Mon–Thu 8 h (32 h) + Saturday 8 h in 休日出勤, no statutory weekday set and only five days worked: no
    // statutory holiday; 32 + 8 = 40 h → OT 0, HW 0 (was: HW 8).
    const rows: RawValue[][] = [['社員番号', '日付', '実働時間', '休日出勤']];
    for (const d of WEEKDAYS.slice(0, 4)) rows.push(['E1', d, 8, '']);
    rows.push(['E1', '2026-04-11', '', 8]);
    expect(read(rows).hours).toEqual({ overtime: 0, holidayWork: 0, worked: 40 });
  });

  test('a column headed 法定休日労働 is HW as given', () => {
    // The header says 法定休日: Saturday's 8 h are HW whatever the week (the sheet's system decided it).
    // Mon–Fri 8 h = 40 → OT 0.
    const rows: RawValue[][] = [['社員番号', '日付', '実働時間', '法定休日労働']];
    for (const d of WEEKDAYS) rows.push(['E1', d, 8, '']);
    rows.push(['E1', '2026-04-11', '', 8]);
    expect(read(rows).hours).toEqual({ overtime: 0, holidayWork: 8, worked: 48 });
  });
});

describe('the statutory holiday of a week with both rest days worked (平21 改正労基法Q&A)', () => {
  test('Sunday and Saturday worked, a day of 年休 on Wednesday → Saturday is the statutory holiday', () => {
    // Sun 8, Mon 8, Tue 8, Wed 年休, Thu 8, Fri 8, Sat 8. No day was a rest day not worked: of the two rest days
    // (Sunday, Saturday) the later one, Saturday, is the statutory holiday → HW 8. The rest: Sun + Mon + Tue + Thu
    // + Fri = 40 h → OT 0. Worked 48. (Was: six days worked → no statutory holiday → OT 8, HW 0.)
    const rows: RawValue[][] = [['社員番号', '日付', '区分', '実働時間']];
    rows.push(['E1', '2026-04-05', '', 8]);
    for (const d of WEEKDAYS) rows.push(['E1', d, d === '2026-04-08' ? '年休' : '', d === '2026-04-08' ? 0 : 8]);
    rows.push(['E1', '2026-04-11', '', 8]);
    expect(read(rows).hours).toEqual({ overtime: 0, holidayWork: 8, worked: 48 });
  });

  test('both rest days labelled 所定休日: the later one is the statutory holiday', () => {
    // Same week, the weekend typed 所定休日 (the rules do not say which is statutory): Saturday → HW 8, OT 0.
    const rows: RawValue[][] = [['社員番号', '日付', '区分', '実働時間']];
    rows.push(['E1', '2026-04-05', '所定休日', 8]);
    for (const d of WEEKDAYS)
      rows.push(['E1', d, d === '2026-04-08' ? '有給休暇' : '出勤', d === '2026-04-08' ? 0 : 8]);
    rows.push(['E1', '2026-04-11', '所定休日', 8]);
    expect(read(rows).hours).toEqual({ overtime: 0, holidayWork: 8, worked: 48 });
  });

  test('a weekday with no row at all may have been a rest day: nothing is inferred', () => {
    // Wednesday missing: it may have been the week's rest day, so no statutory holiday: 48 h → OT 8, HW 0.
    const rows: RawValue[][] = [['社員番号', '日付', '実働時間']];
    rows.push(['E1', '2026-04-05', 8]);
    for (const d of WEEKDAYS) if (d !== '2026-04-08') rows.push(['E1', d, 8]);
    rows.push(['E1', '2026-04-11', 8]);
    expect(read(rows).hours).toEqual({ overtime: 8, holidayWork: 0, worked: 48 });
  });
});

describe('a statutory holiday is a calendar day: night shifts are split at 0:00 (昭23.4.5 基発535号, 平6.5.31 基発331号)', () => {
  const header: RawValue[] = ['社員番号', '日付', '出勤時刻', '退勤時刻', '休憩時間'];

  test('Saturday 22:00 → Sunday 06:00 with Sunday the statutory holiday: 6 h HW, 2 h ordinary', () => {
    // Mon–Fri 9:00–17:00, no break: 5 × 8 = 40 h. Saturday 22:00–06:00 (8 h): 22:00–24:00 = 2 h on Saturday,
    // ordinary, 40 + 2 = 42 → 2 h weekly OT; 0:00–06:00 = 6 h on Sunday, the statutory holiday → HW 6.
    const rows: RawValue[][] = [header];
    for (const d of WEEKDAYS) rows.push(['E1', d, '9:00', '17:00', 0]);
    rows.push(['E1', '2026-04-11', '22:00', '6:00', 0]);
    expect(read(rows, { statutoryHolidayWeekday: 0 }).hours).toEqual({ overtime: 2, holidayWork: 6, worked: 48 });
  });

  test('Sunday 20:00 → Monday 04:00: 4 h HW (20:00–24:00), the 4 h after midnight ordinary', () => {
    // 20:00–24:00 on the statutory Sunday = 4 h HW; 0:00–04:00 on Monday = 4 h of ordinary work (part of the
    // Sunday's shift, 4 ≤ 8 a day, the week far under 40) → OT 0. Worked 8.
    const rows: RawValue[][] = [header, ['E1', '2026-04-12', '20:00', '4:00', 0]];
    expect(read(rows, { statutoryHolidayWeekday: 0 }).hours).toEqual({ overtime: 0, holidayWork: 4, worked: 8 });
  });
});

describe('a typed 法定休日 against the set weekday is an input issue; the typed day is used', () => {
  test('Saturday typed 法定休日 while Sunday is set', () => {
    // statutoryHolidayWeekday = 0 but Saturday 04-11 is typed 法定休日: its 8 h are HW (the typed day is used), Mon–Fri
    // 40 h → OT 0; and one input issue naming the cell (C7: header row 1, Mon–Fri rows 2–6, Saturday row 7).
    const rows: RawValue[][] = [['社員番号', '日付', '区分', '実働時間']];
    for (const d of WEEKDAYS) rows.push(['E1', d, '出勤', 8]);
    rows.push(['E1', '2026-04-11', '法定休日', 8]);
    const { hours, issues } = read(rows, { statutoryHolidayWeekday: 0 });
    expect(hours).toEqual({ overtime: 0, holidayWork: 8, worked: 48 });
    const issue = issues.find((i) => i.message.includes('法定休日'));
    expect(issue).toMatchObject({ sheet: '勤怠', cell: 'C7' });
    expect(issue?.message).toContain('日曜日');
  });

  test('two days of one week typed 法定休日', () => {
    // Sunday 04-12 and Saturday 04-18 both typed 法定休日: both are used as typed (HW 8 + 8 = 16), Mon–Fri 40 h →
    // OT 0, and an input issue on the second (row 8).
    const rows: RawValue[][] = [['社員番号', '日付', '区分', '実働時間']];
    rows.push(['E1', '2026-04-12', '法定休日', 8]);
    for (const d of ['2026-04-13', '2026-04-14', '2026-04-15', '2026-04-16', '2026-04-17'])
      rows.push(['E1', d, '出勤', 8]);
    rows.push(['E1', '2026-04-18', '法定休日', 8]);
    const { hours, issues } = read(rows);
    expect(hours).toEqual({ overtime: 0, holidayWork: 16, worked: 56 });
    expect(issues.find((i) => i.message.includes('法定休日'))).toMatchObject({ sheet: '勤怠', cell: 'C8' });
  });
});

describe('weeklyLimitHours = 44 (特例措置対象事業場) never applies to 1-year variable hours or long flextime', () => {
  /** The first 20 weekdays (Mon–Fri: never a seven-day week, so no statutory holiday) of each month, `hours` h each. */
  function monthsOf(months: string[], hours: (month: string) => number): WorkDay[] {
    return months.flatMap((month) => {
      const dates: string[] = [];
      for (let d = 1; dates.length < 20; d++) {
        const date = `${month}-${String(d).padStart(2, '0')}`;
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        if (weekday >= 1 && weekday <= 5) dates.push(date);
      }
      return dates.map((date) => ({ employeeId: 'E1', date, workedHours: hours(month), statutoryHoliday: false }));
    });
  }
  const ot = (days: WorkDay[], options: object) =>
    Object.fromEntries(
      computeMonthlyHours(days, options).monthlyHours.map((m) => [m.month, Math.round(m.overtime * 1e4) / 1e4]),
    );

  test('flextime settled over 3 months keeps 40 h: 540 − 40 × 91 ÷ 7 = 20 h in June', () => {
    // April–June 2026 = 30 + 31 + 30 = 91 days; frame 40 × 91 ÷ 7 = 520 h. 180 h a month (20 weekdays × 9) is under each
    // month's 50 × days ÷ 7 (214.29 / 221.43 / 214.29) → only the settlement: 540 − 520 = 20 h, in June.
    // With 44 h wrongly applied the frame would be 572 and the OT 0.
    const days = monthsOf(['2026-04', '2026-05', '2026-06'], () => 9);
    const options = { workingTimeSystem: 'flextime', flexSettlementMonths: 3, weeklyLimitHours: 44 };
    expect(ot(days, options)).toEqual({ '2026-04': 0, '2026-05': 0, '2026-06': 20 });
  });

  test('flextime settled monthly takes the 44 h: 180 h in April is under 44 × 30 ÷ 7 = 188.57', () => {
    // 1-month settlement: the 特例 applies (労基則25条の2①). April 180 < 188.57 → 0. With 40 h: 180 − 171.43 = 8.57.
    const days = monthsOf(['2026-04'], () => 9);
    expect(ot(days, { workingTimeSystem: 'flextime', weeklyLimitHours: 44 })).toEqual({ '2026-04': 0 });
    expect(ot(days, { workingTimeSystem: 'flextime' })).toEqual({ '2026-04': 8.5714 });
  });

  test('1-year variable hours keep 40 h: 2,200 − 40 × 365 ÷ 7 = 114.29 h in the period’s last month', () => {
    // Period April 2026 – March 2027, 365 days: frame 40 × 365 ÷ 7 = 2,085.714 h. Hours (20 weekdays a month): 11
    // months × 20 × 9 = 1,980 plus March 2027 20 × 11 = 220 → 2,200. No scheduled hours: only the period rule, settled in March 2027:
    // 2,200 − 2,085.714 = 114.286. With 44 h wrongly applied: frame 2,294.29 → 0.
    const months = [
      ...['04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m}`),
      '2027-01',
      '2027-02',
      '2027-03',
    ];
    const days = monthsOf(months, (m) => (m === '2027-03' ? 11 : 9));
    const result = ot(days, { workingTimeSystem: 'variable-1year', weeklyLimitHours: 44 });
    expect(result['2027-03']).toBe(114.2857);
    expect(result['2026-04']).toBe(0);
  });
});

describe('1-year variable hours for someone who joins or leaves within the period (労基法32条の4の2)', () => {
  test('said once per employee; a hire on the period’s first day is not midway', () => {
    // Period April 2026 – March 2027 (variablePeriodStartMonth 4). E1 joined 2026-07-01 (midway), E2 left
    // 2026-09-15 (midway), E3 joined 2026-04-01 (the period's first day: not midway).
    const roster = grid('社員名簿', [
      ['社員番号', '氏名', '労働時間制', '入社日', '退職日'],
      ['E1', '佐藤', '変形(1年)', '2026-07-01', ''],
      ['E2', '鈴木', '変形(1年)', '2025-04-01', '2026-09-15'],
      ['E3', '高橋', '変形(1年)', '2026-04-01', ''],
    ]);
    const rows: RawValue[][] = [['社員番号', '日付', '実働時間']];
    for (const id of ['E1', 'E2', 'E3'])
      for (const d of ['2026-07-06', '2026-07-07', '2026-07-08']) rows.push([id, d, 8]);
    const { issues } = ingestWorkbook([roster, grid('勤怠', rows)]);
    const midway = issues.filter((i) => i.message.includes('32条の4の2'));
    expect(midway.map((i) => i.value)).toEqual(['E1', 'E2']);
    expect(midway[0].message).toContain('途中入社（2026-07-01）');
    expect(midway[1].message).toContain('途中退職（2026-09-15）');
  });
});
