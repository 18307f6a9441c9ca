/**
 * The company's own 36協定: statutory bounds (労基法36条4項〜6項), reading it from JSON / parameters, which agreement
 * covers whom, and the `agreement.*` findings, on figures worked out by hand.
 */
import { findAgreementFor, resolveAgreement, validateAgreement, type Agreement } from '../../src/rules/agreement';
import { applyAgreementParam, readAgreementJson, readAgreementValue } from '../../src/rules/agreement-input';
import { findAgreementFindings } from '../../src/rules/agreement-findings';
import type { MonthlyHours, Shift } from '../../src/rules/types';
import { evaluate } from '../../src/rules';
import { employee, hours, makeDataset, params } from './fixtures';

describe('statutory bounds: an agreement above them is refused with the bound it breaks', () => {
  test('1か月 50 h (bound 45 h), 特別条項 100 h (bound: below 100), 1年 400 h, 7 times', () => {
    expect(validateAgreement({ monthHours: 50, special: false }).map((p) => p.ja)).toEqual([
      '1か月の延長時間（36条4項: 45時間） 50 は法定の上限（45）を超えています',
    ]);
    expect(validateAgreement({ special: true, specialMonthHours: 100 }).map((p) => p.ja)).toEqual([
      '特別条項の1か月（36条6項2号: 100時間未満） 100 は法定の上限（100時間未満）を超えています',
    ]);
    expect(validateAgreement({ yearHours: 400, specialTimes: 7, specialYearHours: 721 })).toHaveLength(3);
    // At the bounds: 45 / 360 / 99.5 / 720 / 6 are lawful.
    const atBounds = { monthHours: 45, yearHours: 360, special: true, specialMonthHours: 99.5, specialYearHours: 720 };
    expect(validateAgreement({ ...atBounds, specialTimes: 6 })).toEqual([]);
  });

  test('1-year variable hours: 42 h / 320 h', () => {
    expect(validateAgreement({ variableYear: true, monthHours: 45 })).toHaveLength(1);
    expect(validateAgreement({ variableYear: true, monthHours: 42, yearHours: 320 })).toEqual([]);
  });
});

describe('reading an agreement', () => {
  test('values as people write them', () => {
    expect(readAgreementValue('monthHours', '45時間')).toEqual({ value: 45 });
    expect(readAgreementValue('specialTimes', '6回')).toEqual({ value: 6 });
    expect(readAgreementValue('special', 'あり')).toEqual({ value: true });
    expect(readAgreementValue('special', 'なし')).toEqual({ value: false });
    expect(readAgreementValue('start', '2025/4/1')).toEqual({ value: '2025-04-01' });
    expect(readAgreementValue('start', '2025年4月1日')).toEqual({ value: '2025-04-01' });
    expect(readAgreementValue('covers', '本社、営業部')).toEqual({ value: ['本社', '営業部'] });
    expect('error' in readAgreementValue('monthHours', 'よんじゅうご')).toBe(true);
  });

  test('a file: one object, or a list each with a name; a refused one is left out with its reason', () => {
    const one = readAgreementJson({ monthHours: 45, yearHours: 360, special: false }, 'file', 'a.json');
    expect(one.problems).toEqual([]);
    expect(one.agreements).toEqual([
      { monthHours: 45, yearHours: 360, special: false, origin: 'file', originName: 'a.json' },
    ]);
    const list = readAgreementJson(
      [
        { name: '本社', covers: ['本社'], monthHours: 45, special: true, specialMonthHours: 70, specialTimes: 6 },
        { name: '工場', covers: '工場', monthHours: 50, special: false },
      ],
      'file',
    );
    expect(list.agreements.map((a) => a.name)).toEqual(['本社']);
    expect(list.problems.map((p) => p.ja)).toEqual([
      '2件目: 1か月の延長時間（36条4項: 45時間） 50 は法定の上限（45）を超えています',
    ]);
    expect(readAgreementJson({ monthHour: 45 }, 'file').problems[0].ja).toContain('monthHour');
  });

  test('--param agreement.<field>=… sets the field on every agreement, or starts one', () => {
    const agreements: Agreement[] = [];
    expect(applyAgreementParam(agreements, 'monthHours', '45')).toBeNull();
    expect(applyAgreementParam(agreements, 'special', 'false')).toBeNull();
    expect(agreements).toEqual([{ origin: 'param', monthHours: 45, special: false }]);
    expect(applyAgreementParam(agreements, 'nonsense', '1')?.ja).toContain('nonsense');
  });
});

