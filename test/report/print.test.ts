/**
 * Print setup of every report sheet: A4 landscape, one page wide at a scale never below 75 % (11-pt text prints at
 * 8 pt or more), every row a known height, page breaks placed by the layer, header rows repeated, company / as-of
 * date / page numbers `n / N` counted over the checker's sheets only, one named font.
 */
import {
  buildReportLayouts,
  escapeHeaderText,
  estimateRowHeights,
  fitWidth,
  numberPages,
  pageBreaks,
  pageSetupFor,
  withPrintSetup,
  wordsFor,
  wrappedLines,
} from '../../src/report';
import type { SheetLayout } from '../../src/report/layout';
import { META, criterion, emptyDataset, makeReport } from './fixtures';

const JA = wordsFor('ja');

function layout(values: SheetLayout['values'], columnWidths: number[], wrapCol: number): SheetLayout {
  return {
    name: 't',
    values,
    styles: [{ row: 1, col: wrapCol, rowEnd: values.length, style: { wrap: true } }],
    columnWidths,
    merges: [],
    hyperlinks: [],
    charts: [],
  };
}

describe('wrappedLines: lines a wrapped cell needs at a column width (CJK characters count 2)', () => {
  it('counts width over (column width − 1) per line, rounded up', () => {
    // 時間外労働の上限 (8 × 2 = 16) + （ 2 + 月 2 + 45 2 + 時間 4 + ） 2 + を超えた月 (5 × 2 = 10) = 38; 38 / 11 → 4 lines.
    expect(wrappedLines('時間外労働の上限（月45時間）を超えた月', 12)).toBe(4);
    // ASCII counts 1: 22 characters in a 12-wide column (11 per line) → exactly 2 lines.
    expect(wrappedLines('abcdefghijklmnopqrstuv', 12)).toBe(2);
  });

  it('adds the lines of each explicit line break', () => {
    // 'ab' → 1 line, 12 CJK = 24 over 11 → 3 lines: 4.
    expect(wrappedLines('ab\n一二三四五六七八九十一二', 12)).toBe(4);
  });
});

describe('estimateRowHeights', () => {
  it('gives every row 18 pt for a line, and a 3-line wrapped cell 4 + 3 × 15 = 49 pt', () => {
    // Row 2: 30 CJK characters = 60 columns in a 21-wide column (20 per line) → 3 lines.
    const l = layout([['短い'], ['あ'.repeat(30)]], [21], 1);
    expect(estimateRowHeights(l)).toEqual([18, 49]);
  });

  it('ignores text in cells that do not wrap, and measures a merged cell over its columns', () => {
    expect(estimateRowHeights(layout([['あ'.repeat(30), 'x']], [21, 8], 2))).toEqual([18]);
    // 30 CJK = 60 columns over a merge of 21 + 21 = 42 (41 per line) → 2 lines: 4 + 30 = 34.
    const merged = { ...layout([['あ'.repeat(30)]], [21, 21], 1), merges: [{ row: 1, col: 1, colEnd: 2 }] };
    expect(estimateRowHeights(merged)).toEqual([34]);
  });
});

