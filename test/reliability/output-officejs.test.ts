/**
 * Trust, Excel side: the real pipeline (read → ingest → rules → layouts → write) through OfficeWorkbookPort on the
 * simulated Excel (test/support/fake-excel.ts: throws on unloaded properties, counts syncs, refuses requests over
 * 5 MB, takes `range.values` strings as typed input). The user's sheets are compared by snapshot before and after.
 */
import { OfficeHostError } from '../../src/host/officejs/errors';
import { buildLayoutsCarryingOver, createReportMeta, runCheck, writeReport } from '../../src/pipeline';
import { SHEET_NAMES, buildReportLayouts } from '../../src/report';
import { defaultParams } from '../../src/rules/params';
import { describeError } from '../../src/taskpane/state';
import { loadMessages, messagesFor } from '../../src/taskpane/i18n';
import type { FakeExcel } from '../support/fake-excel';
import { law36Layout, makePort, userSheets } from '../host/officejs/fixtures';
import {
  AS_OF,
  CHECKER_SHEETS,
  HOSTILE,
  HOSTILE_ID,
  USER_SHEETS,
  fakeExcelFrom,
  hostileWorkbook,
} from './output-support';

const NOW = new Date('2026-04-01T09:00:00Z');

/** One click of "チェック" then "書き出す": read and evaluate the workbook, then write the report. */
async function checkAndWrite(fake: FakeExcel, options: { requestBudget?: number } = {}) {
  const { port } = makePort(fake, options);
  const { ingest, report } = await runCheck(port, { profile: 'all', params: defaultParams(AS_OF) });
  const written = await writeReport(port, report, ingest.dataset, createReportMeta('all', NOW));
  return { report, written, dataset: ingest.dataset };
}

/** Only the evaluation, so a test can inject a failure into the write alone. */
/**
 * A checked workbook and its write, the all-or-nothing transaction these tests break sync by sync. The sheets are
 * built first (reading back what HR typed on the long-hours sheet: reads, not writes), as writeReport does.
 */
async function evaluateOnly(fake: FakeExcel) {
  const { port } = makePort(fake);
  const { ingest, report } = await runCheck(port, { profile: 'all', params: defaultParams(AS_OF) });
  const layouts = await buildLayoutsCarryingOver(port, report, ingest.dataset, createReportMeta('all', NOW));
  const write = () =>
    port.writeSheets(layouts, { keepIfPresent: [SHEET_NAMES.checklist], activate: SHEET_NAMES.summary });
  return { port, write, writeReport: () => writeReport(port, report, ingest.dataset, createReportMeta('all', NOW)) };
}

const names = (fake: FakeExcel) => fake.sheets.map((s) => s.name);
const userNames = (fake: FakeExcel) => [...fake.names.entries()].filter(([n]) => !/^WLBChecker_/i.test(n)).sort();
const markedSheets = (fake: FakeExcel) =>
  [...fake.names.entries()]
    .filter(([n]) => /^WLBChecker_\d+$/.test(n))
    .map(([, f]) => f.replace(/^=/, '').replace(/!.*$/, '').replace(/^'|'$/g, '').replace(/''/g, "'"))
    .sort();

describe('1. the user sheets are unchanged (Excel)', () => {
  it('snapshots of every user sheet (cells, formats, looks, merges, widths, visibility), names and settings are equal before and after', async () => {
    const fake = fakeExcelFrom(hostileWorkbook());
    fake.settings.set('other-add-in', '{"keep":true}');
    const before = fake.snapshot() as { settings: unknown };
    const beforeNames = userNames(fake);
    expect(fake.cell('メモ', 'C2')).toMatchObject({ formula: '=B2*2', value: 6 });
    expect(fake.sheet('非表示').visibility).toBe('Hidden');

    await checkAndWrite(fake);

    const after = fake.snapshot() as { settings: unknown };
    expect(userSheets(after, USER_SHEETS)).toEqual(userSheets(before, USER_SHEETS));
    expect(names(fake).slice(0, USER_SHEETS.length)).toEqual(USER_SHEETS);
    expect(
      names(fake)
        .slice(USER_SHEETS.length)
        .every((n) => CHECKER_SHEETS.includes(n)),
    ).toBe(true);
    expect(userNames(fake)).toEqual(beforeNames);
    expect(after.settings).toEqual(before.settings);
    expect(markedSheets(fake)).toEqual(names(fake).slice(USER_SHEETS.length).sort());
  });
});

