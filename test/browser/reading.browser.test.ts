/**
 * 列の確認 in the built pane, inside a simulated Excel (headless Debian Chromium; ../support/fake-office.ts serves the
 * strict simulated Excel of the office-js host tests in place of office.js): the user sees how each sheet was read,
 * corrects one part, and the hours follow. Two workbooks a small company really has:
 *
 * (a) a time recorder's CSV opened in Excel — no header row; 所属コード, カード番号, 日付, 出勤, 退勤 as Excel holds them
 *     (numbers, date serials, time fractions) — where the user places the date column;
 * (b) a 出勤簿 form whose title was copied from May's (令和7年5月分) while the days `2（月）` … are June's — where the
 *     user types the month;
 * (c) a 40-row daily sheet whose break column has a header nobody taught the checker — where the user names it, and
 *     the pane reads the sheet again for it (past row 30 it read only the columns in use).
 *
 * Each time: the figures the pane shows are the hand-computed ones (below, from 労基法32条 and 34条), the correction
 * is stored in the workbook's settings (and the pane opened again reads it back), and the user's sheets are
 * unchanged, cell for cell. Without /usr/bin/chromium it passes with a loud SKIPPED line, unless REQUIRE_BROWSER=1.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { ROOT, chromiumOrSkip, useBuiltPane } from '../support/pane-build';
import { fakeOfficeScript, type FakeWorkbookSeed } from '../support/fake-office';

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The key under which the pane keeps its settings in `workbook.settings` (src/host/officejs SETTINGS_KEY). */
const SETTINGS_KEY = 'wlbChecker';
/** Screenshots of 列の確認 after each correction (CI lists test-output/screenshots/). */
const SHOTS = path.join(ROOT, 'test-output', 'screenshots', 'reading');

/** Excel's serial of a June 2025 day (2025-06-01 is 45809) and a time of day as Excel's fraction. */
const june = (day: number) => 45808 + day;
const time = (h: number, m = 0) => (h * 60 + m) / 1440;
const DATE = 'yyyy/m/d';
const TIME = 'h:mm';

/**
 * (a) timecard_202506.csv opened in Excel: Excel made `01` the number 1, the dates serials, the times fractions.
 * No break column: the 労基法34条 minimum is taken (span ≤ 6 h: none; ≤ 8 h 45: 45 min; over 9 h: 60 min).
 * - 1001: 6/2 9:00–18:00 (9 h − 60 min = 8 h), 6/3 9:00–18:00 (8 h), 6/4 9:00–21:00 (12 h − 60 min = 11 h, 3 over 8):
 *   worked 8 + 8 + 11 = 27 h; overtime 3 h (week 6/1–6/7: 27 h, under 40).
 * - 1002: 6/2 9:00–20:00 (11 h − 60 = 10 h, 2 over 8), 6/3 22:00–翌7:00 (9 h − 60 = 8 h, late night 22:00–5:00 → one
 *   late-night day), 6/5 9:00–15:00 (6 h, no break): worked 10 + 8 + 6 = 24 h; overtime 2 h; 1 late-night day.
 */
const recorder: FakeWorkbookSeed = {
  sheets: [
    {
      name: 'timecard_202506',
      values: [
        [1, 1001, june(2), time(9), time(18)],
        [1, 1002, june(2), time(9), time(20)],
        [1, 1001, june(3), time(9), time(18)],
        [1, 1002, june(3), time(22), time(7)],
        [1, 1001, june(4), time(9), time(21)],
        [1, 1002, june(5), time(9), time(15)],
      ],
      formats: Array.from({ length: 6 }, () => ['General', 'General', DATE, TIME, TIME]),
    },
  ],
};

/**
 * (b) 出勤簿 of 山田 太郎 (社員番号 1001): title `令和7年5月分` left from May; the days carry June 2025's weekdays
 * (6/1 is a Sunday). Read as June, each day is start − end − break:
 * 6/2 9:00–18:00 − 1:00 = 8 h; 6/3 9:00–20:00 − 1:00 = 10 h (2 over 8); 6/4 8 h; 6/5 9:00–19:30 − 1:00 = 9.5 h
 * (1.5 over 8); 6/6 8 h. Worked 8 + 10 + 8 + 9.5 + 8 = 43.5 h. Overtime: daily 2 + 1.5 = 3.5 h; the week 6/1–6/7
 * then has 43.5 − 3.5 = 40 h within the daily limit, not over 40, so nothing more: 3.5 h.
 * Read as May (the title), 5/2 is a Friday, not 月: every day contradicts its weekday and none is counted.
 */
