/**
 * Legible print: the `wlb-check --out` workbook of the bundled sample, printed by LibreOffice to PDF in Japanese and
 * in English, read back with poppler.
 *
 * - every checker sheet prints with no text smaller than 8 pt (the smallest word box, after fit-to-page scaling),
 *   and with the page header (its name) on every one of its pages;
 * - the summary names the company given with --company, says its verdict, carries units on its figures, and the
 *   time it was made in Japan time (the run's clock is 2026-04-01T09:00:00Z = 18:00 in Tokyo, whatever the machine's
 *   time zone), with pages numbered within the checker's sheets (`1 / N`, N the checker's pages, not the workbook's);
 * - a picture of the first page of every checker sheet, in both languages, is kept under test-output/print/.
 *
 * Needs `soffice` and poppler-utils; without them a loud SKIPPED, unless REQUIRE_LIBREOFFICE=1 (CI), when it fails.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SHEET_NAMES } from '../../src/report';
import { AS_OF, runCli } from './output-support';
import { TOOLS, pagePicture, pagesOfSheet, printToPdf, readPdf, type PdfPage } from './support/pdf';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'sample-company.xlsx');
const PICTURES = path.join(__dirname, '..', '..', 'test-output', 'print');
const COMPANY = '株式会社テスト精機';
/** Below this, print is too small to read (report.md: no text below 8 pt once fitted to the page). */
const MIN_POINTS = 8;
const CHECKER_SHEETS = Object.values(SHEET_NAMES);

/** The page numbers of the checker's sheets as the footer prints them (`3 / 12`). */
function footerNumbers(page: PdfPage): [number, number] | null {
  const m = /(\d+) \/ (\d+)\s*$/.exec(page.text.trimEnd());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function skipLoudly(message: string): void {
  it('needs its tools', () => {
    if (process.env.REQUIRE_LIBREOFFICE === '1') throw new Error(`REQUIRE_LIBREOFFICE=1 but ${message}`);
    console.warn(`\n${'!'.repeat(78)}\n!!! ${message}\n${'!'.repeat(78)}\n`);
    expect(process.env.REQUIRE_LIBREOFFICE).not.toBe('1');
  });
}

describe.each([
  {
    lang: 'ja',
    time: '2026年4月1日 18:00',
    verdict: /基準を満たしていない項目があり、法令違反が\d+件あります/,
    units: [/\d+\.\d ?時間/, /\d+\.\d ?%/, /\d+ ?人/, /\d+ ?件/],
    asOf: '2026年3月31日現在',
    pageAsOf: '2026年3月31日現在',
  },
  {
    lang: 'en',
    time: '1 April 2026, 18:00 JST',
    verdict: /Some criteria are not met, and \d+ legal violations were found/,
    units: [/\d+\.\d h\b/, /\d+\.\d%/, /\d+ people\b|\d+ person\b/, /\d+ cases?\b/],
    asOf: 'as of 31 March 2026',
    pageAsOf: 'As of 31 March 2026',
  },
])('the sample printed by LibreOffice, --lang $lang', ({ lang, time, verdict, units, asOf, pageAsOf }) => {
  const missing = Object.entries(TOOLS).find(([, p]) => !p);
  if (missing) {
    skipLoudly(
      `SKIPPED: ${missing[0]} not installed; install with: apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils`,
    );
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `wlb-print-${lang}-`));
  let pages: PdfPage[];
  const bySheet = new Map<string, PdfPage[]>();

  beforeAll(async () => {
    const out = path.join(dir, 'report.xlsx');
    const args = [SAMPLE, '--out', out, '--as-of', AS_OF, '--profile', 'all', '--company', COMPANY, '--lang', lang];
    const run = await runCli(args);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const pdf = printToPdf(out, dir, path.join(dir, 'profile'));
    pages = readPdf(pdf);
    for (const sheet of CHECKER_SHEETS) {
      const own = pagesOfSheet(pages, sheet, pageAsOf);
      bySheet.set(sheet, own);
      if (own.length > 0) pagePicture(pdf, own[0].page, path.join(PICTURES, `${lang}-${sheet}`));
    }
    const summary = bySheet.get(SHEET_NAMES.summary) ?? [];
    if (summary[1]) pagePicture(pdf, summary[1].page, path.join(PICTURES, `${lang}-${SHEET_NAMES.summary}-2`));
  }, 300_000);

  afterAll(() => {
    if (!process.env.KEEP_LO) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('every checker sheet prints, with no text below 8 pt', () => {
    const smallest = CHECKER_SHEETS.map((sheet) => {
      const own = bySheet.get(sheet) ?? [];
      return { sheet, pages: own.length, smallest: Math.min(...own.map((p) => p.smallestText)) };
    });
    console.log(
      `smallest text (${lang}):\n` +
        smallest.map((s) => `  ${s.sheet}: ${s.smallest.toFixed(2)} pt over ${s.pages} page(s)`).join('\n'),
    );
    for (const s of smallest) {
      expect({ sheet: s.sheet, printed: s.pages > 0 }).toEqual({ sheet: s.sheet, printed: true });
      expect({ sheet: s.sheet, legible: s.smallest >= MIN_POINTS }).toEqual({ sheet: s.sheet, legible: true });
    }
  });

  test('the summary names the company, says its verdict with units, and when it was made in Japan time', () => {
    const text = (bySheet.get(SHEET_NAMES.summary) ?? []).map((p) => p.text).join('\n');
    expect(text).toContain(COMPANY);
    expect(text).toMatch(verdict);
    for (const unit of units)
      expect({ unit: String(unit), found: unit.test(text) }).toEqual({ unit: String(unit), found: true });
    expect(text).toContain(time);
    expect(text).toContain(asOf);
    // No internal identifier on the printed page.
    expect(text).not.toMatch(/\b(law36|hours|childcare|leave)\.[a-z0-9-]+|\ball\b.*プロファイル|kurumin-2025/);
  });

  test("pages are numbered 1 / N within the checker's sheets, the summary first", () => {
    // The checker's pages are those with its footer; the user's own sheets print without one.
    const checkerPages = pages.filter((p) => /WLB(基準チェッカー| Criteria Checker)/.test(p.text));
    expect(checkerPages[0].page).toBe((bySheet.get(SHEET_NAMES.summary) ?? [])[0]?.page);
    const numbers = checkerPages.map(footerNumbers);
    expect(numbers[0]).toEqual([1, checkerPages.length]);
    expect(numbers.map((n) => n?.[1])).toEqual(checkerPages.map(() => checkerPages.length));
    expect(numbers.map((n) => n?.[0])).toEqual(checkerPages.map((_, i) => i + 1));
  });

  test('the pictures of every checker sheet are kept to look at', () => {
    for (const sheet of CHECKER_SHEETS) expect(fs.existsSync(path.join(PICTURES, `${lang}-${sheet}.png`))).toBe(true);
  });
});
