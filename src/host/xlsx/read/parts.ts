/**
 * The small parts of an .xlsx package the cell reader (./worksheet.ts) needs besides the worksheets: each cell
 * style's number format (styles part) and the shared-string table. Read as text with a scanner made for the
 * job, namespace-aware: SpreadsheetML's main namespace may be the default one (Excel, exceljs, openpyxl,
 * LibreOffice) or carry any prefix (`x:`, as the Open XML SDK and some .NET tools write), in its transitional or
 * strict URI. No Node built-ins: pure text in, values out.
 */
import { mainPrefix } from '../xml';

/**
 * Built-in number formats: a style may name one by id without defining it in `<numFmts>`. Ids 0–22, 37–40 and
 * 45–49 are fixed by ECMA-376 Part 1 §18.8.30 (numFmt); 27–36 and 50–58 depend on the locale, and are given
 * here as Japanese Excel shows them (the users' Excel: 31 = `yyyy"年"m"月"d"日"`, 56 = `m"月"d"日"`…). Excel
 * itself shows 14 and 22 in the system's short date order; for the checker only "is it a date / a time" matters.
 */
const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: '[$-411]ge.m.d',
  28: '[$-411]ggge"年"m"月"d"日"',
  29: '[$-411]ggge"年"m"月"d"日"',
  30: 'm/d/yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"時"mm"分"',
  33: 'h"時"mm"分"ss"秒"',
  34: 'yyyy"年"m"月"',
  35: 'm"月"d"日"',
  36: '[$-411]ge.m.d',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: '[$-411]ge.m.d',
  51: '[$-411]ggge"年"m"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: '[$-411]ggge"年"m"月"d"日"',
  55: 'yyyy"年"m"月"',
  56: 'm"月"d"日"',
  57: '[$-411]ge.m.d',
  58: '[$-411]ggge"年"m"月"d"日"',
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Element text as the value it stands for: XML entities and character references decoded, then OOXML's
 * `_xHHHH_` escapes (ECMA-376 Part 1 §22.9.2.19 ST_Xstring: Excel writes a carriage return as `_x000D_`).
 *
 * @example decodeText('A &amp; B_x000D_') // 'A & B\r'
 */
export function decodeText(text: string): string {
  let out = text;
  if (out.includes('&')) {
    out = out.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e],
    );
  }
  if (out.includes('_x'))
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return out;
}

/** One start, end or empty tag of a small part, with its attributes. */
interface Tag {
  /** Local name (prefix removed); '' for a tag outside the main namespace. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: Record<string, string>;
  /** Text from the end of this tag to the next tag. */
  textAfter: string;
}

/**
 * Every tag of a small part (styles: kilobytes; one shared-string item) in document order. Tags in
 * other namespaces get the name '' so that, say, an extension's `<x14:xf>` is never taken for a cell format.
 */
function* tags(xml: string, prefix: string): Generator<Tag> {
  let i = xml.indexOf('<');
  while (i >= 0) {
    if (xml.startsWith('<!--', i) || xml.startsWith('<?', i)) {
      const close = xml.startsWith('<!--', i) ? xml.indexOf('-->', i) + 3 : xml.indexOf('?>', i) + 2;
      i = close < 2 ? -1 : xml.indexOf('<', close);
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      const close = xml.indexOf(']]>', i);
      if (close < 0) break;
      // CDATA is text of the element it sits in: hand it on as the text after an anonymous tag.
      const next = xml.indexOf('<', close);
      yield {
        name: '',
        closing: false,
        selfClosing: true,
        attrs: {},
        textAfter: xml.slice(i + 9, close) + xml.slice(close + 3, next < 0 ? undefined : next),
      };
      i = next;
      continue;
    }
    const end = tagEnd(xml, i);
    if (end < 0) break;
    const closing = xml[i + 1] === '/';
    const raw = xml.slice(i + (closing ? 2 : 1), xml[end - 1] === '/' ? end - 1 : end);
    const nameEnd = raw.search(/[\s/>]|$/);
    const qname = raw.slice(0, nameEnd);
    const next = xml.indexOf('<', end + 1);
    const name =
      qname.startsWith(prefix) && !qname.slice(prefix.length).includes(':') ? qname.slice(prefix.length) : '';
    yield {
      name,
      closing,
      selfClosing: xml[end - 1] === '/',
      attrs: closing ? {} : attributesOf(raw.slice(nameEnd)),
      textAfter: xml.slice(end + 1, next < 0 ? undefined : next),
    };
    i = next;
  }
}

/** The `>` that ends the tag opened at `start`, skipping quoted attribute values; -1 when cut off. */
function tagEnd(xml: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  return -1;
}

function attributesOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = decodeText(m[2] ?? m[3] ?? '');
  return out;
}

/**
 * The number format of each cell style, by the style index cells carry in `s`: the `numFmtId` of each `<xf>` of
 * `<cellXfs>` (not `<cellStyleXfs>`, the named styles), looked up in `<numFmts>` and then among the built-ins.
 * An id that is neither is 'General'.
 *
 * @example cellFormats('<styleSheet xmlns="…main"><numFmts><numFmt numFmtId="164" formatCode="[h]:mm"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>') // ['General', '[h]:mm', 'yyyy/m/d']
 */
export function cellFormats(xml: string): string[] {
  const prefix = mainPrefix(xml);
  if (prefix === null) return [];
  const custom = new Map<number, string>();
  const formats: string[] = [];
  let inCellXfs = false;
  for (const tag of tags(xml, prefix)) {
    if (tag.name === 'numFmt' && !tag.closing)
      custom.set(Number(tag.attrs.numFmtId), tag.attrs.formatCode ?? 'General');
    else if (tag.name === 'cellXfs') inCellXfs = !tag.closing && !tag.selfClosing;
    else if (tag.name === 'xf' && inCellXfs && !tag.closing) {
      const id = Number(tag.attrs.numFmtId ?? 0);
      formats.push(custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id] ?? 'General');
    }
  }
  return formats;
}

/**
 * The text of each shared string (`<si>`) in `xml` — its `<t>`, or the `<t>` of each rich-text run `<r>` joined, never
 * the phonetic reading `<rPh>` (the furigana Japanese Excel stores with typed names is not the text) — whose
 * elements of the main namespace carry `prefix` (`''` or `x:`). ./shared-strings.ts reads an item that is not plain
 * `<t>` text this way, one item at a time.
 *
 * @example stringItems('<si><t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh></si><si><r><t>A</t></r><r><t>B</t></r></si>', '') // ['山田', 'AB']
 */
export function stringItems(xml: string, prefix: string): string[] {
  const strings: string[] = [];
  let text = '';
  let phonetic = 0;
  let inText = false;
  for (const tag of tags(xml, prefix)) {
    if (tag.name === 'si') {
      if (tag.closing) strings.push(decodeText(text));
      else if (tag.selfClosing) strings.push('');
      text = '';
    } else if (tag.name === 'rPh' && !tag.selfClosing) phonetic += tag.closing ? -1 : 1;
    else if (tag.name === 't') inText = !tag.closing && !tag.selfClosing && phonetic === 0;
    if (inText && (tag.name === 't' || (tag.name === '' && tag.selfClosing))) text += tag.textAfter;
  }
  return strings;
}
