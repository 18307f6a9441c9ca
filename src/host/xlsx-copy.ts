/**
 * The CLI's `--out` port (Node only): reads the input in one streaming pass (./xlsx-file.ts) and writes the copy
 * at the zip level. Every part of the user's package (worksheets, shared strings, drawings, tables, pivot
 * caches…) is copied as its compressed bytes; only the checker's sheets are new. Loading a 1,000-employee ×
 * 365-day workbook into exceljs' object model to copy it took ≈ 100 s and ≈ 4 GiB; this costs one streaming
 * read plus writing a few small parts.
 *
 * How the checker's sheets get in: they are built in a small exceljs workbook with the same layout code as the
 * in-memory port (./xlsx-layout.ts), then grafted — worksheet parts renamed to free `sheetN.xml` names, their
 * style records appended to the user's styles part (./xlsx-styles.ts), their shared strings turned into inline
 * strings (the user's shared-string table stays as it is), plus `<sheet>` entries, relationships, content types
 * and the `WLBChecker_<n>` marker names (./xlsx-names.ts). A previous run's checker sheets (recognised by those
 * markers, never by name alone) are dropped with their relationships, content types and the parts only they used.
 *
 * Parts changed in the user's package: [Content_Types].xml, the workbook part and its relationships, styles,
 * calcChain (dropped when a sheet is removed: Excel rebuilds it, and an entry for a removed sheet is an error),
 * and — only when the summary is activated and a user sheet was the selected tab — that sheet's `<sheetView>`
 * loses `tabSelected` (two selected tabs would open as a sheet group).
 */
import * as fs from 'fs';
import { once } from 'events';
import * as zlib from 'zlib';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetGrid } from '../ingest/types';
import type { SheetLayout } from '../report/layout';
import type { ReadProgress, SheetInfo, StoredSettings, WorkbookPort, WriteResult } from './port';
import { StreamedWorkbookPort, openPackage } from './xlsx-file';
import { writeLayout } from './xlsx-layout';
import { MARKER_PREFIX, baseSheetName, planSheetNames, quoteSheetName } from './xlsx-names';
import {
  REL_TYPE,
  STYLES_REL,
  WORKSHEET_REL,
  definedNames,
  parseRels,
  partStream,
  readBook,
  relPrefix,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  sourceOfRels,
  text,
  type Book,
  type Rel,
} from './xlsx-package';
import { graftWorksheet, mergeStyles, sharedStringItems } from './xlsx-styles';
import { REL_NS, attributes, element, elements, escapeXml, mainPrefix, setAttribute, splice } from './xlsx-xml';

const CALC_CHAIN_REL = `${REL_TYPE}/calcChain`;
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CONTENT_TYPES = '[Content_Types].xml';

/** Enough of a worksheet part to hold its `<sheetViews>` (they come before `<sheetData>`). */
const HEAD_BYTES = 64 * 1024;

