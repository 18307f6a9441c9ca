/**
 * The sample workbook outside Office: exceljs in the browser over the bundled `sample-company.xlsx`, wrapped
 * in the in-memory port so the whole flow (read, analyse, write) runs unchanged. Loaded as its own chunk.
 */
import { Workbook } from 'exceljs';
import { XlsxWorkbookPort } from '../host/xlsx/memory-port';
import type { WorkbookPort } from '../host/port';

/** Where the build copies the sample (same origin, next to taskpane.html). */
export const SAMPLE_URL = 'sample-company.xlsx';

/**
 * Fetches and opens the sample workbook; writing goes to this in-memory copy only.
 *
 * @example const port = await openSampleWorkbook(); (await port.listSheets()).length > 0
 */
export async function openSampleWorkbook(url: string = SAMPLE_URL): Promise<WorkbookPort> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const workbook = new Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return XlsxWorkbookPort.fromWorkbook(workbook);
}
