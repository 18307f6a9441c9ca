/**
 * The WorkbookPort over an in-memory exceljs Workbook: the task pane's sample preview in the browser (and
 * ./read/file.ts `openXlsxFile`, exceljs' reading of a file, kept beside the CLI's own reader to compare them).
 * The CLI reads and writes through ./copy/copy-port.ts instead. No Node built-ins here (the pane bundles this file).
 *
 * The checker's own sheets are marked by workbook-level defined names `WLBChecker_<n>` → `'<sheet>'!$A$1`, so
 * a user sheet that merely has the checker's name is recognised as the user's and never replaced.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { RawValue, SheetGrid } from '../../ingest/types';
import type { SheetLayout } from '../../report/layout';
import type { ReadProgress, SheetInfo, StoredSettings, WorkbookPort, WriteResult } from '../port';
import { padGrid, toRawValue } from '../cell-values';
import {
  MARKER_PREFIX,
  baseSheetName,
  SETTINGS_MARKER,
  SETTINGS_SHEET,
  planSheetNames,
  quoteSheetName,
  sheetOfReference,
} from '../sheet-names';
import { writeLayout } from './layout';
import { definedNamesMap, restoreDefinedNamesMap, restoreWorksheetSlots, worksheetSlots } from '../vendor';

const PROGRESS_EVERY = 5000;
/** Excel's limit on the characters of one cell; settings JSON is split over rows below it. */
const CELL_TEXT_LIMIT = 32_000;

export class XlsxWorkbookPort implements WorkbookPort {
  private constructor(readonly workbook: Workbook) {}

  /**
   * Wraps a loaded (or new) exceljs workbook.
   *
   * @example const port = XlsxWorkbookPort.fromWorkbook(await new ExcelJS.Workbook().xlsx.load(buffer));
   */
  static fromWorkbook(workbook: Workbook): XlsxWorkbookPort {
    return new XlsxWorkbookPort(workbook);
  }

  async listSheets(): Promise<SheetInfo[]> {
    const owned = ownedSheetNames(this.workbook);
    return this.workbook.worksheets.map((ws) => ({
      name: ws.name,
      rowCount: ws.actualRowCount === 0 ? 0 : ws.rowCount,
      columnCount: ws.actualRowCount === 0 ? 0 : ws.columnCount,
      visible: ws.state === undefined || ws.state === 'visible',
      ownedByChecker: owned.has(ws.name),
    }));
  }

  async readSheet(
    name: string,
    options: { maxRows?: number; onProgress?: (p: ReadProgress) => void } = {},
  ): Promise<SheetGrid> {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`シート「${name}」がありません / no sheet named ${name}`);
    return readWorksheet(ws, await this.isDate1904(), options);
  }

  async isDate1904(): Promise<boolean> {
    return Boolean(this.workbook.properties?.date1904);
  }

  async writeSheets(
    layouts: SheetLayout[],
    options: { keepIfPresent?: string[]; activate?: string } = {},
  ): Promise<WriteResult> {
    const wb = this.workbook;
    const owned = ownedSheetNames(wb);
    const plan = planSheetNames(
      layouts.map((l) => l.name),
      wb.worksheets.map((ws) => ({ name: ws.name, owned: owned.has(ws.name) })),
      options.keepIfPresent ?? [],
    );
    const snapshot = takeSnapshot(wb);
    try {
      const date1904 = await this.isDate1904();
      const built = layouts
        .filter((l) => !plan.kept.includes(l.name))
        .map((layout, i) => {
          const ws = wb.addWorksheet(`~wlb-new-${i + 1}`);
          writeLayout(ws, layout, { sheetNames: plan.sheetNames, date1904 });
          return { ws, name: plan.sheetNames[layout.name], replaces: previousSheet(wb, owned, layout.name) };
        });
      for (const name of plan.remove) wb.getWorksheet(name)?.destroy();
      for (const { ws, name, replaces } of built) {
        ws.name = name;
        // A replaced sheet keeps its tab position, so reruns do not shuffle the checker's tabs.
        if (replaces)
          (ws as Worksheet & { orderNo: number }).orderNo = (replaces as Worksheet & { orderNo: number }).orderNo;
      }
      const written = layouts.map((l) => plan.sheetNames[l.name]);
      const untouched = [...owned].filter(
        (n) => n !== settingsSheetName(wb) && !written.includes(n) && wb.getWorksheet(n),
      );
      remark(wb, [...written, ...untouched]);
      if (options.activate && plan.sheetNames[options.activate]) activateSheet(wb, plan.sheetNames[options.activate]);
      return { sheetNames: plan.sheetNames };
    } catch (error) {
      restoreSnapshot(wb, snapshot);
      throw error;
    }
  }

  async loadSettings(): Promise<StoredSettings | null> {
    const sheet = settingsSheetName(this.workbook);
    const ws = sheet ? this.workbook.getWorksheet(sheet) : undefined;
    if (!ws) return null;
    let json = '';
    for (let r = 1; r <= ws.rowCount; r++) {
      const v = ws.findCell(r, 1)?.value;
      if (typeof v === 'string') json += v;
    }
    try {
      const parsed: unknown = JSON.parse(json);
      return parsed && typeof parsed === 'object' ? (parsed as StoredSettings) : null;
    } catch {
      return null;
    }
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    const wb = this.workbook;
    const previous = settingsSheetName(wb);
    const snapshot = takeSnapshot(wb);
    try {
      if (previous) wb.getWorksheet(previous)?.destroy();
      const taken = wb.worksheets.map((ws) => ws.name.toLocaleLowerCase());
      let name = SETTINGS_SHEET;
      for (let n = 2; taken.includes(name.toLocaleLowerCase()); n++) name = `${SETTINGS_SHEET} (${n})`;
      const ws = wb.addWorksheet(name, { state: 'veryHidden' });
      const json = JSON.stringify(settings);
      for (let i = 0, r = 1; i < json.length; i += CELL_TEXT_LIMIT, r++)
        ws.getCell(r, 1).value = json.slice(i, i + CELL_TEXT_LIMIT);
      delete definedNamesMap(wb)[SETTINGS_MARKER];
      wb.definedNames.add(`${quoteSheetName(name)}!$A$1`, SETTINGS_MARKER);
    } catch (error) {
      restoreSnapshot(wb, snapshot);
      throw error;
    }
  }
}