/** New contents for parts (string or bytes) and parts to delete, applied together once everything is built. */
interface Changes {
  /** A string is stored as UTF-8 text; an object is a part already deflated (a CompressedObject, see LoadedData). */
  put: Map<string, string | Buffer | object>;
  remove: Set<string>;
}

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

  readSheet(name: string, options: { maxRows?: number; onProgress?: (p: ReadProgress) => void } = {}): Promise<SheetGrid> {
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
    throw new Error('このブックには設定を保存しません（--mapping / --param を使います） / settings are not stored by the CLI');
  }

  /**
   * Builds the checker's sheets and grafts them into the package, all or nothing: every new part is computed
   * first and the package is changed only once nothing can fail any more.
   */
  async writeSheets(layouts: SheetLayout[], options: { keepIfPresent?: string[]; activate?: string } = {}): Promise<WriteResult> {
    const book = await readBook(this.zip);
    const plan = planSheetNames(
      layouts.map((l) => l.name),
      book.sheets.map((s) => ({ name: s.name, owned: book.owned.has(s.name) })),
      options.keepIfPresent ?? [],
    );
    const toWrite = layouts.filter((l) => !plan.kept.includes(l.name));
    // Only a sheet written now is activated (its tab is the one selected in the report package).
    const active = options.activate && !plan.kept.includes(options.activate) ? plan.sheetNames[options.activate] : undefined;
    const report = await buildReportPackage(toWrite, plan.sheetNames, await this.isDate1904(), active);
    const changes: Changes = { put: new Map(), remove: new Set() };

    // Styles: the report's records appended to the user's (or the report's styles part when the user has none).
    const stylesRel = book.rels.find((r) => r.type === STYLES_REL);
    const stylesPath = stylesRel ? resolveTarget(book.workbookPath, stylesRel.target) : '';
    let xfMap: number[];
    let newRels: { type: string; target: string }[] = [];
    if (stylesPath && this.zip.file(stylesPath)) {
      const merged = mergeStyles(await text(this.zip, stylesPath), report.styles);
      changes.put.set(stylesPath, merged.xml);
      xfMap = merged.xfMap;
    } else {
      const target = freeName(this.zip, 'xl/styles', '.xml', changes);
      changes.put.set(target, report.styles);
      xfMap = report.xfs.map((_x, i) => i);
      newRels = [{ type: STYLES_REL, target: relativeTarget(book.workbookPath, target) }];
      await addContentType(this.zip, changes, target, STYLES_TYPE);
    }

    // The report's worksheet parts under free names, with their (hyperlink-only) relationships.
    const grafted = new Map<string, { part: string }>();
    for (const sheet of report.sheets) {
      const part = freeName(this.zip, 'xl/worksheets/sheet', '.xml', changes);
      changes.put.set(part, graftWorksheet(sheet.xml, xfMap, report.strings));
      if (sheet.rels) changes.put.set(relsPathOf(part), sheet.rels);
      await addContentType(this.zip, changes, part, WORKSHEET_TYPE);
      grafted.set(sheet.name, { part });
    }

    // The previous run's sheets this run replaces, and every part only they used.
    const removed = book.sheets.filter((s) => plan.remove.includes(s.name));
    await dropParts(this.zip, changes, removed.map((s) => s.part).filter(Boolean));
    if (removed.length) {
      const calc = book.rels.find((r) => r.type === CALC_CHAIN_REL);
      if (calc) await dropParts(this.zip, changes, [resolveTarget(book.workbookPath, calc.target)]);
    }

    // Workbook relationships: drop the removed sheets' (and calcChain's), add the new ones.
    const droppedRels = new Set(book.rels.filter((r) => !r.external && changes.remove.has(resolveTarget(book.workbookPath, r.target))).map((r) => r.id));
    const rids = new Set(book.rels.map((r) => r.id));
    const nextRid = () => {
      let n = rids.size + 1;
      while (rids.has(`rId${n}`)) n++;
      rids.add(`rId${n}`);
      return `rId${n}`;
    };
    const added: Rel[] = [];
    for (const r of newRels) added.push({ id: nextRid(), type: r.type, target: r.target, external: false, text: '' });
    const sheetRids = new Map<string, string>();
    for (const [name, { part }] of grafted) {
      const id = nextRid();
      sheetRids.set(name, id);
      added.push({ id, type: WORKSHEET_REL, target: relativeTarget(book.workbookPath, part), external: false, text: '' });
    }
    changes.put.set(book.relsPath, editRels(await text(this.zip, book.relsPath), droppedRels, added));

    // The workbook part: sheet list (a replaced sheet keeps its tab), markers, active tab.
    const order = sheetOrder(book, plan.remove, report.sheets.map((s) => s.name), (written) => previousSheet(book, written));
    const sheetIds = new Set(book.sheets.map((s) => s.sheetId));
    let nextSheetId = Math.max(0, ...sheetIds) + 1;
    const newEntries = new Map<string, string>();
    const p = mainPrefix(book.workbook);
    const rp = relPrefix(book.workbook);
    for (const name of grafted.keys()) {
      const ns = rp ? '' : ` xmlns:r="${REL_NS}"`;
      newEntries.set(name, `<${p}sheet name="${escapeXml(name)}" sheetId="${nextSheetId++}"${ns} ${rp || 'r'}:id="${sheetRids.get(name)}"/>`);
    }
    const written = layouts.map((l) => plan.sheetNames[l.name]);
    const untouched = book.sheets.map((s) => s.name).filter((n) => book.owned.has(n) && n !== book.settingsSheet && !written.includes(n) && !plan.remove.includes(n));
    const markers = [...written, ...untouched];
    changes.put.set(book.workbookPath, editWorkbook(book, order, newEntries, markers, active));

    // Only one selected tab: the activated sheet.
    if (active) {
      for (const s of book.sheets) {
        if (plan.remove.includes(s.name) || !s.part || !this.zip.file(s.part)) continue;
        const edited = await unselectTab(this.zip, s.part);
        if (edited) changes.put.set(s.part, edited);
      }
    }

    for (const part of changes.remove) this.zip.remove(part);
    for (const [part, content] of changes.put) this.zip.file(part, content as string);
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

// jszip internals for writing a part already deflated (see LoadedData in ./xlsx-package.ts): a CompressedObject
// given to zip.file() is written as its compressed bytes.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CompressedObject: new (compressedSize: number, uncompressedSize: number, crc32: number, compression: unknown, data: Uint8Array) => object = require('jszip/lib/compressedObject');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const DEFLATE: unknown = require('jszip/lib/compressions').DEFLATE;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jszipCrc32: (data: Uint8Array, previous?: number) => number = require('jszip/lib/crc32');
/** CRC-32 continued from `previous`: Node's (20.15 and later, native) or jszip's. */
const crc32: (data: Uint8Array, previous: number) => number =
  (zlib as unknown as { crc32?: (data: Uint8Array, previous: number) => number }).crc32 ?? jszipCrc32;
/** The checker's sheets as parts of a small exceljs-written package. */
interface ReportPackage {
  sheets: { name: string; xml: string; rels?: string }[];
  styles: string;
  xfs: string[];
  /** Inner XML of each shared string. */
  strings: string[];
}

/** Writes the layouts into a new exceljs workbook (same layout code as the in-memory port) and reads its parts back. */
async function buildReportPackage(layouts: SheetLayout[], sheetNames: Record<string, string>, date1904: boolean, active?: string): Promise<ReportPackage> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  for (const layout of layouts) {
    const ws = wb.addWorksheet(sheetNames[layout.name]);
    writeLayout(ws, layout, { sheetNames, date1904 });
    if (ws.name === active) {
      // tabSelected is written by exceljs but missing from its type declarations.
      const views = (ws.views ?? []) as (Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean })[];
      ws.views = (views.length ? views.map((v) => ({ ...v, tabSelected: true })) : [{ tabSelected: true }]) as ExcelJS.WorksheetView[];
    }
  }
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const book = await readBook(zip);
  const sheets = await Promise.all(
    book.sheets.map(async (s) => {
      const relsPath = relsPathOf(s.part);
      const rels = zip.file(relsPath) ? await text(zip, relsPath) : undefined;
      // Only hyperlinks are expected; anything else would point at a part this graft does not copy.
      if (rels && parseRels(rels).some((r) => !r.external)) throw new Error(`unexpected part related to report sheet ${s.name}`);
      return { name: s.name, xml: await text(zip, s.part), rels };
    }),
  );
  const styles = await text(zip, 'xl/styles.xml');
  const shared = zip.file('xl/sharedStrings.xml') ? await text(zip, 'xl/sharedStrings.xml') : '';
  return { sheets, styles, xfs: elements(element(styles, 'cellXfs')?.inner ?? '', 'xf').map((x) => x.text), strings: sharedStringItems(shared) };
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
function sheetOrder(book: Book, remove: string[], added: string[], replaces: (name: string) => string | undefined): { name: string; isNew: boolean; from?: number }[] {
  const byOld = new Map<string, string>();
  for (const name of added) {
    const old = replaces(name);
    if (old && remove.includes(old) && !byOld.has(old)) byOld.set(old, name);
  }
  const order: { name: string; isNew: boolean; from?: number }[] = [];
  book.sheets.forEach((s, i) => {
    if (!remove.includes(s.name)) order.push({ name: s.name, isNew: false, from: i });
    else if (byOld.has(s.name)) order.push({ name: byOld.get(s.name) as string, isNew: true });
  });
  const placed = new Set(byOld.values());
  for (const name of added) if (!placed.has(name)) order.push({ name, isNew: true });
  return order;
}

