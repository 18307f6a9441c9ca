/**
 * End to end: workbooks of several layouts with hand-planned data → the real `wlb-check` command (compiled,
 * spawned as `node bin/wlb-check.js`) → JSON values a person computed from the planted data.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import type { CellSpec } from '../../scripts/workbook-builders';
import { dateCell, timeCell, writeWorkbook } from '../../scripts/workbook-builders';
import { FY2025 } from '../rules/fixtures';
import { buildNodeCli } from '../support/node-build';

const root = path.join(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-e2e-'));

interface JsonReport {
  asOf: string;
  criteria: { id: string; status: string; value: unknown; series?: Record<string, number> }[];
  findings: { rule: string; employeeId: string; period: string; value: number; severity: string }[];
  inputIssues: { sheet: string; cell: string; value: string }[];
}

beforeAll(() => {
  buildNodeCli();
}, 180_000);

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'wlb-check.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function check(file: string, ...extra: string[]): JsonReport {
  const r = runCli([file, '--json', '-', '--as-of', '2026-03-31', ...extra]);
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as JsonReport;
}

const criterion = (report: JsonReport, id: string) => report.criteria.find((c) => c.id === id);
const findingsOf = (report: JsonReport, rule: string) => report.findings.filter((f) => f.rule === rule);

/** ISO dates of the weekdays (Mon–Fri) from `from` to `to`. */
function weekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from + 'T00:00:00Z'); t <= Date.parse(to + 'T00:00:00Z'); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

describe('Japanese headers, daily punches under title rows, grants and takings on separate sheets', () => {
  const file = path.join(dir, 'daily-ja.xlsx');
  let report: JsonReport;

  beforeAll(async () => {
    const rows: CellSpec[][] = [
      ['株式会社サンプル 出勤簿'],
      ['作成日', dateCell('2026-04-01')],
      ['社員番号', '日付', '勤務区分', '出勤時刻', '退勤時刻', '休憩時間（分）'],
    ];
    // E017: 20 weekdays of 2025-12 at 9:00–23:00 less 60 min = 13 h → 5 h over 8 each (100 h), and
    // 2025-12-29 at 9:00–22:00 less 60 min = 12 h → 4 h. No week passes 40 h of in-limit hours (5 × 8).
    // Statutory overtime in 2025-12 = 5 × 20 + 4 = 104 h; no holiday work.
    for (const d of weekdays('2025-12-01', '2025-12-26'))
      rows.push(['E017', dateCell(d), '出勤', timeCell('9:00'), timeCell('23:00'), 60]);
    rows.push(['E017', dateCell('2025-12-29'), '出勤', timeCell('9:00'), timeCell('22:00'), 60]);
    // E001: the same days at 9:00–18:00 less 60 min = 8 h → no overtime.
    for (const d of weekdays('2025-12-01', '2025-12-26'))
      rows.push(['E001', dateCell(d), '出勤', '9:00', '18時00分', 60]);
    rows.push(['合計', null, null, null, null, null]);
    await writeWorkbook(file, [
      {
        name: '社員名簿',
        rows: [
          ['株式会社サンプル'],
          ['社員番号', '氏名', '性別', '雇用形態', '入社日'],
          ['E001', '佐藤', '女', '正社員', dateCell('2015-04-01')],
          ['E017', '木村', '男', '正社員', dateCell('2006-04-01')],
        ],
      },
      { name: '出勤簿', rows, merges: ['A1:F1'] },
      // E001: 10 days granted on 2024-10-01; the year to take 5 of them ended 2025-09-30 with only 3 taken.
      {
        name: '年休付与',
        rows: [
          ['社員番号', '付与日', '付与日数'],
          ['E001', dateCell('2024-10-01'), 10],
        ],
      },
      {
        name: '年休取得',
        rows: [
          ['社員番号', '取得日', '取得日数'],
          ['E001', dateCell('2024-12-02'), 1],
          ['E001', dateCell('2025-03-03'), 1],
          ['E001', dateCell('2025-08-12'), 1],
        ],
      },
    ]);
    report = check(file);
  });

  test('104 h in one month → law36.month-100-or-more violation with value 104 for 2025-12', () => {
    expect(findingsOf(report, 'law36.month-100-or-more')).toEqual([
      expect.objectContaining({ employeeId: 'E017', period: '2025-12', value: 104, severity: 'violation' }),
    ]);
  });

  test('the same month is also over 45 h (warning), and nobody else has a finding', () => {
    expect(findingsOf(report, 'law36.month-over-45')).toEqual([
      expect.objectContaining({ employeeId: 'E017', period: '2025-12', value: 104, severity: 'warning' }),
    ]);
    expect(report.findings.filter((f) => f.rule.startsWith('law36.') && f.employeeId === 'E001')).toEqual([]);
    expect(criterion(report, 'law36.compliance')).toMatchObject({ status: 'fail', value: 1 });
  });

  test('3 of 5 days taken in the grant year, which is over → 年休5日 violation for E001', () => {
    expect(findingsOf(report, 'leave.five-day-obligation')).toEqual([
      expect.objectContaining({ employeeId: 'E001', severity: 'violation' }),
    ]);
    expect(criterion(report, 'leave.five-day-obligation')?.status).toBe('fail');
  });

  test('monthly means need every month of the window: only 2025-12 has data → insufficient-data, series shows (0 + 104) / 2 = 52', () => {
    const c = criterion(report, 'hours.avg-overtime-under-45');
    expect(c?.status).toBe('insufficient-data');
    expect(c?.series).toEqual({ '2025-12': 52 });
  });

  test('the totals row is not an input issue', () => {
    expect(report.inputIssues).toEqual([]);
  });
});

