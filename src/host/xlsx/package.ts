/**
 * The structure of an .xlsx package as kept in memory by jszip (Node only): the workbook part, its relationships,
 * its sheets and the checker's markers, relationship paths, and the uncompressed bytes of a part. Shared by the
 * reader (./read/file.ts) and the `--out` copy (./copy/copy-port.ts); XML is handled as text (./xml.ts).
 */
import * as path from 'path';
import { PassThrough, Readable } from 'stream';
import { StringDecoder } from 'string_decoder';
import * as zlib from 'zlib';
import type JSZip from 'jszip';
import { MARKER_PREFIX, SETTINGS_MARKER, sheetOfReference } from '../sheet-names';
import { REL_NS, attributes, element, elements, mainPrefix, unescapeXml } from './xml';
import { loadedData } from '../vendor';

export const WORKSHEET_REL = `${REL_NS}/worksheet`;
export const STYLES_REL = `${REL_NS}/styles`;
export const SHARED_STRINGS_REL = `${REL_NS}/sharedStrings`;
const OFFICE_DOCUMENT_REL = `${REL_NS}/officeDocument`;

/** One relationship of a `.rels` part. */
export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The element as written, so unchanged relationships are kept as they were. */
  text: string;
}

/** One `<sheet>` of the workbook part. */
interface BookSheet {
  name: string;
  sheetId: number;
  rid: string;
  state: string;
  /** Package path of the sheet's part (`xl/worksheets/sheet1.xml`), '' when its relationship is missing. */
  part: string;
  text: string;
}

/** The package parts every write reads. */
export interface Book {
  workbookPath: string;
  workbook: string;
  relsPath: string;
  rels: Rel[];
  sheets: BookSheet[];
  owned: Set<string>;
  settingsSheet?: string;
  /** `<workbookPr date1904>`: serials count days from 1904-01-01 (workbooks from old Mac Excel). */
  date1904: boolean;
}

/** Reads the workbook part, its relationships and the checker's markers. */
export async function readBook(zip: JSZip): Promise<Book> {
  const root = parseRels(await text(zip, '_rels/.rels'));
  const main = root.find((r) => r.type === OFFICE_DOCUMENT_REL);
  if (!main) throw new Error('no workbook part in the package');
  const workbookPath = resolveTarget('', main.target);
  const workbook = await text(zip, workbookPath);
  const relsPath = relsPathOf(workbookPath);
  const rels = parseRels(await text(zip, relsPath));
  const p = mainPrefix(workbook) ?? '';
  const rootRelPrefix = relPrefix(workbook) || 'r';
  const sheets = elements(element(workbook, `${p}sheets`)?.inner ?? '', `${p}sheet`).map((e) => {
    const a = attributes(e.open);
    // openpyxl declares the relationships namespace on each <sheet> itself; a declaration there comes first.
    const own = Object.keys(a)
      .find((k) => k.startsWith('xmlns:') && a[k] === REL_NS)
      ?.slice('xmlns:'.length);
    const rid = a[`${own ?? rootRelPrefix}:id`] ?? '';
    const rel = rels.find((r) => r.id === rid);
    return {
      name: a.name,
      sheetId: Number(a.sheetId),
      rid,
      state: a.state ?? 'visible',
      part: rel && !rel.external ? resolveTarget(workbookPath, rel.target) : '',
      text: e.text,
    };
  });
  const owned = new Set<string>();
  let settingsSheet: string | undefined;
  for (const d of definedNames(workbook)) {
    if (!d.name.startsWith(MARKER_PREFIX) && d.name !== SETTINGS_MARKER) continue;
    const ref = sheetOfReference(d.formula);
    if (!ref) continue;
    owned.add(ref.sheet);
    if (d.name === SETTINGS_MARKER) settingsSheet = ref.sheet;
  }
  const workbookPr = element(workbook, `${p}workbookPr`);
  const date1904 = /^(1|true)$/.test(workbookPr ? (attributes(workbookPr.open).date1904 ?? '').trim() : '');
  return { workbookPath, workbook, relsPath, rels, sheets, owned, settingsSheet, date1904 };
}

