/**
 * Queueing one report sheet's writes in Excel (office-js) under a request budget: values and number formats in
 * 2-D blocks, then styles, merges, widths, links, charts, print setup and panes. The sync points and the
 * all-or-nothing swap of sheets are ./transaction.ts's; this file only queues (Excel on the web refuses a request
 * over 5 MB, so the budget syncs before the next action would cross it).
 */
import { withCompany } from '../../report/company';
import type { CellStyle, ChartSpec, Hyperlink, SheetLayout } from '../../report/layout';
import { needsTextGuard } from '../../report/textGuard';
import { columnLetter } from '../../ingest/parse/text';
import {
  buildSheetMatrices,
  chunkRows,
  columnWidthPoints,
  printSetupActions,
  queuePrintSetup,
  rangeAddress,
  utf8Length,
} from './write';
import { retargetLink } from '../sheet-names';

/** 2 MB: well under the 5 MB limit, leaving room for the JSON envelope Excel adds around each action. */
export const REQUEST_BUDGET = 2_000_000;
/** Estimated request bytes of one queued action without a data array. */
const ACTION_BYTES = 150;
const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;
const ALIGNMENT = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** Queued-write accounting: syncs when the next action would push the request over the budget. */
export class RequestBudget {
  private used = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit: number,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) await this.flush();
    this.used += bytes;
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    await this.context.sync();
    this.used = 0;
  }
}

/** Queues one layout's writes: whole 2-D blocks of values and formats first, then styles and the rest. */
export async function queueLayout(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  sheetNames: Record<string, string>,
  date1904: boolean,
  budget: RequestBudget,
  company: string,
): Promise<void> {
  // The workbook's Company where the report layer was given no name (the summary's company cell, the page header).
  layout = withCompany(layout, company);
  const m = buildSheetMatrices(layout, date1904);
  if (m.rowCount > 0 && m.columnCount > 0) {
    const rowBytes = m.values.map(
      (row, i) => utf8Length(JSON.stringify(row)) + utf8Length(JSON.stringify(m.numberFormats[i])),
    );
    for (const [start, end] of chunkRows(rowBytes, budget.limit / 2)) {
      await budget.reserve(rowBytes.slice(start, end).reduce((a, b) => a + b, 0) + 2 * ACTION_BYTES);
      const range = sheet.getRangeByIndexes(start, 0, end - start, m.columnCount);
      range.values = m.values.slice(start, end);
      range.numberFormat = m.numberFormats.slice(start, end);
    }
  }
  if (layout.font && m.rowCount > 0 && m.columnCount > 0) {
    // One named font on every cell: a nameless bold font prints its digits in a serif elsewhere (LibreOffice).
    await budget.reserve(ACTION_BYTES * 2);
    const font = sheet.getRangeByIndexes(0, 0, m.rowCount, m.columnCount).format.font;
    font.name = layout.font.name;
    font.size = layout.font.size;
  }
  for (const s of layout.styles) {
    await budget.reserve(ACTION_BYTES * 8);
    applyStyle(sheet.getRange(rangeAddress(s)), s.style);
  }
  for (const merge of layout.merges) {
    await budget.reserve(ACTION_BYTES);
    sheet.getRange(rangeAddress(merge)).merge(false);
  }
  for (const [i, width] of layout.columnWidths.entries()) {
    if (!(width > 0)) continue;
    await budget.reserve(ACTION_BYTES);
    sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = columnWidthPoints(width);
  }
  for (const link of layout.hyperlinks) {
    await budget.reserve(ACTION_BYTES + utf8Length(link.target) * 2);
    sheet.getRangeByIndexes(link.row - 1, link.col - 1, 1, 1).hyperlink = toRangeHyperlink(link, layout, sheetNames);
  }
  for (const chart of layout.charts) {
    await budget.reserve(ACTION_BYTES * 4);
    addChart(sheet, chart);
  }
  await budget.reserve(ACTION_BYTES * printSetupActions(layout));
  queuePrintSetup(sheet, layout, company);
  await budget.reserve(ACTION_BYTES * 2);
  freeze(sheet, layout.freezeRows ?? 0, layout.freezeColumns ?? 0);
  if (layout.tabColor) sheet.tabColor = layout.tabColor;
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fill) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal) format.horizontalAlignment = ALIGNMENT[style.horizontal];
  if (style.border) for (const edge of BORDER_EDGES) format.borders.getItem(edge).style = 'Continuous';
}

/**
 * A link to a cell in this workbook. Targets follow renamed checker sheets; the display text is the cell's own
 * text, except text that needs the formula guard (left as the guarded value already written).
 */
function toRangeHyperlink(
  link: Hyperlink,
  layout: SheetLayout,
  sheetNames: Record<string, string>,
): Excel.RangeHyperlink {
  const value = layout.values[link.row - 1]?.[link.col - 1];
  const hyperlink: Excel.RangeHyperlink = { documentReference: retargetLink(link.target, sheetNames) };
  if (typeof value === 'string' && value !== '' && !needsTextGuard(value)) hyperlink.textToDisplay = value;
  return hyperlink;
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const chart = sheet.charts.add('Line', sheet.getRange(rangeAddress(spec.dataRange)), 'Columns');
  chart.title.text = spec.title;
  const a = spec.anchor;
  const start = `${columnLetter(a.col)}${a.row}`;
  chart.setPosition(
    start,
    a.rowEnd !== undefined || a.colEnd !== undefined
      ? `${columnLetter(a.colEnd ?? a.col)}${a.rowEnd ?? a.row}`
      : undefined,
  );
}

function freeze(sheet: Excel.Worksheet, rows: number, columns: number): void {
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}
