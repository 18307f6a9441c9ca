/**
 * The criterion registry: adding a criterion the way docs/recipes/add-a-criterion.md says — one new module under
 * src/rules/criteria/ and one line in the registry (the `all` profile) — is enough for it to be evaluated and
 * labelled everywhere the checker derives from the registry, and a profile naming an id that is not registered does
 * not compile. The recipe is followed on a copy of src/rules, so the real sources stay as they are.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import ts from 'typescript';
import { CRITERIA, CRITERIA_REGISTRY, evaluate, FINDING_RULES, isLegalFinding, PROFILES } from '../../src/rules';
import { renderMessage, type MessageParam } from '../../src/rules/messages';
import { hours, makeDataset, params, shift, year } from './fixtures';

const RULES = path.join(__dirname, '..', '..', 'src', 'rules');

/** The new module, as the recipe shows it: the highest monthly overtime of anyone, at most the threshold. */
const DUMMY_MODULE = `/** \`hours.test-max-overtime\`: the highest monthly overtime of anyone; passes when it is at most the threshold. */
import { getThreshold } from '../../context';
import { CATEGORIES, defineCriterion } from '../../criterion';
import { buildResult, toNumberThreshold } from '../../result';

export const testMaxOvertime = defineCriterion({
  id: 'hours.test-max-overtime',
  title: '月の時間外労働の最大値',
  titleEn: 'Highest monthly overtime',
  ...CATEGORIES.hours,
  source: 'テスト用の基準',
  sourceEn: 'A criterion for the test',
  unit: 'hours',
  legal: false,
  findingRules: [{ id: 'hours.test-max-overtime', legal: 'always' }],
  messages: [],
  evaluate: (ctx, self) => {
    const threshold = getThreshold(ctx, self.id, 60);
    const value = Math.max(...ctx.dataset.monthlyHours.map((row) => row.overtime));
    const status = value <= toNumberThreshold(threshold, 60) ? 'pass' : 'fail';
    return buildResult(self, { status, value, threshold });
  },
  findings: (ctx) =>
    ctx.dataset.monthlyHours
      .filter((row) => row.overtime > 60)
      .map((row) => ({
        rule: 'hours.test-max-overtime',
        employeeId: row.employeeId,
        period: row.month,
        value: row.overtime,
        severity: 'warning' as const,
      })),
});
`;

/** Copies src/rules to a temporary folder and follows the recipe there: one file, one import and one line. */
function copyWithDummy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-registry-'));
  fs.cpSync(RULES, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'criteria', 'hours', 'test-max-overtime.ts'), DUMMY_MODULE);
  const registry = path.join(dir, 'registry.ts');
  const text = fs.readFileSync(registry, 'utf8');
  const added = text
    .replace(
      /^(import \{ hireShare \} .*)$/m,
      `$1\nimport { testMaxOvertime } from './criteria/hours/test-max-overtime';`,
    )
    .replace(/^( {2}line\(hireShare, .*\),)$/m, '$1\n  line(testMaxOvertime, 60),');
  expect(added.split('\n').length - text.split('\n').length).toBe(2);
  fs.writeFileSync(registry, added);
  return dir;
}

