/**
 * Trust, package level: `wlb-check --out` on inputs written by exceljs, openpyxl, LibreOffice, Excel and the Open
 * XML SDK (`x:` prefix). Every XML part of each output parses namespace-aware with every prefix declared; content
 * types, relationships, sheets and defined names agree; the checker's sheets, markers and print titles are there;
 * the user's own sheets and local names keep their meaning; the summary's chart part is valid against the chart
 * schema's element order. (LibreOffice opening the same outputs: ./output-libreoffice.test.ts.)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { XlsxCopyPort } from '../../src/host/xlsx/copy/copy-port';
import { createReportMeta, runCheck, writeReport } from '../../src/pipeline';
import { SHEET_NAMES } from '../../src/report';
import { defaultParams } from '../../src/rules/params';
import { runCli } from './output-support';
import {
  EXCEL_COMPANY,
  MAIN,
  REL,
  WRITERS,
  chartOrderViolations,
  checkPackage,
  runWriter,
  type PackageCheck,
} from './output-writers-support';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-writers-'));
/** The default profile has the Fukuyama checklist items, so the checklist sheet is created too. */
const CHECKER: string[] = Object.values(SHEET_NAMES);

describe.each(WRITERS)('--out on a workbook written by %s', (writer) => {
  let run: Awaited<ReturnType<typeof runWriter>>;
  let before: PackageCheck;
  let after: PackageCheck;

  beforeAll(async () => {
    run = await runWriter(writer, dir);
    before = await checkPackage(run.input);
    if (run.status === 0) after = await checkPackage(run.output);
  });

  test('the input itself is a valid package (the fixture is not the problem)', () => {
    expect(before.problems).toEqual([]);
  });

  test('the check runs and writes the copy (exit 0)', () => {
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
  });

  test('every XML part parses with every prefix declared; content types, relationships and sheets agree', () => {
    expect(after.problems).toEqual([]);
    // Not vacuous: the output has the checker's parts (worksheets, drawing, chart) to check.
    expect(
      [...after.parts.keys()].filter((p) => /^xl\/(worksheets\/sheet|drawings\/drawing|charts\/chart)\d+\.xml$/.test(p))
        .length,
    ).toBeGreaterThanOrEqual(2 + CHECKER.length + 2);
  });

  test("the user's sheets come first, unchanged in name and order; the checker's sheets follow", () => {
    expect(after.sheets.map((s) => s.name)).toEqual(['社員名簿', '月次集計', ...CHECKER]);
    for (const s of before.sheets) expect(after.sheets.find((o) => o.name === s.name)?.part).toBe(s.part);
  });

  test("the user's sheet-local names still point at their sheet (index 1 = 月次集計); markers and print titles name the checker's sheets", () => {
    const local = (c: PackageCheck) =>
      c.definedNames
        .filter((d) => d.name.startsWith('_xlnm.') && d.name !== '_xlnm.Print_Titles')
        .map((d) => [d.name, d.localSheetId]);
    expect(local(after)).toEqual(local(before));
    const markers = after.definedNames
      .filter((d) => /^WLBChecker_\d+$/.test(d.name))
      .map((d) => d.text.replace(/^'|'!\$A\$1$/g, ''));
    expect(markers.sort()).toEqual([...CHECKER].sort());
    // Print titles: one per checker sheet with a table header; the summary's is its criteria header row.
    const titles = after.definedNames.filter((d) => d.name === '_xlnm.Print_Titles');
    const summaryIndex = after.sheets.findIndex((s) => s.name === SHEET_NAMES.summary);
    expect(titles.find((t) => t.localSheetId === summaryIndex)?.text).toMatch(/^'WLB基準サマリー'!\$\d+:\$\d+$/);
  });

  test('the summary prints A4 landscape one page wide at 75 % or more, page 1 of the checker’s pages, with its breaks, the header row repeated and the company / as-of date / page numbers', () => {
    const part = after.sheets.find((s) => s.name === SHEET_NAMES.summary)!.part;
    const ws = after.parts.get(part)!.documentElement;
    const setup = ws.getElementsByTagNameNS(MAIN, 'pageSetup')[0];
    // paperSize 9 = A4 (ECMA-376 part 1 §18.3.1.63); a fixed scale (not fit to pages, which would ignore the breaks).
    expect([
      setup.getAttribute('paperSize'),
      setup.getAttribute('orientation'),
      setup.getAttribute('firstPageNumber'),
      setup.getAttribute('useFirstPageNumber'),
    ]).toEqual(['9', 'landscape', '1', '1']);
    expect(Number(setup.getAttribute('scale'))).toBeGreaterThanOrEqual(75);
    expect(ws.getElementsByTagNameNS(MAIN, 'pageSetUpPr')[0]?.getAttribute('fitToPage') ?? '0').not.toBe('1');
    const header = ws.getElementsByTagNameNS(MAIN, 'oddHeader')[0]?.textContent ?? '';
    const footer = ws.getElementsByTagNameNS(MAIN, 'oddFooter')[0]?.textContent ?? '';
    expect(header).toContain('&R2026年3月31日現在');
    // N is the number of the checker's pages (the layer placed every break), not &N of the whole workbook.
    expect(footer).toMatch(/&C&P \/ \d+/);
    // Excel's docProps Company goes to the left header, its '&' written '&&' (a lone & would start a code).
    if (writer === 'excel') expect(header).toContain(`&L${EXCEL_COMPANY.replace(/&/g, '&&')}`);
    else expect(header).not.toContain('&L');
  });

  test('the summary has a drawing with one line chart of the monthly means, its elements in the order of dml-chart.xsd', async () => {
    const part = after.sheets.find((s) => s.name === SHEET_NAMES.summary)!.part;
    const ws = after.parts.get(part)!.documentElement;
    const drawing = ws.getElementsByTagNameNS(MAIN, 'drawing')[0];
    expect(drawing?.getAttributeNS(REL, 'id')).toBeTruthy();
    const charts = [...after.parts.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(1);
    const chart = after.parts.get(charts[0])!;
    expect(after.contentTypeOf(charts[0])).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    expect(chartOrderViolations(chart)).toEqual([]);
    // The add-in's series: 平均, フルタイム平均, 45h, 30h over the 12 months 2025-04 … 2026-03.
    const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
    const series = [...(chart.getElementsByTagNameNS(C, 'ser') as unknown as Element[])];
    const names = series.map((s) => s.getElementsByTagNameNS(C, 'tx')[0].getElementsByTagNameNS(C, 'v')[0].textContent);
    expect(names[0]).toBe('平均');
    expect(names.slice(-2)).toEqual(['45時間', '30時間']);
    // The limits are dashed reference lines without markers; the means are solid lines with markers, even when a
    // mean is the same every month (35 h here).
    const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
    const dashed = series.map((s) => s.getElementsByTagNameNS(A, 'prstDash').length > 0);
    expect(dashed).toEqual([...Array(series.length - 2).fill(false), true, true]);
    const val = series[0].getElementsByTagNameNS(C, 'val')[0];
    expect(val.getElementsByTagNameNS(C, 'f')[0].textContent).toMatch(/^'WLB基準サマリー'!\$B\$\d+:\$B\$\d+$/);
    // E001 50 h and E002 20 h every month (hours.avg-overtime-under-45: OT + HW averaged over employees): (50 + 20) / 2 = 35.
    const points = [...(val.getElementsByTagNameNS(C, 'v') as unknown as Element[])].map((v) => Number(v.textContent));
    expect(points).toEqual(Array(12).fill(35));
  });

  test('the chart note of the old copy is gone: the chart is drawn, not promised', async () => {
    const zip = await JSZip.loadAsync(run.output);
    const all = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => f.endsWith('.xml'))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(all.some((x) => x.includes('アドイン（WLB基準チェッカー）で描画されます'))).toBe(false);
  });

  test('the CLI reads the input itself (x: worksheets: streaming reader, issue 9)', () => {
    expect(run.viaPort).toBe(false);
  });

  test('a second run on the output replaces the checker sheets and stays valid', async () => {
    if (run.viaPort) {
      // Rerun through the port as well (see runOn).
      const port = await XlsxCopyPort.open(path.join(dir, `${writer}-report.xlsx`));
      const { report, ingest } = await runCheck(await XlsxCopyPort.open(path.join(dir, `${writer}-as-exceljs.xlsx`)), {
        profile: 'all',
        params: defaultParams('2026-03-31'),
      });
      await writeReport(port, report, ingest.dataset, createReportMeta('all', new Date('2026-04-01T09:00:00Z')));
      await port.save(path.join(dir, `${writer}-again.xlsx`));
    }
    const again = path.join(dir, `${writer}-again.xlsx`);
    const first = path.join(dir, `${writer}-report.xlsx`);
    if (!run.viaPort) expect((await runCli([first, '--out', again, '--as-of', '2026-03-31'])).status).toBe(0);
    const check = await checkPackage(fs.readFileSync(again));
    expect(check.problems).toEqual([]);
    expect(check.sheets.map((s) => s.name)).toEqual(['社員名簿', '月次集計', ...CHECKER]);
    expect([...check.parts.keys()].filter((p) => /^xl\/charts\//.test(p))).toHaveLength(1);
  });
});
