/**
 * Print setup for every sheet the checker writes (the summary is a document HR hands in; the others are its
 * evidence). Applied to the finished layouts in one place (./index.ts), so a sheet added later prints the same way:
 * - A4 landscape, one page wide, at a fixed scale the layer computes from the column widths — never below 75 %, so
 *   11-pt text prints at 8 pt or more (a sheet too wide for that gets narrower columns, its text wrapped);
 * - every row a known height (text rows 18 pt, wrapped rows by their lines), so the layer knows where each page
 *   ends and puts the page breaks there itself: the page count is known, and the checker's pages are numbered
 *   `1 / N` among themselves, not across the user's sheets;
 * - the table's header row repeated on each page; header: company (left), sheet name (centre), as-of date (right);
 *   footer: the checker (left), `page / pages`;
 * - every cell in one named font and size (a style without a font name prints digits in a serif in LibreOffice).
 */
import type { CellStyle, CellValue, PageSetup, SheetLayout } from './layout';
import { displayWidth } from './format';
import type { ReportCatalogue } from './locale';

export interface PrintContext {
  /** The report's as-of date, `YYYY-MM-DD`. */
  asOf: string;
  /** The company name for the page header; when absent the host shows the workbook's own company property. */
  companyName?: string;
  words: ReportCatalogue;
}

/** The cell text size (pt) and the fonts: Yu Gothic is Excel's Japanese default, Calibri its Western one. */
const FONT_SIZE = 11;
const FONTS = { ja: 'Yu Gothic', en: 'Calibri' } as const;
/** A row of one line of 11-pt text: tall enough for Japanese glyphs in Excel (18.75) and LibreOffice. */
const LINE_POINTS = 18;
/** A further line of a wrapped cell, and the room above and below the lines. */
const WRAPPED_LINE_POINTS = 15;
const PADDING_POINTS = 4;
/** Excel's largest row height. */
const MAX_ROW_POINTS = 409;
/** The characters a column shows per line: its width less about one character of cell padding. */
const CELL_PADDING_CHARS = 1;
/** A4 landscape less Excel's normal margins (0.7 in left and right, 0.75 in top and bottom), in points. */
const PRINTABLE = { width: 842 - 2 * 0.7 * 72, height: 595 - 2 * 0.75 * 72 };
/**
 * Points per character of column width. Excel counts widths in digits of the workbook's default font: Calibri 11
 * 7 px = 5.25 pt, 游ゴシック 11 8 px = 6 pt; the wider, with a little room, so a sheet fits one page wide in either.
 * (LibreOffice without a metric twin of the default font — Carlito for Calibri — draws wider columns.)
 */
const POINTS_PER_CHAR = 6.2;
const COLUMN_PADDING_POINTS = 3.75;
/** 11 pt × 75 % ≈ 8.25 pt: the smallest scale the layer prints at. */
const MIN_SCALE = 75;
/** A page is filled to this share of its height, for the difference between programs' row heights. */
const PAGE_FILL = 0.9;

/**
 * Excel refuses a header or footer longer than 255 characters (all three sections with their codes); the company
 * name is cut well below that so the sheet name, as-of date and codes always fit.
 */
const MAX_HEADER_TEXT = 60;

/**
 * Escapes text for a header or footer: `&` starts a code there (`&P`), so a literal one is written `&&`. Text
 * longer than 60 characters is cut (see MAX_HEADER_TEXT).
 *
 * @example escapeHeaderText('山田&鈴木 株式会社') // '山田&&鈴木 株式会社'
 */
export function escapeHeaderText(text: string): string {
  const chars = [...text.trim()];
  const cut = chars.length > MAX_HEADER_TEXT ? `${chars.slice(0, MAX_HEADER_TEXT - 1).join('')}…` : chars.join('');
  return cut.replace(/&/g, '&&');
}

/**
 * The page setup of a report sheet (scale, breaks and numbering are filled in by `withPrintSetup` / `numberPages`).
 *
 * @example pageSetupFor({ asOf: '2026-03-31', companyName: '福山工業', words: wordsFor('ja') }, 5).header
 * // { left: '福山工業', center: '&A', right: '2026年3月31日現在' }
 */
