/**
 * Trust: the `wlb-check --out` workbook, written by our own zip-level copy (src/host/xlsx/copy/copy-port.ts), opened by
 * a real spreadsheet program that is not exceljs — LibreOffice Calc, headless — and read back as it shows each sheet
 * (CSV of every sheet, cell contents as shown, formulas evaluated by LibreOffice).
 *
 * - every user sheet shows exactly what the same sheet of the input shows;
 * - the checker's sheets are there, and the summary shows each criterion of the JSON report with its verdict word;
 * - text from the user's data that looks like a formula (`=HYPERLINK(…)`, `=cmd|…`, `+1+1`, `-2`, `@SUM(A1)`) is
 *   shown as that text: LibreOffice did not run it;
 * - the outputs on inputs written by exceljs, openpyxl, LibreOffice, Excel and the Open XML SDK (`x:`) open, with
 *   every sheet (./output-writers-support.ts);
 * - printed (converted to PDF), the summary is A4 landscape and one page wide — every summary page carries the
 *   whole header row 区分 … 詳細, so 判定 and 不足分 are on the first page — and its chart is drawn; the first
 *   page and the chart's page are kept as pictures under test-output/ (pdftoppm) to look at.
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
import { WRITERS, runWriter } from './output-writers-support';

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p));
const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => fs.existsSync(p));
const PDFTOPPM = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((p) => fs.existsSync(p));
/** Where the pictures of the printed summary are kept (gitignored; CI can publish the folder). */
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-output');

