/**
 * Structural edits of the package parts the `--out` copy changes: the workbook part (`<sheets>`, defined names,
 * active tab), relationship parts and `[Content_Types].xml`, all through the namespace-aware DOM of
 * ../xml.ts. Whatever prefixes the writer chose (exceljs and Excel: default namespace; openpyxl: `r:`
 * declared on each `<sheet>` only; the Open XML SDK: `x:` for the main namespace) the output declares every
 * prefix it uses, and the user's own elements and attributes are kept as they were.
 */
import { MARKER_PREFIX, quoteSheetName } from '../../sheet-names';
import { REL_NS, childElement, childElements, createElementIn, insertInOrder, setAttributeIn } from '../xml';

/** Package relationships (`.rels` parts), OPC part 2 §9.3. */
const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** `[Content_Types].xml`, OPC part 2 §10.1.2. */
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** CT_Workbook's child sequence (ECMA-376 part 1, sml.xsd): where an element we add must go. */
const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
] as const;

/** The print-titles name Excel reads (ECMA-376 part 1 §18.2.5, built-in `_xlnm` names). */
export const PRINT_TITLES = '_xlnm.Print_Titles';

/** One tab of the new order: an existing `<sheet>` (by its index in the input) or a new one. */
export interface SheetSlot {
  name: string;
  isNew: boolean;
  from?: number;
}

export interface WorkbookEdit {
  order: SheetSlot[];
  /** New sheets: name → sheetId and the workbook relationship id of its part. */
  added: Map<string, { sheetId: number; rid: string }>;
  /** Sheets that get a `WLBChecker_<n>` marker, in that order. */
  markers: string[];
  /** The sheet to open on (its tab selected), if any. */
  active?: string;
  /** Sheet name → rows repeated on each printed page (`$5:$5`). */
  printTitles: Map<string, string>;
}

/**
 * Edits the workbook part in place: `<sheets>` in the new order (a removed sheet's element dropped, a new one
 * created in the part's own prefix), sheet-local defined names following their sheet's new index (dropped with
 * it), the checker's markers and print titles written afresh, and the active tab.
 */
export function editWorkbookPart(doc: Document, edit: WorkbookEdit): void {
  const root = doc.documentElement;
  const ns = root.namespaceURI as string;
  const sheetsEl = childElement(root, ns, 'sheets');
  if (!sheetsEl) throw new Error('no <sheets> in the workbook part');
  const existing = childElements(sheetsEl, ns, 'sheet');
  for (const el of existing) sheetsEl.removeChild(el);
  for (const slot of edit.order) {
    if (!slot.isNew) {
      sheetsEl.appendChild(existing[slot.from as number]);
      continue;
    }
    const info = edit.added.get(slot.name);
    if (!info) throw new Error(`no entry for new sheet ${slot.name}`);
    const el = createElementIn(doc, ns, 'sheet', { name: slot.name, sheetId: String(info.sheetId) });
    setAttributeIn(el, REL_NS, 'id', info.rid, 'r');
    sheetsEl.appendChild(el);
  }
  editDefinedNames(doc, edit);
  if (edit.active !== undefined)
    setActiveTab(
      doc,
      edit.order.findIndex((o) => o.name === edit.active),
    );
}