export function pageSetupFor(context: PrintContext, titleRow?: number): PageSetup {
  return {
    orientation: 'landscape',
    paper: 'A4',
    scale: 100,
    rowBreaks: [],
    titleRows: titleRow ? { first: titleRow, last: titleRow } : undefined,
    header: {
      ...(context.companyName ? { left: escapeHeaderText(context.companyName) } : {}),
      center: '&A',
      ...(context.asOf ? { right: escapeHeaderText(context.words.page.asOf(context.asOf)) } : {}),
    },
    footer: { left: context.words.page.footer, center: '&P / &N' },
    centerHorizontally: true,
  };
}

/**
 * The number of lines a wrapped cell needs at a column width (in characters; a CJK character counts 2): each
 * line of the text (split at line breaks) takes ⌈width / usable⌉ lines.
 *
 * @example wrappedLines('時間外労働の上限（月45時間）を超えた月', 12) // 4: 38 columns over 11 per line
 */
export function wrappedLines(text: string, columnWidth: number): number {
  const usable = Math.max(1, columnWidth - CELL_PADDING_CHARS);
  return text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'date' in value ? value.date : String(value.result ?? '');
}

/** The final wrap flag and font size of every styled cell (later ranges refine earlier ones, as hosts apply them). */
function wrapAndFont(layout: SheetLayout): Map<string, Pick<CellStyle, 'wrap' | 'fontSize'>> {
  const cells = new Map<string, Pick<CellStyle, 'wrap' | 'fontSize'>>();
  for (const range of layout.styles) {
    if (range.style.wrap === undefined && range.style.fontSize === undefined) continue;
    for (let r = range.row; r <= (range.rowEnd ?? range.row); r++) {
      const row = layout.values[r - 1];
      if (!row) continue;
      for (let c = range.col; c <= Math.min(range.colEnd ?? range.col, row.length); c++) {
        const key = `${r},${c}`;
        const prev = cells.get(key);
        cells.set(key, { wrap: range.style.wrap ?? prev?.wrap, fontSize: range.style.fontSize ?? prev?.fontSize });
      }
    }
  }
  return cells;
}

/** The width (characters) a cell's text has: its column's, or the merged columns' together. */
function widthOf(layout: SheetLayout, row: number, col: number): number {
  const merge = layout.merges.find((m) => m.row <= row && row <= (m.rowEnd ?? m.row) && m.col === col);
  const last = merge ? (merge.colEnd ?? col) : col;
  let width = 0;
  for (let c = col; c <= last; c++) width += layout.columnWidths[c - 1] || 8.43;
  return width;
}

/**
 * Row heights (points) of every row: 18 pt for a line of 11-pt text, and for a wrapped cell its lines × 15 pt plus
 * a little padding (scaled by the font size) — the taller wins. Every row gets a height, so the page breaks the
 * layer computes are where the programs break.
 *
 * @example estimateRowHeights(layoutWithAThreeLineGap)[7] // 4 + 3 × 15 = 49
 */
export function estimateRowHeights(layout: SheetLayout): number[] {
  const heights: number[] = layout.values.map(() => LINE_POINTS);
  for (const [key, style] of wrapAndFont(layout)) {
    const [r, c] = key.split(',').map(Number);
    const size = (style.fontSize ?? FONT_SIZE) / FONT_SIZE;
    const text = cellText(layout.values[r - 1]?.[c - 1]);
    const lines = style.wrap && text ? wrappedLines(text, widthOf(layout, r, c)) : 1;
    const points =
      lines < 2
        ? LINE_POINTS * size
        : Math.max(LINE_POINTS * size, PADDING_POINTS + lines * WRAPPED_LINE_POINTS * size);
    heights[r - 1] = Math.min(MAX_ROW_POINTS, Math.max(heights[r - 1], Math.round(points)));
  }
  return heights;
}

/** The printed width of the columns in points, at 100 %. */
function columnsPoints(widths: number[]): number {
  return widths.reduce((sum, w) => sum + w * POINTS_PER_CHAR + COLUMN_PADDING_POINTS, 0);
}

/**
 * The scale (%) that prints the columns one page wide, and the column widths: when even 75 % is too small for
 * them, the widest columns are narrowed (their text wraps) until the sheet fits at 75 %.
 *
 * @example fitWidth([16, 30, 26, 12, 12, 11, 31, 12]).scale // 86
 */