describe('2. reruns are idempotent (Excel)', () => {
  it('a second run gives the same sheets (no duplicates, no "(2)"), the user sheets as before, and keeps the checklist answers', async () => {
    const fake = fakeExcelFrom(hostileWorkbook());
    const before = fake.snapshot();
    const first = await checkAndWrite(fake);
    const afterFirst = names(fake);
    // The user answers the first two items in the checker's checklist.
    expect(fake.cell(SHEET_NAMES.checklist, 'C1')?.value).toBe('該当（○/×）');
    const items = [fake.cell(SHEET_NAMES.checklist, 'A2')?.value, fake.cell(SHEET_NAMES.checklist, 'A3')?.value];
    fake.setCells(SHEET_NAMES.checklist, 'C2', [
      ['○', '就業規則 第12条'],
      ['×', '=HYPERLINK("http://evil.example","x")'],
    ]);
    const answered = fake.snapshot() as { sheets: { name: string }[] };

    const second = await checkAndWrite(fake);
    expect([...names(fake)].sort()).toEqual([...afterFirst].sort());
    expect(new Set(names(fake)).size).toBe(names(fake).length);
    expect(names(fake).filter((n) => / \(\d+\)$/.test(n) || n.startsWith('~wlb'))).toEqual([]);
    expect(userSheets(fake.snapshot(), USER_SHEETS)).toEqual(userSheets(before, USER_SHEETS));
    // The checklist sheet is the user's answers, untouched; the answers were read back by the second run.
    expect(userSheets(fake.snapshot(), [SHEET_NAMES.checklist])).toEqual(userSheets(answered, [SHEET_NAMES.checklist]));
    const status = (r: typeof first, no: unknown) => r.report.criteria.find((c) => c.id === `checklist.${no}`)?.status;
    expect(items.map((no) => status(first, no))).toEqual(['insufficient-data', 'insufficient-data']);
    expect(items.map((no) => status(second, no))).toEqual(['pass', 'fail']);
    expect(markedSheets(fake)).toEqual([...afterFirst.slice(USER_SHEETS.length)].sort());
  });

  it('never overwrites a user sheet called WLB基準サマリー: the checker writes "WLB基準サマリー (2)", and reruns reuse it', async () => {
    const fake = fakeExcelFrom(hostileWorkbook({ ownSummary: true }));
    const own = [...USER_SHEETS, SHEET_NAMES.summary];
    const before = fake.snapshot();
    const first = await checkAndWrite(fake);
    expect(first.written.sheetNames[SHEET_NAMES.summary]).toBe(`${SHEET_NAMES.summary} (2)`);
    expect(userSheets(fake.snapshot(), own)).toEqual(userSheets(before, own));
    expect(fake.cell(SHEET_NAMES.summary, 'A1')?.value).toBe('これは利用者自身のサマリーです');
    const afterFirst = names(fake);

    const second = await checkAndWrite(fake);
    expect(second.written.sheetNames[SHEET_NAMES.summary]).toBe(`${SHEET_NAMES.summary} (2)`);
    expect([...names(fake)].sort()).toEqual([...afterFirst].sort());
    expect(userSheets(fake.snapshot(), own)).toEqual(userSheets(before, own));
    expect(markedSheets(fake)).not.toContain(SHEET_NAMES.summary);
    // The summary is the active sheet: the checker's, not the user's.
    expect(fake.sheets.find((s) => s.id === fake.activeSheetId)?.name).toBe(`${SHEET_NAMES.summary} (2)`);
  });

  it("a checker sheet the user renamed to keep (e.g. last year's summary) is not deleted or rewritten by the next run", async () => {
    const fake = fakeExcelFrom(hostileWorkbook());
    await checkAndWrite(fake);
    // Renaming in Excel: the checker's mark follows the sheet, as Excel updates defined names.
    fake.renameSheet(fake.sheet(SHEET_NAMES.summary), '2025年度サマリー');
    const kept = userSheets(fake.snapshot(), ['2025年度サマリー']);
    await checkAndWrite(fake);
    expect(userSheets(fake.snapshot(), ['2025年度サマリー'])).toEqual(kept);
    expect(names(fake)).toContain(SHEET_NAMES.summary);
    expect(new Set(names(fake)).size).toBe(names(fake).length);
  });

  it('keeps user sheets carrying every checker sheet name; the checker writes "<name> (2)" for each, also on a rerun', async () => {
    const fake = fakeExcelFrom(hostileWorkbook({ ownSheets: CHECKER_SHEETS }));
    const own = [...USER_SHEETS, ...CHECKER_SHEETS];
    const before = fake.snapshot();
    await checkAndWrite(fake);
    const afterFirst = names(fake);
    const added = afterFirst.slice(own.length);
    expect(added.length).toBeGreaterThan(0);
    for (const name of added) expect(name).toMatch(/ \(2\)$/);
    expect(userSheets(fake.snapshot(), own)).toEqual(userSheets(before, own));
    await checkAndWrite(fake);
    expect([...names(fake)].sort()).toEqual([...afterFirst].sort());
    expect(userSheets(fake.snapshot(), own)).toEqual(userSheets(before, own));
    expect(markedSheets(fake)).toEqual([...added].sort());
  });
});

