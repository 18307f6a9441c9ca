/**
 * Writes one host-neutral SheetLayout into an exceljs worksheet. Decides nothing about content: values,
 * number formats, fills, fonts, borders, widths, merges, freeze panes, tab colour and internal hyperlinks are
 * copied as the report layer described them. Strings are always stored as text (exceljs never turns a string
 * cell into a formula), so `=HYPERLINK(…)` typed in a user's sheet stays text here.
 */
import type { Worksheet, Cell, Fill, Borders } from 'exceljs';
import type { CellStyle, CellValue, SheetLayout } from '../report/layout';
import { isoDateToSerial } from './xlsx-values';
import { retargetLink } from './xlsx-names';

/** exceljs cannot draw charts: the chart's data block is written and this note says where the chart lives. */
export const CHART_NOTE = 'グラフは Excel のアドイン（WLB基準チェッカー）で描画されます。グラフのデータはこのシートの表にあります。';

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
  applyStyles(ws, layout);
  layout.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const m of layout.merges) ws.mergeCells(m.row, m.col, m.rowEnd ?? m.row, m.colEnd ?? m.col);
  for (const link of layout.hyperlinks) writeHyperlink(ws.getCell(link.row, link.col), retargetLink(link.target, options.sheetNames));
  for (const chart of layout.charts) writeChartNote(ws, chart.anchor.row, chart.anchor.col, chart.title);
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

function styleCell(cell: Cell, style: CellStyle): void {
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.bold || style.fontColor || style.fontSize) {
    cell.font = {
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
    cell.alignment = { ...(style.wrap ? { wrapText: true } : {}), ...(style.horizontal ? { horizontal: style.horizontal } : {}), vertical: 'top' };
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

function writeChartNote(ws: Worksheet, row: number, col: number, title: string): void {
  const cell = ws.getCell(row, col);
  if (cell.value !== null && cell.value !== undefined) return;
  cell.value = `【${title}】${CHART_NOTE}`;
  cell.font = { italic: true, color: { argb: 'FF666666' } };
}

/** `#1F6FEB` → `FF1F6FEB`. */
function toArgb(hex: string): string {
  return 'FF' + hex.replace(/^#/, '').toUpperCase();
}
