/**
 * The CLI's `--out` port (Node only): reads the input in one streaming pass (./file.ts) and writes the copy
 * at the zip level. Every part of the user's package (worksheets, shared strings, drawings, tables, pivot
 * caches…) is copied as its compressed bytes; only the checker's sheets are new. Loading a 1,000-employee ×
 * 365-day workbook into exceljs' object model to copy it took ≈ 100 s and ≈ 4 GiB; this costs one streaming
 * read plus writing a few small parts.
 *
 * How the checker's sheets get in: they are built in a small exceljs workbook with the same layout code as the
 * in-memory port (./layout.ts), then grafted — worksheet parts renamed to free `sheetN.xml` names, their
 * style records appended to the user's styles part (./styles.ts), their shared strings turned into inline
 * strings (the user's shared-string table stays as it is), plus `<sheet>` entries, relationships, content types
 * and the `WLBChecker_<n>` marker names (../sheet-names.ts), the print titles, and the summary's chart as DrawingML
 * parts (./chart.ts). A previous run's checker sheets (recognised by those markers, never by name alone) are
 * dropped with their relationships, content types and the parts only they used.
 *
 * Parts changed in the user's package: [Content_Types].xml, the workbook part and its relationships (edited as
 * namespace-aware DOMs, ./workbook.ts, so any writer's prefixes stay valid), styles,
 * calcChain (dropped when a sheet is removed: Excel rebuilds it, and an entry for a removed sheet is an error),
 * and — only when the summary is activated and a user sheet was the selected tab — that sheet's `<sheetView>`
 * loses `tabSelected` (two selected tabs would open as a sheet group).
 */
import * as fs from 'fs';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetGrid } from '../../ingest/types';
import type { SheetLayout } from '../../report/layout';
import { escapeHeaderText } from '../../report/print';
import type { ReadProgress, SheetInfo, StoredSettings, WorkbookPort, WriteResult } from '../port';
import {
  CHART_REL,
  CHART_TYPE,
  DRAWING_REL,
  DRAWING_TYPE,
  WORKSHEET_ORDER,
  chartPartXml,
  drawingPartXml,
} from './chart';
import { StreamedWorkbookPort, openPackage } from './file';
import { writeLayout } from './layout';
import { baseSheetName, planSheetNames } from '../sheet-names';
import {
  REL_TYPE,
  STYLES_REL,
  WORKSHEET_REL,
  parseRels,
  readBook,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  text,
  type Book,
} from './package';
import { CONTENT_TYPES, PackageChanges, dropParts, unselectTab } from './parts';
import { graftWorksheet, mergeStyles, sharedStringItems } from './styles';
import {
  editRelationships,
  editWorkbookPart,
  emptyRelationships,
  relationshipsOf,
  setOverride,
  type SheetSlot,
} from './workbook';
import {
  REL_NS,
  childElements,
  createElementIn,
  element,
  elements,
  insertInOrder,
  parseXml,
  serializeXml,
  setAttributeIn,
} from './xml';

const CALC_CHAIN_REL = `${REL_TYPE}/calcChain`;
const EXTENDED_PROPERTIES_REL = `${REL_TYPE}/extended-properties`;
const EXTENDED_PROPERTIES_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/**
 * `WorkbookPort` for `wlb-check`: reads like {@link StreamedWorkbookPort} (one pass over each worksheet part, in
 * tab order) and, for `--out`, writes the checker's sheets into a copy of the input package, saved by
 * {@link XlsxCopyPort.save}. The input file is never written.
 *
 * @example
 * const port = await XlsxCopyPort.open('in.xlsx');
 * await writeReport(port, report, dataset);
 * await port.save('out/report.xlsx.tmp');
 */
export class XlsxCopyPort implements WorkbookPort {
  private constructor(
    private readonly cells: StreamedWorkbookPort,
    private readonly zip: JSZip,
  ) {}

  /**
   * Loads the package (compressed, ≈ the file's size in memory) and reads every worksheet's cells from it in one
   * streaming pass per part, in tab order.
   */
  static async open(file: string, options: { onProgress?: (p: ReadProgress) => void } = {}): Promise<XlsxCopyPort> {
    const { zip, cells } = await openPackage(file, options);
    return new XlsxCopyPort(StreamedWorkbookPort.fromBook(cells), zip);
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.cells.listSheets();
  }

  readSheet(
    name: string,
    options: { maxRows?: number; onProgress?: (p: ReadProgress) => void } = {},
  ): Promise<SheetGrid> {
    return this.cells.readSheet(name, options);
  }

