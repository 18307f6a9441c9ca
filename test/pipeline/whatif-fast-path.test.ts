/**
 * The what-if fast path (what the task pane and `evaluateIngested` do: one ingest kept, the rules rerun, index parts,
 * plans and figures reused from the earlier runs) gives exactly the report of a straightforward recomputation: the
 * what-if applied to the dataset, the result deep-copied (so no array or object is shared with anything evaluated
 * before and nothing can be reused), then a full evaluate. Values are compared, not times.
 */
import { buildGrids } from '../../bench/generate';
import { evaluateIngested, ingestGrids } from '../../src/pipeline';
import { applyWhatIf, defaultParams, type Dataset, type MonthlyHours, type Params, type WhatIf } from '../../src/rules';
import type { IngestResult } from '../../src/ingest/types';

/**
 * The generated company (daily rows) with what a real workbook adds: a month split over two sheets (two rows of one
 * employee-month, merged by the index), an employee given only as monthly summaries, rows whose late-night days are
 * not counted, a manager and a driver on the roster.
 */
function companyIngest(): IngestResult {
  const ingest = ingestGrids(buildGrids(30));
  const { dataset } = ingest;
  const rows = dataset.monthlyHours;
  const split: MonthlyHours[] = rows
    .filter((_, i) => i % 17 === 3)
    .map((m) => ({ employeeId: m.employeeId, month: m.month, overtime: 6.25, holidayWork: 1.5 }));
  const summaryOnly: MonthlyHours[] = ['2025-04', '2025-05', '2025-07', '2025-06', '2026-01', '2026-03'].map(
    (month, k) => ({ employeeId: 'S900', month, overtime: 40 + 9 * k, holidayWork: k % 2 === 0 ? 8 : 0 }),
  );
  const uncounted = rows.map((m, i) => (i % 11 === 5 ? { ...m, lateNightDays: undefined } : m));
  const employees = dataset.employees.map((e, i) =>
    i === 2 ? { ...e, position: '店長' } : i === 4 ? { ...e, sector: 'driver' as const } : e,
  );
  const monthlyHours = [...split.slice(0, 4), ...uncounted, ...summaryOnly, ...split.slice(4)];
  const changed: Dataset = { ...dataset, employees, monthlyHours };
  return { ...ingest, dataset: changed };
}

/** The report of a what-if computed from scratch: applied to the dataset, deep-copied, evaluated in full. */
function recompute(ingest: IngestResult, profile: string, params: Params, whatIf?: WhatIf) {
  const applied = whatIf ? applyWhatIf(ingest.dataset, whatIf, params) : ingest.dataset;
  const fresh: IngestResult = structuredClone({ ...ingest, dataset: applied });
  return evaluateIngested(fresh, { profile, params }).report;
}

const base = defaultParams('2026-03-31');

/** Parameter sets a user tries: thresholds, the at-risk share, limits, agreements, windows, full-time norms. */
const PARAMS: [string, Params][] = [
  ['defaults', base],
  [
    'at-risk 70 %, 45 h line 40 h',
    { ...base, approachingRatio: 0.7, thresholds: { 'hours.avg-overtime-under-45': 40 } },
  ],
  [
    'at-risk 90 %, 30 h line 25 h',
    { ...base, approachingRatio: 0.9, thresholds: { 'hours.fulltime-avg-overtime-under-30': 25 } },
  ],
  [
    'month limit 42 h, rest 10 h, 3 late nights',
    { ...base, monthlyOvertimeLimit: 42, minRestHours: 10, maxLateNightDaysPerMonth: 3 },
  ],
  [
    'agreement 40 h / 300 h with a special clause',
    {
      ...base,
      agreements: [
        {
          monthHours: 40,
          yearHours: 300,
          special: true,
          specialMonthHours: 80,
          specialYearHours: 600,
          specialTimes: 6,
        },
      ],
    },
  ],
  [
    'agreement without a special clause, October year',
    { ...base, agreementStartMonth: 10, agreements: [{ monthHours: 45, yearHours: 360, special: false }] },
  ],
  ['as of mid-month, fiscal-year window', { ...base, asOf: '2026-03-15', window: 'fiscal-year' }],
  ['plan period, full-time 38 h', { ...base, planStart: '2024-04-01', planEnd: '2026-03-31', fullTimeWeeklyHours: 38 }],
  [
    '店長 is a manager, 1-year variable hours company',
    { ...base, managerPositions: { 店長: true }, workingTimeSystem: 'variable-1year' },
  ],
  [
    'leave hours, drivers, calendar business year, 7 h days, 主任 as 係長',
    {
      ...base,
      hoursPerLeaveDay: 7.5,
      law36Sector: 'driver',
      fiscalYearStartMonth: 1,
      window: 'fiscal-year',
      fullTimeDailyHours: 7,
      positionLevels: { ...base.positionLevels, 主任: '係長' },
    },
  ],
];

