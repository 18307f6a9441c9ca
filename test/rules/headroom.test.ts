/**
 * Headroom (上限までの残り) on hand-checked examples: the most OT still lawful next month and the rule that binds.
 * Earlier months are 0 unless given. The agreement year starts in April.
 */
import { computeHeadroom, type HeadroomRules, type MonthFigures } from '../../src/rules/headroom';

/** The statute alone, 特別条項 not known: 45 h / 720 h / 6 times, under 100 h, 2–6-month means of 80 h. */
const STATUTE: HeadroomRules = {
  startMonth: 4,
  month100: true,
  averages: true,
  monthHours: 45,
  special: null,
  specialMonthHours: 99.99,
  specialMonthOvertimeOnly: false,
  specialTimes: 6,
  yearHours: 720,
  yearWithHolidayWork: false,
  fromAgreement: false,
};

const ot = (month: string, overtime: number, holidayWork = 0): MonthFigures => ({ month, overtime, holidayWork });

test('previous month 95 h → this month ≤ 65 h (2-month mean: 80 × 2 − 95)', () => {
  const h = computeHeadroom('E1', [ot('2025-06', 95)], '2025-07', STATUTE);
  expect(h).toMatchObject({ overtime: 65, overtimeAndHoliday: 65, binding: 'law36.avg-over-80:2', yearSoFar: 95 });
  expect(h.bindingText.ja).toBe('2か月平均80時間: 前月95時間のため今月は65時間まで');
});

test('95 h then 60 h → ≤ 85 h (3-month mean: 240 − 155), not 100 (2-month: 160 − 60)', () => {
  // k = 2: 160 − 60 = 100; k = 3: 240 − (60 + 95) = 85; k = 4: 320 − 155 = 165 …; under 100: 99.99 → 85.
  const h = computeHeadroom('E1', [ot('2025-05', 95), ot('2025-06', 60)], '2025-07', STATUTE);
  expect(h).toMatchObject({ overtime: 85, binding: 'law36.avg-over-80:3' });
  expect(h.bindingText.ja).toBe('3か月平均80時間: 前2か月の計155時間のため今月は85時間まで');
});

test('year OT 700 with a 特別条項 of 720 h → ≤ 20 h OT', () => {
  // April–September 80 h (6 special months, every 2–6-month mean exactly 80), October–February 44 h:
  // 6 × 80 + 5 × 44 = 480 + 220 = 700. March: year 720 − 700 = 20; month: the 6 special times are used → 45;
  // 2-month: 160 − 44 = 116; under 100 → 20 binds.
  const rows = [
    ...['04', '05', '06', '07', '08', '09'].map((m) => ot(`2025-${m}`, 80)),
    ...['2025-10', '2025-11', '2025-12', '2026-01', '2026-02'].map((m) => ot(m, 44)),
  ];
  const rules: HeadroomRules = { ...STATUTE, special: true, specialMonthHours: 80, fromAgreement: true };
  const h = computeHeadroom('E1', rows, '2026-03', rules);
  expect(h).toMatchObject({ overtime: 20, binding: 'agreement.year-over', yearSoFar: 700, yearLimit: 720 });
  expect(h.bindingText.ja).toBe('年720時間（特別条項）: 今年度700時間のため今月は20時間まで');
});

test('no 特別条項, agreement 45 h / 360 h, 340 h so far → ≤ 20 h OT', () => {
  // April–December: 8 × 38 + 36 = 340. January: month 45; year 360 − 340 = 20 → 20.
  const rows = [...['04', '05', '06', '07', '08', '09', '10', '11'].map((m) => ot(`2025-${m}`, 38)), ot('2025-12', 36)];
  const rules: HeadroomRules = { ...STATUTE, special: false, yearHours: 360, fromAgreement: true };
  const h = computeHeadroom('E1', rows, '2026-01', rules);
  expect(h).toMatchObject({ overtime: 20, binding: 'agreement.year-over', yearSoFar: 340 });
  expect(h.bindingText.ja).toBe('年360時間: 今年度340時間のため今月は20時間まで');
  // The last three months' pace (38 + 38 + 36) ÷ 3 = 37.33 h: the 20 h left are reached in January itself.
  expect(h.yearLimitReachedIn).toBe('2026-01');
});

test('no 特別条項 and nothing yet this year: the month limit of 45 h binds', () => {
  const rules: HeadroomRules = { ...STATUTE, special: false, yearHours: 360, fromAgreement: true };
  const h = computeHeadroom('E1', [], '2025-04', rules);
  expect(h).toMatchObject({ overtime: 45, binding: 'agreement.month-over', yearLimitReachedIn: null });
  expect(h.bindingText.ja).toBe('36協定の1か月45時間（特別条項なし）: 今月は45時間まで');
});

test('a month with partial data: what was worked so far is taken off', () => {
  // 30 h of OT already in July; the 2-month rule allows 160 − 95 = 65 in July → 35 more; year 720 − 125 → more.
  const h = computeHeadroom('E1', [ot('2025-06', 95), ot('2025-07', 30)], '2025-07', STATUTE);
  expect(h).toMatchObject({ overtime: 35, binding: 'law36.avg-over-80:2', yearSoFar: 125 });
});

test('the year limit at the current pace: 40 h a month from 200 h in an agreement of 360 h', () => {
  // April–August: 40 h each = 200 h before September. Pace (40 + 40 + 40) ÷ 3 = 40; 160 h left → 4 months:
  // September, October, November, December → reached in December 2025.
  const rows = ['04', '05', '06', '07', '08'].map((m) => ot(`2025-${m}`, 40));
  const rules: HeadroomRules = { ...STATUTE, special: false, yearHours: 360, fromAgreement: true };
  const h = computeHeadroom('E1', rows, '2025-09', rules);
  expect(h).toMatchObject({ overtime: 45, yearSoFar: 200, yearLimitReachedIn: '2025-12' });
});