  isDate1904(): Promise<boolean> {
    return this.cells.isDate1904();
  }

  /** The CLI keeps its settings in `--mapping` / `--param`, not in the workbook. */
  async loadSettings(): Promise<StoredSettings | null> {
    return null;
  }

  async saveSettings(_settings: StoredSettings): Promise<void> {
    throw new Error(
      'このブックには設定を保存しません（--mapping / --param を使います） / settings are not stored by the CLI',
    );
  }

  /**
   * Builds the checker's sheets and grafts them into the package, all or nothing: every new part is computed
   * first and the package is changed only once nothing can fail any more.
   */
  async writeSheets(
    layouts: SheetLayout[],
    options: { keepIfPresent?: string[]; activate?: string } = {},
  ): Promise<WriteResult> {
    const book = await readBook(this.zip);
    const plan = planSheetNames(
      layouts.map((l) => l.name),
      book.sheets.map((s) => ({ name: s.name, owned: book.owned.has(s.name) })),
      options.keepIfPresent ?? [],
    );
    const company = await workbookCompany(this.zip);
    const toWrite = layouts.filter((l) => !plan.kept.includes(l.name)).map((l) => withWorkbookCompany(l, company));
    // Only a sheet written now is activated (its tab is the one selected in the report package).
    const active =
      options.activate && !plan.kept.includes(options.activate) ? plan.sheetNames[options.activate] : undefined;
    const date1904 = await this.isDate1904();
    const report = await buildReportPackage(toWrite, plan.sheetNames, date1904, active);
    const changes = new PackageChanges(this.zip);

    const { xfMap, newRels } = await mergeStylesInto(this.zip, changes, book, report);
    const grafted = await graftSheets(changes, report, toWrite, xfMap, date1904);

    // The previous run's sheets this run replaces, and every part only they used.
    const removed = book.sheets.filter((s) => plan.remove.includes(s.name));
    await dropParts(this.zip, changes, removed.map((s) => s.part).filter(Boolean));
    if (removed.length) {
      const calc = book.rels.find((r) => r.type === CALC_CHAIN_REL);
      if (calc) await dropParts(this.zip, changes, [resolveTarget(book.workbookPath, calc.target)]);
    }

    const sheetEntries = await editWorkbookRels(changes, book, newRels, grafted);

    // The workbook part: sheet list (a replaced sheet keeps its tab), markers, print titles, active tab.
    const written = layouts.map((l) => plan.sheetNames[l.name]);
    const untouched = book.sheets
      .map((s) => s.name)
      .filter((n) => book.owned.has(n) && n !== book.settingsSheet && !written.includes(n) && !plan.remove.includes(n));
    editWorkbookPart(await changes.dom(book.workbookPath), {
      order: sheetOrder(
        book,
        plan.remove,
        report.sheets.map((s) => s.name),
        (w) => previousSheet(book, w),
      ),
      added: sheetEntries,
      markers: [...written, ...untouched],
      active,
      printTitles: printTitlesOf(toWrite, plan.sheetNames),
    });

    // Only one selected tab: the activated sheet.
    if (active) {
      for (const s of book.sheets) {
        if (plan.remove.includes(s.name) || !s.part || !this.zip.file(s.part)) continue;
        const edited = await unselectTab(this.zip, s.part);
        if (edited) changes.put.set(s.part, edited);
      }
    }
    changes.apply();
    return { sheetNames: plan.sheetNames };
  }

  /**
   * Writes the package to `file`; unchanged parts are copied as their compressed bytes.
   *
   * @example await port.save('out/.report.xlsx.tmp');
   */
  async save(file: string): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const out = fs.createWriteStream(file);
      out.on('error', reject);
      out.on('finish', resolve);
      this.zip
        .generateNodeStream({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
        .on('error', reject)
        .pipe(out);
    });
  }
}

/** The checker's sheets as parts of a small exceljs-written package. */
interface ReportPackage {
  sheets: { name: string; xml: string; rels?: string }[];
  styles: string;
  xfs: string[];
  /** Inner XML of each shared string. */
  strings: string[];
}

