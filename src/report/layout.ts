/**
 * A host-neutral description of one output sheet. The report layer builds it; each host writes it
 * (exceljs in Node, office-js in Excel) without deciding anything about content or looks.
 */
export type CellValue = string | number | boolean | null | { date: string } | { formula: string; result?: string | number };

/** A rectangle in 1-based rows/cols, inclusive. */
export interface CellRange {
  row: number;
  col: number;
  rowEnd?: number;
  colEnd?: number;
}

export interface CellStyle {
  numberFormat?: string;
  bold?: boolean;
  /** Fill colour `#RRGGBB`. */
  fill?: string;
  fontColor?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  border?: boolean;
  fontSize?: number;
}

export interface StyledRange extends CellRange {
  style: CellStyle;
}

export interface Hyperlink {
  row: number;
  col: number;
  /** Internal target such as `'勤怠'!D15`. */
  target: string;
}

export interface ChartSpec {
  type: 'line';
  title: string;
  /** Data block on the same sheet: first column = categories (months), other columns = series with headers. */
  dataRange: CellRange;
  /** Where to place the chart (top-left cell) and its size in columns/rows. */
  anchor: CellRange;
}

export interface SheetLayout {
  /** The checker's name for the sheet (the host may pick another if a user sheet has this name). */
  name: string;
  /** Row-major values starting at A1; rows may be ragged. */
  values: CellValue[][];
  styles: StyledRange[];
  columnWidths: number[];
  merges: CellRange[];
  hyperlinks: Hyperlink[];
  charts: ChartSpec[];
  /** Freeze panes below this many rows. */
  freezeRows?: number;
  /** Freeze panes right of this many columns (row labels such as employee id and name). */
  freezeColumns?: number;
  /** Sheet tab colour `#RRGGBB`. */
  tabColor?: string;
}
