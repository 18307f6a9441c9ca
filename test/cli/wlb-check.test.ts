import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { main, type CliIO } from '../../src/cli/wlb-check';
import { dateCell, timeCell, writeWorkbook } from '../../scripts/workbook-builders';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-cli-'));
const input = path.join(dir, 'in.xlsx');

/** Captures what the command prints; the clock is fixed so the default as-of date is known. */
function capture(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    now: () => new Date(2026, 3, 15, 10, 0),
  };
  return io;
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

beforeAll(async () => {
  // One employee, two days: 9:00–20:00 with 60 min break = 10 h → 2 h statutory overtime each day.
  await writeWorkbook(input, [
    {
      name: '社員名簿',
      rows: [
        ['社員番号', '氏名', '性別', '雇用形態', '入社日'],
        ['E001', '=HYPERLINK("http://x","y")', '女', '正社員', dateCell('2020-04-01')],
      ],
    },
    {
      name: '勤怠',
      rows: [
        ['社員番号', '日付', '出勤', '退勤', '休憩（分）'],
        ['E001', dateCell('2026-03-02'), timeCell('9:00'), timeCell('20:00'), 60],
        ['E001', dateCell('2026-03-03'), timeCell('9:00'), timeCell('20:00'), 60],
        ['E001', dateCell('2026-03-04'), '9;00', timeCell('18:00'), 60],
      ],
    },
  ]);
});

test('--json - prints the report on stdout (and no table there), exit 0', async () => {
  const io = capture();
  expect(await main([input, '--json', '-', '--as-of', '2026-03-31', '--profile', 'law36'], io)).toBe(0);
  const report = JSON.parse(io.out);
  expect(report.asOf).toBe('2026-03-31');
  expect(report.profile).toBe('law36');
  expect(report.windows.months12).toEqual(['2025-04', '2026-03']);
  // The mistyped start time is reported with its cell: row 4 of 勤怠, column C.
  expect(report.inputIssues).toEqual(
    expect.arrayContaining([expect.objectContaining({ sheet: '勤怠', cell: 'C4', value: '9;00' })]),
  );
});

test('default as-of is today (local date) and the table goes to stdout', async () => {
  const io = capture();
  const json = path.join(dir, 'r.json');
  expect(await main([input, '--json', json], io)).toBe(0);
  expect(JSON.parse(fs.readFileSync(json, 'utf8')).asOf).toBe('2026-04-15');
  expect(io.out).toContain('入力エラー 1件');
});

test('--out writes a copy with the checker sheets; the input file is byte-for-byte unchanged', async () => {
  const before = sha256(input);
  const out = path.join(dir, 'out', 'report.xlsx');
  const io = capture();
  expect(await main([input, '--out', out, '--as-of', '2026-03-31'], io)).toBe(0);
  expect(sha256(input)).toBe(before);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const names = wb.worksheets.map((w) => w.name);
  expect(names.slice(0, 2)).toEqual(['社員名簿', '勤怠']);
  expect(names).toContain('WLB基準サマリー');
  expect(wb.getWorksheet('社員名簿')!.getCell('B2').value).toBe('=HYPERLINK("http://x","y")');
  expect(wb.definedNames.model.some((d) => d.name.startsWith('WLBChecker_'))).toBe(true);
});

test('--out onto the input itself is refused (exit 2) and the input is untouched', async () => {
  const before = sha256(input);
  const io = capture();
  expect(await main([input, '--out', input], io)).toBe(2);
  expect(io.err).toMatch(/--out/);
  expect(sha256(input)).toBe(before);
});

test.each([
  [
    'not an .xlsx',
    () => {
      const f = path.join(dir, 'x.xlsx');
      fs.writeFileSync(f, 'a,b\n1,2\n');
      return f;
    },
    /\.xlsx ファイルではありません/,
  ],
  [
    'encrypted (OLE container)',
    () => {
      const f = path.join(dir, 'enc.xlsx');
      fs.writeFileSync(f, Buffer.from('d0cf11e0a1b11ae1000000000000', 'hex'));
      return f;
    },
    /暗号化/,
  ],
  ['missing', () => path.join(dir, 'none.xlsx'), /開けません/],
])('input %s → exit 1 with a one-line message', async (_label, make, message) => {
  const io = capture();
  expect(await main([make(), '--json', '-'], io)).toBe(1);
  expect(io.err).toMatch(message);
  expect(io.err.trim().split('\n')).toHaveLength(1);
  expect(io.out).toBe('');
});

