/**
 * The graft steps of the `--out` copy (./copy-port.ts) that add the report's parts to the user's package: its style
 * records merged into the user's styles part, its worksheet parts under free names (with their charts as
 * DrawingML parts, ./chart.ts), and the workbook relationships of the new sheets. Each step only records pending
 * changes (./parts.ts `PackageChanges`); the package is changed once everything is built.
 */
import type { SheetLayout } from '../../../report/layout';
import type JSZip from 'jszip';
import {
  CHART_REL,
  CHART_TYPE,
  DRAWING_REL,
  DRAWING_TYPE,
  WORKSHEET_ORDER,
  chartPartXml,
  drawingPartXml,
} from './chart';
import { STYLES_REL, WORKSHEET_REL, relativeTarget, relsPathOf, resolveTarget, text, type Book } from '../package';
import { CONTENT_TYPES, type PackageChanges } from './parts';
import type { ReportPackage } from './report-package';
import { graftWorksheet, mergeStyles } from './styles';
import { editRelationships, emptyRelationships, relationshipsOf, setOverride } from './workbook';
import { REL_NS, childElements, createElementIn, insertInOrder, parseXml, serializeXml, setAttributeIn } from '../xml';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/**
 * Styles: the report's records appended to the user's styles part (or the report's own part added when the user
 * has none). Returns the report's xf index → the package's, and any workbook relationship to add.
 */
export async function mergeStylesInto(
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
export async function graftSheets(
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
export async function editWorkbookRels(
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