describe('which agreement covers whom', () => {
  const honsha: Agreement = { name: '本社', covers: ['本社'] };
  const kojo: Agreement = { name: '工場', covers: ['工場'] };
  test('matched on 事業場, 所属 or 業務区分; one agreement without covers is everyone’s', () => {
    expect(findAgreementFor([honsha, kojo], { id: 'A', workplace: '工場' }, 'general')).toBe(kojo);
    expect(findAgreementFor([honsha, kojo], { id: 'A', department: '本社' }, 'general')).toBe(honsha);
    expect(findAgreementFor([honsha, kojo], { id: 'A', department: '支店' }, 'general')).toBeUndefined();
    const driving: Agreement = { name: '運転', covers: ['自動車運転'] };
    expect(findAgreementFor([honsha, driving], { id: 'D' }, 'driver')).toBe(driving);
    const all: Agreement = { monthHours: 30 };
    expect(findAgreementFor([all], { id: 'A', department: '支店' }, 'general')).toBe(all);
    expect(findAgreementFor([honsha, all], { id: 'A', department: '支店' }, 'general')).toBe(all);
  });

  test('missing figures take the statutory maximum; 42 / 320 under 1-year variable hours', () => {
    expect(resolveAgreement({ monthHours: 30 }, 'general', 4)).toMatchObject({
      monthHours: 30,
      yearHours: 360,
      special: null,
      specialMonthHours: 99.99,
      specialYearHours: 720,
      specialTimes: 6,
      startMonth: 4,
    });
    expect(resolveAgreement({ start: '2025-10-01' }, 'variable-1year', 4)).toMatchObject({
      monthHours: 42,
      yearHours: 320,
      startMonth: 10,
    });
  });
});

describe('agreement.* findings', () => {
  const month = (m: string, overtime: number, holidayWork = 0, extra: Partial<MonthlyHours> = {}): MonthlyHours => ({
    employeeId: 'E1',
    month: m,
    overtime,
    holidayWork,
    ...extra,
  });

  test('45 h / 360 h without 特別条項 and a 50-hour month → agreement.month-over', () => {
    const a = resolveAgreement({ monthHours: 45, yearHours: 360, special: false }, 'general', 4);
    const f = findAgreementFindings('E1', [month('2025-05', 30), month('2025-06', 50)], [], a);
    expect(f.map((x) => [x.rule, x.period, x.value, x.severity])).toEqual([
      ['agreement.month-over', '2025-06', 50, 'violation'],
    ]);
    expect(f[0].message).toBe('E1 は 2025-06 の時間外労働が50.0時間（36協定の1か月45.0時間を超過、特別条項なし）');
  });

  test('特別条項 70 h / 6 回 and a 75-hour month → agreement.special-month-over', () => {
    const a = resolveAgreement(
      { monthHours: 45, yearHours: 360, special: true, specialMonthHours: 70, specialYearHours: 540, specialTimes: 6 },
      'general',
      4,
    );
    // 75 h of OT + 0 HW > 70 → special-month-over; 75 > 45 is the 1st special month of 6 → no month-over.
    const f = findAgreementFindings('E1', [month('2025-06', 75)], [], a);
    expect(f.map((x) => [x.rule, x.period, x.value])).toEqual([['agreement.special-month-over', '2025-06', 75]]);
    // 60 h OT + 15 h HW = 75 > 70 too (the form's 1か月 counts OT + HW unless it says OT only).
    expect(findAgreementFindings('E1', [month('2025-06', 60, 15)], [], a).map((x) => x.rule)).toEqual([
      'agreement.special-month-over',
    ]);
  });

  test('a 7th month over 45 h, a year over 540 h, 3 statutory holidays worked where 2 are allowed', () => {
    const a = resolveAgreement(
      {
        monthHours: 45,
        special: true,
        specialMonthHours: 80,
        specialYearHours: 540,
        specialTimes: 6,
        holidayDaysPerMonth: 2,
      },
      'general',
      4,
    );
    // April–October 2025: 7 months of 60 h (7 > 6 special months) + November 50 h: 420 + 50 = 470; December 80 h
    // → 550 > 540. Months over 45: 9 → month-over for the 7th, 8th and 9th (Oct, Nov, Dec); one special-times-over.
    const rows = ['04', '05', '06', '07', '08', '09', '10'].map((m) => month(`2025-${m}`, 60));
    rows.push(month('2025-11', 50), month('2025-12', 80, 0, { holidayWorkDays: 3 }));
    const f = findAgreementFindings('E1', rows, [], a);
    expect(f.map((x) => [x.rule, x.period, x.value])).toEqual([
      ['agreement.month-over', '2025-10', 60],
      ['agreement.month-over', '2025-11', 50],
      ['agreement.month-over', '2025-12', 80],
      ['agreement.holiday-days-over', '2025-12', 3],
      ['agreement.special-times-over', '2025-04..2026-03', 9],
      ['agreement.year-over', '2025-04..2026-03', 550],
    ]);
  });

  test('1日 3 h: the worst day of a month with daily OT over it, and how many such days', () => {
    const a = resolveAgreement({ dayHours: 3, special: false }, 'general', 4);
    const day = (date: string, dailyOvertime: number): Shift => ({
      employeeId: 'E1',
      date,
      workedHours: 8 + dailyOvertime,
      lateNightHours: 0,
      dailyOvertime,
    });
    const f = findAgreementFindings('E1', [], [day('2025-06-02', 3), day('2025-06-03', 4), day('2025-06-04', 5)], a);
    expect(f.map((x) => [x.rule, x.period, x.value])).toEqual([['agreement.day-over', '2025-06-04', 5]]);
    expect(f[0].message).toContain('この月2日');
  });
});

