/**
 * Print setup for every sheet the checker writes (the summary is what HR prints and files as
 * evidence). Applied to the finished layouts in one place (./index.ts), so a sheet added later prints the same
 * way without knowing about it:
 * - A4 landscape, scaled to one page wide and as many pages down as the rows need;
 * - the table's header row repeated on each page;
 * - header: company (left), sheet name (centre), as-of date (right); footer: the checker (left), `page / pages`;
 * - rows tall enough for their wrapped text, so a long gap or reason is printed whole instead of cut off.
 */
import type { CellStyle, CellValue, PageSetup, SheetLayout } from './layout';
import { displayWidth } from './format';
import { reportWords, type ReportLocale } from './words';

export interface PrintContext {
  /** The report's as-of date, `YYYY-MM-DD`. */
  asOf: string;
  /** The company name for the page header; when absent the host shows the workbook's own company property. */
  companyName?: string;
  locale?: ReportLocale;
}

/** Excel's default row: 15 pt for an 11-pt font (one line of text); a line of a wrapped cell adds as much. */
const LINE_POINTS = 15;
const DEFAULT_FONT_SIZE = 11;
/** Room above and below the lines of a wrapped cell. */
const PADDING_POINTS = 3;
/** Excel's largest row height. */
const MAX_ROW_POINTS = 409;
/** The characters a column shows per line: its width less about one character of cell padding. */
const CELL_PADDING_CHARS = 1;

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
 * The page setup of a report sheet.
 *
 * @example pageSetupFor({ asOf: '2026-03-31', companyName: '福山工業' }, 5).header
 * // { left: '福山工業', center: '&A', right: '基準日 2026/03/31' }
 */
export function pageSetupFor(context: PrintContext, titleRow?: number): PageSetup {
  const words = reportWords(context.locale);
  return {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: titleRow ? { first: titleRow, last: titleRow } : undefined,
    header: {
      ...(context.companyName ? { left: escapeHeaderText(context.companyName) } : {}),
      center: '&A',
      right: `${words.pageAsOf} ${context.asOf.replace(/-/g, '/')}`,
    },
    footer: { left: words.pageFooter, center: '&P / &N' },
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
        cells.set(key, {
          wrap: range.style.wrap ?? prev?.wrap,
          fontSize: range.style.fontSize ?? prev?.fontSize,
        });
      }
    }
  }
  return cells;
}

/**
 * Row heights (points) that fit the wrapped text of each row: lines × 15 pt (scaled by the font size) plus a
 * little padding. Rows without a wrapped cell of more than one line keep the default height (undefined).
 *
 * @example estimateRowHeights(layoutWithAThreeLineGap)[7] // 3 × 15 + 3 = 48
 */
export function estimateRowHeights(layout: SheetLayout): (number | undefined)[] {
  const cells = wrapAndFont(layout);
  const heights: (number | undefined)[] = [];
  for (const [key, style] of cells) {
    if (!style.wrap) continue;
    const [r, c] = key.split(',').map(Number);
    const text = cellText(layout.values[r - 1]?.[c - 1]);
    const width = layout.columnWidths[c - 1] || 8.43;
    const lines = text ? wrappedLines(text, width) : 1;
    if (lines < 2) continue;
    const size = (style.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE;
    const points = Math.min(MAX_ROW_POINTS, Math.round(lines * LINE_POINTS * size + PADDING_POINTS));
    heights[r - 1] = Math.max(heights[r - 1] ?? 0, points);
  }
  return heights;
}

/**
 * A layout ready to print: its page setup (title row: the layout's own, else its last frozen row) and row
 * heights that fit its wrapped text. What the layout already says is kept.
 *
 * @example withPrintSetup(layout, { asOf: '2026-03-31' }).page?.fitToWidth // 1
 */
export function withPrintSetup(layout: SheetLayout, context: PrintContext): SheetLayout {
  const titleRow = layout.printTitleRow ?? layout.freezeRows;
  return {
    ...layout,
    page: layout.page ?? pageSetupFor(context, titleRow),
    rowHeights: layout.rowHeights ?? estimateRowHeights(layout),
  };
}
