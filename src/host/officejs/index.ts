/**
 * The workbook port inside Excel (office-js). Office calls live in this folder, nowhere else (the Script Lab
 * pattern): every `Excel.run` goes through a cell-edit-mode retry, reads go in row blocks that shrink on Excel's
 * 5 MB payload error, and writes are all or nothing (./transaction.ts: temporary sheets, then renames, then deleting
 * the old sheets; on failure the workbook is put back as it was). One sheet's writes are queued by ./queue.ts.
 *
 * Nothing runs at import time, and `Excel` is reached through the constructor, so tests pass a simulated Excel.
 */
import type { SheetGrid } from '../../ingest/types';
import type { SheetLayout } from '../../report/layout';
import type { ReadSheetOptions, SheetInfo, StoredSettings, WorkbookPort, WriteResult } from '../port';
import {
  errorDetail,
  isCellEditMode,
  isPayloadTooLarge,
  MESSAGES,
  OfficeHostError,
  realSleep,
  DEFAULT_DELAYS,
  withCellEditRetry,
  type RetryOptions,
} from './errors';
import { HEAD_ROWS } from '../../ingest';
import { columnRuns, readRowBlocks, type BlockReader, type ColumnRun } from './read';
import { notCaptured, restoreWorkbook, writeOnce, type WriteRequest } from './transaction';
import { readMarkers } from './write';

export { getDisplayLanguage } from './display-language';

/** The part of the `Excel` namespace the port uses: the seam tests fill with a simulated Excel. */
export interface ExcelApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface OfficePortOptions extends RetryOptions {
  /** Bytes of queued writes per `context.sync()` (Excel on the web refuses requests over 5 MB). */
  requestBudget?: number;
}

/** Key of the checker's entry in `workbook.settings`. */
export const SETTINGS_KEY = 'wlbChecker';

type Workbook1904 = Excel.Workbook & { use1904DateSystem?: boolean };

function excelOf(excel: ExcelApi | undefined): ExcelApi {
  if (!excel) throw new OfficeHostError('NotInExcel', MESSAGES.notInExcel);
  return excel;
}

/** `globalThis.Excel`, read when a port is made (never at import). */
function globalExcel(): ExcelApi | undefined {
  return (globalThis as { Excel?: ExcelApi }).Excel;
}

/**
 * WorkbookPort over office-js.
 *
 * @example
 * const port = new OfficeWorkbookPort();            // inside the task pane, after Office.onReady
 * const sheets = await port.listSheets();
 */
export class OfficeWorkbookPort implements WorkbookPort {
  private readonly excel: ExcelApi | undefined;

  constructor(
    excel: ExcelApi | undefined = globalExcel(),
    private readonly options: OfficePortOptions = {},
  ) {
    this.excel = excel;
  }