describe('English headers, monthly totals, family leave', () => {
  const file = path.join(dir, 'monthly-en.xlsx');
  let report: JsonReport;
  const months = FY2025;

  beforeAll(async () => {
    const roster: CellSpec[][] = [['Employee ID', 'Name', 'Gender', 'Employment type', 'Hire date']];
    for (let i = 1; i <= 12; i++) roster.push([`M${i}`, `Man ${i}`, 'Male', '正社員', dateCell('2018-04-01')]);
    const monthly: CellSpec[][] = [['Employee ID', 'Month', 'Overtime', 'Holiday work']];
    // M1: 46 h in the first 7 months of the agreement year (7 months over 45 > 6 allowed), 30 h in the other 5:
    // year = 7 × 46 + 5 × 30 = 472 h (> 360). Everybody else: 10 h a month.
    months.forEach((m, i) => monthly.push(['M1', m, i < 7 ? 46 : 30, 0]));
    for (let e = 2; e <= 12; e++) months.forEach((m) => monthly.push([`M${e}`, m, 10, 0]));
    // 10 men whose spouse gave birth in the plan period (2023-04 … 2026-03); M1–M3 took childcare leave.
    const family: CellSpec[][] = [['Employee ID', 'Kind', 'Start date', 'End date', 'Child birth date']];
    for (let e = 1; e <= 10; e++) family.push([`M${e}`, '出産', dateCell('2025-01-10'), null, dateCell('2025-01-10')]);
    for (let e = 1; e <= 3; e++)
      family.push([`M${e}`, '育児休業', dateCell('2025-02-01'), dateCell('2025-03-31'), dateCell('2025-01-10')]);
    await writeWorkbook(file, [
      { name: 'Employees', rows: roster },
      { name: 'Monthly', rows: monthly },
      { name: 'Family leave', rows: family },
    ]);
    report = check(file);
  });

  test('3 of 10 men taking childcare leave → childcare.male-rate 0.3, pass at the くるみん 30 % threshold', () => {
    expect(criterion(report, 'childcare.male-rate')).toMatchObject({ value: 0.3, status: 'pass' });
  });

  test('a what-if threshold of 50 % fails the same 0.3', () => {
    const strict = check(file, '--param', 'threshold.childcare.male-rate=0.5');
    expect(criterion(strict, 'childcare.male-rate')).toMatchObject({ value: 0.3, status: 'fail' });
  });

  test('7 months over 45 h in one agreement year → violation; 472 h in the year → over-360 warning', () => {
    expect(findingsOf(report, 'law36.months-over-45-more-than-6')).toEqual([
      expect.objectContaining({ employeeId: 'M1', value: 7, severity: 'violation' }),
    ]);
    expect(findingsOf(report, 'law36.year-over-360')).toEqual([
      expect.objectContaining({ employeeId: 'M1', value: 472, severity: 'warning' }),
    ]);
    expect(findingsOf(report, 'law36.year-over-720')).toEqual([]);
    expect(findingsOf(report, 'law36.month-over-45').map((f) => f.period)).toEqual(months.slice(0, 7));
  });

  test('monthly mean over the 12 men: (46 + 11 × 10) / 12 = 13 h in April, (30 + 110) / 12 = 11.67 h in March', () => {
    const c = criterion(report, 'hours.avg-overtime-under-45');
    expect(c?.status).toBe('pass');
    expect(c?.series?.['2025-04']).toBeCloseTo(13, 2);
    expect(c?.series?.['2026-03']).toBeCloseTo(140 / 12, 2);
    expect(c?.value).toBeCloseTo(13, 2);
  });
});

