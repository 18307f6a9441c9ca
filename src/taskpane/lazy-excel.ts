/**
 * The Excel side of the pane, loaded on first use rather than before the first paint: the office-js port brings
 * the sheet reader (header detection) with it. The pane's first screen inside Excel is the reading progress, which
 * the first call to the port below starts, so nothing waits longer than the download of that chunk.
 */
import type { WorkbookPort } from '../host/port';

const loadExcelHost = () => import(/* webpackChunkName: "excel-host" */ '../host/officejs');

/**
 * A WorkbookPort that loads the office-js port on its first call and hands every call to it.
 *
 * @example const port = lazyExcelPort(); await port.listSheets() // loads the chunk, then asks Excel
 */
export function lazyExcelPort(): WorkbookPort {
  let loaded: Promise<WorkbookPort> | undefined;
  const port = () => (loaded ??= loadExcelHost().then((host) => new host.OfficeWorkbookPort()));
  return {
    listSheets: () => port().then((p) => p.listSheets()),
    readSheet: (name, options) => port().then((p) => p.readSheet(name, options)),
    isDate1904: () => port().then((p) => p.isDate1904()),
    writeSheets: (layouts, options) => port().then((p) => p.writeSheets(layouts, options)),
    loadSettings: () => port().then((p) => p.loadSettings()),
    saveSettings: (settings) => port().then((p) => p.saveSettings(settings)),
  };
}

/** Selects a cell in Excel (an input issue clicked), the office-js host loaded on first use. */
export function selectCellLazily(sheet: string, cell: string): Promise<void> {
  return loadExcelHost().then((host) => host.selectCell(sheet, cell));
}