  /** One Excel.run with the cell-edit-mode retry. */
  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const excel = excelOf(this.excel);
    return withCellEditRetry(() => excel.run(batch), this.options);
  }

  /** Every sheet with its used-range size and whether the checker wrote it: 2 syncs whatever the sheet count. */
  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      const names = context.workbook.names.load('items/name,items/formula');
      await context.sync();
      const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load('rowCount,columnCount'));
      await context.sync();
      const markers = readMarkers(names.items.map((n) => ({ name: n.name, formula: String(n.formula) })));
      return sheets.items.map((s, i) => ({
        name: s.name,
        rowCount: used[i].isNullObject ? 0 : used[i].rowCount,
        columnCount: used[i].isNullObject ? 0 : used[i].columnCount,
        visible: s.visibility === 'Visible',
        ownedByChecker: markers.bySheet.has(s.name.toLocaleLowerCase()),
      }));
    });
  }

  /**
   * Reads the used range in row blocks (values + number formats only, one sync per block). A block starts at
   * 5,000 rows (and rows × columns ≤ 5,000,000); on a payload error it halves and the block is read again.
   * With `columnsFor`, the first HEAD_ROWS rows are read whole, then only the columns it names, each block's
   * column runs as ranges of one sync: a 194-column export with 8 columns in use costs 8 columns of payload.
   */
  async readSheet(name: string, options: ReadSheetOptions = {}): Promise<SheetGrid> {
    const used = await this.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem(name)
        .getUsedRangeOrNullObject(true)
        .load('rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      return range.isNullObject
        ? null
        : {
            rowIndex: range.rowIndex,
            columnIndex: range.columnIndex,
            rowCount: range.rowCount,
            columnCount: range.columnCount,
          };
    }).catch((err) => this.rethrowRead(name, err));
    const grid: SheetGrid = {
      name,
      firstRow: (used?.rowIndex ?? 0) + 1,
      firstCol: (used?.columnIndex ?? 0) + 1,
      values: [],
      numberFormats: [],
    };
    if (!used) return grid;
    const total = Math.min(used.rowCount, options.maxRows ?? Infinity);
    const target = { sheet: name, ...used };
    const handlers = {
      onProgress: options.onProgress,
      rowsTotal: total,
      tooLarge: (row: number, cause: unknown) =>
        new OfficeHostError('ReadFailed', MESSAGES.rowTooLarge(name, row), cause),
      failed: (cause: unknown) => this.rethrowRead(name, cause),
    };
    const readBlock: BlockReader = (rowIndex, rows, runs) => this.readBlock(name, rowIndex, rows, runs);
    const every = [{ start: used.columnIndex, count: used.columnCount }];
    const head = options.columnsFor ? Math.min(total, HEAD_ROWS) : total;
    await readRowBlocks(grid, target, { from: 0, to: head, runs: every }, readBlock, handlers);
    if (head < total) {
      const inUse =
        options.columnsFor?.(grid)?.filter((c) => c > used.columnIndex && c <= used.columnIndex + used.columnCount) ??
        null;
      await readRowBlocks(
        grid,
        target,
        { from: head, to: total, runs: inUse?.length ? columnRuns(inUse) : every },
        readBlock,
        handlers,
      );
      if (inUse?.length) grid.columnsRead = inUse;
    }
    return grid;
  }

  /** One block: each column run a range, all loaded in one sync. */
  private readBlock(
    sheet: string,
    rowIndex: number,
    rows: number,
    runs: ColumnRun[],
  ): Promise<{ values: unknown[][]; numberFormat: unknown[][] }[]> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const ranges = runs.map((run) =>
        ws.getRangeByIndexes(rowIndex, run.start, rows, run.count).load('values,numberFormat'),
      );
      await context.sync();
      return ranges.map((range) => ({ values: range.values, numberFormat: range.numberFormat }));
    });
  }

  private rethrowRead(sheet: string, err: unknown): never {
    if (err instanceof OfficeHostError || isPayloadTooLarge(err)) throw err;
    throw new OfficeHostError(
      'ReadFailed',
      `シート「${sheet}」を読み込めませんでした。シートが削除・改名されていないか確かめて、もう一度お試しください。（詳細: ${errorDetail(err)}）`,
      err,
    );
  }

  /** `Workbook.use1904DateSystem` (ExcelApi 1.16); false where Excel is older or does not say. */
  async isDate1904(): Promise<boolean> {
    const office = (globalThis as { Office?: typeof Office }).Office;
    try {
      if (office?.context?.requirements && !office.context.requirements.isSetSupported('ExcelApi', '1.16'))
        return false;
    } catch {
      // An Office without requirement checks: ask Excel itself below.
    }
    try {
      return await this.run(async (context) => {
        const workbook = context.workbook as Workbook1904;
        workbook.load('use1904DateSystem');
        await context.sync();
        return workbook.use1904DateSystem === true;
      });
    } catch (err) {
      if (err instanceof OfficeHostError) throw err;
      return false;
    }
  }

  /**
   * Writes the checker's sheets, all or nothing (see WorkbookPort.writeSheets): one attempt is ./transaction.ts
   * `writeOnce` (syncs: 1 to plan, then one per ~2 MB of queued writes — 1 for a usual report —, 1 to swap the
   * sheets in, 1 to delete the replaced ones); a failed attempt is undone, and retried only in cell-edit mode.
   */
  async writeSheets(
    layouts: SheetLayout[],
    options: { keepIfPresent?: string[]; activate?: string } = {},
  ): Promise<WriteResult> {
    const excel = excelOf(this.excel);
    const date1904 = await this.isDate1904().catch((err: unknown) => {
      throw err instanceof OfficeHostError && err.code === 'CellEditMode'
        ? new OfficeHostError('CellEditMode', MESSAGES.cellEditModeWrite, err.cause)
        : err;
    });
    const delays = this.options.delays ?? DEFAULT_DELAYS;
    const sleep = this.options.sleep ?? realSleep;
    const request: WriteRequest = { layouts, options, date1904, requestBudget: this.options.requestBudget };
    for (let attempt = 0; ; attempt++) {
      const before = notCaptured();
      try {
        return await excel.run((context) => writeOnce(context, request, before));
      } catch (err) {
        if (before.captured) {
          try {
            await this.run((context) => restoreWorkbook(context, before));
          } catch {
            throw new OfficeHostError('WriteFailedNotRestored', MESSAGES.writeFailedNotRestored(errorDetail(err)), err);
          }
        }
        if (err instanceof OfficeHostError) throw err;
        if (!isCellEditMode(err)) throw new OfficeHostError('WriteFailed', MESSAGES.writeFailed(errorDetail(err)), err);
        if (attempt >= delays.length) throw new OfficeHostError('CellEditMode', MESSAGES.cellEditModeWrite, err);
        await sleep(delays[attempt]);
      }
    }
  }

  async loadSettings(): Promise<StoredSettings | null> {
    return this.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
      await context.sync();
      return item.isNullObject ? null : parseSettings(item.value);
    });
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    await this.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
      await context.sync();
    });
  }

  /**
   * Shows a cell to the user (the task pane's "click an input issue"): activates its sheet and selects it.
   *
   * @example await port.selectCell('勤怠', 'D15')
   */
  async selectCell(sheet: string, address: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }
}

/**
 * Activates a sheet and selects a cell, in the running Excel (or the one given).
 *
 * @example await selectCell('勤怠', 'D15')
 */
export function selectCell(sheet: string, address: string, excel: ExcelApi | undefined = globalExcel()): Promise<void> {
  return new OfficeWorkbookPort(excel).selectCell(sheet, address);
}

/** Stored settings are a JSON string; anything unreadable counts as "nothing stored". */
function parseSettings(value: unknown): StoredSettings | null {
  try {
    const parsed = typeof value === 'string' ? JSON.parse(value) : value;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as StoredSettings) : null;
  } catch {
    return null;
  }
}