/** TypeScript's errors for the copied rule module, as `file: message` lines (empty when it compiles). */
function typeErrors(dir: string): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2020,
    skipLibCheck: true,
  };
  const program = ts.createProgram([path.join(dir, 'index.ts')], { ...options, types: [] });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${path.basename(d.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('adding a criterion the documented way', () => {
  const dir = copyWithDummy();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const copy = require(path.join(dir, 'index.ts')) as typeof import('../../src/rules');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('it is evaluated in the all profile, with its own threshold and findings', () => {
    // E1 worked 50 h of overtime in 2025-04 and 70 h in 2025-05: the highest is 70 > 60 → fail, one finding (70 > 60).
    const dataset = makeDataset({ monthlyHours: [hours('E1', '2025-04', 50), hours('E1', '2025-05', 70)] });
    const report = copy.evaluate(dataset, 'all', params());
    const result = report.criteria.find((c) => c.id === 'hours.test-max-overtime');
    expect(result).toMatchObject({ status: 'fail', value: 70, threshold: 60, title: '月の時間外労働の最大値' });
    expect(report.findings.filter((f) => f.rule === 'hours.test-max-overtime')).toEqual([
      { rule: 'hours.test-max-overtime', employeeId: 'E1', period: '2025-05', value: 70, severity: 'warning' },
    ]);
  });

  test('it is labelled everywhere the labels are derived: metadata, profile, English report, finding rules', () => {
    expect(copy.CRITERIA['hours.test-max-overtime']).toMatchObject({
      category: '労働時間',
      categoryEn: 'Working hours',
      titleEn: 'Highest monthly overtime',
      unit: 'hours',
    });
    // The copy's ids include the new one; this file is compiled against the real registry, which does not.
    const all = copy.getProfile('all')!.criteria.find((x) => (x.id as string) === 'hours.test-max-overtime');
    expect(all).toEqual({ id: 'hours.test-max-overtime', threshold: 60 });
    const report = copy.evaluate(makeDataset({ monthlyHours: [hours('E1', '2025-04', 50)] }), 'all', params());
    const english = copy.localizeReport(report, 'en').criteria.find((c) => c.id === 'hours.test-max-overtime');
    expect(english).toMatchObject({ title: 'Highest monthly overtime', source: 'A criterion for the test' });
    expect(copy.FINDING_RULES['hours.test-max-overtime' as never]).toEqual({
      id: 'hours.test-max-overtime',
      legal: 'always',
      criterion: 'hours.test-max-overtime',
    });
    expect(copy.isLegalFinding({ rule: 'hours.test-max-overtime', severity: 'warning' })).toBe(true);
  });

  test('the copy compiles, and a profile naming an unregistered id does not', () => {
    expect(typeErrors(dir)).toEqual([]);
    const profiles = path.join(dir, 'profiles.ts');
    const text = fs.readFileSync(profiles, 'utf8');
    fs.writeFileSync(
      profiles,
      text.replace("c('leave.takeup-rate', TARGETS.leaveTakeup)]", "c('leave.take-up', 0.7)]"),
    );
    expect(typeErrors(dir).join('\n')).toMatch(/profiles\.ts: Argument of type '"leave\.take-up"'/);
  });
});

describe('the registry as it is', () => {
  test('each criterion once, in the all profile in registry order', () => {
    const ids = CRITERIA_REGISTRY.map((x) => x.criterion.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(PROFILES.find((p) => p.id === 'all')!.criteria.map((x) => x.id)).toEqual(ids);
    for (const id of ids) expect(CRITERIA[id].id).toBe(id);
  });

  test('every criterion of every profile is registered', () => {
    const registered = new Set<string>(CRITERIA_REGISTRY.map((x) => x.criterion.id));
    for (const profile of PROFILES) for (const x of profile.criteria) expect(registered.has(x.id)).toBe(true);
  });

  // 労働基準法36条6項 (100 h, 80 h average) and 5項 (720 h, 6 months), 39条7項 (5 days, once the year has closed),
  // 労働安全衛生法66条の8の3 (tell the employee of every month over 80 h): legal; the rest are targets or warnings.
  test.each([
    ['law36.month-100-or-more', 'violation', true],
    ['law36.avg-over-80', 'violation', true],
    ['law36.year-over-720', 'violation', true],
    ['law36.months-over-45-more-than-6', 'violation', true],
    ['law36.month-over-45', 'warning', false],
    ['law36.year-over-360', 'warning', false],
    ['law36.approaching', 'at-risk', false],
    ['law36.approaching', 'violation', false],
    ['leave.five-day-obligation', 'violation', true],
    ['leave.five-day-obligation', 'at-risk', false],
    ['health.over-80-notify', 'warning', true],
    ['health.over-80-notify', 'violation', true],
    ['interval.rest-under-11h', 'warning', false],
    ['latenight.monthly-count', 'warning', false],
    ['no.such-rule', 'violation', false],
  ] as const)('a %s finding of severity %s is legal: %s', (rule, severity, legal) => {
    expect(isLegalFinding({ rule, severity })).toBe(legal);
  });

  test('every finding a run raises carries a rule some criterion declares', () => {
    // E1: 50 h of OT a month, 110 h in 2025-12 → over 45 h (warning) each month, more than 6 such months (violation),
    // 11 × 50 + 110 = 660 h > 360 h in the agreement year (warning), 110 ≥ 100 h in one month (violation), 50 h in the
    // last month ≥ 80 % of 45 h (at-risk), and 110 h > 80 h beyond 40 a week (the notice). E2: 10 days granted on
    // 2024-10-01, none taken by 2025-09-30 (5 days short). A: 23:00 then 08:00 → 9 h of rest; 5 late-night days in July.
    // No company agreement was given: the one note that only the statutory limits were applied.
    const nights = [1, 3, 5, 7, 9].map((d) => shift('A', `2025-07-0${d}`, '18:00', '23:30', 1.5));
    const dataset = makeDataset({
      monthlyHours: year('E1', 50, { '2025-12': [110] }),
      leaveGrants: [{ employeeId: 'E2', date: '2024-10-01', days: 10 }],
      leaveTakings: [{ employeeId: 'E9', date: '2025-05-01', days: 1 }],
      shifts: [shift('A', '2025-06-02', '09:00', '23:00'), shift('A', '2025-06-03', '08:00', '17:00'), ...nights],
    });
    const rules = new Set(evaluate(dataset, 'all', params()).findings.map((f) => f.rule));
    expect([...rules].sort()).toEqual(
      [
        'agreement.unset',
        'law36.month-over-45',
        'law36.months-over-45-more-than-6',
        'law36.year-over-360',
        'law36.month-100-or-more',
        'law36.approaching',
        'health.over-80-notify',
        'leave.five-day-obligation',
        'interval.rest-under-11h',
        'latenight.monthly-count',
      ].sort(),
    );
    for (const rule of rules) expect(FINDING_RULES).toHaveProperty([rule]);
  });

  test('finding rules name the criterion that raises them', () => {
    expect(FINDING_RULES['health.over-80-notify']).toEqual({
      id: 'health.over-80-notify',
      legal: 'always',
      criterion: 'health.over-80-notify',
    });
    // The company's own 36協定 (agreement.*) is raised by law36.compliance: every finding a breach, the note not.
    expect(FINDING_RULES['agreement.month-over']).toEqual({
      id: 'agreement.month-over',
      legal: 'always',
      criterion: 'law36.compliance',
    });
    expect(FINDING_RULES['agreement.unset'].legal).toBe('never');
    expect(Object.keys(FINDING_RULES).sort()).toEqual(
      [
        'agreement.day-over',
        'agreement.holiday-days-over',
        'agreement.month-over',
        'agreement.special-month-over',
        'agreement.special-times-over',
        'agreement.unset',
        'agreement.year-over',
        'health.over-80-notify',
        'interval.rest-under-11h',
        'latenight.monthly-count',
        'law36.approaching',
        'law36.avg-over-80',
        'law36.month-100-or-more',
        'law36.month-over-45',
        'law36.months-over-45-more-than-6',
        'law36.year-over-360',
        'law36.year-over-720',
        'leave.five-day-obligation',
      ].sort(),
    );
  });
});

/** Hiragana, Katakana, CJK ideographs, CJK punctuation and full-width forms. */
const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

/** A value for every parameter the criteria's own sentences read, in the shape their modules pass. */
const SAMPLE: Record<string, MessageParam> = {
  id: 'E017',
  month: '2025-12',
  date: '2025-12-03',
  start: '2025-04',
  end: '2026-03',
  hours: '9.5',
  mean: '61.2',
  limit: 11,
  n: 3,
  count: 5,
  people: 'E1, E2',
  duty: { ja: '本人に通知', en: 'tell the employee' },
  level: { ja: '係長', en: 'section chief' },
  total: 10,
  women: 2,
  target: '30.0%',
  a: { ja: 'A', en: 'A' },
  b: { ja: 'B', en: 'B' },
  aGap: '—',
  bGap: '—',
  title: { ja: 'T', en: 'T' },
  gap: '—',
  needed: 12.5,
  granted: 200,
  taken: 127.5,
  columns: [{ ja: '退職日', en: 'leave date' }],
};

describe("the criteria's own sentences", () => {
  const texts = CRITERIA_REGISTRY.flatMap(({ criterion }) =>
    Object.keys(criterion.texts ?? {}).map((code) => [criterion.id, code] as const),
  );

  test('the 80-hour notice writes its own', () => {
    expect(texts.filter(([id]) => id === 'health.over-80-notify').map(([, code]) => code)).toContain(
      'gap.health.notify',
    );
  });

  test.each(texts)('%s: %s renders in both languages, the English without Japanese', (_id, code) => {
    const ja = renderMessage({ code, params: SAMPLE }, 'ja');
    const en = renderMessage({ code, params: SAMPLE }, 'en');
    expect(ja).not.toBe(code);
    expect(en).not.toMatch(JAPANESE);
    expect(`${ja} ${en}`).not.toContain('undefined');
  });
});