function editDefinedNames(doc: Document, edit: WorkbookEdit): void {
  const root = doc.documentElement;
  const ns = root.namespaceURI as string;
  let names = childElement(root, ns, 'definedNames');
  const newIndex = new Map<number, number>();
  edit.order.forEach((o, i) => o.from !== undefined && newIndex.set(o.from, i));
  const newSheetIndex = new Map(edit.order.map((o, i) => [o.name, i]));
  for (const d of names ? childElements(names, ns, 'definedName') : []) {
    const local = d.getAttribute('localSheetId');
    const name = d.getAttribute('name') ?? '';
    if (local === null || local === '') {
      if (name.startsWith(MARKER_PREFIX)) names!.removeChild(d);
      continue;
    }
    const moved = newIndex.get(Number(local));
    // A name local to a removed sheet goes with it; so does an old print title of a sheet written now.
    if (moved === undefined || (name === PRINT_TITLES && edit.printTitles.has(edit.order[moved].name)))
      names!.removeChild(d);
    else if (moved !== Number(local)) d.setAttribute('localSheetId', String(moved));
  }
  const add: Element[] = edit.markers.map((sheet, i) =>
    definedName(doc, `${MARKER_PREFIX}${i + 1}`, `${quoteSheetName(sheet)}!$A$1`),
  );
  for (const [sheet, rows] of edit.printTitles) {
    const index = newSheetIndex.get(sheet);
    if (index !== undefined) add.push(definedName(doc, PRINT_TITLES, `${quoteSheetName(sheet)}!${rows}`, index));
  }
  if (!names && add.length === 0) return;
  if (!names) {
    names = createElementIn(doc, ns, 'definedNames');
    insertInOrder(root, names, WORKBOOK_ORDER);
  }
  for (const el of add) names.appendChild(el);
  if (childElements(names, ns, 'definedName').length === 0) root.removeChild(names);
}

function definedName(doc: Document, name: string, formula: string, localSheetId?: number): Element {
  const el = createElementIn(doc, doc.documentElement.namespaceURI as string, 'definedName', { name });
  if (localSheetId !== undefined) el.setAttribute('localSheetId', String(localSheetId));
  el.appendChild(doc.createTextNode(formula));
  return el;
}

/** Points the first workbook view at tab `index` (creating `<bookViews>` when the part has none). */
function setActiveTab(doc: Document, index: number): void {
  const root = doc.documentElement;
  const ns = root.namespaceURI as string;
  let views = childElement(root, ns, 'bookViews');
  if (!views) {
    views = createElementIn(doc, ns, 'bookViews');
    insertInOrder(root, views, WORKBOOK_ORDER);
  }
  let view = childElement(views, ns, 'workbookView');
  if (!view) view = views.appendChild(createElementIn(doc, ns, 'workbookView'));
  view.setAttribute('activeTab', String(index));
  if (Number(view.getAttribute('firstSheet') ?? 0) > index) view.setAttribute('firstSheet', String(index));
}

/** The relationships of a `.rels` document: id, type, target, external. */
export function relationshipsOf(doc: Document): { id: string; type: string; target: string; external: boolean }[] {
  return childElements(doc.documentElement, PACKAGE_RELS_NS, 'Relationship').map((r) => ({
    id: r.getAttribute('Id') ?? '',
    type: r.getAttribute('Type') ?? '',
    target: r.getAttribute('Target') ?? '',
    external: r.getAttribute('TargetMode') === 'External',
  }));
}

/** Drops the relationships with the ids in `drop` and appends `add` to a `.rels` document. */
export function editRelationships(
  doc: Document,
  drop: Set<string>,
  add: { id: string; type: string; target: string }[],
): void {
  const root = doc.documentElement;
  for (const r of childElements(root, PACKAGE_RELS_NS, 'Relationship'))
    if (drop.has(r.getAttribute('Id') ?? '')) root.removeChild(r);
  for (const r of add)
    root.appendChild(
      createElementIn(doc, PACKAGE_RELS_NS, 'Relationship', { Id: r.id, Type: r.type, Target: r.target }),
    );
}

/** Adds (or replaces) the content-type override of `part` (`xl/worksheets/sheet7.xml`). */
export function setOverride(doc: Document, part: string, contentType: string): void {
  removeOverrides(doc, [part]);
  doc.documentElement.appendChild(
    createElementIn(doc, CONTENT_TYPES_NS, 'Override', { PartName: `/${part}`, ContentType: contentType }),
  );
}

/** Removes the content-type overrides of `parts` (part names compare case-insensitively, OPC §9.1.1.1.2). */
export function removeOverrides(doc: Document, parts: string[]): void {
  const gone = new Set(parts.map((p) => `/${p}`.toLowerCase()));
  const root = doc.documentElement;
  for (const o of childElements(root, CONTENT_TYPES_NS, 'Override'))
    if (gone.has((o.getAttribute('PartName') ?? '').toLowerCase())) root.removeChild(o);
}

/** The empty `.rels` document a new part's relationships start from. */
export function emptyRelationships(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS_NS}"></Relationships>`;
}
