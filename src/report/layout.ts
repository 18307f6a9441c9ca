/**
 * A host-neutral description of one output sheet. The report layer builds it; each host writes it
 * (exceljs in Node, office-js in Excel) without deciding anything about content or looks.
 */
export type CellValue =
  string | number | boolean | null | { date: string } | { formula: string; result?: string | number };

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
  /** How many of the last series are reference lines (limits such as 45 h): drawn dashed, without markers. */
  referenceLines?: number;
  /** Title of the value axis (`時間`). */
  valueAxisTitle?: string;
}

/**
 * Header or footer text in Excel's header/footer code language, which both hosts take as it is (OOXML
 * `<oddHeader>`, office-js `headersFooters.defaultForAllPages`): `&P` page number, `&N` number of pages, `&A`
 * the sheet's tab name, `&&` a literal `&`.
 */
export interface HeaderFooter {
  left?: string;
  center?: string;
  right?: string;
}

/** How a sheet prints: what HR files as evidence must print legibly on A4. */
export interface PageSetup {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  /** Print scale in percent (one page wide; never below 75, see ../report/print.ts). */
  scale: number;
  /** Rows (1-based) after which a page ends: the layer places the breaks, so it knows the page count. */
  rowBreaks: number[];
  /** Rows (1-based, inclusive) repeated at the top of every printed page: the table's header. */
  titleRows?: { first: number; last: number };
  /**
   * `header.left` is the company name. When the report layer does not know it (no `companyName` given), it leaves
   * `left` out and the host writes the workbook's own company property there (docProps Company / office-js
   * `workbook.properties.company`), or nothing when the workbook has none.
   */
  header: HeaderFooter;
  footer: HeaderFooter;
  /** Centre the printed columns on the page. */
  centerHorizontally?: boolean;
  /**
   * The number of the sheet's first printed page: the checker's sheets are numbered `1 / N` among themselves, not
   * across the whole workbook (see ./print.ts `numberPages`).
   */
  firstPageNumber?: number;
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
  /** Row heights in points by row (index 0 = row 1); a missing entry keeps the default height. */
  rowHeights?: (number | undefined)[];
  /** Print setup; every sheet of the report has one (see ./print.ts). */
  page?: PageSetup;
  /** The table header row of the sheet, repeated on each printed page (defaults to the last frozen row). */
  printTitleRow?: number;
  /**
   * Where the company's name goes when the report layer was not given one: the host writes the workbook's own
   * Company property there (docProps / office-js `workbook.properties.company`), or leaves it empty.
   */
  companyCell?: { row: number; col: number };
  /**
   * The font of every cell, named: a style written without a font name (a bold header) prints its digits in a serif
   * font in LibreOffice, and the size must be explicit for the same reason.
   */
  font?: { name: string; size: number };
}
