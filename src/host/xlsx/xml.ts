/**
 * XML helpers for the parts of an .xlsx package.
 *
 * - The parts the `--out` copy edits structurally (the workbook part, relationship parts, `[Content_Types].xml`)
 *   go through a namespace-aware DOM (@xmldom/xmldom): elements are found by namespace URI and local name, and new
 *   elements are created in the namespace with the prefix the part already uses for it (`x:sheet` in a part
 *   written by the Open XML SDK, `r:id` declared on the root when a writer such as openpyxl declared it only on
 *   its own `<sheet>` elements). A string splice there once produced an `r:` prefix that was not in scope.
 * - The string helpers below stay for reading (attributes of flat, well-known elements) and for parts written by
 *   exceljs itself (style records, the report's worksheet parts), whose shape is known.
 *
 * No exceljs, no Node built-ins: the rules are testable on their own.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

/** The namespace of SpreadsheetML's main elements (transitional; what Excel, exceljs and LibreOffice write). */
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The main namespace in ISO/IEC 29500 strict documents (same elements as the transitional one). */
const STRICT_MAIN_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
/** The namespace of `r:id` attributes, and the base of every relationship type of a workbook (`…/worksheet`). */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Escapes text for an attribute value or element content.
 *
 * @example escapeXml(`O'Brien & "Co"`) // 'O&apos;Brien &amp; &quot;Co&quot;'
 */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

/**
 * Decodes the five named entities and numeric character references.
 *
 * @example unescapeXml('&apos;勤怠&apos;!$A$1') // "'勤怠'!$A$1"
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e],
  );
}

/**
 * The attributes of a start tag (values decoded).
 *
 * @example attributes('<sheet name="A&amp;B" sheetId="3" r:id="rId7"/>') // { name: 'A&B', sheetId: '3', 'r:id': 'rId7' }
 */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const head = tag.replace(/^<[\w:.-]+/, '');
  for (let m = re.exec(head); m; m = re.exec(head)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

/**
 * Sets (or with `null` removes) one attribute of a start tag, leaving the others as they were written.
 *
 * @example setAttribute('<c r="A1" s="3">', 's', '12') // '<c r="A1" s="12">'
 */
export function setAttribute(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  const without = tag.replace(re, '');
  if (value === null) return without;
  return without.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

/**
 * The prefix (with its colon; '' for the default namespace) that a part's root element binds to SpreadsheetML's
 * main namespace, read from the root's own declarations: '' for Excel, exceljs and LibreOffice, `'x:'` for
 * generators that prefix every element (the Open XML SDK). null when the root is not in that namespace.
 *
 * @example mainPrefix('<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">') // 'x:'
 */
export function mainPrefix(xml: string): string | null {
  const start = rootStart(xml);
  if (start < 0) return null;
  const end = xml.indexOf('>', start);
  const tag = xml.slice(start, end < 0 ? undefined : end);
  const name = /^<([\w.:-]+)/.exec(tag)?.[1] ?? '';
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const re = prefix
    ? new RegExp(`\\sxmlns:${prefix.replace(/\./g, '\\.')}\\s*=\\s*["']([^"']*)["']`)
    : /\sxmlns\s*=\s*["']([^"']*)["']/;
  const uri = re.exec(tag)?.[1];
  return uri === MAIN_NS || uri === STRICT_MAIN_NS ? (prefix ? `${prefix}:` : '') : null;
}

/** Index of the root element's `<`, past the XML declaration, comments and processing instructions. */
function rootStart(xml: string): number {
  let i = xml.indexOf('<');
  while (i >= 0 && (xml.startsWith('<?', i) || xml.startsWith('<!', i))) {
    const close = xml.startsWith('<!--', i) ? xml.indexOf('-->', i) : xml.indexOf('>', i);
    i = close < 0 ? -1 : xml.indexOf('<', close);
  }
  return i;
}

/**
 * Adds `prefix` to every element name of a fragment written without one (exceljs writes the default namespace).
 *
 * @example withPrefix('<font><b/></font>', 'x:') // '<x:font><x:b/></x:font>'
 */
export function withPrefix(fragment: string, prefix: string): string {
  return prefix
    ? fragment.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (m, slash: string, name: string) =>
        name.includes(':') ? m : `<${slash}${prefix}${name}`,
      )
    : fragment;
}

/** One element found in a part: where it is and its text (start tag … end tag, or the self-closing tag). */
export interface Found {
  start: number;
  end: number;
  /** The start tag (or the whole self-closing element). */
  open: string;
  /** Everything between the start and end tag ('' for a self-closing element). */
  inner: string;
  text: string;
}

/**
 * Every `<name>` element of `xml` (for elements that do not nest inside themselves: sheet, definedName, font, xf…).
 *
 * @example elements('<fonts><font><b/></font><font/></fonts>', 'font').length // 2
 */
export function elements(xml: string, name: string): Found[] {
  const out: Found[] = [];
  const re = new RegExp(`<${name}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*?(?:/>|>([\\s\\S]*?)</${name}\\s*>)`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const text = m[0];
    const openEnd = m[1] === undefined ? text.length : text.indexOf('>') + 1;
    out.push({ start: m.index, end: m.index + text.length, open: text.slice(0, openEnd), inner: m[1] ?? '', text });
  }
  return out;
}

/**
 * The first `<name>` element, or null.
 *
 * @example element('<a><sheets><sheet/></sheets></a>', 'sheets')?.inner // '<sheet/>'
 */
export function element(xml: string, name: string): Found | null {
  return elements(xml, name)[0] ?? null;
}

/**
 * Replaces `[start, end)` of `text`.
 *
 * @example splice('abcdef', 1, 3, 'X') // 'aXdef'
 */
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

// ---- namespace-aware DOM ----------------------------------------------------------------------------------

/** `xmlns:` declarations live in this namespace (Namespaces in XML 1.0, §3). */
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * Parses a part; malformed XML or an undeclared prefix throws (xmldom reports both as fatal errors).
 *
 * @example parseXml('<a xmlns="urn:x"/>').documentElement.namespaceURI // 'urn:x'
 */
export function parseXml(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}

/**
 * Serialises a document (its XML declaration kept); xmldom also declares any prefix an element uses out of scope.
 *
 * @example serializeXml(parseXml('<a/>')) // '<a/>'
 */
export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc as unknown as Parameters<XMLSerializer['serializeToString']>[0]);
}

