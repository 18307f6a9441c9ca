/**
 * Which files a batch run picks up and where their reports go: sorted recursive search, lock files and the
 * tool's own outputs skipped, report names that never collide.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OUTPUT_MARKER, collectInputs, isInputName, planReports } from '../../src/cli/batch-inputs';
import { defaultJobs } from '../../src/cli/jobs';
import { formatElapsed } from '../../src/cli/batch';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-inputs-'));
const touch = (rel: string) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), 'x');
};

beforeAll(() => {
  for (const rel of [
    'clients/B社/勤怠.xlsx',
    'clients/B社/勤怠.csv',
    'clients/A社/2025/kot.CSV',
    'clients/A社/a.xlsx',
    'clients/A社/~$a.xlsx',
    'clients/A社/._a.xlsx',
    'clients/A社/memo.txt',
    'clients/A社/a.wlb-report.xlsx',
    'clients/old-out/x.xlsx',
    'clients/out/y.xlsx',
  ])
    touch(rel);
  fs.writeFileSync(path.join(root, 'clients/old-out', OUTPUT_MARKER), '');
});

test('a folder: recursive, code-point order, lock / resource / report files and output folders skipped', () => {
  const inputs = collectInputs([path.join(root, 'clients')], path.join(root, 'clients', 'out'));
  // 'A社' < 'B社' (A < B); in A社, '2025' < 'a.xlsx' (digits before letters); in B社 '勤怠.csv' < '勤怠.xlsx'.
  expect(inputs.map((i) => i.name)).toEqual(['A社/2025/kot.CSV', 'A社/a.xlsx', 'B社/勤怠.csv', 'B社/勤怠.xlsx']);
  // 勤怠.csv and 勤怠.xlsx would share 勤怠.wlb-report: both keep their extension in the name.
  expect(inputs.map((i) => i.report)).toEqual([
    'A社/2025/kot.wlb-report',
    'A社/a.wlb-report',
    'B社/勤怠_csv.wlb-report',
    'B社/勤怠_xlsx.wlb-report',
  ]);
  expect(inputs[0].file).toBe(path.join(root, 'clients', 'A社', '2025', 'kot.CSV'));
});

test('several arguments: folders are prefixed with their name, files named on the command line are taken as they are', () => {
  const inputs = collectInputs(
    [path.join(root, 'clients', 'B社'), path.join(root, 'clients', 'A社', 'memo.txt'), path.join(root, 'missing.xlsx')],
    path.join(root, 'o'),
  );
  expect(inputs.map((i) => i.name)).toEqual(['B社/勤怠.csv', 'B社/勤怠.xlsx', 'memo.txt', 'missing.xlsx']);
});

test('report names: the same name under two arguments (letter case ignored) gets (2)', () => {
  const plan = planReports([
    { file: 'x/A.xlsx', name: 'A.xlsx' },
    { file: 'y/a.xlsx', name: 'a.xlsx' },
    { file: 'z/b.csv', name: 'b.csv' },
  ]);
  // A.xlsx and a.xlsx collide as stems and as A_xlsx / a_xlsx: the second gets (2).
  expect(plan.map((p) => p.report)).toEqual(['A_xlsx.wlb-report', 'a_xlsx (2).wlb-report', 'b.wlb-report']);
});

test.each([
  ['勤怠.xlsx', true],
  ['KOT.CSV', true],
  ['~$勤怠.xlsx', false],
  ['._勤怠.xlsx', false],
  ['勤怠.xls', false],
  ['勤怠.xlsm', false],
  ['勤怠.wlb-report.xlsx', false],
])('isInputName(%j) = %j', (name, expected) => {
  expect(isInputName(name)).toBe(expected);
});

test('default --jobs: min(cores, free memory / 500 MiB, files), at least 1', () => {
  const GiB = 1024 ** 3;
  expect(defaultJobs({ cores: 8, freeBytes: 2 * GiB, files: 50 })).toBe(4); // 2048 / 500 = 4.1 → 4
  expect(defaultJobs({ cores: 2, freeBytes: 16 * GiB, files: 50 })).toBe(2); // cores
  expect(defaultJobs({ cores: 8, freeBytes: 16 * GiB, files: 3 })).toBe(3); // files
  expect(defaultJobs({ cores: 8, freeBytes: 300 * 1024 ** 2, files: 50 })).toBe(1); // 300 MiB < 500 MiB: still one
});

test('elapsed time on the progress line', () => {
  expect(formatElapsed(75_000)).toBe('1:15');
  expect(formatElapsed(3_725_000)).toBe('1:02:05');
});