function definedNames(workbook: string): { name: string; localSheetId?: number; formula: string; text: string }[] {
  const p = mainPrefix(workbook) ?? '';
  return elements(element(workbook, `${p}definedNames`)?.inner ?? '', `${p}definedName`).map((e) => {
    const a = attributes(e.open);
    return {
      name: a.name,
      localSheetId: a.localSheetId === undefined ? undefined : Number(a.localSheetId),
      formula: unescapeXml(e.inner),
      text: e.text,
    };
  });
}

export function parseRels(xml: string): Rel[] {
  return elements(xml, 'Relationship').map((e) => {
    const a = attributes(e.open);
    return { id: a.Id, type: a.Type, target: a.Target ?? '', external: a.TargetMode === 'External', text: e.text };
  });
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === '.' ? '' : dir + '/'}_rels/${path.posix.basename(part)}.rels`;
}

/** `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/sheet1.xml` (`_rels/.rels` → ''). */
export function sourceOfRels(rels: string): string {
  const dir = path.posix.dirname(path.posix.dirname(rels));
  const base = path.posix.basename(rels).replace(/\.rels$/, '');
  return dir === '.' ? base : `${dir}/${base}`;
}

/** Resolves a relationship target against its source part (`worksheets/sheet1.xml` from `xl/workbook.xml`). */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return decodeURI(target.slice(1));
  const dir = path.posix.dirname(source);
  return path.posix.normalize(path.posix.join(dir === '.' ? '' : dir, decodeURI(target))).replace(/^\.\//, '');
}

/** The target a relationship from `source` uses to reach `part`. */
export function relativeTarget(source: string, part: string): string {
  return path.posix.relative(path.posix.dirname(source), part);
}

/** The prefix bound to the relationships namespace on the workbook's root ('' when not declared there). */
function relPrefix(workbook: string): string {
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${REL_NS.replace(/[./]/g, '\\$&')}["']`).exec(
    workbook.slice(0, 4096),
  );
  return m ? m[1] : '';
}

/** A part's text in chunks, decoded so that a character split between two inflated chunks stays whole. */
export async function* chars(zip: JSZip, part: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of partStream(zip, part)) yield decoder.write(chunk as Buffer);
  const rest = decoder.end();
  if (rest) yield rest;
}

// An entry loaded from the file keeps its compressed bytes (../vendor.ts `loadedData`): zlib inflates them, several
// times faster than jszip's own; a part rewritten in full is deflated by zlib and handed back the same way.
const METHOD_DEFLATE = '\x08\x00';
const METHOD_STORE = '\x00\x00';
/** Inflated bytes per chunk: 16 KiB (zlib's default) means 8,000 chunks for a 130 MB worksheet; 256 KiB, 500. */
const INFLATE_CHUNK = 256 * 1024;

/** The uncompressed bytes of a part as a Node stream (zlib for a part loaded from the file). */
export function partStream(zip: JSZip, part: string): Readable {
  const data = loadedData(zip, part);
  if (data?.compressedContent && data.compression?.magic === METHOD_DEFLATE) {
    return Readable.from([data.compressedContent]).pipe(zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK }));
  }
  if (data?.compressedContent && data.compression?.magic === METHOD_STORE)
    return Readable.from([data.compressedContent]);
  return zip.file(part)!.nodeStream('nodebuffer').pipe(new PassThrough());
}

/** true when {@link partBytesSync} can give the part: it was loaded from the file, deflated or stored. */
export function hasPartBytes(zip: JSZip, part: string): boolean {
  const data = loadedData(zip, part);
  const magic = data?.compression?.magic;
  return data?.compressedContent !== undefined && (magic === METHOD_DEFLATE || magic === METHOD_STORE);
}

/** The uncompressed bytes of a part loaded from the file ({@link hasPartBytes}), inflated at once. */
export function partBytesSync(zip: JSZip, part: string): Uint8Array {
  const data = loadedData(zip, part)!;
  return data.compression?.magic === METHOD_DEFLATE
    ? zlib.inflateRawSync(data.compressedContent!)
    : data.compressedContent!;
}

export async function text(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`missing part ${part}`);
  return file.async('string');
}