export function fitWidth(widths: number[]): { scale: number; widths: number[] } {
  const natural = Math.floor((PRINTABLE.width / columnsPoints(widths)) * 100);
  if (natural >= MIN_SCALE) return { scale: Math.min(100, natural), widths };
  const target = (PRINTABLE.width * 100) / MIN_SCALE;
  const narrowed = [...widths];
  while (columnsPoints(narrowed) > target) {
    const widest = narrowed.indexOf(Math.max(...narrowed));
    if (narrowed[widest] <= 10) break;
    narrowed[widest] -= 1;
  }
  return { scale: MIN_SCALE, widths: narrowed };
}

/**
 * The rows after which a page ends (1-based): pages filled to 92 % of their height at the scale, the title row
 * repeated on each, and a chart never cut in two.
 *
 * @example pageBreaks(new Array(60).fill(18), 100, undefined, []) // [24, 48]: 24 rows × 18 pt ≤ 487 × 0.9
 */
export function pageBreaks(
  heights: number[],
  scale: number,
  titleRow: number | undefined,
  keepTogether: [number, number][],
): number[] {
  const room = (PRINTABLE.height * PAGE_FILL * 100) / scale;
  const title = titleRow ? heights[titleRow - 1] : 0;
  const breaks: number[] = [];
  let used = 0;
  let repeated = 0;
  for (let i = 0; i < heights.length; i++) {
    const block = keepTogether.find(([first]) => first === i + 1);
    const need = block ? heights.slice(i, block[1]).reduce((a, b) => a + b, 0) : heights[i];
    if (used + need > room - repeated && used > 0) {
      breaks.push(i);
      used = 0;
      repeated = titleRow !== undefined && i + 1 > titleRow ? title : 0;
    }
    used += heights[i];
  }
  return breaks;
}

/** The rows a chart covers with its data block and the section title above it, which stay on one page. */
function chartRows(layout: SheetLayout): [number, number][] {
  return layout.charts.map((c) => [Math.max(1, c.dataRange.row - 1), (c.anchor.rowEnd ?? c.anchor.row) + 3]);
}

/**
 * A layout ready to print: fitted width and scale, every row's height, the page breaks, its page setup (title row:
 * the layout's own, else its last frozen row) and its font. What the layout already says is kept.
 *
 * @example withPrintSetup(layout, { asOf: '2026-03-31', words: wordsFor('ja') }).page?.scale // 86
 */
export function withPrintSetup(layout: SheetLayout, context: PrintContext): SheetLayout {
  const titleRow = layout.printTitleRow ?? layout.freezeRows;
  const { scale, widths } = fitWidth(layout.columnWidths);
  const fitted = { ...layout, columnWidths: widths };
  const estimated = estimateRowHeights(fitted);
  const heights = estimated.map((h, i) => layout.rowHeights?.[i] ?? h);
  // A chart's anchor rows hold no values: count them as text rows.
  const lastChartRow = Math.max(0, ...chartRows(layout).map(([, last]) => last));
  while (heights.length < lastChartRow) heights.push(LINE_POINTS);
  const page = layout.page ?? pageSetupFor(context, titleRow);
  return {
    ...fitted,
    rowHeights: heights,
    font: layout.font ?? { name: FONTS[context.words.lang], size: FONT_SIZE },
    page: { ...page, scale, rowBreaks: pageBreaks(heights, scale, titleRow, chartRows(layout)) },
  };
}

/**
 * Numbers the pages of the checker's sheets `1 / N` among themselves: each sheet's first page number follows the
 * pages of the sheets before it, and N is the total of them all (the page count is known: the layer placed the
 * breaks). The user's own sheets are not counted.
 *
 * @example numberPages([summary, law36]).map((l) => l.page?.firstPageNumber) // [1, 3] when the summary has 2 pages
 */
export function numberPages(layouts: SheetLayout[]): SheetLayout[] {
  const pages = layouts.map((l) => (l.page ? l.page.rowBreaks.length + 1 : 0));
  const total = pages.reduce((a, b) => a + b, 0);
  let first = 1;
  return layouts.map((l, i) => {
    if (!l.page) return l;
    const numbered = {
      ...l,
      page: { ...l.page, firstPageNumber: first, footer: { ...l.page.footer, center: `&P / ${total}` } },
    };
    first += pages[i];
    return numbered;
  });
}
