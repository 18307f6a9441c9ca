/**
 * End to end, on real .xlsx files through the real `wlb-check` command: the company's own 36協定 — from a `36協定`
 * sheet the user keeps, or `--agreement file.json` — turns work beyond it into violations in the JSON, the summary
 * and the 36協定 sheet (労基法32条: work the agreement does not cover is not lawful, even under the statutory caps).
 *
 * The month: June 2025; E1 worked 50 h of statutory overtime, E2 75 h (monthly sheet, no holiday work).
 * - Agreement 45 h / 360 h, no 特別条項: 50 > 45 and 75 > 45 → `agreement.month-over` for both; without a special
 *   clause the statute's 45 h is a hard limit too → `law36.month-over-45` is a violation.
 * - Agreement 45 h / 360 h with 特別条項 70 h / 540 h / 6 回: E1 50 ≤ 70 (the first special month of 6) → nothing
 *   against the agreement; E2 75 > 70 → `agreement.special-month-over`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { writeWorkbook, type SheetSpec } from '../../scripts/workbook-builders';
import { buildNodeCli } from '../support/node-build';

const root = path.join(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-agreement-'));
const withSheet = path.join(dir, 'with-sheet.xlsx');
const bare = path.join(dir, 'bare.xlsx');
const special = path.join(dir, 'special.json');

interface JsonReport {
  headroom?: { employeeId: string; month: string; overtime: number; binding: string }[];
  findings: { rule: string; employeeId: string; period: string; value: number; severity: string; message?: string }[];
  criteria: { id: string; status: string; value: unknown }[];
  inputIssues: { sheet: string; cell: string; message: string }[];
  agreements?: { name: string; origin: string; employees: string[] }[];
}

const roster: SheetSpec = {
  name: '社員名簿',
  rows: [
    ['社員番号', '氏名', '雇用形態'],
    ['E1', '佐藤', '正社員'],
    ['E2', '鈴木', '正社員'],
  ],
};
const monthly: SheetSpec = {
  name: '月次集計',
  rows: [
    ['社員番号', '年月', '時間外労働', '休日労働'],
    ['E1', '2025-05', 20, 0],
    ['E2', '2025-05', 20, 0],
    ['E1', '2025-06', 50, 0],
    ['E2', '2025-06', 75, 0],
  ],
};
const agreementSheet: SheetSpec = {
  name: '36協定',
  rows: [
    ['時間外労働・休日労働に関する協定（様式第9号の2）'],
    ['起算日', '2025/4/1'],
    ['延長することができる時間数 1か月', 45],
    ['延長することができる時間数 1年', 360],
    ['特別条項', 'なし'],
  ],
};

beforeAll(async () => {
  buildNodeCli();
  await writeWorkbook(withSheet, [roster, monthly, agreementSheet]);
  await writeWorkbook(bare, [roster, monthly]);
  fs.writeFileSync(
    special,
    JSON.stringify({
      start: '2025-04-01',
      monthHours: 45,
      yearHours: 360,
      special: true,
      specialMonthHours: 70,
      specialYearHours: 540,
      specialTimes: 6,
    }),
  );
}, 180_000);

function run(file: string, ...extra: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'bin', 'wlb-check.js'), file, '--as-of', '2025-06-30', '--profile', 'law36', ...extra],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function check(file: string, ...extra: string[]): JsonReport {
  const r = run(file, '--json', '-', ...extra);
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as JsonReport;
}

/** The agreement's findings of employees (the company note that none is set is checked on its own). */
const agreementFindings = (report: JsonReport) =>
  report.findings
    .filter((f) => f.rule.startsWith('agreement.') && f.employeeId !== '')
    .map((f) => [f.rule, f.employeeId, f.period, f.value, f.severity]);

/** Every row of a sheet of a workbook written by `--out`, as its cells' texts joined by ` | `. */
async function sheetTexts(file: string, sheet: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  const out: string[] = [];
  ws?.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((cell) => cells.push(String(cell.text ?? '')));
    out.push(cells.join(' | '));
  });
  return out;
}

/** The 指摘 (findings) cell of an employee's overtime row on the 36協定 sheet. */
const findingsOf = (rows: string[], id: string) =>
  rows
    .find((r) => r.startsWith(`${id} | `) && r.includes('| 時間外 |'))
    ?.split(' | ')
    .pop();

