/**
 * End to end, one workbook per working-time system: an exceljs workbook → the real `wlb-check` command with
 * `--param workingTimeSystem=…` → the JSON report, against figures worked out by hand from 労基法32条〜32条の4・41条.
 *
 * The attendance: employee E1 works Monday–Thursday of February 2026 (16 days; 1 Feb 2026 is a Sunday, so four whole
 * weeks), 9:00–22:30 less a 60-minute break = 12.5 h a day, 200 h in the month; February has 28 days, so the
 * flextime / variable frame is 40 × 28 ÷ 7 = 160 h.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CellSpec } from '../../scripts/workbook-builders';
import { dateCell, timeCell, writeWorkbook } from '../../scripts/workbook-builders';
import { buildNodeCli } from '../support/node-build';

const root = path.join(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-systems-'));
const file = path.join(dir, 'february.xlsx');

interface JsonReport {
  findings: { rule: string; employeeId: string; period: string; value: number; severity: string }[];
  inputIssues: { sheet: string; cell: string; value: string; message: string }[];
}

beforeAll(async () => {
  buildNodeCli();
  const rows: CellSpec[][] = [['社員番号', '日付', '出勤時刻', '退勤時刻', '休憩時間（分）']];
  for (let day = 1; day <= 28; day++) {
    const date = `2026-02-${String(day).padStart(2, '0')}`;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 4) rows.push(['E1', dateCell(date), timeCell('9:00'), timeCell('22:30'), 60]);
  }
  expect(rows.length - 1).toBe(16);
  await writeWorkbook(file, [
    {
      name: '社員名簿',
      rows: [
        ['社員番号', '氏名', '雇用形態'],
        ['E1', '佐藤', '正社員'],
      ],
    },
    { name: '出勤簿', rows },
  ]);
}, 180_000);

function check(...extra: string[]): JsonReport {
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'bin', 'wlb-check.js'),
      file,
      '--json',
      '-',
      '--as-of',
      '2026-03-31',
      '--profile',
      'law36',
      ...extra,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as JsonReport;
}

const law36 = (report: JsonReport) =>
  report.findings.filter((f) => f.rule.startsWith('law36.')).map((f) => [f.rule, f.period, f.value]);
const scheduleIssues = (report: JsonReport) => report.inputIssues.filter((i) => i.message.includes('所定労働時間'));

describe('wlb-check under each working-time system', () => {
  test('general (32条): 12.5 − 8 = 4.5 h a day × 16 = 72 h of overtime', () => {
    const report = check('--param', 'workingTimeSystem=general');
    // 72 > 45 → month-over-45; 72 ≥ 0.8 × 45 = 36 → approaching. Each week's in-limit hours are 4 × 8 = 32 ≤ 40.
    expect(law36(report)).toEqual([
      ['law36.month-over-45', '2026-02', 72],
      ['law36.approaching', '2026-02', 72],
    ]);
    expect(scheduleIssues(report)).toEqual([]);
  });

  test('みなし: computed as the general system, and the 36協定 limits apply', () => {
    expect(law36(check('--param', 'workingTimeSystem=deemed'))).toEqual([
      ['law36.month-over-45', '2026-02', 72],
      ['law36.approaching', '2026-02', 72],
    ]);
  });

  test('管理監督者 (41条2号): the same hours, no 36協定 finding', () => {
    expect(law36(check('--param', 'workingTimeSystem=manager'))).toEqual([]);
  });

  test('flextime (32条の3): 200 − 160 = 40 h — under 45, but ≥ 36 h (80 % of 45) → approaching only', () => {
    const report = check('--param', 'workingTimeSystem=flextime');
    expect(law36(report)).toEqual([['law36.approaching', '2026-02', 40]]);
    expect(scheduleIssues(report)).toEqual([]);
  });

  test('1-month variable (32条の2) without scheduled hours: the period rule alone (40 h) and one input issue', () => {
    const report = check('--param', 'workingTimeSystem=variable-1month');
    expect(law36(report)).toEqual([['law36.approaching', '2026-02', 40]]);
    expect(scheduleIssues(report)).toHaveLength(1);
    expect(scheduleIssues(report)[0].value).toBe('E1');
  });

  test('1-year variable (32条の4): the April–March period has not ended in the data → nothing settled yet, one input issue', () => {
    const report = check('--param', 'workingTimeSystem=variable-1year');
    expect(law36(report)).toEqual([]);
    expect(scheduleIssues(report)).toHaveLength(1);
  });

  test('an unknown system is a bad argument (exit 2) with the allowed values', () => {
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'bin', 'wlb-check.js'), file, '--param', 'workingTimeSystem=shift'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('flextime');
  });
});
