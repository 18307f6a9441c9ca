/**
 * Writes one host-neutral SheetLayout into an exceljs worksheet. Decides nothing about content: values, number formats,
 * fills, fonts, borders, widths, row heights, merges, freeze panes, tab colour, internal hyperlinks and the print setup
 * are copied as the report layer described them. Charts are not exceljs' to draw: the `--out` copy adds them as
 * DrawingML parts (./copy/chart.ts). Strings are always stored as text (exceljs never turns a string cell into a
 * formula), so `=HYPERLINK(…)` typed in a user's sheet stays text here.
 */
import type { Worksheet, Cell, Fill, Borders } from 'exceljs';
import type { CellStyle, CellValue, HeaderFooter, PageSetup, SheetLayout } from '../../report/layout';
import { isoDateToSerial } from '../cell-values';
import { retargetLink } from '../sheet-names';

/** OOXML paper size 9 = A4 (ECMA-376 part 1 §18.3.1.64, ST paperSize). */
const PAPER_A4 = 9;
/** Excel's "normal" margins in inches. */
const MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

const DEFAULT_DATE_FORMAT = 'yyyy/m/d';

/**
 * Writes `layout` into the empty worksheet `ws`.
 *
 * @example writeLayout(wb.addWorksheet('WLB基準サマリー'), layout, { sheetNames: {}, date1904: false })
 */
export function writeLayout(
  ws: Worksheet,
  layout: SheetLayout,
  options: { sheetNames: Record<string, string>; date1904: boolean },
): void {
  writeValues(ws, layout.values, options.date1904);
  if (layout.font) writeFont(ws, layout);
  applyStyles(ws, layout);
  layout.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const m of layout.merges) ws.mergeCells(m.row, m.col, m.rowEnd ?? m.row, m.colEnd ?? m.col);
  for (const link of layout.hyperlinks)
    writeHyperlink(ws.getCell(link.row, link.col), retargetLink(link.target, options.sheetNames));
  layout.rowHeights?.forEach((h, i) => {
    if (h !== undefined && h > 0) ws.getRow(i + 1).height = h;
  });
  if (layout.page) writePageSetup(ws, layout.page);
  if (layout.freezeRows) ws.views = [{ state: 'frozen', ySplit: layout.freezeRows, xSplit: 0 }];
  if (layout.tabColor) ws.properties.tabColor = { argb: toArgb(layout.tabColor) };
}

function writeValues(ws: Worksheet, rows: CellValue[][], date1904: boolean): void {
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (typeof value === 'object' && 'date' in value) {
        const serial = isoDateToSerial(value.date, date1904);
        cell.value = serial ?? value.date;
        if (serial !== null) cell.numFmt = DEFAULT_DATE_FORMAT;
      } else if (typeof value === 'object' && 'formula' in value) {
        cell.value = { formula: value.formula.replace(/^=/, ''), result: value.result } as never;
      } else {
        // A string is stored as a shared string: Excel shows it as text and never evaluates it.
        cell.value = value;
      }
    });
  });
}

/** Merges every StyledRange covering a cell first, so a later range adds to an earlier one instead of replacing it. */
function applyStyles(ws: Worksheet, layout: SheetLayout): void {
  const merged = new Map<string, { row: number; col: number; style: CellStyle }>();
  for (const range of layout.styles) {
    for (let r = range.row; r <= (range.rowEnd ?? range.row); r++) {
      for (let c = range.col; c <= (range.colEnd ?? range.col); c++) {
        const key = `${r},${c}`;
        const prev = merged.get(key);
        merged.set(key, { row: r, col: c, style: { ...prev?.style, ...range.style } });
      }
    }
  }
  for (const { row, col, style } of merged.values()) styleCell(ws.getCell(row, col), style);
}

/**
 * Names the layout's font on every written cell, so no cell prints in a program's default (LibreOffice prints the
 * digits of a nameless bold font in a serif).
 */
function writeFont(ws: Worksheet, layout: SheetLayout): void {
  const font = { name: layout.font!.name, size: layout.font!.size };
  layout.values.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) ws.getCell(r + 1, c + 1).font = font;
  });
}

function styleCell(cell: Cell, style: CellStyle): void {
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.bold || style.fontColor || style.fontSize) {
    cell.font = {
      ...cell.font,
      ...(style.bold ? { bold: true } : {}),
      ...(style.fontColor ? { color: { argb: toArgb(style.fontColor) } } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
    };
  }
  if (style.fill) {
    const fill: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(style.fill) } };
    cell.fill = fill;
  }
  if (style.wrap || style.horizontal) {
    cell.alignment = {
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      vertical: 'top',
    };
  }
  if (style.border) {
    const thin = { style: 'thin' as const, color: { argb: 'FF999999' } };
    const borders: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
    cell.border = borders;
  }
}

/** An internal link: exceljs writes `#'sheet'!A1` as the link's location, which Excel follows within the file. */
function writeHyperlink(cell: Cell, target: string): void {
  const text = cell.value === null || cell.value === undefined ? target : String(cell.value);
  cell.value = { text, hyperlink: `#${target}` };
  cell.font = { ...cell.font, underline: true, color: { argb: 'FF0563C1' } };
}

/**
 * The print setup: `<pageSetup>` (A4, orientation, scale, first page number), `<rowBreaks>`, `<printOptions>`,
 * `<pageMargins>`, `<headerFooter>` and the print titles (in a workbook exceljs saves itself; the `--out` copy
 * writes that defined name into the user's workbook part).
 */
function writePageSetup(ws: Worksheet, page: PageSetup): void {
  for (const row of page.rowBreaks) ws.getRow(row).addPageBreak();
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: page.paper === 'A4' ? PAPER_A4 : undefined,
    orientation: page.orientation,
    fitToPage: false,
    scale: page.scale,
    ...(page.firstPageNumber ? { firstPageNumber: page.firstPageNumber } : {}),
    horizontalCentered: page.centerHorizontally ?? false,
    margins: MARGINS,
    ...(page.titleRows ? { printTitlesRow: `${page.titleRows.first}:${page.titleRows.last}` } : {}),
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: headerFooterCode(page.header),
    oddFooter: headerFooterCode(page.footer),
  };
}

/**
 * The three sections as one header/footer string (`&L…&C…&R…`, ECMA-376 part 1 §18.3.1.46).
 *
 * @example headerFooterCode({ center: '&A', right: '基準日 2026/03/31' }) // '&C&A&R基準日 2026/03/31'
 */
function headerFooterCode(hf: HeaderFooter): string {
  return `${hf.left ? `&L${hf.left}` : ''}${hf.center ? `&C${hf.center}` : ''}${hf.right ? `&R${hf.right}` : ''}`;
}

/** `#1F6FEB` → `FF1F6FEB`. */
function toArgb(hex: string): string {
  return 'FF' + hex.replace(/^#/, '').toUpperCase();
}
