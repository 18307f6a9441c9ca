/**
 * Trust: the `wlb-check --out` workbook, written by our own zip-level copy (src/host/xlsx-copy.ts), opened by a real
 * spreadsheet program that is not exceljs — LibreOffice Calc, headless — and read back as it shows each sheet
 * (CSV of every sheet, cell contents as shown, formulas evaluated by LibreOffice).
 *
 * - every user sheet shows exactly what the same sheet of the input shows;
 * - the checker's sheets are there, and the summary shows each criterion of the JSON report with its verdict word;
 * - text from the user's data that looks like a formula (`=HYPERLINK(…)`, `=cmd|…`, `+1+1`, `-2`, `@SUM(A1)`) is
 *   shown as that text: LibreOffice did not run it.
 *
 * Needs `soffice` (Debian: `apt-get install -y --no-install-recommends libreoffice-calc-nogui`). Without it the
 * suite passes with a loud SKIPPED line, unless REQUIRE_LIBREOFFICE=1 (CI, `.ci/run`), when it fails.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Report } from '../../src/rules';
import { AS_OF, CHECKER_SHEETS, HOSTILE, hostileWorkbook, runCli, saveWorkbook, USER_SHEETS } from './output-support';

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p));

/** The verdict words of the summary sheet (issue: 達成 / 未達 / データ不足 / 対象外). */
const VERDICT: Record<string, string> = { pass: '達成', fail: '未達', 'insufficient-data': 'データ不足', 'not-applicable': '対象外' };

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * Every sheet of `file` as LibreOffice shows it: sheet name → CSV text (UTF-8, cells as shown, all sheets).
 * LibreOffice names each file `<base>-<sheet>.csv`.
 */
function sheetsAsShown(file: string, outDir: string, profileDir: string): Map<string, string> {
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync(SOFFICE!, [
    `-env:UserInstallation=${pathToFileURL(profileDir).href}`, '--headless', '--norestore',
    '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
    '--outdir', outDir, file,
  ], { stdio: 'pipe', timeout: 120_000 });
  const prefix = `${path.basename(file, '.xlsx')}-`;
  const sheets = new Map<string, string>();
  for (const name of fs.readdirSync(outDir)) {
    if (name.startsWith(prefix) && name.endsWith('.csv')) sheets.set(name.slice(prefix.length, -4), fs.readFileSync(path.join(outDir, name), 'utf8'));
  }
  return sheets;
}

describe('the --out workbook opened in LibreOffice Calc', () => {
  if (!SOFFICE) {
    it('needs soffice', () => {
      const message = 'SKIPPED: LibreOffice not installed (soffice); install with: apt-get install -y --no-install-recommends libreoffice-calc-nogui';
      if (process.env.REQUIRE_LIBREOFFICE === '1') throw new Error(`REQUIRE_LIBREOFFICE=1 but ${message}`);
      // eslint-disable-next-line no-console
      console.warn(`\n${'!'.repeat(78)}\n!!! ${message}\n${'!'.repeat(78)}\n`);
      expect(process.env.REQUIRE_LIBREOFFICE).not.toBe('1');
    });
    return;
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-lo-'));
  const input = path.join(dir, 'input.xlsx');
  const output = path.join(dir, 'report.xlsx');
  const json = path.join(dir, 'report.json');
  let before: Map<string, string>;
  let after: Map<string, string>;
  let report: Report;

  beforeAll(async () => {
    await saveWorkbook(hostileWorkbook(), input);
    const r = await runCli([input, '--out', output, '--json', json, '--as-of', AS_OF]);
    expect(r.status).toBe(0);
    report = JSON.parse(fs.readFileSync(json, 'utf8')) as Report;
    const profile = path.join(dir, 'profile');
    before = sheetsAsShown(input, path.join(dir, 'before'), profile);
    after = sheetsAsShown(output, path.join(dir, 'after'), profile);
  }, 240_000);

  afterAll(() => { if (!process.env.KEEP_LO) fs.rmSync(dir, { recursive: true, force: true }); });

  test('LibreOffice opens both files and finds every sheet', () => {
    expect([...before.keys()].sort()).toEqual([...USER_SHEETS].sort());
    expect([...after.keys()].sort()).toEqual([...USER_SHEETS, ...CHECKER_SHEETS].sort());
  });

  test('every user sheet shows exactly what it showed before', () => {
    for (const name of USER_SHEETS) expect({ name, shown: after.get(name) }).toEqual({ name, shown: before.get(name) });
    // Not vacuous: the roster shows its hostile names as text.
    expect(parseCsv(before.get('社員名簿')!).flat()).toContain(HOSTILE[0]);
  });

  test('the summary shows every criterion of the JSON report with its verdict word', () => {
    const rows = parseCsv(after.get(CHECKER_SHEETS[0])!);
    expect(report.criteria.length).toBeGreaterThan(20);
    for (const c of report.criteria) {
      const row = rows.find((r) => r.includes(c.title));
      expect({ id: c.id, found: row !== undefined, verdict: row?.includes(VERDICT[c.status]) }).toEqual({ id: c.id, found: true, verdict: true });
    }
  });

  test('formula-like text from the user is shown as text: LibreOffice ran none of it', () => {
    // The hostile start times of the daily sheet (C2…C6) are listed on the input-issue sheet with their raw text.
    const issues = parseCsv(after.get('入力エラー')!);
    HOSTILE.slice(0, 5).forEach((text, i) => {
      const row = issues.find((r) => r[0] === '出勤簿' && r[1] === `C${i + 2}`);
      expect({ cell: `C${i + 2}`, shown: row?.[2] }).toEqual({ cell: `C${i + 2}`, shown: text });
    });
    // The hostile names reach the detail sheets (36協定, 年休5日, 育休) as whole cells of text.
    for (const name of ['36協定チェック', '年休5日チェック', '育休取得率']) {
      const cells = parseCsv(after.get(name)!).flat();
      expect({ name, shown: cells.includes(HOSTILE[0]) }).toEqual({ name, shown: true });
      // Run as formulas they would show an error value instead (LibreOffice: Err:5xx, #NAME?).
      expect({ name, errors: cells.filter((c) => /^(Err:\d+|#NAME\?|#VALUE!|#REF!)$/.test(c)) }).toEqual({ name, errors: [] });
    }
  });
});
