import { CRITERIA, evaluate, getProfile, PROFILES } from '../../src/rules';
import { makeDataset, params } from './fixtures';

/** The profile table of criteria.md, written out by hand. */
const EXPECTED: Record<string, Record<string, unknown>> = {
  'fukuyama-2026': {
    'resignation.childbirth-none-3y': 0,
    'childcare.female-rate-3y': 0.7,
    'hours.avg-overtime-under-45': 45,
    'resignation.care-none-3y': 0,
  },
  'kurumin-2025': {
    'childcare.male-rate': 0.3,
    'childcare.male-rate-with-purpose-leave': 0.5,
    'childcare.female-rate': 0.75,
    'childcare.female-fixed-term-rate': 0.75,
    'hours.kurumin-overtime': null,
  },
  'platinum-kurumin-2025': {
    'childcare.male-rate': 0.5,
    'childcare.male-rate-with-purpose-leave': 0.7,
    'childcare.female-rate': 0.75,
    'childcare.female-fixed-term-rate': 0.75,
    'hours.kurumin-overtime': null,
  },
  // トライくるみん 2025: male 10% / 20%, female 75% (fixed-term women too), full-time mean < 45 h, nobody averaging 60 h.
  'try-kurumin-2025': {
    'childcare.male-rate': 0.1,
    'childcare.male-rate-with-purpose-leave': 0.2,
    'childcare.female-rate': 0.75,
    'childcare.female-fixed-term-rate': 0.75,
    'hours.fulltime-avg-overtime-under-45': 45,
    'hours.no-over-60-average': 60,
  },
  'eruboshi-hours': { 'hours.avg-overtime-under-45-by-category': 45 },
  law36: {
    'law36.month-over-45': 0,
    'law36.months-over-45-more-than-6': 0,
    'law36.year-over-360': 0,
    'law36.year-over-720': 0,
    'law36.month-100-or-more': 0,
    'law36.avg-over-80': 0,
    'law36.approaching': 0,
    'law36.compliance': 0,
    'health.over-80-notify': 0,
  },
  // 公表 of the last business year: the rate is published, any figure passes (0); the full-time OT+HW means.
  'disclosure-2025': {
    'childcare.male-rate': 0,
    'childcare.male-rate-with-purpose-leave': 0,
    'hours.fulltime-avg-overtime-under-45': 45,
  },
  'annual-leave': { 'leave.five-day-obligation': 0, 'leave.takeup-rate': 0.7 },
  'guideline-targets': { 'leave.takeup-rate': 0.7, 'hours.weekly-60-share': 0.05, 'childcare.male-rate': 0.13 },
  'public-sector-targets': {
    'women.manager-share': { 係長: 0.3, 課長補佐: 0.25, 課長: 0.15, 部長: 0.1 },
    'women.hire-share': 0.4,
    'childcare.male-rate': 0.13,
  },
};

describe('PROFILES', () => {
  test('the eleven profiles of criteria.md, in order', () => {
    expect(PROFILES.map((p) => p.id)).toEqual([...Object.keys(EXPECTED), 'all']);
  });

  test('certification and 公表 profiles count the last business year; all and law36 the rolling 12 months', () => {
    const windowOf = (id: string) => evaluate(makeDataset(), id, params('2026-03-15')).windows;
    // as-of 2026-03-15: the last complete 事業年度 (April start) is 2024-04..2025-03; the rolling window 2025-03..2026-02.
    for (const id of [
      'fukuyama-2026',
      'kurumin-2025',
      'platinum-kurumin-2025',
      'try-kurumin-2025',
      'eruboshi-hours',
      'disclosure-2025',
    ]) {
      expect(windowOf(id)).toMatchObject({ basis: 'fiscal-year', months12: ['2024-04', '2025-03'] });
    }
    for (const id of ['all', 'law36'])
      expect(windowOf(id)).toMatchObject({ basis: 'rolling', months12: ['2025-03', '2026-02'] });
    // disclosure-2025: the plan period (births and leaves of the male rate) is that one business year.
    expect(windowOf('disclosure-2025').plan).toEqual(['2024-04-01', '2025-03-31']);
    // The user's window=rolling wins over the profile's default.
    expect(
      evaluate(makeDataset(), 'kurumin-2025', params('2026-03-15', { window: 'rolling' })).windows.months12,
    ).toEqual(['2025-03', '2026-02']);
  });

  test.each(Object.entries(EXPECTED))(
    '%s lists exactly the criteria and thresholds of the spec table',
    (id, expected) => {
      const profile = getProfile(id)!;
      expect(Object.fromEntries(profile.criteria.map((c) => [c.id, c.threshold]))).toEqual(expected);
      expect(profile.checklist).toBe(id === 'fukuyama-2026');
      expect(profile.label.ja.length).toBeGreaterThan(0);
    },
  );

  test('all: every catalogue criterion once, with the くるみん 2025 / 70% / seed 002 thresholds, plus the checklist', () => {
    const all = getProfile('all')!;
    const ids = all.criteria.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const union = new Set(Object.values(EXPECTED).flatMap((e) => Object.keys(e)));
    for (const id of union) expect(ids).toContain(id);
    // The catalogue criteria that no other profile names.
    expect(ids.filter((id) => !union.has(id)).sort()).toEqual([
      'hours.fulltime-25to39-avg-overtime-under-45',
      'hours.fulltime-avg-overtime-under-30',
      'interval.rest-under-11h',
      'latenight.monthly-count',
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
