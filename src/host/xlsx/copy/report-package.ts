/**
 * The checker's sheets before they are grafted into the user's package (./copy-port.ts): written into a small exceljs
 * workbook with the same layout code as the in-memory port (../layout.ts) and read back as parts, plus what the
 * copy takes from the user's workbook for them (the Company of the page header).
 */
import type * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetLayout } from '../../../report/layout';
import { withCompany } from '../../../report/company';
import { writeLayout } from '../layout';
import { parseRels, readBook, relsPathOf, resolveTarget, text } from '../package';
import { sharedStringItems } from './styles';
import { REL_NS, childElements, element, elements, parseXml } from '../xml';

const EXTENDED_PROPERTIES_REL = `${REL_NS}/extended-properties`;
const EXTENDED_PROPERTIES_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';

/** The checker's sheets as parts of a small exceljs-written package. */
export interface ReportPackage {
  sheets: { name: string; xml: string; rels?: string }[];
  styles: string;
  xfs: string[];
  /** Inner XML of each shared string. */
  strings: string[];
}

/** Writes the layouts into a new exceljs workbook (same layout code as the in-memory port) and reads its parts back. */
export async function buildReportPackage(
  layouts: SheetLayout[],
  sheetNames: Record<string, string>,
  date1904: boolean,
  active?: string,
): Promise<ReportPackage> {
  // Loaded only when a report is written: `--json` alone never needs exceljs (≈ 0.3 s of start-up).
  const { Workbook } = await import('exceljs');
  const wb = new Workbook();
  if (date1904) wb.properties.date1904 = true;
  for (const layout of layouts) {
    const ws = wb.addWorksheet(sheetNames[layout.name]);
    writeLayout(ws, layout, { sheetNames, date1904 });
    if (ws.name === active) {
      // tabSelected is written by exceljs but missing from its type declarations.
      const views = (ws.views ?? []) as (Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean })[];
      ws.views = (
        views.length ? views.map((v) => ({ ...v, tabSelected: true })) : [{ tabSelected: true }]
      ) as ExcelJS.WorksheetView[];
    }
  }
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const book = await readBook(zip);
  const sheets = await Promise.all(
    book.sheets.map(async (s) => {
      const relsPath = relsPathOf(s.part);
      const rels = zip.file(relsPath) ? await text(zip, relsPath) : undefined;
      // Only hyperlinks are expected; anything else would point at a part this graft does not copy.
      if (rels && parseRels(rels).some((r) => !r.external))
        throw new Error(`unexpected part related to report sheet ${s.name}`);
      return { name: s.name, xml: await text(zip, s.part), rels };
    }),
  );
  const styles = await text(zip, 'xl/styles.xml');
  const shared = zip.file('xl/sharedStrings.xml') ? await text(zip, 'xl/sharedStrings.xml') : '';
  return {
    sheets,
    styles,
    xfs: elements(element(styles, 'cellXfs')?.inner ?? '', 'xf').map((x) => x.text),
    strings: sharedStringItems(shared),
  };
}

/**
 * The company name the workbook itself carries (docProps/app.xml `<Company>`, what Excel shows under File →
 * Info → Company), or '' when there is none.
 */
export async function workbookCompany(zip: JSZip): Promise<string> {
  try {
    const root = parseRels(await text(zip, '_rels/.rels'));
    const rel = root.find((r) => r.type === EXTENDED_PROPERTIES_REL);
    if (!rel) return '';
    const doc = parseXml(await text(zip, resolveTarget('', rel.target)));
    const company = childElements(doc.documentElement, EXTENDED_PROPERTIES_NS, 'Company')[0];
    return company?.textContent?.trim() ?? '';
  } catch {
    // The company is a nicety of the page header: an unreadable properties part leaves it blank.
    return '';
  }
}

/** A layout without a company name (none given) gets the workbook's own, in its page header and company cell. */
export function withWorkbookCompany(layout: SheetLayout, company: string): SheetLayout {
  return withCompany(layout, company);
}
