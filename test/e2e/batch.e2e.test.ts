/**
 * End to end, batch runs: a folder of clients' files (a good workbook, a file that is not a zip, an
 * encrypted-looking one, a UTF-8 CSV, a Shift_JIS CSV from hand-written bytes, a workbook with only a roster,
 * an Excel lock file) → the real `wlb-check … --out-dir` (compiled, spawned, worker processes forked) → the
 * overview's rows and statuses, the exit codes, and `--jobs 1` against `--jobs 4`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import type { CellSpec } from '../../scripts/workbook-builders';
import { dateCell, timeCell, writeWorkbook } from '../../scripts/workbook-builders';
import { sjis } from '../host/sjis-table';
import { buildNodeCli } from '../support/node-build';

const root = path.join(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-batch-e2e-'));
const clients = path.join(dir, 'clients');
const AS_OF = ['--as-of', '2026-03-31'];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Run {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'wlb-check.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** ISO dates of the weekdays (Mon–Fri) from `from` to `to`. */
function weekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from + 'T00:00:00Z'); t <= Date.parse(to + 'T00:00:00Z'); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

const put = (rel: string, bytes: Buffer | string) => {
  const file = path.join(clients, ...rel.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
};

const roster = (id: string): CellSpec[][] => [
  ['社員番号', '氏名', '性別', '雇用形態', '入社日'],
  [id, '佐藤', '女', '正社員', dateCell('2015-04-01')],
];

/** The overview CSV as rows of fields (its BOM checked; no field of these inputs holds a comma or quote). */
function overviewRows(outDir: string): string[][] {
  const text = fs.readFileSync(path.join(outDir, 'overview.csv'), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

/** Every sheet's cell values, with generation times (`2026年12月7日 12:46`, Japan time) blanked: they say when each run
 * started. */
async function sheetContents(file: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: unknown[] = [ws.name];
    ws.eachRow((row, r) =>
      rows.push([r, JSON.stringify(row.values).replace(/\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d\d/g, '<time>')]),
    );
    return rows;
  });
}

const out1 = path.join(dir, 'out-jobs1');
const out4 = path.join(dir, 'out-jobs4');
let run1: Run;
let run4: Run;

beforeAll(async () => {
  buildNodeCli('batch-child.js');

  // A社: E1 works the 20 weekdays of 2025-12-01 … 12-26 from 9:00 to 23:00 less 60 min = 13 h a day → 5 h over
  // the 8 h day each (weeks stay at 5 × 8 = 40 h in limit): 20 × 5 = 100 h of overtime in 2025-12, which is
  // 100 h or more → law36.month-100-or-more violation → law36.compliance 未達.
  const daily: CellSpec[][] = [['社員番号', '日付', '出勤', '退勤', '休憩（分）']];
  for (const d of weekdays('2025-12-01', '2025-12-26'))
    daily.push(['E1', dateCell(d), timeCell('9:00'), timeCell('23:00'), 60]);
  fs.mkdirSync(path.join(clients, 'A社'), { recursive: true });
  await writeWorkbook(path.join(clients, 'A社', '勤怠.xlsx'), [
    { name: '社員名簿', rows: roster('E1') },
    { name: '勤怠', rows: daily },
  ]);
  put('A社/~$勤怠.xlsx', Buffer.from([0x0b, 0x00, 0x00])); // Excel's lock file: never an input.

  put('B社/broken.xlsx', 'this is not a zip file\n');
  // An encrypted workbook is an OLE compound file: it starts with D0 CF 11 E0 A1 B1 1A E1 ([MS-CFB] 2.2).
  put('B社/locked.xlsx', Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'));

  // C社, UTF-8 with BOM: E2 on 2026-03-02 9:00–18:00 less 60 = 8 h (no overtime), 2026-03-03 9:00–22:00 less
  // 60 = 12 h → 4 h. No 36協定 limit is near: law36.compliance 達成; the month's mean overtime is 4 h.
  put(
    'C社/kot_utf8.csv',
    '\uFEFF社員番号,日付,出勤,退勤,休憩（分）\r\nE2,2026/03/02,9:00,18:00,60\r\nE2,2026/03/03,9:00,22:00,60\r\n',
  );

  // D社, Shift_JIS (bytes from the hand-written CP932 table): E3 on 2026-03-02 9:00–21:00 less 60 = 11 h → 3 h;
  // on 03-03 the start time is 朝 (an input issue at C3: row 2's quoted 備考 holds a comma and a line break).
  put(
    'D社/jobcan_sjis.csv',
    sjis(
      '社員番号,日付,出勤,退勤,休憩（分）,備考\r\nE3,2026/03/02,9:00,21:00,60,"遅刻,電車遅延\r\n証明書あり"\r\nE3,2026/03/03,朝,18:00,60,\r\n',
    ),
  );

  // E社: a roster and nothing else → read, but nothing usable.
  fs.mkdirSync(path.join(clients, 'E社'), { recursive: true });
  await writeWorkbook(path.join(clients, 'E社', '名簿のみ.xlsx'), [{ name: '社員名簿', rows: roster('E4') }]);

  run1 = runCli([clients, '--out-dir', out1, '--jobs', '1', ...AS_OF]);
  run4 = runCli([clients, '--out-dir', out4, '--jobs', '4', ...AS_OF]);
}, 300_000);

const NAMES = [
  'A社/勤怠.xlsx',
  'B社/broken.xlsx',
  'B社/locked.xlsx',
  'C社/kot_utf8.csv',
  'D社/jobcan_sjis.csv',
  'E社/名簿のみ.xlsx',
];

test('a folder with an unreadable file → exit 1; every other file still checked; no progress line off a terminal', () => {
  expect(run1.status).toBe(1);
  expect(run4.status).toBe(1);
  expect(run1.stdout).toMatch(/6 件を確認（同時 1・[\d:]+）: 読み込み済み 3・使えるデータなし 1・読めません 2/);
  expect(run1.stderr).not.toContain('\r');
  // One line per file not read as a result, in order.
  expect(
    run1.stderr
      .trim()
      .split('\n')
      .map((l) => l.split(': ')[1]),
  ).toEqual(['B社/broken.xlsx', 'B社/locked.xlsx', 'E社/名簿のみ.xlsx']);
});

test('overview.csv: one row per input in sorted order (lock file skipped), state and reason of each', () => {
  const rows = overviewRows(out1);
  expect(rows[0].slice(0, 7)).toEqual(['ファイル', '読み込み', '理由', '入力エラー', '判定', '法令違反', 'レポート']);
  expect(rows.slice(1).map((r) => r[0])).toEqual(NAMES);
  expect(rows.slice(1).map((r) => r[1])).toEqual([
    '読み込み済み',
    '読めません',
    '読めません',
    '読み込み済み',
    '読み込み済み',
    '使えるデータなし',
  ]);
  expect(rows[2][2]).toMatch(/\.xlsx ファイルではありません/);
  expect(rows[3][2]).toMatch(/暗号化（パスワード付き）/);
  expect(rows[6][2]).toMatch(/勤怠・休暇の行が1行も使えませんでした。読めたのは 社員名簿/);
  // A社's roster states 正社員 and every punch is a time: 0 input issues.
  expect(rows[1][3]).toBe('0');
  expect(rows.slice(1).map((r) => r[6])).toEqual([
    'A社/勤怠.wlb-report.xlsx',
    '',
    '',
    'C社/kot_utf8.wlb-report.xlsx',
    'D社/jobcan_sjis.wlb-report.xlsx',
    'E社/名簿のみ.wlb-report.xlsx',
  ]);
});

test('overview.csv statuses: law36.compliance 違反 for A社 (100 h, a legal violation, not a missed target), 達成 for both CSVs, データ不足 for the roster alone, blank when unread', () => {
  const rows = overviewRows(out1);
  const col = rows[0].findIndex((h) => h.endsWith('[law36.compliance]'));
  expect(col).toBeGreaterThan(6);
  expect(rows.slice(1).map((r) => r[col])).toEqual(['違反', '', '', '達成', '達成', 'データ不足']);
  const month100 = rows[0].findIndex((h) => h.endsWith('[law36.month-100-or-more]'));
  expect(rows[1][month100]).toBe('違反');
  // The verdict column says the same as A社's summary: not met, with its legal violations counted.
  expect(rows[1][4]).toBe('未達');
  expect(Number(rows[1][5])).toBeGreaterThan(0);
});

test('each report: JSON figures computed from the planted rows (the Shift_JIS one decoded, its quoted line break one record)', () => {
  const json = (rel: string) => JSON.parse(fs.readFileSync(path.join(out1, rel), 'utf8'));
  const series = (report: { criteria: { id: string; series?: unknown }[] }) =>
    report.criteria.find((c) => c.id === 'hours.avg-overtime-under-45')?.series;
  const a = json('A社/勤怠.wlb-report.json');
  expect(a.findings.filter((f: { rule: string }) => f.rule === 'law36.month-100-or-more')).toEqual([
    expect.objectContaining({ employeeId: 'E1', period: '2025-12', value: 100 }),
  ]);
  expect(series(json('C社/kot_utf8.wlb-report.json'))).toEqual({ '2026-03': 4 });
  const d = json('D社/jobcan_sjis.wlb-report.json');
  expect(series(d)).toEqual({ '2026-03': 3 });
  expect(d.inputIssues.filter((i: { cell: string }) => i.cell)).toEqual([
    expect.objectContaining({ sheet: 'jobcan_sjis', cell: 'C3', value: '朝' }),
  ]);
});

test('a batch report is the single-file report of the same input', () => {
  const single = runCli([path.join(clients, 'A社', '勤怠.xlsx'), '--json', '-', ...AS_OF]);
  expect(single.status).toBe(0);
  expect(single.stdout).toBe(fs.readFileSync(path.join(out1, 'A社', '勤怠.wlb-report.json'), 'utf8'));
});

test('overview.xlsx: the same rows, each name linking to a report that exists', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(out1, 'overview.xlsx'));
  const ws = wb.worksheets[0];
  const names = NAMES.map((_n, i) => ws.getCell(8 + i, 1).value);
  expect(names.map((v) => (typeof v === 'object' && v && 'text' in v ? v.text : v))).toEqual(NAMES);
  for (const v of names) {
    if (typeof v === 'object' && v && 'hyperlink' in v)
      expect(fs.existsSync(path.join(out1, decodeURIComponent(v.hyperlink)))).toBe(true);
  }
  expect(ws.getCell(8, 2).value).toBe('読み込み済み');
  expect(ws.getCell(9, 2).value).toBe('読めません');
});

