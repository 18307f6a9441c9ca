/** The law parameters: one table with label and source, applied to the params and (when needed) the hours options. */
import { applyRuleParameter, defaultParams, PARAMETER_META, type HoursParameterOptions } from '../../src/rules';

describe('PARAMETER_META / applyRuleParameter', () => {
  test('every parameter has a Japanese and an English label, a source and a default text', () => {
    expect(PARAMETER_META.map((m) => m.key)).toEqual([
      'workingTimeSystem',
      'statutoryHolidayWeekday',
      'flexSettlementMonths',
      'variablePeriodStartMonth',
      'law36Sector',
      'fullTimeWeeklyHours',
      'fullTimeDailyHours',
      'window',
      'fiscalYearStartMonth',
    ]);
    for (const m of PARAMETER_META) {
      expect(m.label.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(m.label.en.length).toBeGreaterThan(0);
      expect(m.source.length).toBeGreaterThan(0);
      expect(m.values ?? m.range).toBeDefined();
    }
  });

  test('a system goes to both the rules and the hours computation; a sector to the rules only', () => {
    const params = defaultParams('2026-03-31');
    const hours: HoursParameterOptions = {};
    expect(applyRuleParameter('workingTimeSystem', 'flextime', params, hours)).toEqual({});
    expect(applyRuleParameter('statutoryHolidayWeekday', '0', params, hours)).toEqual({});
    expect(applyRuleParameter('law36Sector', 'driver', params, hours)).toEqual({});
    expect(applyRuleParameter('manager.店長', 'true', params, hours)).toEqual({});
    expect(params).toMatchObject({
      workingTimeSystem: 'flextime',
      statutoryHolidayWeekday: 0,
      law36Sector: 'driver',
      managerPositions: { 店長: true },
    });
    expect(hours).toEqual({ workingTimeSystem: 'flextime', statutoryHolidayWeekday: 0 });
  });

  test('out-of-range and unknown values are refused with the allowed range; other keys are not its business', () => {
    const params = defaultParams('2026-03-31');
    expect(applyRuleParameter('statutoryHolidayWeekday', '7', params, {})?.error).toContain('0〜6');
    expect(applyRuleParameter('flexSettlementMonths', '1.5', params, {})?.error).toContain('整数');
    expect(applyRuleParameter('window', 'calendar', params, {})?.error).toContain('fiscal-year');
    expect(applyRuleParameter('manager.店長', 'yes', params, {})?.error).toContain('true');
    expect(applyRuleParameter('minRestHours', '11', params, {})).toBeNull();
    expect(params.statutoryHolidayWeekday).toBeUndefined();
  });
});