describe('the company’s 36協定 from a sheet: 45 h / 360 h, no 特別条項', () => {
  test('a 50-hour month is a violation in the JSON (agreement.month-over, law36.month-over-45, compliance)', () => {
    const report = check(withSheet);
    expect(agreementFindings(report)).toEqual([
      ['agreement.month-over', 'E1', '2025-06', 50, 'violation'],
      ['agreement.month-over', 'E2', '2025-06', 75, 'violation'],
    ]);
    // Without a special clause the statute's 45 h is the limit too.
    expect(report.findings.filter((f) => f.rule === 'law36.month-over-45').map((f) => f.severity)).toEqual([
      'violation',
      'violation',
    ]);
    expect(report.criteria.find((c) => c.id === 'law36.compliance')).toMatchObject({ status: 'fail', value: 2 });
    // The report says which agreement was used and where it came from.
    expect(report.agreements).toEqual([expect.objectContaining({ origin: 'sheet', employees: ['E1', 'E2'] })]);
  });

  test('the summary and the 36協定 sheet of --out show it', async () => {
    const out = path.join(dir, 'with-sheet-report.xlsx');
    expect(run(withSheet, '--out', out).status).toBe(0);
    // Summary: law36.compliance 未達 with both employees (2 findings each: the statute's 45 h, the agreement's 45 h).
    const summary = await sheetTexts(out, 'WLB基準サマリー');
    // A failing legal criterion is worded by its most serious finding (違反 / 警告), never 未達 (a missed target).
    expect(summary.find((r) => r.includes('36協定の上限規制の違反がない'))).toContain(
      '違反 | 上限規制の違反があります: E1、E2（4件）',
    );
    const law36 = await sheetTexts(out, '36協定チェック');
    expect(law36).toContain(
      '36協定: 36協定（シート「36協定」） — 起算日 2025-04-01・延長時間 1か月 45時間・延長時間 1年 360時間・特別条項 なし（対象 2人）',
    );
    // E1: law36.month-over-45 (a violation without 特別条項) + agreement.month-over = 2 violations; 50 ≥ 36 → 注意.
    expect(findingsOf(law36, 'E1')).toBe('違反 2 / 注意 1');
  });
});

describe('the company’s 36協定 from --agreement: 特別条項 70 h / 6 回', () => {
  test('a 75-hour month is a violation; a 50-hour month is the first of 6 special months', () => {
    const report = check(withSheet, '--agreement', special);
    expect(agreementFindings(report)).toEqual([['agreement.special-month-over', 'E2', '2025-06', 75, 'violation']]);
    expect(report.findings.filter((f) => f.rule === 'law36.month-over-45').map((f) => f.severity)).toEqual([
      'warning',
      'warning',
    ]);
    expect(report.criteria.find((c) => c.id === 'law36.compliance')).toMatchObject({ status: 'fail', value: 1 });
    expect(report.agreements).toEqual([expect.objectContaining({ origin: 'file' })]);
  });

  test('the summary and the 36協定 sheet of --out show it', async () => {
    const out = path.join(dir, 'special-report.xlsx');
    expect(run(withSheet, '--agreement', special, '--out', out).status).toBe(0);
    const summary = await sheetTexts(out, 'WLB基準サマリー');
    expect(summary.find((r) => r.includes('36協定の上限規制の違反がない'))).toContain(
      '警告 | 上限規制の違反があります: E2（1件）',
    );
    const law36 = await sheetTexts(out, '36協定チェック');
    expect(law36.some((r) => r.startsWith('36協定: 36協定（ファイル special.json）'))).toBe(true);
    // E2: agreement.special-month-over (violation), law36.month-over-45 (a warning with 特別条項), approaching.
    expect(findingsOf(law36, 'E2')).toBe('違反 1 / 警告 1 / 注意 1');
    expect(findingsOf(law36, 'E1')).toBe('警告 1 / 注意 1');
  });
});

describe('without an agreement, and with one above the statute', () => {
  test('no agreement anywhere: one company note, the statute only', () => {
    const report = check(bare);
    expect(agreementFindings(report)).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'agreement.unset').map((f) => f.message)).toEqual([
      '36協定の内容が未設定: 法定上限のみで判定',
    ]);
  });

  test('an agreement of 50 h a month without 特別条項 is refused with the bound it breaks (exit 2)', () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ monthHours: 50, special: false }));
    const r = run(bare, '--agreement', bad, '--json', '-');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('45');
  });

  test('--param agreement.<field>=… gives the agreement without a file; headroom for July in the JSON', () => {
    const report = check(bare, '--param', 'agreement.monthHours=45', '--param', 'agreement.special=false');
    expect(agreementFindings(report).map((f) => [f[0], f[1]])).toEqual([
      ['agreement.month-over', 'E1'],
      ['agreement.month-over', 'E2'],
    ]);
    expect(report.agreements).toEqual([expect.objectContaining({ origin: 'param' })]);
    // July: no 特別条項 → each may work up to the month's 45 h (the year: 360 − 70 / 360 − 95, looser).
    expect(report.headroom?.map((h) => [h.employeeId, h.month, h.overtime, h.binding])).toEqual([
      ['E1', '2025-07', 45, 'agreement.month-over'],
      ['E2', '2025-07', 45, 'agreement.month-over'],
    ]);
  });
});