test('--jobs 1 and --jobs 4 give identical reports: JSON byte for byte, overview.csv byte for byte, workbooks sheet by sheet', async () => {
  const files = (d: string): string[] =>
    fs
      .readdirSync(d, { recursive: true, encoding: 'utf8' })
      .filter((f) => fs.statSync(path.join(d, f)).isFile())
      .sort();
  expect(files(out4)).toEqual(files(out1));
  for (const f of files(out1)) {
    if (f.endsWith('.xlsx'))
      expect(await sheetContents(path.join(out4, f))).toEqual(await sheetContents(path.join(out1, f)));
    else expect(fs.readFileSync(path.join(out4, f)).equals(fs.readFileSync(path.join(out1, f)))).toBe(true);
  }
  expect(files(out1).filter((f) => f.endsWith('.json'))).toHaveLength(4);
});

test('exit 0 when every input was read, 3 when one held nothing usable (several files named on the command line)', () => {
  const good = runCli([
    path.join(clients, 'A社', '勤怠.xlsx'),
    path.join(clients, 'C社', 'kot_utf8.csv'),
    '--out-dir',
    path.join(dir, 'out-good'),
    ...AS_OF,
  ]);
  expect(good.status).toBe(0);
  expect(fs.existsSync(path.join(dir, 'out-good', '勤怠.wlb-report.xlsx'))).toBe(true);
  expect(fs.existsSync(path.join(dir, 'out-good', 'kot_utf8.wlb-report.json'))).toBe(true);
  const unusable = runCli([
    path.join(clients, 'A社', '勤怠.xlsx'),
    path.join(clients, 'E社', '名簿のみ.xlsx'),
    '--out-dir',
    path.join(dir, 'out-3'),
    ...AS_OF,
  ]);
  expect(unusable.status).toBe(3);
});

