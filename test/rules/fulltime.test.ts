/**
 * Full-time (criteria.md "full-time": not a 短時間労働者 — scheduled hours not shorter than the company's regular staff).
 */
import { classifyFullTime, evaluate, findFullTimeNorms } from '../../src/rules';
import { employee, makeDataset, params, year } from './fixtures';

describe('full-time', () => {
  test('flag, else hours against the company’s normal hours, else (no hours known) the employment type', () => {
    expect(classifyFullTime(employee('A', { fullTime: false, employmentType: '正社員' }))).toBe(false);
    // パートタイム・有期雇用労働法2条 asks about hours, not the label: a 正社員 on 30 h of a 40 h company is a
    // 短時間労働者 (30 < 40); a パート scheduled 40 h is not (40 ≥ 40).
    expect(classifyFullTime(employee('A', { employmentType: '正社員', weeklyScheduledHours: 30 }))).toBe(false);
    expect(classifyFullTime(employee('A', { employmentType: 'パートタイマー', weeklyScheduledHours: 40 }))).toBe(true);
    // No hours known: the label decides.
    expect(classifyFullTime(employee('A', { employmentType: '正社員' }))).toBe(true);
    expect(classifyFullTime(employee('A', { employmentType: 'パートタイマー' }))).toBe(false);
    expect(classifyFullTime(employee('A', { employmentType: '短時間正社員' }))).toBe(false);
    // A パート on 37.5 h at a company whose 正社員 all work 37.5 h: 37.5 ≥ 37.5 → full-time.
    expect(
      classifyFullTime(employee('A', { employmentType: 'パート', weeklyScheduledHours: 37.5 }), {
        weekly: 37.5,
        daily: 7.5,
      }),
    ).toBe(true);
    // 契約社員: the type says nothing about the hours → the hours decide.
    expect(
      classifyFullTime(employee('A', { employmentType: '契約社員', weeklyScheduledHours: 37.5 }), {
        weekly: 37.5,
        daily: 7.5,
      }),
    ).toBe(true);
    expect(
      classifyFullTime(employee('A', { employmentType: '契約社員', weeklyScheduledHours: 30 }), {
        weekly: 37.5,
        daily: 7.5,
      }),
    ).toBe(false);
    // A 所定労働時間 of 7.5 is a daily figure (≤ 12) even when it sits in the weekly field.
    expect(classifyFullTime(employee('A', { weeklyScheduledHours: 7.5 }), { weekly: 37.5, daily: 7.5 })).toBe(true);
    expect(classifyFullTime(employee('A', { dailyScheduledHours: 6 }), { weekly: 37.5, daily: 7.5 })).toBe(false);
    expect(classifyFullTime(employee('A', { employmentType: '契約社員' }))).toBeUndefined();
  });

  test('the company’s normal hours: the most common among 正社員, else 40 h / 8 h', () => {
    // Three 正社員 at 37.5 h and one at 40 h → 37.5 h; daily 7.5 h from two of them.
    const staff = [
      employee('A', { employmentType: '正社員', weeklyScheduledHours: 37.5, dailyScheduledHours: 7.5 }),
      employee('B', { employmentType: '正社員', weeklyScheduledHours: 37.5, dailyScheduledHours: 7.5 }),
      employee('C', { employmentType: '正社員', weeklyScheduledHours: 37.5 }),
      employee('D', { employmentType: '正社員', weeklyScheduledHours: 40 }),
      employee('P', { employmentType: 'パート', weeklyScheduledHours: 20 }),
    ];
    expect(findFullTimeNorms(staff)).toEqual({ weekly: 37.5, daily: 7.5 });
    expect(findFullTimeNorms([employee('X', { employmentType: '契約社員', weeklyScheduledHours: 30 })])).toEqual({
      weekly: 40,
      daily: 8,
    });
  });

  test('37.5 h staff at a 37.5 h company count in the full-time mean (the issue: くるみん said 対象外 at 50 h)', () => {
    // Roster without an employment type: E1, E2 at 37.5 h/week, everybody 50 h OT. Default norm = 40 h (no 正社員),
    // so the user sets fullTimeWeeklyHours=37.5 → both full-time → mean 50 ≥ 30 → fail (not 対象外).
    const ds = makeDataset({
      employees: [employee('E1', { weeklyScheduledHours: 37.5 }), employee('E2', { weeklyScheduledHours: 37.5 })],
      monthlyHours: [...year('E1', 50), ...year('E2', 50)],
    });
    const id = 'hours.fulltime-avg-overtime-under-30';
    expect(evaluate(ds, 'all', params()).criteria.find((c) => c.id === id)?.status).toBe('not-applicable');
    const set = evaluate(ds, 'all', params('2026-03-31', { fullTimeWeeklyHours: 37.5 })).criteria.find(
      (c) => c.id === id,
    )!;
    expect(set).toMatchObject({ status: 'fail', value: 50 });
    // With a 正社員 typed at 37.5 h on the roster the default norm is 37.5 h without any parameter.
    const typed = makeDataset({
      ...ds,
      employees: [...ds.employees, employee('E3', { employmentType: '正社員', weeklyScheduledHours: 37.5 })],
    });
    expect(evaluate(typed, 'all', params()).criteria.find((c) => c.id === id)).toMatchObject({
      status: 'fail',
      value: 50,
    });
  });
});