test('no recognisable sheet → exit 1', async () => {
  const f = path.join(dir, 'memo.xlsx');
  await writeWorkbook(f, [{ name: 'メモ', rows: [['買い物'], ['牛乳']] }]);
  const io = capture();
  expect(await main([f], io)).toBe(1);
  expect(io.err).toMatch(/認識できるシートがありません/);
});

test('bad arguments → exit 2; no arguments → usage', async () => {
  let io = capture();
  expect(await main([input, '--profile', 'nope'], io)).toBe(2);
  expect(io.err).toMatch(/不明なプロファイル/);
  io = capture();
  const badMapping = path.join(dir, 'm.json');
  fs.writeFileSync(badMapping, '{ not json');
  expect(await main([input, '--mapping', badMapping], io)).toBe(2);
  expect(io.err).toMatch(/--mapping/);
  io = capture();
  expect(await main([], io)).toBe(2);
  expect(io.err).toContain('使い方');
  io = capture();
  expect(await main(['--help'], io)).toBe(0);
  expect(io.out).toContain('--param');
});

describe('read, but nothing usable (exit 3) and folders', () => {
  const rosterOnly = path.join(dir, 'roster-only.xlsx');

  beforeAll(async () => {
    // A roster is recognised (so the file is read), but there is no attendance or leave row at all.
    await writeWorkbook(rosterOnly, [
      {
        name: '社員名簿',
        rows: [
          ['社員番号', '氏名', '性別', '雇用形態', '入社日'],
          ['E001', '佐藤', '女', '正社員', dateCell('2020-04-01')],
        ],
      },
    ]);
  });

  test('a roster alone → exit 3, the report still written, a one-line reason naming the sheet read', async () => {
    const io = capture();
    const json = path.join(dir, 'roster-only.json');
    expect(await main([rosterOnly, '--json', json, '--as-of', '2026-03-31'], io)).toBe(3);
    expect(
      JSON.parse(fs.readFileSync(json, 'utf8')).criteria.find((c: { id: string }) => c.id === 'law36.compliance')
        .status,
    ).toBe('insufficient-data');
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toMatch(/勤怠・休暇の行が1行も使えませんでした。読めたのは 社員名簿（社員名簿） だけ/);
  });

  test('a folder without --out-dir → exit 2', async () => {
    const io = capture();
    expect(await main([dir], io)).toBe(2);
    expect(io.err).toMatch(/--out-dir/);
  });

  test('--out-dir that is the input folder itself → exit 2 (a folder inside it is fine)', async () => {
    const io = capture();
    expect(await main([dir, '--out-dir', dir + path.sep], io)).toBe(2);
    expect(io.err).toMatch(/入力フォルダーと別/);
  });

  test('a folder with no .xlsx or .csv → exit 2', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-empty-'));
    const io = capture();
    expect(await main([empty, '--out-dir', path.join(empty, 'out')], io)).toBe(2);
    expect(io.err).toMatch(/見つかりません/);
  });

  test('a batch in this process: the progress line only when standard error is a terminal; exit 3 for the roster', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-batch-unit-'));
    fs.copyFileSync(input, path.join(folder, 'a.xlsx'));
    fs.copyFileSync(rosterOnly, path.join(folder, 'b.xlsx'));
    const quiet = capture();
    expect(await main([folder, '--out-dir', path.join(folder, 'out'), '--as-of', '2026-03-31'], quiet)).toBe(3);
    expect(quiet.err).not.toContain('\r');
    expect(quiet.err).toMatch(/^wlb-check: b\.xlsx: 勤怠・休暇の行が1行も使えませんでした/);
    expect(quiet.out).toMatch(/2 件を確認.*読み込み済み 1・使えるデータなし 1・読めません 0/);
    const tty = Object.assign(capture(), { isTTY: true });
    expect(
      await main([folder, '--out-dir', path.join(folder, 'out'), '--as-of', '2026-03-31', '--jobs', '1'], tty),
    ).toBe(3);
    // The clock is fixed in capture(), so the elapsed time is 0:00; the last line drawn names the last file.
    expect(tty.err).toContain('\r\x1b[K確認中 2/2 ・ 0:00 ・ b.xlsx');
    expect(fs.readdirSync(path.join(folder, 'out')).sort()).toEqual([
      '.wlb-check-output',
      'a.wlb-report.json',
      'a.wlb-report.xlsx',
      'b.wlb-report.json',
      'b.wlb-report.xlsx',
      'overview.csv',
      'overview.xlsx',
    ]);
  });
});
