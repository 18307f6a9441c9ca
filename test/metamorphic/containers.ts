/**
 * The files a layout is written as: CSV (UTF-8 with or without BOM, Shift_JIS as Excel's 「CSV（コンマ区切り）」
 * writes it in Japan) and .xlsx from four writers — exceljs itself, and packages written here in the XML styles of
 * openpyxl (shared strings, built-in date format 14), LibreOffice Calc (shared strings, upper-case format codes,
 * every row attribute spelt out) and the Open XML SDK (`x:` prefix on every element, inline strings, no `r`).
 */
import * as iconv from 'iconv-lite';
import JSZip from 'jszip';
import { buildWorkbook, serialOf, type CellSpec } from '../../scripts/workbook-builders';

/** A cell: text, a plain number, or a number with its number format (an Excel date, time or duration). */
export type Cell = null | string | number | { v: number; fmt: string };

export interface Sheet {
  name: string;
  rows: Cell[][];
}

export const CONTAINERS = [
  'csv-utf8',
  'csv-utf8-bom',
  'csv-sjis',
  'xlsx-exceljs',
  'xlsx-openpyxl',
  'xlsx-libreoffice',
  'xlsx-sdk',
] as const;
export type Container = (typeof CONTAINERS)[number];

export const isCsv = (c: Container): boolean => c.startsWith('csv');

/** An Excel date cell (1900 system). */
export function dateSerial(iso: string): Cell {
  return { v: serialOf(iso), fmt: 'yyyy/m/d' };
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') throw new Error(`test bug: a formatted number cannot go into a CSV (${cell.fmt})`);
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Shift_JIS bytes; a character CP932 cannot hold (〜 U+301C is written ～ U+FF5E by Windows) is a test bug. */
function shiftJis(text: string): Buffer {
  const bytes = iconv.encode(text, 'cp932');
  if (new TextDecoder('shift_jis').decode(bytes) !== text) throw new Error('test bug: text not representable in CP932');
  return bytes;
}

function csvBytes(sheet: Sheet, container: Container): Buffer {
  const text = sheet.rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  if (container === 'csv-sjis') return shiftJis(text);
  return Buffer.from((container === 'csv-utf8-bom' ? '\ufeff' : '') + text, 'utf8');
}

function toSpec(cell: Cell): CellSpec {
  return cell !== null && typeof cell === 'object' ? { value: cell.v, numFmt: cell.fmt } : cell;
}

async function exceljsBytes(sheets: Sheet[]): Promise<Buffer> {
  const wb = buildWorkbook(sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(toSpec)) })));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

type Style = 'openpyxl' | 'libreoffice' | 'sdk';

