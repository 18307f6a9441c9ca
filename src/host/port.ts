/**
 * The workbook port: the only way the pipeline, the CLI and the task pane touch a workbook.
 * Implementations:
 * - ./officejs/index.ts `OfficeWorkbookPort`: the open workbook in Excel (office-js), for the task pane;
 * - ./xlsx/copy/copy-port.ts `XlsxCopyPort`: an .xlsx file for `wlb-check`, read by the streaming reader of the
 *   package's XML (./xlsx/read/file.ts `StreamedWorkbookPort`) and written as a copy with the checker's sheets
 *   grafted in;
 * - ./csv.ts `CsvWorkbookPort`: a .csv export (UTF-8 or Shift_JIS) for `wlb-check`, one sheet;
 * - ./xlsx/memory-port.ts `XlsxWorkbookPort`: an exceljs workbook in memory, for the pane's sample preview outside
 *   Excel.
 */
import type { SheetGrid, Mapping } from '../ingest/types';
import type { SheetLayout } from '../report/layout';

export interface SheetInfo {
  name: string;
  /** Rows and columns of the used range (0 for an empty sheet). */
  rowCount: number;
  columnCount: number;
  visible: boolean;
  /** true for a sheet this checker wrote on an earlier run (marked, see writeSheets). */
  ownedByChecker: boolean;
}

export interface ReadProgress {
  sheet: string;
  rowsRead: number;
  rowsTotal: number;
}

export interface ReadSheetOptions {
  maxRows?: number;
  onProgress?: (p: ReadProgress) => void;
  columnsFor?: (head: SheetGrid) => number[] | null;
}

/** What the checker remembers in the workbook so the next run needs one click. */
export interface StoredSettings {
  mapping?: Mapping;
  excludeSheets?: string[];
  profile?: string;
  /** Partial Params (as-of date is not stored: it defaults to today). */
  params?: Record<string, unknown>;
  /** The company's name as the printed summary shows it (設定). */
  companyName?: string;
}

export interface WriteResult {
  /** Checker name (layout.name) → the sheet name actually used (differs when a user sheet had that name). */
  sheetNames: Record<string, string>;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  /**
   * Reads a sheet's used range (values + number formats only), in row blocks.
   * `maxRows` limits the read (the task pane's detection step reads only the first rows).
   * `columnsFor`, given the first rows read in full (ingest's HEAD_ROWS), returns the 1-based columns
   * the rest is read for (null: all); the grid then says so in `columnsRead`. A host that holds the whole
   * file anyway (the .xlsx ports) may read everything and ignore it.
   */
  readSheet(name: string, options?: ReadSheetOptions): Promise<SheetGrid>;
  /** true when the workbook uses the 1904 date system. */
  isDate1904(): Promise<boolean>;
  /**
   * Writes the checker's sheets, all or nothing: replaces the sheets it wrote before, never a user sheet
   * (a user sheet with the same name makes it pick another name), and leaves the workbook as it was if any
   * write fails. A layout whose name is in `keepIfPresent` is written only when no such checker sheet exists
   * (the checklist: the user's answers are never overwritten).
   */
  writeSheets(layouts: SheetLayout[], options?: { keepIfPresent?: string[]; activate?: string }): Promise<WriteResult>;
  loadSettings(): Promise<StoredSettings | null>;
  saveSettings(settings: StoredSettings): Promise<void>;
}