describe('a run of the law36 profile with the company’s agreements', () => {
  // June 2025: 本社's E1 50 h, 工場's E2 75 h, 支店's E3 30 h (no agreement covers 支店).
  const ds = makeDataset({
    employees: [
      employee('E1', { workplace: '本社' }),
      employee('E2', { workplace: '工場' }),
      employee('E3', { department: '支店' }),
    ],
    monthlyHours: [hours('E1', '2025-06', 50), hours('E2', '2025-06', 75), hours('E3', '2025-06', 30)],
  });
  const agreements: Agreement[] = [
    { name: '本社', covers: ['本社'], monthHours: 45, yearHours: 360, special: false, origin: 'settings' },
    { name: '工場', covers: ['工場'], monthHours: 45, special: true, specialMonthHours: 70, specialTimes: 6 },
  ];
  const r = evaluate(ds, 'law36', params('2025-06-30', { agreements }));

  test('agreement findings join law36.compliance; month-over-45 is a violation where there is no 特別条項', () => {
    expect(r.findings.filter((f) => f.rule.startsWith('agreement.')).map((f) => [f.rule, f.employeeId])).toEqual([
      ['agreement.month-over', 'E1'],
      ['agreement.special-month-over', 'E2'],
    ]);
    expect(r.findings.filter((f) => f.rule === 'law36.month-over-45').map((f) => [f.employeeId, f.severity])).toEqual([
      ['E1', 'violation'],
      ['E2', 'warning'],
    ]);
    // E1 and E2 each have a violation.
    expect(r.criteria.find((c) => c.id === 'law36.compliance')).toMatchObject({ status: 'fail', value: 2 });
  });

  test('the report says which agreement was used for whom, and who is covered by none', () => {
    expect(r.agreements?.map((a) => [a.name, a.origin, a.employees])).toEqual([
      ['本社（設定）', 'settings', ['E1']],
      ['工場', 'param', ['E2']],
    ]);
    expect(r.uncoveredByAgreement).toEqual(['E3']);
  });

  test('headroom for July, least room first', () => {
    // E1: no special clause → July ≤ 45 (the month limit; year 360 − 50 = 310 is looser) → 45. E2: 75 h was special month 1 of 6 → July ≤ 70 (special month), 2-month mean
    // 160 − 75 = 85 → 70. E3 (statute only, special unknown): 2-month 160 − 30 = 130, under 100 → 99.99.
    expect(r.headroom?.map((h) => [h.employeeId, h.month, h.overtime, h.binding])).toEqual([
      ['E1', '2025-07', 45, 'agreement.month-over'],
      ['E2', '2025-07', 70, 'agreement.special-month-over'],
      ['E3', '2025-07', 99.99, 'law36.month-100-or-more'],
    ]);
  });
});
