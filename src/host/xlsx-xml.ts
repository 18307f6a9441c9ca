/**
 * String-level helpers for editing the XML parts of an .xlsx package without parsing them into a tree: the
 * `--out` copy (./xlsx-copy.ts) keeps the user's parts byte-for-byte and only splices small, well-known
 * elements (a `<sheet>` entry, a defined name, a style record) into the few parts it has to change. A DOM round
 * trip would re-serialise those parts (namespaces, entity choices, attribute order) for no gain; the elements
 * touched here are flat (no nesting of the same element), so a regex per element type is exact.
 *
 * Pure (no exceljs, no Node built-ins), so the rules are testable on their own.
 */

/** The namespace of SpreadsheetML's main elements (transitional; what Excel, exceljs and LibreOffice write). */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The namespace of `r:id` attributes. */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Escapes text for an attribute value or element content.
 *
 * @example escapeXml(`O'Brien & "Co"`) // 'O&apos;Brien &amp; &quot;Co&quot;'
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
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
 * The prefix a part uses for SpreadsheetML's main namespace: '' for the default namespace (Excel, exceljs),
 * `'x:'` for files from generators that prefix every element (the Open XML SDK).
 *
 * @example mainPrefix('<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">') // 'x:'
 */
export function mainPrefix(xml: string): string {
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${MAIN_NS.replace(/[./]/g, '\\$&')}["']`).exec(xml.slice(0, 4096));
  if (m && new RegExp(`<${m[1]}:\\w`).test(xml.slice(0, 4096))) return `${m[1]}:`;
  return '';
}

/**
 * Adds `prefix` to every element name of a fragment written without one (exceljs writes the default namespace).
 *
 * @example withPrefix('<font><b/></font>', 'x:') // '<x:font><x:b/></x:font>'
 */
export function withPrefix(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (m, slash: string, name: string) => (name.includes(':') ? m : `<${slash}${prefix}${name}`)) : fragment;
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
