/**
 * Zip-level helpers of the `--out` copy (./copy-port.ts): the pending changes of one write (new part contents,
 * parsed XML documents, parts to delete), free part names, dropping a part with everything only it used, and the
 * streaming edit that clears `tabSelected` in a user's worksheet without inflating all of it.
 */
import { once } from 'events';
import * as zlib from 'zlib';
import type JSZip from 'jszip';
import { parseRels, partStream, relsPathOf, resolveTarget, sourceOfRels, text } from '../package';
import { removeOverrides } from './workbook';
import { deflatedPart, jszipCrc32 } from '../../vendor';
import { parseXml, serializeXml, setAttribute } from '../xml';

export const CONTENT_TYPES = '[Content_Types].xml';

/**
 * New contents for parts and parts to delete, applied together once everything is built. XML parts being edited
 * are kept as parsed documents until then (`dom`), so several edits of one part compose.
 */
export class PackageChanges {
  /** A string is stored as UTF-8 text; an object is a part already deflated (../../vendor.ts `deflatedPart`). */
  readonly put = new Map<string, string | object>();
  readonly remove = new Set<string>();
  private readonly docs = new Map<string, Document>();

  constructor(private readonly zip: JSZip) {}

  /** The part as a DOM document to edit (parsed once; serialised by {@link apply}). */
  async dom(part: string): Promise<Document> {
    let doc = this.docs.get(part);
    if (!doc) {
      const pending = this.put.get(part);
      doc = parseXml(typeof pending === 'string' ? pending : await text(this.zip, part));
      this.docs.set(part, doc);
    }
    return doc;
  }

  /** Whether the package will have `part` after this write. */
  has(part: string): boolean {
    return this.put.has(part) || this.docs.has(part) || (!this.remove.has(part) && this.zip.file(part) !== null);
  }

  /** The first `prefix<n>suffix` not used in the package or by this write (`xl/worksheets/sheet7.xml`). */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.zip.files[name] && !this.put.has(name) && !this.docs.has(name) && !this.zip.files[name.toLowerCase()])
        return name;
    }
  }

  /** Writes everything into the zip: deletions first, then new and edited parts. */
  apply(): void {
    for (const part of this.remove) this.zip.remove(part);
    for (const [part, doc] of this.docs) if (!this.remove.has(part)) this.put.set(part, serializeXml(doc));
    for (const [part, content] of this.put) this.zip.file(part, content as string);
  }
}

/**
 * Marks `parts` and every part reachable only through their relationships (drawings, charts, comments…) for
 * removal, with their relationship parts and content-type overrides.
 */
export async function dropParts(zip: JSZip, changes: PackageChanges, parts: string[]): Promise<void> {
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
    for (const r of parseRels(await text(zip, relsFile)))
      if (!r.external) usedElsewhere.add(resolveTarget(source, r.target));
  }
  const gone = [...closure].filter((p) => parts.includes(p) || !usedElsewhere.has(p));
  for (const part of gone) {
    if (zip.file(part)) changes.remove.add(part);
    if (zip.file(relsPathOf(part))) changes.remove.add(relsPathOf(part));
  }
  removeOverrides(await changes.dom(CONTENT_TYPES), gone);
}

/** Node's CRC-32 (20.15 and later, native; newer than the installed @types/node), or undefined before. */
const nodeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array, previous: number) => number }).crc32;

/** Enough of a worksheet part to hold its `<sheetViews>` (they come before `<sheetData>`). */
const HEAD_BYTES = 64 * 1024;

/**
 * Removes `tabSelected` from a worksheet's `<sheetView>`, or returns null when it has none. Only the head of the
 * part is looked at first, so a large sheet that is not selected is never decompressed in full. (A user
 * worksheet can be hundreds of megabytes: this stays a streaming text edit of one attribute, not a DOM.)
 */
export async function unselectTab(zip: JSZip, part: string): Promise<object | null> {
  const head = await readHead(zip, part, HEAD_BYTES);
  const views = /<(?:\w+:)?sheetViews[\s\S]*?<\/(?:\w+:)?sheetViews>/.exec(head)?.[0];
  if (!views || !/\stabSelected\s*=\s*["'](1|true)["']/.test(views)) return null;
  const fixed = Buffer.from(
    views.replace(/<(?:\w+:)?sheetView(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>/g, (tag) =>
      setAttribute(tag, 'tabSelected', null),
    ),
    'utf8',
  );
  const original = Buffer.from(views, 'utf8');
  // Inflate → edit the head → deflate as one stream: zlib runs both on its thread pool, so they overlap.
  const crc32 = nodeCrc32 ?? (await jszipCrc32());
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
    await write(
      at < 0 ? pending : Buffer.concat([pending.subarray(0, at), fixed, pending.subarray(at + original.length)]),
    );
    pending = null;
  }
  if (pending) await write(pending);
  deflate.end();
  await ended;
  const data = Buffer.concat(out);
  return deflatedPart(data, size, crc);
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
