/**
 * Grafting worksheets written by exceljs into another workbook's package: their style records are appended to
 * the target's styles part and their cells are rewritten to point at the appended records, and their shared
 * strings become inline strings, so the target's shared-string table (and every user sheet that indexes into
 * it) stays byte-for-byte as it was. Used by the `--out` copy (./copy-port.ts).
 *
 * Pure string functions over XML text (see ../xml.ts for why no DOM).
 */
import { attributes, element, elements, mainPrefix, setAttribute, splice, withPrefix } from '../xml';

/** Child order of `<styleSheet>` (CT_Stylesheet); a section we add must go to its place in this order. */
const SECTIONS = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
/** The first id Excel leaves for custom number formats (0–163 are built in). */
const FIRST_CUSTOM_FORMAT = 164;

export interface MergedStyles {
  /** The target's styles part with the source's records appended. */
  xml: string;
  /** Source cellXfs index → target cellXfs index (0, the default, maps to the target's default). */
  xfMap: number[];
}

/**
 * Appends the fonts, fills, borders, number formats and cell formats of `source` (an exceljs styles part) to
 * `target` (the user's styles part), returning the index map for the grafted cells. The target's existing
 * records keep their indices, so no user cell changes look.
 *
 * @example const { xml, xfMap } = mergeStyles(userStyles, reportStyles); // reportStyles' xf 3 is now xf xfMap[3]
 */
export function mergeStyles(target: string, source: string): MergedStyles {
  const p = mainPrefix(target) ?? '';
  const sp = mainPrefix(source) ?? '';
  let xml = target;
  /** A source record as the target writes it (source prefix off, target prefix on). */
  const adopt = (text: string) => withPrefix(sp ? text.replace(new RegExp(`<(/?)${sp}`, 'g'), '<$1') : text, p);

  // Number formats: reuse a target id with the same code, else take the next free custom id.
  const formatMap = new Map<number, number>();
  const targetFormats = elements(element(xml, p + 'numFmts')?.inner ?? '', p + 'numFmt').map((f) => attributes(f.open));
  const byCode = new Map(targetFormats.map((a) => [a.formatCode, Number(a.numFmtId)]));
  let nextId = Math.max(FIRST_CUSTOM_FORMAT - 1, ...targetFormats.map((a) => Number(a.numFmtId))) + 1;
  const newFormats: string[] = [];
  for (const f of elements(element(source, sp + 'numFmts')?.inner ?? '', sp + 'numFmt')) {
    const a = attributes(f.open);
    let id = byCode.get(a.formatCode);
    if (id === undefined) {
      id = nextId++;
      byCode.set(a.formatCode, id);
      newFormats.push(setAttribute(adopt(f.text), 'numFmtId', String(id)));
    }
    formatMap.set(Number(a.numFmtId), id);
  }
  xml = appendChildren(xml, p, 'numFmts', 'numFmt', newFormats).xml;

  // Fonts, fills, borders, then cell formats: a record the target already has (the same text, as after an
  // earlier run of the checker) is reused, so reruns on the checker's own output add no records.
  const maps: Record<string, number[]> = {};
  for (const [section, child] of [
    ['fonts', 'font'],
    ['fills', 'fill'],
    ['borders', 'border'],
  ] as const) {
    const merged = appendUnique(
      xml,
      p,
      section,
      child,
      elements(element(source, sp + section)?.inner ?? '', sp + child).map((e) => adopt(e.text)),
    );
    xml = merged.xml;
    maps[child] = merged.indices;
  }
  const xfs = elements(element(source, sp + 'cellXfs')?.inner ?? '', sp + 'xf');
  const records = xfs.slice(1).map((xf) => {
    const a = attributes(xf.open);
    let open = adopt(xf.open);
    open = setAttribute(open, 'fontId', String(maps.font[Number(a.fontId ?? 0)]));
    open = setAttribute(open, 'fillId', String(maps.fill[Number(a.fillId ?? 0)]));
    open = setAttribute(open, 'borderId', String(maps.border[Number(a.borderId ?? 0)]));
    const fmt = Number(a.numFmtId ?? 0);
    open = setAttribute(open, 'numFmtId', String(formatMap.get(fmt) ?? fmt));
    // The target's first cell style (Normal) is the parent, as exceljs' own records have it.
    open = setAttribute(open, 'xfId', '0');
    return open + adopt(xf.text.slice(xf.open.length));
  });
  const merged = appendUnique(xml, p, 'cellXfs', 'xf', records);
  return { xml: merged.xml, xfMap: [0, ...merged.indices] };
}

