/**
 * Print setup of every report sheet (report.md: A4 landscape, one page wide, header rows repeated, company /
 * as-of date / page numbers in the page header or footer, rows tall enough for their wrapped text).
 */
import {
  buildReportLayouts,
  escapeHeaderText,
  estimateRowHeights,
  pageSetupFor,
  withPrintSetup,
  wrappedLines,
} from '../../src/report';
import type { SheetLayout } from '../../src/report/layout';
import { META, criterion, emptyDataset, makeReport } from './fixtures';

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
  it('makes a row with a 3-line wrapped cell 3 × 15 + 3 = 48 pt and leaves one-line rows at the default', () => {
    // Row 2: 30 CJK characters = 60 columns in a 21-wide column (20 per line) → 3 lines.
    const l = layout([['短い'], ['あ'.repeat(30)]], [21], 1);
    expect(estimateRowHeights(l)).toEqual([undefined, 48]);
  });

  it('ignores text in cells that do not wrap', () => {
    const l = layout([['あ'.repeat(30), 'x']], [21, 8], 2);
    expect(estimateRowHeights(l)).toEqual([]);
  });
});

describe('pageSetupFor / withPrintSetup', () => {
  it('prints A4 landscape, one page wide and as many pages down as needed, with company, sheet, as-of date and page numbers', () => {
    expect(pageSetupFor({ asOf: '2026-03-31', companyName: '山田&鈴木 株式会社' }, 12)).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: 12, last: 12 },
      header: { left: '山田&&鈴木 株式会社', center: '&A', right: '基準日 2026/03/31' },
      footer: { left: 'WLB基準チェッカー', center: '&P / &N' },
      centerHorizontally: true,
    });
  });

  it('leaves the company out when not given (the host writes the workbook’s own)', () => {
    expect(pageSetupFor({ asOf: '2026-03-31' }).header.left).toBeUndefined();
    expect(escapeHeaderText('A&B')).toBe('A&&B');
    // Excel refuses headers over 255 characters: a 100-character name is cut to 59 + '…' = 60.
    expect([...escapeHeaderText('株'.repeat(100))]).toHaveLength(60);
  });

  it('repeats the last frozen row when the layout names no title row', () => {
    const l = { ...layout([['h'], ['v']], [8], 1), freezeRows: 1 };
    expect(withPrintSetup(l, { asOf: '2026-03-31' }).page?.titleRows).toEqual({ first: 1, last: 1 });
  });

  it('gives every sheet of the report a page setup, including sheets added to the list later', () => {
    const dataset = emptyDataset({
      monthlyHours: [{ employeeId: 'E1', month: '2026-03', overtime: 50, holidayWork: 0 }],
    });
    const layouts = buildReportLayouts(
      makeReport({ criteria: [criterion({ id: 'checklist.58', status: 'insufficient-data' })] }),
      dataset,
      { ...META, companyName: '福山工業' },
    );
    expect(layouts.length).toBeGreaterThanOrEqual(6);
    for (const l of layouts) {
      expect({
        name: l.name,
        fit: [l.page?.fitToWidth, l.page?.fitToHeight],
        orientation: l.page?.orientation,
        company: l.page?.header.left,
      }).toEqual({ name: l.name, fit: [1, 0], orientation: 'landscape', company: '福山工業' });
    }
  });
});