/**
 * Rewrites the workbook part: `<sheets>` in the new order, the checker's markers renumbered, sheet-local names
 * following their sheet (dropped with it), and the active tab.
 */
function editWorkbook(book: Book, order: ReturnType<typeof sheetOrder>, newEntries: Map<string, string>, markers: string[], active?: string): string {
  const p = mainPrefix(book.workbook);
  let xml = book.workbook;
  const sheetsEl = element(xml, `${p}sheets`);
  if (!sheetsEl) throw new Error('no <sheets> in the workbook part');
  const entries = order.map((o) => (o.isNew ? (newEntries.get(o.name) as string) : book.sheets[o.from as number].text));
  xml = splice(xml, sheetsEl.start, sheetsEl.end, `${sheetsEl.open.replace(/\s*\/>$/, '>')}${entries.join('')}</${p}sheets>`);

  // Defined names: local ones follow their sheet's new index; the checker's markers are written afresh.
  const newIndex = new Map<number, number>();
  order.forEach((o, i) => o.from !== undefined && newIndex.set(o.from, i));
  const kept: string[] = [];
  for (const d of definedNames(xml)) {
    if (d.name.startsWith(MARKER_PREFIX) && d.localSheetId === undefined) continue;
    if (d.localSheetId === undefined) kept.push(d.text);
    else if (newIndex.has(d.localSheetId)) kept.push(d.localSheetId === newIndex.get(d.localSheetId) ? d.text : d.text.replace(/^<[^>]*>/, (open) => setAttribute(open, 'localSheetId', String(newIndex.get(d.localSheetId as number)))));
  }
  const marks = markers.map((name, i) => `<${p}definedName name="${MARKER_PREFIX}${i + 1}">${escapeXml(`${quoteSheetName(name)}!$A$1`)}</${p}definedName>`);
  const names = [...kept, ...marks];
  const namesEl = element(xml, `${p}definedNames`);
  const block = names.length ? `<${p}definedNames>${names.join('')}</${p}definedNames>` : '';
  if (namesEl) xml = splice(xml, namesEl.start, namesEl.end, block);
  else {
    // definedNames follows sheets, functionGroups and externalReferences (CT_Workbook order).
    const after = [`${p}externalReferences`, `${p}functionGroups`, `${p}sheets`].map((n) => element(xml, n)).find(Boolean) as NonNullable<ReturnType<typeof element>>;
    xml = splice(xml, after.end, after.end, block);
  }

  if (active) {
    const index = order.findIndex((o) => o.name === active);
    const view = element(xml, `${p}workbookView`);
    if (view) {
      let open = setAttribute(view.open, 'activeTab', String(index));
      if (Number(attributes(view.open).firstSheet ?? 0) > index) open = setAttribute(open, 'firstSheet', String(index));
      xml = splice(xml, view.start, view.start + view.open.length, open);
    } else {
      const at = (element(xml, `${p}sheets`) as NonNullable<ReturnType<typeof element>>).start;
      xml = splice(xml, at, at, `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`);
    }
  }
  return xml;
}