describe('fitWidth and pageBreaks: the layer knows the scale and where each page ends', () => {
  it('prints columns of 150 characters at 77 %: 741.2 pt of A4 landscape over 150 × 6.2 + 8 × 3.75 = 960 pt', () => {
    // (842 − 2 × 0.7 × 72) = 741.2 pt printable; 741.2 / 960 = 0.772 → 77 % (floored).
    expect(fitWidth([16, 30, 26, 12, 12, 11, 31, 12]).scale).toBe(77);
  });

  it('never prints below 75 %: a sheet too wide gets its widest columns narrowed instead', () => {
    const wide = fitWidth([60, 60, 60, 60]);
    expect(wide.scale).toBe(75);
    // At 75 % the page holds 741.2 / 0.75 = 988.3 pt = (988.3 − 4 × 3.75) / 6.2 = 156.98 characters.
    expect(wide.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(156);
  });

  it('ends a page when the rows fill 90 % of its 487 pt, repeating the title row', () => {
    // 487 × 0.9 = 438 pt at 100 %: 24 rows of 18 pt (432) fit, the 25th does not → a break after row 24.
    expect(pageBreaks(new Array(60).fill(18), 100, undefined, [])).toEqual([24, 48]);
    // With row 1 repeated on every page, later pages hold 438 − 18 = 420 pt: 23 rows → breaks after 24 and 47.
    expect(pageBreaks(new Array(60).fill(18), 100, 1, [])).toEqual([24, 47]);
    // A chart over rows 20–35 is not cut: the page ends before it.
    expect(pageBreaks(new Array(60).fill(18), 100, undefined, [[20, 35]])).toEqual([19, 43]);
  });

  it("numbers the checker's pages 1 / N among themselves", () => {
    const a = {
      ...layout([['a']], [8], 1),
      page: { ...pageSetupFor({ asOf: '2026-03-31', words: JA }), rowBreaks: [30] },
    };
    const b = { ...layout([['b']], [8], 1), page: pageSetupFor({ asOf: '2026-03-31', words: JA }) };
    const numbered = numberPages([a, b]);
    // a has 2 pages (one break), b has 1: 3 in all; b starts at page 3.
    expect(numbered.map((l) => [l.page?.firstPageNumber, l.page?.footer.center])).toEqual([
      [1, '&P / 3'],
      [3, '&P / 3'],
    ]);
  });
});

describe('pageSetupFor / withPrintSetup', () => {
  it('prints A4 landscape with company, sheet, as-of date and page numbers', () => {
    expect(pageSetupFor({ asOf: '2026-03-31', companyName: '山田&鈴木 株式会社', words: JA }, 12)).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      scale: 100,
      rowBreaks: [],
      titleRows: { first: 12, last: 12 },
      header: { left: '山田&&鈴木 株式会社', center: '&A', right: '2026年3月31日現在' },
      footer: { left: 'WLB基準チェッカー', center: '&P / &N' },
      centerHorizontally: true,
    });
    expect(pageSetupFor({ asOf: '2026-03-31', words: wordsFor('en') }).header.right).toBe('As of 31 March 2026');
  });

  it('leaves the company out when not given (the host writes the workbook’s own)', () => {
    expect(pageSetupFor({ asOf: '2026-03-31', words: JA }).header.left).toBeUndefined();
    expect(escapeHeaderText('A&B')).toBe('A&&B');
    // Excel refuses headers over 255 characters: a 100-character name is cut to 59 + '…' = 60.
    expect([...escapeHeaderText('株'.repeat(100))]).toHaveLength(60);
  });

  it('repeats the last frozen row when the layout names no title row, and names the font', () => {
    const l = { ...layout([['h'], ['v']], [8], 1), freezeRows: 1 };
    const printed = withPrintSetup(l, { asOf: '2026-03-31', words: JA });
    expect(printed.page?.titleRows).toEqual({ first: 1, last: 1 });
    expect(printed.font).toEqual({ name: 'Yu Gothic', size: 11 });
  });

  it('gives every sheet of the report a page setup at 75 % or more, numbered over the checker’s sheets', () => {
    const dataset = emptyDataset({
      monthlyHours: [{ employeeId: 'E1', month: '2026-03', overtime: 50, holidayWork: 0 }],
    });
    const layouts = buildReportLayouts(
      makeReport({ criteria: [criterion({ id: 'checklist.58', status: 'insufficient-data' })] }),
      dataset,
      { ...META, companyName: '福山工業' },
    );
    expect(layouts.length).toBeGreaterThanOrEqual(6);
    const total = layouts.reduce((n, l) => n + (l.page?.rowBreaks.length ?? 0) + 1, 0);
    for (const l of layouts) {
      expect({
        name: l.name,
        legible: (l.page?.scale ?? 0) >= 75,
        orientation: l.page?.orientation,
        company: l.page?.header.left,
        footer: l.page?.footer.center,
      }).toEqual({
        name: l.name,
        legible: true,
        orientation: 'landscape',
        company: '福山工業',
        footer: `&P / ${total}`,
      });
    }
    expect(layouts[0].page?.firstPageNumber).toBe(1);
  });
});