const form: FakeWorkbookSeed = {
  sheets: [
    {
      name: '山田',
      values: [
        ['出勤簿', null, null, '令和7年5月分'],
        ['氏名', '山田 太郎', null, '社員番号', 1001],
        [],
        ['日', '出勤', '退勤', '休憩', '備考'],
        ['1（日）', null, null, null, null],
        ['2（月）', time(9), time(18), time(1), null],
        ['3（火）', time(9), time(20), time(1), '残業'],
        ['4（水）', time(9), time(18), time(1), null],
        ['5（木）', time(9), time(19, 30), time(1), null],
        ['6（金）', time(9), time(18), time(1), null],
        ['7（土）', null, null, null, null],
      ],
      formats: [[], [], [], [], ...Array.from({ length: 7 }, () => ['General', TIME, TIME, TIME, 'General'])],
    },
  ],
};

/**
 * (c) a daily sheet whose break column has a header the checker does not know (`X`), 40 rows long. Past the first 30
 * rows the pane reads only the columns in use, so column E is not read below row 30 until the user says what it is.
 * 1001 works every weekday 9:00–18:00 from 2025-06-02 to 2025-07-25: June's 21 weekdays (rows 2–22) and July's first
 * 19 (rows 23–41; rows 31–41 are below the first 30).
 * - Unmapped, there is no break column: the 労基法34条 minimum for a 9 h span is 60 min, 8 h a day: June 21 × 8 =
 *   168 h, July 19 × 8 = 152 h; a week of five days is 40 h, not over it: no overtime.
 * - With E as 休憩時間 in minutes (90): 7.5 h a day: June 21 × 7.5 = 157.5 h, July 19 × 7.5 = 142.5 h. Without
 *   reading the sheet again, July's rows 31–41 would have no break value and July would not come to 142.5 h.
 */
const julyOrJune = (k: number) => (k < 21 ? 45808 : 45838); // June's serial base, then July's (7/1 = 45839)
const weekdays = [
  ...[2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 30],
  ...[1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25],
];
const unnamedBreak: FakeWorkbookSeed = {
  sheets: [
    {
      name: '勤怠',
      values: [
        ['社員番号', '日付', '出勤', '退勤', 'X'],
        ...weekdays.map((day, k) => [1001, julyOrJune(k) + day, time(9), time(18), 90]),
      ],
      formats: [[], ...weekdays.map(() => ['General', DATE, TIME, TIME, 'General'])],
    },
  ],
};