describe('3. no half-written output (Excel)', () => {
  beforeAll(() => loadMessages('en'));

  /** A workbook after one run, with checklist answers: the rerun must not lose either. */
  async function afterOneRun(): Promise<FakeExcel> {
    const fake = fakeExcelFrom(hostileWorkbook());
    await checkAndWrite(fake);
    fake.setCells(SHEET_NAMES.checklist, 'C2', [['○']]);
    return fake;
  }

  it('whichever sync of the rerun fails, the workbook is exactly as before (no ~wlb temp sheets), with a Japanese message saying what to do', async () => {
    const clean = await afterOneRun();
    const { write } = await evaluateOnly(clean);
    clean.resetCounters();
    await write();
    const syncs = clean.syncCount;
    expect(syncs).toBeGreaterThanOrEqual(4);

    // Sync 1 asks for the date system (a failure there falls back to 1900 by design); every later one must roll back.
    for (let n = 2; n <= syncs; n++) {
      const fake = await afterOneRun();
      const { write: failing } = await evaluateOnly(fake);
      const before = fake.snapshot();
      fake.resetCounters();
      fake.failOnSync(n);
      const err = await failing().catch((e: unknown) => e);
      expect({ n, error: err instanceof OfficeHostError ? err.code : String(err) }).toEqual({
        n,
        error: 'WriteFailed',
      });
      expect(fake.snapshot()).toEqual(before);
      expect(names(fake).filter((s) => s.startsWith('~wlb'))).toEqual([]);
      const message = (err as Error).message;
      expect(message).toMatch(/^チェッカーのシートを書き込めませんでした。ブックは何も変更していません/);
      expect(message).toMatch(/もう一度「チェック」を押してください/);
      // What the pane shows for it: the write message (unchanged workbook) with its hint.
      const info = describeError(err, 'write');
      expect(info.kind).toBe('write');
      expect(messagesFor('ja').errors.write.message).toContain('元のまま');
    }
  });

  it('a request over 5 MB is refused by Excel: rolled back, and the pane says the write failed (not a read message)', async () => {
    const fake = await afterOneRun();
    const { port } = makePort(fake, { requestBudget: 50_000_000 });
    const before = fake.snapshot();
    fake.resetCounters();
    const err = await port
      .writeSheets([{ ...law36Layout(30_000), name: SHEET_NAMES.law36 }], { activate: SHEET_NAMES.law36 })
      .catch((e: unknown) => e);
    expect(fake.syncLog.some((s) => s.error === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(err).toBeInstanceOf(OfficeHostError);
    expect((err as OfficeHostError).code).toBe('WriteFailed');
    expect(fake.snapshot()).toEqual(before);
    const info = describeError(err, 'write');
    expect(info.kind).toBe('write');
    expect(info.detail).toContain('RequestPayloadSizeLimitExceeded');
  });

  it('when the roll-back fails too, the message says so and what to clean up, and the pane does not claim the workbook is unchanged', async () => {
    const fake = await afterOneRun();
    const { write } = await evaluateOnly(fake);
    fake.resetCounters();
    // Sync 4 = swap (temporary sheets exist by then); sync 5 = the roll-back's first sync.
    fake.failOnSync(4);
    fake.failOnSync(5);
    const err = await write().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeHostError);
    expect((err as OfficeHostError).code).toBe('WriteFailedNotRestored');
    expect((err as Error).message).toMatch(/「~wlb_」で始まるシート.*削除.*もう一度お試しください/);
    const info = describeError(err, 'write');
    for (const locale of ['ja', 'en'] as const) {
      const text = messagesFor(locale).errors[info.kind];
      expect(text.message).not.toMatch(/元のまま|unchanged/);
      expect(text.hint.length).toBeGreaterThan(0);
    }
    expect(info.kind).toBe('writeNotRestored');
  });

  it('cell-edit mode during the write is retried; past the retries the user is told to finish editing, workbook unchanged', async () => {
    const fake = await afterOneRun();
    const { write } = await evaluateOnly(fake);
    const before = fake.snapshot();
    fake.resetCounters();
    fake.enterCellEditMode(100);
    const err = await write().catch((e: unknown) => e);
    expect((err as OfficeHostError).code).toBe('CellEditMode');
    expect((err as Error).message).toMatch(/Enter キー.*Esc キー.*もう一度「チェック」を押してください/);
    expect(fake.snapshot()).toEqual(before);
    expect(describeError(err, 'write').kind).toBe('cellEdit');
  });
});

describe('4. formula injection (Excel)', () => {
  it('user text that Excel would run (names, an employee id, raw values, a sheet name) is written with a quote prefix and stored as text', async () => {
    const wb = hostileWorkbook();
    wb.getWorksheet('出勤簿')!.name = '=SUM(1,2)';
    const fake = fakeExcelFrom(wb);
    await checkAndWrite(fake);

    const bare = (s: string) => s.replace(/^[\t\r\n]+/, '');
    const wanted = [...HOSTILE, HOSTILE_ID, '=SUM(1,2)'].map(bare);
    const found = new Set<string>();
    for (const sheet of fake.sheets.filter((s) => CHECKER_SHEETS.includes(s.name))) {
      for (const cell of sheet.cells.values()) {
        // No cell of the checker's sheets is a formula at all (the report has no formulas of its own).
        expect(cell.formula).toBeUndefined();
        if (typeof cell.value !== 'string' || !wanted.includes(bare(cell.value))) continue;
        found.add(bare(cell.value));
        expect(cell.quotePrefix).toBe(true);
      }
    }
    expect([...found].sort()).toEqual([...wanted].sort());
  });
});

describe('5. print-ready sheets (Excel, pageLayout of ExcelApi 1.9)', () => {
  it('every checker sheet prints A4 landscape, one page wide at 75 % or more, with its header row repeated, company / as-of date / page numbers counted over the checker’s pages, and its page breaks', async () => {
    const fake = fakeExcelFrom(hostileWorkbook());
    fake.company = '福山商事&Co.';
    const { report, dataset } = await checkAndWrite(fake);
    const layouts = buildReportLayouts(report, dataset, createReportMeta('all', NOW));
    const total = layouts.reduce((n, l) => n + (l.page?.rowBreaks.length ?? 0) + 1, 0);
    for (const name of CHECKER_SHEETS) {
      const layout = fake.sheet(name).pageLayout;
      const planned = layouts.find((l) => l.name === name)!.page!;
      expect({ name, orientation: layout.orientation, paper: layout.paperSize, zoom: layout.zoom }).toEqual({
        name,
        orientation: 'Landscape',
        paper: 'A4',
        zoom: { scale: planned.scale },
      });
      expect(planned.scale).toBeGreaterThanOrEqual(75);
      // The breaks the report layer placed: a break above the first row of each later page.
      expect(layout.pageBreakRows ?? []).toEqual(planned.rowBreaks.map((r) => r + 1));
      expect(layout.firstPageNumber).toBe(planned.firstPageNumber);
      // The workbook's Company property (no companyName given) at the left, '&' doubled (a lone & starts a code).
      expect(layout.headersFooters).toMatchObject({
        leftHeader: '福山商事&&Co.',
        centerHeader: '&A',
        rightHeader: '2026年3月31日現在',
        centerFooter: `&P / ${total}`,
      });
    }
    const summary = fake.sheet(SHEET_NAMES.summary);
    // The company's name on the summary itself (row 2), from the workbook property, as typed.
    expect(fake.cell(SHEET_NAMES.summary, 'A2')?.value).toBe('福山商事&Co.');
    // The summary repeats its criteria header row: 区分 | 項目 | 根拠 (the legal section's says 根拠（法令）).
    const headerRow = [...summary.cells.entries()].find(([, c]) => c.value === '根拠')![0];
    const row = Math.floor(headerRow / 16_384) + 1;
    expect(summary.pageLayout.printTitleRows).toBe(`$${row}:$${row}`);
  });

  it('every row gets the height the layout planned (the same figures as in the --out workbook), so the breaks fall where planned', async () => {
    const fake = fakeExcelFrom(hostileWorkbook());
    const { report, dataset } = await checkAndWrite(fake);
    const summary = buildReportLayouts(report, dataset, createReportMeta('all', NOW))[0];
    const expected = new Map(
      (summary.rowHeights ?? []).map((h, i) => [i, h]).filter((e): e is [number, number] => e[1] !== undefined),
    );
    expect(new Map(fake.sheet(SHEET_NAMES.summary).rowHeights)).toEqual(expected);
    // A line of 11-pt text is 18 pt; a wrapped cell 4 + lines × 15 pt (scaled by its font size), at most 409 pt.
    expect(expected.size).toBe(summary.rowHeights!.length);
    for (const h of expected.values()) expect(h >= 18 && h <= 409).toBe(true);
  });

  it('the chart is anchored under its data block, within the table columns A–E', async () => {
    const fake = fakeExcelFrom(hostileWorkbook());
    await checkAndWrite(fake);
    const chart = fake.sheet(SHEET_NAMES.summary).charts[0];
    const dataEnd = Number(/(\d+)$/.exec(chart.sourceArea)![1]);
    expect(chart.position?.start).toBe(`A${dataEnd + 2}`);
    expect(chart.position?.end).toBe(`E${dataEnd + 17}`);
  });
});
