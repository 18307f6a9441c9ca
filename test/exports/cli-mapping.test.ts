/**
 * The same mapping v2 JSON as the task pane stores, given to the real `wlb-check --mapping`: a KOT 月別データ in
 * 60進数 (asked, not guessed, without it) is read with `durationStyle` set for every column of sheets matching
 * `custom_csv_*`. Figures as in ./king-of-time.test.ts: 1001 OT 8.30 = 8.5 h, 1002 HW 7 h, 1003 OT 0.30 = 0.5 h.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { kotMonthly } from './fixtures/king-of-time';
import { tmpDir, writeExport } from './support';
import { buildNodeCli } from '../support/node-build';

const root = path.join(__dirname, '..', '..');

beforeAll(() => {
  buildNodeCli();
}, 180_000);

test('wlb-check --mapping with a v2 entry (sheet pattern, duration style) reads the 60進数 export', async () => {
  const file = await writeExport('kot_monthly_cli.xlsx', [kotMonthly('sexagesimal')]);
  const mapping = path.join(tmpDir, 'mapping.json');
  fs.writeFileSync(mapping, JSON.stringify({ 'custom_csv_*': { durationStyle: { '*': 'sexagesimal' } } }));
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'bin', 'wlb-check.js'), file, '--json', '-', '--as-of', '2026-03-31', '--mapping', mapping],
    { cwd: root, encoding: 'utf8' },
  );
  expect(r.status).toBe(0);
  const report = JSON.parse(r.stdout) as {
    monthlyHours: { employeeId: string; month: string; overtime: number; holidayWork: number; worked: number | null }[];
    sheets: { layout?: string }[];
  };
  expect(report.sheets[0].layout).toBe('king-of-time-monthly');
  expect(report.monthlyHours.map((m) => [m.employeeId, m.month, m.overtime, m.holidayWork, m.worked])).toEqual([
    ['1001', '2025-04', 8.5, 0, 56.5],
    ['1002', '2025-04', 0, 7, 19],
    ['1003', '2025-04', 0.5, 0, 15.5],
  ]);
}, 60_000);