/**
 * Reads a worksheet's used range (from A1) into a SheetGrid without creating cells in the workbook.
 *
 * @example readWorksheet(ws, false, { maxRows: 30 }).values[0] // first row's raw values
 */
function readWorksheet(
  ws: Worksheet,
  date1904: boolean,
  options: { maxRows?: number; onProgress?: (p: ReadProgress) => void } = {},
): SheetGrid {
  const rowsTotal = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  const rows = Math.min(rowsTotal, options.maxRows ?? Infinity);
  const width = ws.actualRowCount === 0 ? 0 : ws.columnCount;
  const values: RawValue[][] = [];
  const formats: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = ws.findRow(r);
    const rowValues: RawValue[] = [];
    const rowFormats: string[] = [];
    for (let c = 1; row && c <= width; c++) {
      const cell = row.findCell(c);
      // A merged cell other than the top-left one is blank in Excel; exceljs would repeat the master's value.
      const isSlave = cell !== undefined && cell.isMerged && cell.master !== cell;
      rowValues.push(cell && !isSlave ? toRawValue(cell.value, date1904) : null);
      rowFormats.push(cell?.numFmt || 'General');
    }
    values.push(rowValues);
    formats.push(rowFormats);
    if (options.onProgress && (r % PROGRESS_EVERY === 0 || r === rows))
      options.onProgress({ sheet: ws.name, rowsRead: r, rowsTotal: rows });
  }
  return { name: ws.name, firstRow: 1, firstCol: 1, ...padGrid(values, formats, width) };
}

/** The checker sheet an earlier run wrote for `layoutName` (`name` or `name (n)`), if any. */
function previousSheet(wb: Workbook, owned: Set<string>, layoutName: string): Worksheet | undefined {
  return wb.worksheets.find(
    (ws) => owned.has(ws.name) && baseSheetName(ws.name).toLocaleLowerCase() === layoutName.toLocaleLowerCase(),
  );
}

/** Sheet names that the `WLBChecker_<n>` / settings markers point at. */
function ownedSheetNames(wb: Workbook): Set<string> {
  const names = new Set<string>();
  for (const { name, ranges } of wb.definedNames.model) {
    if (!name.startsWith(MARKER_PREFIX) && name !== SETTINGS_MARKER) continue;
    for (const range of ranges) {
      const ref = sheetOfReference(range);
      if (ref) names.add(ref.sheet);
    }
  }
  return names;
}

function settingsSheetName(wb: Workbook): string | undefined {
  const entry = wb.definedNames.model.find((d) => d.name === SETTINGS_MARKER);
  const ref = entry?.ranges[0] ? sheetOfReference(entry.ranges[0]) : null;
  return ref && wb.getWorksheet(ref.sheet) ? ref.sheet : undefined;
}

/** Replaces every `WLBChecker_<n>` marker with one per sheet of this run. */
function remark(wb: Workbook, sheetNames: string[]): void {
  const map = definedNamesMap(wb);
  for (const key of Object.keys(map)) if (key.startsWith(MARKER_PREFIX)) delete map[key];
  sheetNames.forEach((name, i) => wb.definedNames.add(`${quoteSheetName(name)}!$A$1`, `${MARKER_PREFIX}${i + 1}`));
}

/** Makes `name` the active, only selected tab (two selected tabs would be a sheet group in Excel). */
function activateSheet(wb: Workbook, name: string): void {
  const sheets = wb.worksheets.filter((ws) => ws.state === undefined || ws.state === 'visible');
  const index = wb.worksheets.findIndex((ws) => ws.name === name);
  if (index < 0) return;
  for (const ws of sheets) {
    // tabSelected is written by exceljs but missing from its type declarations.
    const views = ws.views as (Partial<Worksheet['views'][number]> & { tabSelected?: boolean })[];
    if (views?.length) ws.views = views.map((v) => ({ ...v, tabSelected: ws.name === name })) as Worksheet['views'];
    else if (ws.name === name) ws.views = [{ tabSelected: true } as Worksheet['views'][number]];
  }
  const base = wb.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' as const };
  wb.views = [{ ...base, activeTab: index, firstSheet: 0 }];
}

interface Snapshot {
  worksheets: (Worksheet | undefined)[];
  names: Record<string, unknown>;
  views: Workbook['views'];
  sheetViews: Map<Worksheet, Worksheet['views']>;
}

function takeSnapshot(wb: Workbook): Snapshot {
  return {
    worksheets: worksheetSlots(wb).slice(),
    names: { ...definedNamesMap(wb) },
    views: wb.views,
    sheetViews: new Map(wb.worksheets.map((ws) => [ws, ws.views])),
  };
}

/** Puts back the sheet list, defined names and views as they were before a failed write. */
function restoreSnapshot(wb: Workbook, snapshot: Snapshot): void {
  restoreWorksheetSlots(wb, snapshot.worksheets);
  restoreDefinedNamesMap(wb, snapshot.names);
  wb.views = snapshot.views;
  for (const [ws, views] of snapshot.sheetViews) ws.views = views;
}