/** Number formats → style indexes (cellXfs), in each writer's habit. */
class Formats {
  readonly codes: string[] = [];
  constructor(private readonly style: Style) {}
  /** The `s` index of a format; openpyxl writes a date with the built-in format 14 (no numFmt element). */
  index(fmt: string): number {
    const code = this.style === 'libreoffice' ? fmt.toUpperCase() : fmt;
    const key = this.style === 'openpyxl' && fmt === 'yyyy/m/d' ? '#14' : code;
    const i = this.codes.indexOf(key);
    return (i < 0 ? this.codes.push(key) - 1 : i) + 1;
  }
  xml(p: string): string {
    const custom = this.codes.map((c, i) => [c, 164 + i] as const).filter(([c]) => c !== '#14');
    const numFmts = custom.length
      ? `<${p}numFmts count="${custom.length}">${custom.map(([c, id]) => `<${p}numFmt numFmtId="${id}" formatCode="${esc(c)}"/>`).join('')}</${p}numFmts>`
      : '';
    const xfs = this.codes.map(
      (c, i) =>
        `<${p}xf numFmtId="${c === '#14' ? 14 : 164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    );
    return `${DECL}<${p}styleSheet ${p ? `xmlns:${p.slice(0, -1)}` : 'xmlns'}="${MAIN}">${numFmts}<${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="ＭＳ Ｐゴシック"/></${p}font></${p}fonts><${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills><${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs><${p}cellXfs count="${xfs.length + 1}"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs.join('')}</${p}cellXfs></${p}styleSheet>`;
  }
}

/** One worksheet's `<sheetData>`: shared strings (openpyxl, LibreOffice) or inline strings without `r` (SDK). */
function sheetDataXml(rows: Cell[][], style: Style, sst: string[], formats: Formats): string {
  const p = style === 'sdk' ? 'x:' : '';
  const rowAttrs =
    style === 'libreoffice'
      ? ' customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"'
      : '';
  const cellXml = (cell: Cell, ref: string): string => {
    const r = style === 'sdk' ? '' : ` r="${ref}"`;
    // Without `r` a cell's column is its position: an empty cell is written so the next one stays in place.
    if (cell === null) return style === 'sdk' ? `<${p}c/>` : '';
    if (typeof cell === 'number')
      return `<${p}c${r}${style === 'openpyxl' ? ' t="n"' : ''}><${p}v>${cell}</${p}v></${p}c>`;
    if (typeof cell === 'object') return `<${p}c${r} s="${formats.index(cell.fmt)}"><${p}v>${cell.v}</${p}v></${p}c>`;
    if (style === 'sdk') return `<${p}c t="inlineStr"><${p}is><${p}t>${esc(cell)}</${p}t></${p}is></${p}c>`;
    const i = sst.indexOf(cell);
    return `<${p}c${r} t="s"><${p}v>${i < 0 ? sst.push(cell) - 1 : i}</${p}v></${p}c>`;
  };
  const body = rows
    .map((row, ri) => {
      const r = style === 'sdk' ? '' : ` r="${ri + 1}"`;
      return `<${p}row${r}${rowAttrs}>${row.map((c, ci) => cellXml(c, `${columnName(ci)}${ri + 1}`)).join('')}</${p}row>`;
    })
    .join('');
  return `<${p}sheetData>${body}</${p}sheetData>`;
}

function worksheetXml(rows: Cell[][], style: Style, sst: string[], formats: Formats): string {
  const data = sheetDataXml(rows, style, sst, formats);
  if (style === 'sdk')
    return `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}">${data}</x:worksheet>`;
  if (style === 'openpyxl') {
    return `${DECL}<worksheet xmlns="${MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr><sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>${data}<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>`;
  }
  return `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><sheetViews><sheetView showFormulas="false" showGridLines="true" tabSelected="false" workbookViewId="0"><selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView></sheetViews><sheetFormatPr defaultColWidth="11.53515625" defaultRowHeight="12.8" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"/>${data}<pageMargins left="0.7875" right="0.7875" top="1.05277777777778" bottom="1.05277777777778" header="0.7875" footer="0.7875"/></worksheet>`;
}

function relsXml(list: { id: string; type: string; target: string }[]): string {
  return `${DECL}<Relationships xmlns="${PKG_REL}">${list.map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${r.target}"/>`).join('')}</Relationships>`;
}

/** The parts of a hand-written package in one writer's style. */
function handParts(sheets: Sheet[], style: Style): Record<string, string> {
  const p = style === 'sdk' ? 'x:' : '';
  const sst: string[] = [];
  const formats = new Formats(style);
  const parts: Record<string, string> = {};
  sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = worksheetXml(s.rows, style, sst, formats)));
  const sheetIds = sheets.map((_s, i) => (style === 'sdk' ? `R5a${i}c0ffee${i}` : `rId${i + 3}`));
  const sheetTarget = (i: number) => (style === 'libreoffice' ? '' : '/xl/') + `worksheets/sheet${i + 1}.xml`;
  const sheetList = sheets
    .map((s, i) =>
      style === 'openpyxl'
        ? `<sheet xmlns:r="${REL}" name="${esc(s.name)}" sheetId="${i + 1}" state="visible" r:id="${sheetIds[i]}"/>`
        : `<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="${sheetIds[i]}"/>`,
    )
    .join('');
  parts['xl/workbook.xml'] =
    style === 'sdk'
      ? `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}"><x:sheets>${sheetList}</x:sheets></x:workbook>`
      : `${DECL}<workbook xmlns="${MAIN}"${style === 'libreoffice' ? ` xmlns:r="${REL}"><fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="false"/>` : '><workbookPr/>'}<sheets>${sheetList}</sheets><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`;
  const rels = sheets.map((_s, i) => ({ id: sheetIds[i], type: 'worksheet', target: sheetTarget(i) }));
  rels.push({ id: 'rId1', type: 'styles', target: 'styles.xml' });
  if (sst.length) rels.push({ id: 'rId2', type: 'sharedStrings', target: 'sharedStrings.xml' });
  parts['xl/_rels/workbook.xml.rels'] = relsXml(rels);
  parts['xl/styles.xml'] = formats.xml(p);
  if (sst.length) {
    parts['xl/sharedStrings.xml'] =
      `${DECL}<sst xmlns="${MAIN}" count="${sst.length}" uniqueCount="${sst.length}">${sst.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('')}</sst>`;
  }
  parts['_rels/.rels'] = relsXml([{ id: 'rId1', type: 'officeDocument', target: 'xl/workbook.xml' }]);
  const overrides = [
    ['/xl/workbook.xml', `${CT_MAIN}.sheet.main+xml`],
    ['/xl/styles.xml', `${CT_MAIN}.styles+xml`],
    ...sheets.map((_s, i) => [`/xl/worksheets/sheet${i + 1}.xml`, `${CT_MAIN}.worksheet+xml`]),
    ...(sst.length ? [['/xl/sharedStrings.xml', `${CT_MAIN}.sharedStrings+xml`]] : []),
  ];
  parts['[Content_Types].xml'] =
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([n, t]) => `<Override PartName="${n}" ContentType="${t}"/>`).join('')}</Types>`;
  return parts;
}

async function handBytes(sheets: Sheet[], style: Style): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(handParts(sheets, style))) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * The bytes of a file holding `sheets` in `container`. A CSV holds one sheet (its name is the file's).
 *
 * @example await fileBytes([{ name: 'x', rows: [['社員番号']] }], 'csv-sjis') // <Buffer 8e d0 88 f5 94 d4 8d 86 0d 0a>
 */
export async function fileBytes(sheets: Sheet[], container: Container): Promise<Buffer> {
  if (isCsv(container)) {
    if (sheets.length !== 1) throw new Error('test bug: a CSV holds one sheet');
    return csvBytes(sheets[0], container);
  }
  if (container === 'xlsx-exceljs') return exceljsBytes(sheets);
  return handBytes(sheets, container.slice(5) as Style);
}