/**
 * Removes `tabSelected` from a worksheet's `<sheetView>`, or returns null when it has none. Only the head of the
 * part is looked at first, so a large sheet that is not selected is never decompressed in full.
 */
async function unselectTab(zip: JSZip, part: string): Promise<object | null> {
  const head = await readHead(zip, part, HEAD_BYTES);
  const views = /<(?:\w+:)?sheetViews[\s\S]*?<\/(?:\w+:)?sheetViews>/.exec(head)?.[0];
  if (!views || !/\stabSelected\s*=\s*["'](1|true)["']/.test(views)) return null;
  const fixed = Buffer.from(views.replace(/<(?:\w+:)?sheetView(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>/g, (tag) => setAttribute(tag, 'tabSelected', null)), 'utf8');
  const original = Buffer.from(views, 'utf8');
  // Inflate → edit the head → deflate as one stream: zlib runs both on its thread pool, so they overlap.
  const deflate = zlib.createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const ended = once(deflate, 'end');
  let crc = 0;
  let size = 0;
  let pending: Buffer | null = Buffer.alloc(0);
  const write = async (data: Buffer) => {
    crc = crc32(data, crc);
    size += data.length;
    if (!deflate.write(data)) await once(deflate, 'drain');
  };
  for await (const chunk of partStream(zip, part)) {
    if (!pending) {
      await write(chunk as Buffer);
      continue;
    }
    pending = Buffer.concat([pending, chunk as Buffer]);
    const at = pending.indexOf(original);
    if (at < 0 && pending.length < 2 * HEAD_BYTES) continue;
    await write(at < 0 ? pending : Buffer.concat([pending.subarray(0, at), fixed, pending.subarray(at + original.length)]));
    pending = null;
  }
  if (pending) await write(pending);
  deflate.end();
  await ended;
  const data = Buffer.concat(out);
  return new CompressedObject(data.length, size, crc, DEFLATE, data);
}

/** The first `bytes` (about) of a part, inflating only that much. */
async function readHead(zip: JSZip, part: string, bytes: number): Promise<string> {
  const stream = partStream(zip, part);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length >= bytes) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Marks `parts` and every part reachable only through their relationships (drawings, charts, comments…) for
 * removal, with their relationship parts and content-type overrides.
 */
async function dropParts(zip: JSZip, changes: Changes, parts: string[]): Promise<void> {
  if (parts.length === 0) return;
  const closure = new Set<string>();
  const queue = [...parts];
  while (queue.length) {
    const part = queue.pop() as string;
    if (closure.has(part)) continue;
    closure.add(part);
    const rels = relsPathOf(part);
    if (!zip.file(rels)) continue;
    for (const r of parseRels(await text(zip, rels))) if (!r.external) queue.push(resolveTarget(part, r.target));
  }
  // A part also used from outside the closure (a shared image, a theme) stays.
  const usedElsewhere = new Set<string>();
  for (const relsFile of Object.keys(zip.files).filter((f) => f.endsWith('.rels') && !zip.files[f].dir)) {
    const source = sourceOfRels(relsFile);
    if (closure.has(source) || changes.remove.has(relsFile)) continue;
    for (const r of parseRels(await text(zip, relsFile))) if (!r.external) usedElsewhere.add(resolveTarget(source, r.target));
  }
  const gone = [...closure].filter((p) => parts.includes(p) || !usedElsewhere.has(p));
  for (const part of gone) {
    if (zip.file(part)) changes.remove.add(part);
    if (zip.file(relsPathOf(part))) changes.remove.add(relsPathOf(part));
  }
  const types = changes.put.get(CONTENT_TYPES)?.toString() ?? (await text(zip, CONTENT_TYPES));
  changes.put.set(
    CONTENT_TYPES,
    elements(types, 'Override')
      .filter((o) => gone.includes(attributes(o.open).PartName?.replace(/^\//, '') ?? ''))
      .reduceRight((xml, o) => splice(xml, o.start, o.end, ''), types),
  );
}

async function addContentType(zip: JSZip, changes: Changes, part: string, type: string): Promise<void> {
  const types = changes.put.get(CONTENT_TYPES)?.toString() ?? (await text(zip, CONTENT_TYPES));
  const end = types.lastIndexOf('</Types>');
  changes.put.set(CONTENT_TYPES, splice(types, end, end, `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`));
}

/** The first `prefix<n>suffix` not used in the package or by this write (`xl/worksheets/sheet7.xml`). */
function freeName(zip: JSZip, prefix: string, suffix: string, changes: Changes): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!zip.files[name] && !changes.put.has(name) && !zip.files[name.toLowerCase()]) return name;
  }
}

/** Drops the relationships `drop` and appends `add` to a `.rels` part, leaving the others as written. */
function editRels(xml: string, drop: Set<string>, add: Rel[]): string {
  let out = elements(xml, 'Relationship')
    .filter((e) => drop.has(attributes(e.open).Id))
    .reduceRight((s, e) => splice(s, e.start, e.end, ''), xml);
  const end = out.lastIndexOf('</Relationships>');
  const added = add.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('');
  out = splice(out, end, end, added);
  return out;
}