/** The verdict words of the summary sheet (issue: 達成 / 未達 / データ不足 / 対象外). */
const VERDICT: Record<string, string> = {
  pass: '達成',
  fail: '未達',
  'insufficient-data': 'データ不足',
  'not-applicable': '対象外',
};

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
  execFileSync(
    SOFFICE!,
    [
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const prefix = `${path.basename(file, '.xlsx')}-`;
  const sheets = new Map<string, string>();
  for (const name of fs.readdirSync(outDir)) {
    if (name.startsWith(prefix) && name.endsWith('.csv'))
      sheets.set(name.slice(prefix.length, -4), fs.readFileSync(path.join(outDir, name), 'utf8'));
  }
  return sheets;
}

/** A loud skip: the suite passes without the tool unless REQUIRE_LIBREOFFICE=1 (CI), when it fails. */
function skipLoudly(message: string): void {
  it('needs its tools', () => {
    if (process.env.REQUIRE_LIBREOFFICE === '1') throw new Error(`REQUIRE_LIBREOFFICE=1 but ${message}`);
    console.warn(`\n${'!'.repeat(78)}\n!!! ${message}\n${'!'.repeat(78)}\n`);
    expect(process.env.REQUIRE_LIBREOFFICE).not.toBe('1');
  });
}

const NO_SOFFICE =
  'SKIPPED: LibreOffice not installed (soffice); install with: apt-get install -y --no-install-recommends libreoffice-calc-nogui';

describe('the --out workbook opened in LibreOffice Calc', () => {
  if (!SOFFICE) {
    skipLoudly(NO_SOFFICE);
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

  afterAll(() => {
    if (!process.env.KEEP_LO) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('LibreOffice opens both files and finds every sheet', () => {
    expect([...before.keys()].sort()).toEqual([...USER_SHEETS].sort());
    expect([...after.keys()].sort()).toEqual([...USER_SHEETS, ...CHECKER_SHEETS].sort());
  });

  test('every user sheet shows exactly what it showed before', () => {
    for (const name of USER_SHEETS) expect({ name, shown: after.get(name) }).toEqual({ name, shown: before.get(name) });
    // Not vacuous: the roster shows its hostile names as text.
    expect(parseCsv(before.get('社員名簿')!).flat()).toContain(HOSTILE[0]);
  });

  test('the summary shows every criterion of the JSON report with its verdict word (違反 / 警告 / 注意 for a failing legal one)', () => {
    const rows = parseCsv(after.get(CHECKER_SHEETS[0])!);
    expect(report.criteria.length).toBeGreaterThan(20);
    for (const c of report.criteria) {
      // The criteria table's row (the legal section's rows have a law-first source; take the last row of the title).
      const row = rows.filter((r) => r.includes(c.title)).pop();
      const words = c.status === 'fail' ? [VERDICT.fail, '違反', '警告', '注意'] : [VERDICT[c.status]];
      expect({ id: c.id, found: row !== undefined, verdict: words.some((w) => row?.includes(w)) }).toEqual({
        id: c.id,
        found: true,
        verdict: true,
      });
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
      expect({ name, errors: cells.filter((c) => /^(Err:\d+|#NAME\?|#VALUE!|#REF!)$/.test(c)) }).toEqual({
        name,
        errors: [],
      });
    }
  });
});

describe('--out outputs of every writer opened in LibreOffice Calc', () => {
  if (!SOFFICE) {
    skipLoudly(NO_SOFFICE);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-lo-writers-'));
  afterAll(() => {
    if (!process.env.KEEP_LO) fs.rmSync(dir, { recursive: true, force: true });
  });

  test.each(WRITERS)(
    '%s: LibreOffice opens the output and shows the user sheets and every checker sheet',
    async (writer) => {
      const run = await runWriter(writer, dir);
      expect(run.status).toBe(0);
      const shown = sheetsAsShown(
        path.join(dir, `${writer}-report.xlsx`),
        path.join(dir, `${writer}-csv`),
        path.join(dir, 'profile'),
      );
      expect([...shown.keys()].sort()).toEqual(['社員名簿', '月次集計', ...CHECKER_SHEETS].sort());
      // The user's roster reads as it was written; the summary has its verdict words.
      expect(parseCsv(shown.get('社員名簿')!)[1].slice(0, 2)).toEqual(['E001', '山田 太郎']);
      expect(parseCsv(shown.get(CHECKER_SHEETS[0])!).flat()).toContain('未達');
    },
    180_000,
  );
});

/** The text of each page of a PDF (pdftotext, layout kept), and each page's size in points. */
function pdfPages(pdf: string): { text: string; width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  return sizes.map((size, i) => ({
    ...size,
    text: execFileSync(PDFTOTEXT!, ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], {
      encoding: 'utf8',
    }),
  }));
}

describe('the summary printed by LibreOffice (PDF)', () => {
  if (!SOFFICE || !PDFTOTEXT || !PDFTOPPM) {
    skipLoudly(
      SOFFICE
        ? 'SKIPPED: poppler-utils not installed (pdftotext, pdftoppm); install with: apt-get install -y poppler-utils'
        : NO_SOFFICE,
    );
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-lo-pdf-'));
  let summary: { text: string; width: number; height: number; page: number }[];

  beforeAll(async () => {
    const input = path.join(dir, 'input.xlsx');
    const output = path.join(dir, 'report.xlsx');
    await saveWorkbook(hostileWorkbook(), input);
    expect((await runCli([input, '--out', output, '--as-of', AS_OF])).status).toBe(0);
    execFileSync(
      SOFFICE!,
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        output,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    // Each page's header names its sheet (&A, centre): the summary's pages are those whose first line says so.
    summary = pdfPages(path.join(dir, 'report.pdf'))
      .map((p, i) => ({ ...p, page: i + 1 }))
      .filter((p) => p.text.split('\n').some((l) => l.includes('WLB基準サマリー') && l.includes('2026年3月31日現在')));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const chartPage = summary.find((p) => p.text.includes('月別平均残業時間（時間外労働＋休日労働）')) ?? summary[0];
    for (const [name, page] of [
      ['summary-page1', summary[0].page],
      ['summary-chart', chartPage.page],
    ] as const) {
      execFileSync(PDFTOPPM!, [
        '-png',
        '-r',
        '60',
        '-f',
        String(page),
        '-l',
        String(page),
        '-singlefile',
        path.join(dir, 'report.pdf'),
        path.join(ARTIFACTS, name),
      ]);
    }
  }, 300_000);

  afterAll(() => {
    if (!process.env.KEEP_LO) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('prints on A4 landscape (841.89 × 595.28 pt = 297 × 210 mm)', () => {
    expect(summary.length).toBeGreaterThan(0);
    for (const p of summary) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
  });

  test('one page wide: from the criteria table on, every summary page carries its whole header row, 判定 and 不足分 included', () => {
    const headers = ['区分', '項目', '根拠', '基準', '実績', '判定', '不足分', '詳細'];
    const first = summary.findIndex((p) => p.text.includes('基準ごとの判定'));
    expect(first).toBeGreaterThanOrEqual(0);
    for (const p of summary.slice(first)) {
      const row =
        p.text.split('\n').find((line) => line.includes('区分') && line.includes('詳細') && line.includes('実績')) ??
        '';
      expect({ page: p.page, headers: headers.filter((h) => row.includes(h)) }).toEqual({ page: p.page, headers });
    }
    // The first page has the verdict and the legal violations, in their words, before any criterion.
    expect(summary[0].text).toMatch(/判定/);
    expect(summary[0].text).toMatch(/法令違反/);
  });

  test('the page header and footer carry the as-of date and page numbers counted over the checker’s sheets', () => {
    expect(summary[0].text.split('\n').find((l) => l.includes('WLB基準サマリー'))).toContain('2026年3月31日現在');
    // Footer: "1 / N" — the summary is the checker's first page, whatever the user's sheets print before it.
    expect(summary[0].text).toMatch(/\n\s*WLB基準チェッカー\s+1 \/ \d+\s*\n/);
  });

  test('the chart is drawn: its category axis labels the months of the data block', () => {
    const text = summary.map((p) => p.text).join('\n');
    // The data block says 2025年4月 (its 月 column); the chart's axis labels the same month.
    expect(text).toContain('2025年4月');
    expect(text).toMatch(/2025\/0?4|2025年4月[\s\S]*2025年4月/);
    expect(fs.existsSync(path.join(ARTIFACTS, 'summary-page1.png'))).toBe(true);
    expect(fs.existsSync(path.join(ARTIFACTS, 'summary-chart.png'))).toBe(true);
  });
});
