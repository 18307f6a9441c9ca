/**
 * The 20-employee sample docs/agreement.md walks through (上限までの残り): a real .xlsx with a roster, a monthly sheet of April
 * to September 2025 and the company's 36協定 on a `36協定` sheet (1か月 45 h, 1年 360 h, 特別条項 あり: 1か月 80 h of
 * OT + HW, 1年 600 h, 6 回), checked with `wlb-check --as-of 2025-09-30`: each employee's headroom for October 2025,
 * worked out by hand (in the comments), against the JSON's `headroom`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeWorkbook, type CellSpec } from '../../scripts/workbook-builders';
import { buildNodeCli } from '../support/node-build';

const root = path.join(__dirname, '..', '..');
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-headroom-')), 'headroom-sample.xlsx');
const MONTHS = ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09'];

/** OT of April … September per employee (HW 0). E08–E20: 30 h every month. */
const OVERTIME: Record<string, number[]> = {
  E01: [0, 0, 0, 0, 0, 0],
  E02: [20, 20, 20, 20, 20, 20],
  E03: [0, 0, 0, 0, 0, 95],
  E04: [0, 0, 0, 0, 75, 75],
  E05: [0, 0, 0, 0, 85, 85],
  E06: [50, 50, 50, 50, 50, 50],
  E07: [95, 95, 95, 95, 95, 90],
};
const IDS = Array.from({ length: 20 }, (_, i) => `E${String(i + 1).padStart(2, '0')}`);

beforeAll(async () => {
  buildNodeCli();
  const monthly: CellSpec[][] = [['社員番号', '年月', '時間外労働', '休日労働']];
  for (const id of IDS) MONTHS.forEach((m, i) => monthly.push([id, m, (OVERTIME[id] ?? Array(6).fill(30))[i], 0]));
  await writeWorkbook(file, [
    { name: '社員名簿', rows: [['社員番号', '氏名', '雇用形態'], ...IDS.map((id) => [id, `社員${id}`, '正社員'])] },
    { name: '月次集計', rows: monthly },
    {
      name: '36協定',
      rows: [
        ['起算日', '2025/4/1'],
        ['1か月', 45],
        ['1年', 360],
        ['特別条項', 'あり'],
        ['特別条項 1か月', 80],
        ['特別条項 1年', 600],
        ['特別条項の回数', 6],
      ],
    },
  ]);
}, 180_000);

interface Headroom {
  employeeId: string;
  month: string;
  overtime: number;
  binding: string;
  yearSoFar: number;
  yearLimitReachedIn: string | null;
  bindingText: { ja: string } | string;
}

test('October 2025: the headroom of each of the 20, the least room first', () => {
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'bin', 'wlb-check.js'), file, '--as-of', '2025-09-30', '--profile', 'law36', '--json', '-'],
    { cwd: root, encoding: 'utf8' },
  );
  expect(r.status).toBe(0);
  const headroom = (JSON.parse(r.stdout) as { headroom: Headroom[] }).headroom;
  const row = (id: string) => headroom.find((h) => h.employeeId === id)!;
  const steady = { overtime: 80, binding: 'agreement.special-month-over' };
  // E07: 95 × 5 + 90 = 565 h so far. The year's 600 h leave 35 and the 6 special months are used (45), but the means
  // bind harder: 2-month 160 − 90 = 70; 3-month 240 − 185 = 55; 4-month 320 − 280 = 40; 5-month 400 − 375 = 25;
  // 6-month 480 − (90 + 95 × 4) = 480 − 470 = 10. Pace (95 + 95 + 90) ÷ 3 = 93.3 h: 35 h are reached in October.
  expect(row('E07')).toMatchObject({
    overtime: 10,
    binding: 'law36.avg-over-80:6',
    yearSoFar: 565,
    yearLimitReachedIn: '2025-10',
  });
  // E06: 50 h × 6: every month over 45, the 6 special times used → 45 h a month (year: 600 − 300 = 300).
  // Pace 50 h: 300 h left → 6 months → October … March: reached in March 2026.
  expect(row('E06')).toMatchObject({
    overtime: 45,
    binding: 'agreement.special-times-over',
    yearSoFar: 300,
    yearLimitReachedIn: '2026-03',
  });
  // E03: September 95 h → 2-month mean: 160 − 95 = 65 (special month 80, 3-month 240 − 95 = 145).
  expect(row('E03')).toMatchObject({ overtime: 65, binding: 'law36.avg-over-80:2' });
  // E05: August and September 85 h → 2-month 160 − 85 = 75; 3-month 240 − 170 = 70; 4-month 320 − 170 = 150 → 70.
  expect(row('E05')).toMatchObject({ overtime: 70, binding: 'law36.avg-over-80:3' });
  // E04: 75 h twice → 2-month 85, 3-month 90; the special clause's 80 h binds (2 of 6 times used).
  expect(row('E04')).toMatchObject(steady);
  // E01 (nothing yet), E02 (20 h a month: 120 h so far, pace 20 → 480 h left is beyond March: null), E08–E20
  // (30 h a month: 180 h so far): the special clause's 80 h a month.
  expect(row('E01')).toMatchObject({ ...steady, yearSoFar: 0, yearLimitReachedIn: null });
  expect(row('E02')).toMatchObject({ ...steady, yearSoFar: 120, yearLimitReachedIn: null });
  for (const id of IDS.slice(7)) expect(row(id)).toMatchObject({ ...steady, yearSoFar: 180 });
  // Least room first: E07 10, E06 45, E03 65, E05 70, then the 80s by id.
  expect(headroom.map((h) => h.employeeId).slice(0, 5)).toEqual(['E07', 'E06', 'E03', 'E05', 'E01']);
  expect(headroom.every((h) => h.month === '2025-10')).toBe(true);
});