describe('列の確認 in a simulated Excel (headless Chromium)', () => {
  if (!chromiumOrSkip()) return;

  const pane = useBuiltPane();

  /** The pane opened in Excel on `seed`, at 列の確認; `errors` collects console errors and uncaught exceptions. */
  async function openInExcel(seed: FakeWorkbookSeed): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
    const context = await pane.browser.newContext({ viewport: { width: 350, height: 900 }, locale: 'ja-JP' });
    const errors: string[] = [];
    const foreign: string[] = [];
    const script = fakeOfficeScript(seed);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_CDN) return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: script });
      if (url.startsWith(pane.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByTestId('step-detect').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: '2. 列の確認' }).click();
    await page.getByTestId('step-mapping').waitFor();
    return { page, errors, foreign };
  }

  /** One of the user's sheets as the simulated Excel holds it (cells, formats, widths …), for a before/after compare. */
  const userSheet = (page: Page, name: string) =>
    page.evaluate(
      (sheet) =>
        JSON.stringify(
          (window as unknown as { __fakeExcel: { snapshot(): { sheets: { name: string }[] } } }).__fakeExcel
            .snapshot()
            .sheets.find((s) => s.name === sheet),
        ),
      name,
    );

  /** The values of a sheet's first rows and columns (A1:X40), as the simulated Excel holds them. */
  const sheetValues = (page: Page, name: string) =>
    page.evaluate((sheet) => {
      const excel = (
        window as unknown as { __fakeExcel: { cell(s: string, a1: string): { value: unknown } | undefined } }
      ).__fakeExcel;
      const letters = 'ABCDEFGHIJKLMNOPQRSTUVWX'.split('');
      return Array.from({ length: 40 }, (_, r) => letters.map((l) => excel.cell(sheet, `${l}${r + 1}`)?.value ?? ''));
    }, name);

  /**
   * The workbook's settings once the pane's (debounced) save holds an entry for `sheet` that `done` accepts — the
   * entry and the settings as stored; after 10 s, whatever is stored (the test's expectation then says what is wrong).
   */
  async function stored(
    page: Page,
    sheet: string,
    done: (entry: Record<string, unknown>) => boolean,
  ): Promise<{ entry: Record<string, unknown> | undefined; settings: Record<string, unknown> }> {
    let raw: unknown;
    let entry: Record<string, unknown> | undefined;
    for (let i = 0; i < 50; i++) {
      raw = await page.evaluate(
        (key) =>
          (window as unknown as { __fakeExcel: { settings: Map<string, unknown> } }).__fakeExcel.settings.get(key),
        SETTINGS_KEY,
      );
      entry =
        typeof raw === 'string' ? (JSON.parse(raw) as { mapping?: Record<string, never> }).mapping?.[sheet] : undefined;
      if (entry && done(entry)) break;
      await page.waitForTimeout(200);
    }
    return { entry, settings: raw === undefined ? {} : { [SETTINGS_KEY]: raw } };
  }

  /** A full-page screenshot of the pane as it is now. */
  async function shoot(page: Page, name: string): Promise<void> {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }

  /** Opens a sheet's preview and returns its lines (the hours per employee and month). */
  async function previewLines(page: Page, sheet: string): Promise<string[]> {
    const card = page.locator(`[data-testid="mapping-sheet"][data-sheet="${sheet}"]`);
    const preview = card.getByTestId('reading-preview');
    if (!(await preview.evaluate((d) => (d as HTMLDetailsElement).open))) await preview.locator('summary').click();
    await preview.getByTestId('reading-preview-row').first().waitFor();
    return preview.getByTestId('reading-preview-row').allTextContents();
  }

  it('(a) header-less time-recorder CSV: the inferred columns are shown, the user places the date, the hours follow', async () => {
    const { page, errors, foreign } = await openInExcel(recorder);
    const card = page.locator('[data-testid="mapping-sheet"][data-sheet="timecard_202506"]');
    await expect(card.getByTestId('mapping-reading').textContent()).resolves.toContain(
      '見出し: なし（列は値から推定）',
    );
    // Every column is listed by letter, the placed ones marked as inferred from the values.
    await expect(card.getByTestId('mapping-column').count()).resolves.toBe(5);
    await expect(card.getByText('(値から推定)').count()).resolves.toBeGreaterThanOrEqual(4);
    const before = await userSheet(page, 'timecard_202506');

    await page.getByRole('combobox', { name: 'C 列 の意味' }).click();
    await page.getByRole('option', { name: '日付', exact: true }).click();
    await card.locator('[data-testid="mapping-column"][data-column="C"][data-field="date"]').waitFor();
    await expect(card.locator('[data-testid="mapping-column"][data-field="date"]').count()).resolves.toBe(1);

    expect(await previewLines(page, 'timecard_202506')).toEqual([
      '1001 2025年6月: 実働 27時間・法定時間外 3時間・法定休日労働 0時間・深夜 0日',
      '1002 2025年6月: 実働 24時間・法定時間外 2時間・法定休日労働 0時間・深夜 1日',
    ]);

    await shoot(page, 'header-less-csv');
    // Remembered in the workbook: the whole reading by letter, the date in C; the user's sheet untouched.
    const { entry, settings } = await stored(page, 'timecard_202506', (e) => JSON.stringify(e).includes('"date":"C"'));
    expect(entry).toMatchObject({
      kind: 'daily',
      headerRow: 0,
      fields: { employeeId: 'B', date: 'C', start: 'D', end: 'E' },
    });
    expect(await userSheet(page, 'timecard_202506')).toBe(before);

    // The results use the corrected reading: written out, the 36協定 sheet's 6月 overtime is the hand figure.
    await page.getByRole('tab', { name: '3. 設定' }).click();
    await page.getByRole('radio', { name: '36協定の上限規制・長時間労働の通知' }).check();
    await page.getByTestId('next').click();
    await page.getByRole('tab', { name: '6. 書き出し' }).click();
    await page.getByRole('button', { name: 'シートに書き出す' }).click();
    await page.getByText(/書き出しました/).waitFor({ timeout: 60_000 });
    const law36 = await sheetValues(page, '36協定チェック');
    const june = law36.flatMap((row) => row.map((v, c) => (v === '6月' ? c : -1))).find((c) => c >= 0) ?? -1;
    const overtimeOf = (id: string) => law36.find((row) => String(row[0]) === id)?.[june];
    expect(june).toBeGreaterThan(0);
    expect([overtimeOf('1001'), overtimeOf('1002')]).toEqual([3, 2]);
    // Only the checker's own sheets were added: the user's sheet is as it was.
    expect(await userSheet(page, 'timecard_202506')).toBe(before);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);

    // Opened again on the same workbook: the stored reading is used without a click.
    const again = await openInExcel({ ...recorder, settings });
    const cardAgain = again.page.locator('[data-testid="mapping-sheet"][data-sheet="timecard_202506"]');
    await cardAgain.locator('[data-testid="mapping-column"][data-column="C"][data-field="date"]').waitFor();
    expect(await previewLines(again.page, 'timecard_202506')).toEqual([
      '1001 2025年6月: 実働 27時間・法定時間外 3時間・法定休日労働 0時間・深夜 0日',
      '1002 2025年6月: 実働 24時間・法定時間外 2時間・法定休日労働 0時間・深夜 1日',
    ]);
    expect(again.errors).toEqual([]);
  }, 180_000);

  it('(b) 出勤簿 form: the month, name and id from above the table are shown; the user types the month, the hours follow', async () => {
    const { page, errors, foreign } = await openInExcel(form);
    const card = page.locator('[data-testid="mapping-sheet"][data-sheet="山田"]');
    const field = (name: string) => card.locator(`[data-testid="mapping-context-field"][data-field="${name}"]`);
    await expect(field('month').textContent()).resolves.toContain('2025年5月（シート上部 D1）');
    await expect(field('employeeId').textContent()).resolves.toContain('1001（シート上部 E2）');
    await expect(field('name').textContent()).resolves.toContain('山田 太郎（シート上部 B2）');
    // Read as May, no day is counted (every weekday contradicts its date).
    await card.getByTestId('reading-preview').locator('summary').click();
    await card.getByText('この読み方では、時間を読める行がありません。').waitFor();
    const before = await userSheet(page, '山田');

    await page.getByRole('combobox', { name: '「山田」の年月の読み取り元' }).click();
    await page.getByRole('option', { name: '値を入力' }).click();
    await page.getByRole('textbox', { name: '年月の値' }).fill('2025年6月');
    await expect(field('month').textContent()).resolves.toContain('2025年6月（入力した値）');

    expect(await previewLines(page, '山田')).toEqual([
      '1001 2025年6月: 実働 43.5時間・法定時間外 3.5時間・法定休日労働 0時間・深夜 0日',
    ]);
    await shoot(page, 'header-block-form');
    const { entry, settings } = await stored(page, '山田', (e) => JSON.stringify(e).includes('2025年6月'));
    expect(entry).toEqual({ fields: { month: { value: '2025年6月' } } });
    expect(await userSheet(page, '山田')).toBe(before);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);

    const again = await openInExcel({ ...form, settings });
    const month = again.page.locator(
      '[data-testid="mapping-sheet"][data-sheet="山田"] [data-testid="mapping-context-field"][data-field="month"]',
    );
    await expect(month.textContent()).resolves.toContain('2025年6月（入力した値）');
    expect(await previewLines(again.page, '山田')).toEqual([
      '1001 2025年6月: 実働 43.5時間・法定時間外 3.5時間・法定休日労働 0時間・深夜 0日',
    ]);
    expect(again.errors).toEqual([]);
  }, 180_000);

  it('(c) a column mapped after the read is read again past the first 30 rows, and the hours follow', async () => {
    const { page, errors, foreign } = await openInExcel(unnamedBreak);
    expect(await previewLines(page, '勤怠')).toEqual([
      '1001 2025年6月: 実働 168時間・法定時間外 0時間・法定休日労働 0時間・深夜 0日',
      '1001 2025年7月: 実働 152時間・法定時間外 0時間・法定休日労働 0時間・深夜 0日',
    ]);
    const card = page.locator('[data-testid="mapping-sheet"][data-sheet="勤怠"]');
    await page.getByRole('combobox', { name: 'E 列「X」 の意味' }).click();
    await page.getByRole('option', { name: '休憩時間', exact: true }).click();
    await card.locator('[data-testid="mapping-column"][data-column="E"][data-field="break"]').waitFor();
    await page.getByRole('combobox', { name: 'E 列「X」 の時間の書き方' }).click();
    await page.getByRole('option', { name: '分（90 = 1時間30分）' }).click();

    const expected = [
      '1001 2025年6月: 実働 157.5時間・法定時間外 0時間・法定休日労働 0時間・深夜 0日',
      '1001 2025年7月: 実働 142.5時間・法定時間外 0時間・法定休日労働 0時間・深夜 0日',
    ];
    let lines: string[] = [];
    for (let i = 0; i < 50 && JSON.stringify(lines) !== JSON.stringify(expected); i++) {
      lines = await previewLines(page, '勤怠');
      if (JSON.stringify(lines) !== JSON.stringify(expected)) await page.waitForTimeout(200);
    }
    expect(lines).toEqual(expected);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  }, 180_000);
});