test('bad arguments → exit 2 and nothing written', () => {
  expect(runCli([clients, ...AS_OF]).status).toBe(2);
  expect(runCli([clients, '--out-dir', path.join(dir, 'out-bad'), '--jobs', '0']).status).toBe(2);
  expect(fs.existsSync(path.join(dir, 'out-bad'))).toBe(false);
});

test('a second run over a tree that holds its own output folder does not read its reports', () => {
  const inside = path.join(clients, 'C社', 'wlb-out');
  expect(runCli([path.join(clients, 'C社'), '--out-dir', inside, ...AS_OF]).status).toBe(0);
  const again = runCli([path.join(clients, 'C社'), '--out-dir', path.join(dir, 'out-again'), ...AS_OF]);
  expect(again.status).toBe(0);
  expect(
    overviewRows(path.join(dir, 'out-again'))
      .slice(1)
      .map((r) => r[0]),
  ).toEqual(['kot_utf8.csv']);
});

// util-linux `script` gives the command a terminal; without it this check is skipped (the non-terminal case is above).
const hasScript = fs.existsSync('/usr/bin/script');
(hasScript ? test : test.skip)(
  'on a terminal, standard error carries the progress line: done / total, elapsed, current file',
  () => {
    const command = [
      process.execPath,
      path.join(root, 'bin', 'wlb-check.js'),
      path.join(clients, 'C社', 'kot_utf8.csv'),
      '--out-dir',
      path.join(dir, 'out-tty'),
      ...AS_OF,
    ]
      .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    const r = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    // The terminal's erase-line escape (ESC [ K) is what is under test here.
    /* eslint-disable no-control-regex */
    expect(r.stdout).toMatch(/\r\x1b\[K確認中 0\/1 ・ \d+:\d\d ・ kot_utf8\.csv/);
    expect(r.stdout).toMatch(/\r\x1b\[K確認中 1\/1 ・ \d+:\d\d ・ kot_utf8\.csv/);
    /* eslint-enable no-control-regex */
  },
);