/** The element children of `parent` in namespace `ns` named `local` (all element children when `local` is '*'). */
export function childElements(parent: Element, ns: string | null, local = '*'): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if ((local === '*' || e.localName === local) && (ns === null || e.namespaceURI === ns)) out.push(e);
  }
  return out;
}

/** The first element child of `parent` named `local` in `ns`, or null. */
export function childElement(parent: Element, ns: string | null, local: string): Element | null {
  return childElements(parent, ns, local)[0] ?? null;
}

/**
 * The prefix the document uses for `ns` ('' when it is the root's default namespace). When the root does not
 * declare it, declares it there under `preferred` (or `preferred1`, `preferred2`… if that prefix is taken), so
 * every element and attribute created with {@link createElementIn} / {@link setAttributeIn} has it in scope.
 *
 * @example prefixFor(parseXml('<x:workbook xmlns:x="urn:main"/>'), 'urn:main', 'x') // 'x'
 */
function prefixFor(doc: Document, ns: string, preferred: string): string {
  const root = doc.documentElement;
  if (root.namespaceURI === ns && !root.prefix) return '';
  for (let i = 0; i < root.attributes.length; i++) {
    const a = root.attributes[i];
    if (a.prefix === 'xmlns' && a.value === ns) return a.localName;
  }
  let prefix = preferred;
  for (let n = 1; root.hasAttribute(`xmlns:${prefix}`) || root.prefix === prefix; n++) prefix = `${preferred}${n}`;
  root.setAttributeNS(XMLNS_NS, `xmlns:${prefix}`, ns);
  return prefix;
}

/**
 * A new element in `ns`, named with the prefix the document uses for it (see {@link prefixFor}).
 *
 * @example createElementIn(doc, MAIN_NS, 'sheet') // <x:sheet> in a part whose root is <x:workbook>
 */
export function createElementIn(doc: Document, ns: string, local: string, attrs: Record<string, string> = {}): Element {
  const prefix = prefixFor(doc, ns, doc.documentElement.namespaceURI === ns ? (doc.documentElement.prefix ?? '') : 'x');
  const el = doc.createElementNS(ns, prefix ? `${prefix}:${local}` : local);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/**
 * Sets a namespaced attribute (`r:id`) with the prefix the document declares for `ns` (declared on the root if
 * it is not yet).
 */
export function setAttributeIn(el: Element, ns: string, local: string, value: string, preferred: string): void {
  const prefix = prefixFor(el.ownerDocument, ns, preferred);
  el.setAttributeNS(ns, `${prefix}:${local}`, value);
}

/**
 * Inserts `child` into `parent` before the first existing child whose local name comes after `local` in the
 * schema sequence `order` (appended when none does): how an optional element is added at its schema place.
 */
export function insertInOrder(parent: Element, child: Element, order: readonly string[]): void {
  const later = new Set(order.slice(order.indexOf(child.localName) + 1));
  const before = childElements(parent, null).find((e) => later.has(e.localName));
  parent.insertBefore(child, before ?? null);
}