describe('one kind split over sheets (one per month), times typed as text in one of them', () => {
  const file = path.join(dir, 'split.xlsx');
  let report: JsonReport;

  beforeAll(async () => {
    const header = ['社員番号', '日付', '出勤', '退勤', '休憩（分）'];
    await writeWorkbook(file, [
      // 9:00–19:30 less 60 min = 9.5 h → 1.5 h over 8.
      { name: '2025年4月', rows: [header, ['A1', dateCell('2025-04-01'), timeCell('9:00'), timeCell('19:30'), 60]] },
      // 9:00–21:00 less 60 min = 11 h → 3 h over 8; written as text.
      { name: '2025年5月', rows: [header, ['A1', '2025/5/1', '9:00', '21時00分', '60分']] },
    ]);
    report = check(file, '--profile', 'all');
  });

  test('both sheets feed the same employee: 1.5 h in April and 3 h in May', () => {
    expect(criterion(report, 'hours.avg-overtime-under-45')?.series).toEqual({ '2025-04': 1.5, '2025-05': 3 });
  });

  test('--out on a split workbook keeps the user sheets first and adds the summary', async () => {
    const out = path.join(dir, 'split-report.xlsx');
    const r = runCli([file, '--out', out, '--as-of', '2026-03-31']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2025年4月');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['2025年4月', '2025年5月']);
    expect(wb.getWorksheet('WLB基準サマリー')).toBeDefined();
  });
});

test('the command itself: exit 2 with usage when called without arguments, 1 for a text file', () => {
  const none = runCli([]);
  expect(none.status).toBe(2);
  expect(none.stderr).toContain('使い方');
  const txt = path.join(dir, 'not.xlsx');
  fs.writeFileSync(txt, 'hello');
  const bad = runCli([txt]);
  expect(bad.status).toBe(1);
  expect(bad.stderr.trim().split('\n')).toHaveLength(1);
});

test('the committed sample runs: the demo command exits 0 and reports 36協定 findings and planted input issues', () => {
  const report = check(path.join(root, 'assets', 'sample-company.xlsx'));
  expect(findingsOf(report, 'law36.month-100-or-more').map((f) => f.employeeId)).toEqual(['E017']);
  expect(report.inputIssues.map((i) => i.value)).toEqual(
    expect.arrayContaining(['9;00', '２０２５/13/01', '#N/A', 'E099']),
  );
});
