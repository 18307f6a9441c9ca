import { CRITERIA, evaluate, getProfile, PROFILES } from '../../src/rules';
import { makeDataset, params } from './fixtures';

/** The profile table of criteria.md, written out by hand. */
const EXPECTED: Record<string, Record<string, unknown>> = {
  'fukuyama-2026': { 'resignation.childbirth-none-3y': 0, 'childcare.female-rate-3y': 0.7, 'hours.avg-overtime-under-45': 45, 'resignation.care-none-3y': 0 },
  'kurumin-2025': { 'childcare.male-rate': 0.3, 'childcare.male-rate-with-purpose-leave': 0.5, 'childcare.female-rate': 0.75, 'childcare.female-fixed-term-rate': 0.75, 'hours.kurumin-overtime': null },
  'platinum-kurumin-2025': { 'childcare.male-rate': 0.5, 'childcare.male-rate-with-purpose-leave': 0.7, 'childcare.female-rate': 0.75, 'childcare.female-fixed-term-rate': 0.75, 'hours.kurumin-overtime': null },
  'try-kurumin-2025': { 'childcare.male-rate': 0.1, 'childcare.male-rate-with-purpose-leave': 0.2, 'childcare.female-rate': 0.75, 'hours.avg-overtime-under-45': 45, 'hours.no-fulltime-over-60-average': 60 },
  'eruboshi-hours': { 'hours.avg-overtime-under-45-by-category': 45 },
  law36: { 'law36.month-over-45': 0, 'law36.months-over-45-more-than-6': 0, 'law36.year-over-360': 0, 'law36.year-over-720': 0, 'law36.month-100-or-more': 0, 'law36.avg-over-80': 0, 'law36.approaching': 0, 'law36.compliance': 0 },
  'annual-leave': { 'leave.five-day-obligation': 0, 'leave.takeup-rate': 0.7 },
  'guideline-targets': { 'leave.takeup-rate': 0.7, 'hours.weekly-60-share': 0.05, 'childcare.male-rate': 0.13 },
  'public-sector-targets': { 'women.manager-share': { 係長: 0.3, 課長補佐: 0.25, 課長: 0.15, 部長: 0.1 }, 'women.hire-share': 0.4, 'childcare.male-rate': 0.13 },
};

describe('PROFILES', () => {
  test('the ten profiles of criteria.md, in order', () => {
    expect(PROFILES.map((p) => p.id)).toEqual([...Object.keys(EXPECTED).slice(0, 9), 'all']);
  });

  test.each(Object.entries(EXPECTED))('%s lists exactly the criteria and thresholds of the spec table', (id, expected) => {
    const profile = getProfile(id)!;
    expect(Object.fromEntries(profile.criteria.map((c) => [c.id, c.threshold]))).toEqual(expected);
    expect(profile.checklist).toBe(id === 'fukuyama-2026');
    expect(profile.label.ja.length).toBeGreaterThan(0);
  });

  test('all: every catalogue criterion once, with the くるみん 2025 / 70% / seed 002 thresholds, plus the checklist', () => {
    const all = getProfile('all')!;
    const ids = all.criteria.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const union = new Set(Object.values(EXPECTED).flatMap((e) => Object.keys(e)));
    for (const id of union) expect(ids).toContain(id);
    // The catalogue criteria that no other profile names.
    expect(ids.filter((id) => !union.has(id)).sort()).toEqual([
      'hours.fulltime-25to39-avg-overtime-under-45', 'hours.fulltime-avg-overtime-under-30', 'interval.rest-under-11h', 'latenight.monthly-count',
    ]);
    const t = Object.fromEntries(all.criteria.map((c) => [c.id, c.threshold]));
    expect(t['childcare.male-rate']).toBe(0.3);
    expect(t['childcare.male-rate-with-purpose-leave']).toBe(0.5);
    expect(t['childcare.female-rate']).toBe(0.75);
    expect(t['childcare.female-rate-3y']).toBe(0.7);
    expect(t['leave.takeup-rate']).toBe(0.7);
    expect(t['women.hire-share']).toBe(0.4);
    expect(all.checklist).toBe(true);
  });

  test('every profile criterion has Japanese metadata and is evaluated', () => {
    for (const p of PROFILES) {
      const r = evaluate(makeDataset(), p.id, params());
      const dataIds = r.criteria.filter((c) => !c.id.startsWith('checklist.')).map((c) => c.id);
      expect(dataIds).toEqual(p.criteria.map((c) => c.id));
      for (const c of r.criteria) {
        expect(CRITERIA[c.id]).toBeDefined();
        expect(c.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        expect(c.source.length).toBeGreaterThan(0);
        // Empty dataset: nothing may pass.
        expect(c.status).not.toBe('pass');
      }
    }
  });

  test('an unknown profile falls back to all and says so', () => {
    const r = evaluate(makeDataset(), 'nope', params());
    expect(r.profile).toBe('all');
    expect(r.inputIssues[0].message).toContain('nope');
  });
});