const RATIOS = [-0.1, -0.25, -0.5, 0.2, -1];

describe('what-if fast path = recomputation from scratch', () => {
  const ingest = companyIngest();

  // Parameter sets one after another (a figure that did not read the changed parameter is reused), then each
  // overtime ratio over every parameter set (the ratio changes the hours; who is employed, the limits do not).
  test.each(['all', 'kurumin-2025', 'law36'])(
    'profile %s: every parameter set, with and without overtime −X %%',
    (profile) => {
      evaluateIngested(ingest, { profile, params: base });
      for (const [label, params] of PARAMS) {
        const fast = evaluateIngested(ingest, { profile, params }).report;
        expect({ label, report: fast }).toEqual({ label, report: recompute(ingest, profile, params) });
      }
      for (const ratio of RATIOS) {
        const whatIf: WhatIf = { overtimeChangeRatio: ratio };
        for (const [label, params] of PARAMS) {
          const scaled = evaluateIngested(ingest, { profile, params, whatIf }).report;
          expect({ label, ratio, report: scaled }).toEqual({
            label,
            ratio,
            report: recompute(ingest, profile, params, whatIf),
          });
        }
      }
    },
  );

  test('a what-if tried again after others, and men on childcare leave with overtime −20 %', () => {
    const whatIf: WhatIf = { overtimeChangeRatio: -0.2, extraMenOnChildcareLeave: 2 };
    for (const params of [PARAMS[1][1], PARAMS[4][1], PARAMS[1][1]]) {
      const fast = evaluateIngested(ingest, { profile: 'all', params, whatIf }).report;
      expect(fast).toEqual(recompute(ingest, 'all', params, whatIf));
    }
  });

  test('an agreement changed in place between two runs is seen (the same object no longer holds the same)', () => {
    const agreement = { monthHours: 45, yearHours: 360, special: false };
    const params: Params = { ...base, agreements: [agreement] };
    evaluateIngested(ingest, { profile: 'all', params });
    agreement.monthHours = 30;
    const fast = evaluateIngested(ingest, { profile: 'all', params }).report;
    expect(fast).toEqual(recompute(ingest, 'all', params));
  });

  test('the scaled figures are the source rows times the factor, and the source is left as it was', () => {
    const before = structuredClone(ingest.dataset.monthlyHours);
    const { ingest: after } = evaluateIngested(ingest, {
      profile: 'all',
      params: base,
      whatIf: { overtimeChangeRatio: -0.25 },
    });
    expect(ingest.dataset.monthlyHours).toEqual(before);
    // S900's 2025-05 row: 40 + 9 × 1 = 49 h of OT, no HW; −25 % → 49 × 0.75 = 36.75 h.
    const row = after.dataset.monthlyHours.find((m) => m.employeeId === 'S900' && m.month === '2025-05');
    expect(row).toMatchObject({ overtime: 36.75, holidayWork: 0 });
  });
});