/** Writes the layouts into a new exceljs workbook (same layout code as the in-memory port) and reads its parts back. */
async function buildReportPackage(
  layouts: SheetLayout[],
  sheetNames: Record<string, string>,
  date1904: boolean,
  active?: string,
): Promise<ReportPackage> {
  const wb = new ExcelJS.Workbook();
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

/** The sheet an earlier run wrote for the layout now written as `written` (same rule as the in-memory port). */
function previousSheet(book: Book, written: string): string | undefined {
  const base = baseSheetName(written).toLocaleLowerCase();
  return book.sheets.find((s) => book.owned.has(s.name) && baseSheetName(s.name).toLocaleLowerCase() === base)?.name;
}

/**
 * The new tab order: the existing sheets less the removed ones, a new sheet taking the tab of the sheet it
 * replaces, the other new sheets after everything else. Entries are existing names or new names.
 */
function sheetOrder(
  book: Book,
  remove: string[],
  added: string[],
  replaces: (name: string) => string | undefined,
): SheetSlot[] {
  const byOld = new Map<string, string>();
  for (const name of added) {
    const old = replaces(name);
    if (old && remove.includes(old) && !byOld.has(old)) byOld.set(old, name);
  }
  const order: SheetSlot[] = [];
  book.sheets.forEach((s, i) => {
    if (!remove.includes(s.name)) order.push({ name: s.name, isNew: false, from: i });
    else if (byOld.has(s.name)) order.push({ name: byOld.get(s.name) as string, isNew: true });
  });
  const placed = new Set(byOld.values());
  for (const name of added) if (!placed.has(name)) order.push({ name, isNew: true });
  return order;
}

/**
 * Styles: the report's records appended to the user's styles part (or the report's own part added when the user
 * has none). Returns the report's xf index → the package's, and any workbook relationship to add.
 */
async function mergeStylesInto(
  zip: JSZip,
  changes: PackageChanges,
  book: Book,
  report: ReportPackage,
): Promise<{ xfMap: number[]; newRels: { type: string; target: string }[] }> {
  const stylesRel = book.rels.find((r) => r.type === STYLES_REL);
  const stylesPath = stylesRel ? resolveTarget(book.workbookPath, stylesRel.target) : '';
  if (stylesPath && zip.file(stylesPath)) {
    const merged = mergeStyles(await text(zip, stylesPath), report.styles);
    changes.put.set(stylesPath, merged.xml);
    return { xfMap: merged.xfMap, newRels: [] };
  }
  const target = changes.freeName('xl/styles', '.xml');
  changes.put.set(target, report.styles);
  setOverride(await changes.dom(CONTENT_TYPES), target, STYLES_TYPE);
  return {
    xfMap: report.xfs.map((_x, i) => i),
    newRels: [{ type: STYLES_REL, target: relativeTarget(book.workbookPath, target) }],
  };
}

/** The report's worksheet parts under free names, with their relationships (hyperlinks, the chart's drawing). */
async function graftSheets(
  changes: PackageChanges,
  report: ReportPackage,
  layouts: SheetLayout[],
  xfMap: number[],
  date1904: boolean,
): Promise<Map<string, string>> {
  const types = await changes.dom(CONTENT_TYPES);
  const grafted = new Map<string, string>();
  for (const [i, sheet] of report.sheets.entries()) {
    const part = changes.freeName('xl/worksheets/sheet', '.xml');
    changes.put.set(part, graftWorksheet(sheet.xml, xfMap, report.strings));
    if (sheet.rels) changes.put.set(relsPathOf(part), sheet.rels);
    setOverride(types, part, WORKSHEET_TYPE);
    if (layouts[i].charts.length > 0) await addCharts(changes, part, layouts[i], sheet.name, date1904);
    grafted.set(sheet.name, part);
  }
  return grafted;
}

/**
 * Workbook relationships: the removed parts' dropped (sheets, calcChain), the new sheets' (and styles') added.
 * Returns each new sheet's sheetId and relationship id.
 */
async function editWorkbookRels(
  changes: PackageChanges,
  book: Book,
  newRels: { type: string; target: string }[],
  grafted: Map<string, string>,
): Promise<Map<string, { sheetId: number; rid: string }>> {
  const relsDoc = await changes.dom(book.relsPath);
  const existing = relationshipsOf(relsDoc);
  const dropped = new Set(
    existing
      .filter((r) => !r.external && changes.remove.has(resolveTarget(book.workbookPath, r.target)))
      .map((r) => r.id),
  );
  const nextRid = freeIds(existing.map((r) => r.id));
  const added = newRels.map((r) => ({ id: nextRid(), ...r }));
  const entries = new Map<string, { sheetId: number; rid: string }>();
  let nextSheetId = Math.max(0, ...book.sheets.map((s) => s.sheetId)) + 1;
  for (const [name, part] of grafted) {
    const id = nextRid();
    entries.set(name, { sheetId: nextSheetId++, rid: id });
    added.push({ id, type: WORKSHEET_REL, target: relativeTarget(book.workbookPath, part) });
  }
  editRelationships(relsDoc, dropped, added);
  return entries;
}

/** A generator of relationship ids (`rId<n>`) not in `taken`. */
function freeIds(taken: string[]): () => string {
  const used = new Set(taken);
  return () => {
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    used.add(`rId${n}`);
    return `rId${n}`;
  };
}

/** Sheet name → rows repeated on each printed page (`$5:$5`), for the layouts that have a title row. */
function printTitlesOf(layouts: SheetLayout[], sheetNames: Record<string, string>): Map<string, string> {
  const titles = new Map<string, string>();
  for (const l of layouts) {
    const rows = l.page?.titleRows;
    if (rows) titles.set(sheetNames[l.name], `$${rows.first}:$${rows.last}`);
  }
  return titles;
}

/**
 * The company name the workbook itself carries (docProps/app.xml `<Company>`, what Excel shows under File →
 * Info → Company), or '' when there is none.
 */
async function workbookCompany(zip: JSZip): Promise<string> {
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

/** A layout whose page header has no company (none given) gets the workbook's own (see PageSetup.header). */
function withWorkbookCompany(layout: SheetLayout, company: string): SheetLayout {
  if (!layout.page || layout.page.header.left !== undefined || !company) return layout;
  return { ...layout, page: { ...layout.page, header: { ...layout.page.header, left: escapeHeaderText(company) } } };
}

/**
 * Adds the layout's charts to a grafted worksheet: one drawing part holding a chart part per chart, their
 * relationships and content types, and the worksheet's `<drawing r:id>` at its place in CT_Worksheet.
 */
async function addCharts(
  changes: PackageChanges,
  sheetPart: string,
  layout: SheetLayout,
  sheetName: string,
  date1904: boolean,
): Promise<void> {
  const types = await changes.dom(CONTENT_TYPES);
  const drawing = changes.freeName('xl/drawings/drawing', '.xml');
  const drawingRels = emptyRelationships();
  const sheetRelsPath = relsPathOf(sheetPart);
  if (!changes.has(sheetRelsPath)) changes.put.set(sheetRelsPath, emptyRelationships());
  const sheetRels = await changes.dom(sheetRelsPath);
  const sheetRid = freeIds(relationshipsOf(sheetRels).map((r) => r.id))();
  editRelationships(sheetRels, new Set(), [
    { id: sheetRid, type: DRAWING_REL, target: relativeTarget(sheetPart, drawing) },
  ]);
  changes.put.set(relsPathOf(drawing), drawingRels);
  const drawingRelsDoc = await changes.dom(relsPathOf(drawing));
  const anchors: string[] = [];
  layout.charts.forEach((chart, i) => {
    const part = changes.freeName('xl/charts/chart', '.xml');
    changes.put.set(part, chartPartXml(chart, layout.values, sheetName, date1904));
    setOverride(types, part, CHART_TYPE);
    const rid = `rId${i + 1}`;
    editRelationships(drawingRelsDoc, new Set(), [{ id: rid, type: CHART_REL, target: relativeTarget(drawing, part) }]);
    anchors.push(drawingPartXml(chart.anchor, rid, `${chart.title} ${i + 1}`, i + 2));
  });
  // One drawing part per sheet: the anchors of every chart in one <xdr:wsDr>.
  changes.put.set(drawing, anchors.length === 1 ? anchors[0] : mergeAnchors(anchors));
  setOverride(types, drawing, DRAWING_TYPE);
  const sheet = await changes.dom(sheetPart);
  const el = createElementIn(sheet, sheet.documentElement.namespaceURI as string, 'drawing');
  setAttributeIn(el, REL_NS, 'id', sheetRid, 'r');
  insertInOrder(sheet.documentElement, el, WORKSHEET_ORDER);
}

/** The anchors of several single-chart drawing parts in one drawing part. */
function mergeAnchors(parts: string[]): string {
  const docs = parts.map(parseXml);
  const [first, ...rest] = docs;
  for (const doc of rest)
    for (const anchor of childElements(doc.documentElement, null))
      first.documentElement.appendChild(first.importNode(anchor, true));
  return serializeXml(first);
}