/** Appends the records the section does not have yet; `indices[i]` is where `records[i]` is in the result. */
function appendUnique(
  xml: string,
  p: string,
  section: string,
  child: string,
  records: string[],
): { xml: string; indices: number[] } {
  const existing = elements(element(xml, p + section)?.inner ?? '', p + child).map((e) => e.text);
  const index = new Map<string, number>();
  existing.forEach((text, i) => index.has(text) || index.set(text, i));
  const added: string[] = [];
  const indices = records.map((text) => {
    let i = index.get(text);
    if (i === undefined) {
      i = existing.length + added.length;
      added.push(text);
      index.set(text, i);
    }
    return i;
  });
  return { xml: appendChildren(xml, p, section, child, added).xml, indices };
}

/**
 * Appends `records` to the `<section>` of a styles part (creating the section at its place if missing) and
 * updates its `count`; `before` is the number of records the section had.
 */
function appendChildren(
  xml: string,
  p: string,
  section: string,
  child: string,
  records: string[],
): { xml: string; before: number } {
  let found = element(xml, p + section);
  if (!found) {
    if (records.length === 0) return { xml, before: 0 };
    xml = insertSection(xml, p, section);
    found = element(xml, p + section) as NonNullable<typeof found>;
  }
  const before = elements(found.inner, p + child).length;
  if (records.length === 0) return { xml, before };
  const open = setAttribute(found.open.replace(/\s*\/>$/, '>'), 'count', String(before + records.length));
  const rebuilt = `${open}${found.inner}${records.join('')}</${p}${section}>`;
  return { xml: splice(xml, found.start, found.end, rebuilt), before };
}

/** Inserts an empty `<section>` before the first section that must follow it (or before the end tag). */
function insertSection(xml: string, p: string, section: string): string {
  const later = SECTIONS.slice(SECTIONS.indexOf(section) + 1)
    .map((s) => element(xml, p + s)?.start)
    .filter((i): i is number => i !== undefined);
  const at = later.length ? Math.min(...later) : xml.lastIndexOf(`</${p}styleSheet`);
  return splice(xml, at, at, `<${p}${section} count="0"></${p}${section}>`);
}

/**
 * Rewrites a worksheet part written by exceljs for another package: style indices through `xfMap` (cells,
 * rows, columns) and shared-string cells into inline strings (`strings` = the inner XML of each `<si>`).
 *
 * @example graftWorksheet('<c r="A1" s="1" t="s"><v>0</v></c>', [0, 7], ['<t>表</t>']) // '<c r="A1" s="7" t="inlineStr"><is><t>表</t></is></c>'
 */
export function graftWorksheet(xml: string, xfMap: number[], strings: string[]): string {
  const style = (s: string | undefined) => {
    const mapped = xfMap[Number(s)];
    if (mapped === undefined) throw new Error(`style index ${s} not in the grafted styles`);
    return String(mapped);
  };
  return xml
    .replace(
      /<c(?=[\s/>])((?:[^>"]|"[^"]*")*?)(\/>|>([\s\S]*?)<\/c>)/g,
      (_m, attrText: string, close: string, inner: string | undefined) => {
        let open = `<c${attrText}>`;
        const a = attributes(open);
        if (a.s !== undefined) open = setAttribute(open, 's', style(a.s));
        if (a.t === 's' && inner !== undefined) {
          const index = /<v>\s*(\d+)\s*<\/v>/.exec(inner);
          const si = index ? strings[Number(index[1])] : undefined;
          if (si === undefined) throw new Error(`shared string ${index?.[1]} not in the grafted strings`);
          return `${setAttribute(open, 't', 'inlineStr')}<is>${si}</is></c>`;
        }
        return close === '/>' ? open.replace(/>$/, '/>') : `${open}${inner}</c>`;
      },
    )
    .replace(/<row(?=[\s/>])(?:[^>"]|"[^"]*")*>/g, (tag) => {
      const s = attributes(tag).s;
      return s === undefined ? tag : setAttribute(tag, 's', style(s));
    })
    .replace(/<col(?=[\s/>])(?:[^>"]|"[^"]*")*>/g, (tag) => {
      const s = attributes(tag).style;
      return s === undefined ? tag : setAttribute(tag, 'style', style(s));
    });
}

/**
 * The inner XML of each `<si>` of a shared-strings part (valid as the content of an inline `<is>`).
 *
 * @example sharedStringItems('<sst><si><t>a</t></si></sst>') // ['<t>a</t>']
 */
export function sharedStringItems(xml: string): string[] {
  const p = mainPrefix(xml) ?? '';
  return elements(xml, p + 'si').map((si) => (p ? si.inner.replace(new RegExp(`<(/?)${p}`, 'g'), '<$1') : si.inner));
}
