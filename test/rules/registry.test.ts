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
import { CRITERIA, CRITERIA_REGISTRY, FINDING_RULES, isLegalFinding, PROFILES } from '../../src/rules';
import { hours, makeDataset, params } from './fixtures';

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

  test('finding rules name the criterion that raises them', () => {
    expect(FINDING_RULES['health.over-80-notify']).toEqual({
      id: 'health.over-80-notify',
      legal: 'always',
      criterion: 'health.over-80-notify',
    });
    expect(Object.keys(FINDING_RULES).sort()).toEqual(
      [
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
