/**
 * A streaming .xlsx writer for the benchmark's generated workbooks, in bounded memory whatever the row count:
 * each worksheet's XML is produced row by row, deflated by Node's zlib and written to the file as it goes, with
 * backpressure (exceljs' streaming writer ignores it: its buffers grow with the sheet, ≈ 2 GB and more at 5,000
 * employees × 365 days). Only the shared-string table is held (one entry per distinct text: ids, names, labels).
 *
 * The package is the one Excel and exceljs write (ECMA-376 Part 2 zip, Part 1 SpreadsheetML): content types,
 * relationships, workbook, styles with one cell format per column format, shared strings, and the worksheets with
 * `<cols>` widths; text in the shared-string table, dates and times as numbers with their number format. The zip
 * uses data descriptors (APPNOTE 4.3.9: sizes and CRC after the data), which every reader accepts; no ZIP64, so
 * a part must stay under 4 GiB (a 1,048,576-row sheet of eight columns is ≈ 370 MB).
 */
import * as fs from 'fs';
import { once } from 'events';
import * as zlib from 'zlib';
import type { RawValue } from '../src/ingest/types';

/** One sheet to write: column headers, widths and number formats, and its data rows produced lazily. */
export interface StreamedSheet {
  name: string;
  columns: { header: string; numFmt: string; width: number }[];
  rows: () => Iterable<RawValue[]>;
}

interface Entry {
  name: string;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

/** Characters flushed to the deflater at a time. */
const CHUNK_CHARS = 64 * 1024;
/** A fixed DOS time stamp (2025-04-01 00:00), so the same rows give the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = ((2025 - 1980) << 9) | (4 << 5) | 1;
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** The row attributes' extension namespace, ignorable by readers that do not know it (ECMA-376 Part 3). */
const X14AC =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" ' +
  'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text with `&`, `<`, `>` and `"` escaped for element text and attribute values. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] as string);
}

/** Column letters of a 1-based column. Example: `columnLetters(28) === 'AB'`. */
function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A zip file written entry by entry, each entry deflated as a stream. */
class ZipStream {
  private readonly out: fs.WriteStream;
  private readonly entries: Entry[] = [];
  private offset = 0;

  constructor(file: string) {
    this.out = fs.createWriteStream(file);
  }

  private async write(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    if (!this.out.write(bytes)) await once(this.out, 'drain');
  }

  /** Writes one entry whose text comes from `produce` (called with a `push` that may be awaited for backpressure). */
  async entry(name: string, produce: (push: (text: string) => Promise<void>) => Promise<void>): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    const entry: Entry = { name, offset: this.offset, crc: 0, compressed: 0, size: 0 };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0808, 6); // data descriptor follows; the name is UTF-8
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt16LE(nameBytes.length, 26);
    await this.write(Buffer.concat([header, nameBytes]));
    const deflate = zlib.createDeflateRaw({ level: 6 });
    const written: Promise<void>[] = [];
    deflate.on('data', (chunk: Buffer) => {
      entry.compressed += chunk.length;
      written.push(this.write(chunk));
    });
    const ended = once(deflate, 'end');
    let pending = '';
    const flush = async () => {
      const bytes = Buffer.from(pending, 'utf8');
      pending = '';
      entry.crc = zlib.crc32(bytes, entry.crc);
      entry.size += bytes.length;
      if (!deflate.write(bytes)) await once(deflate, 'drain');
      // Let the file catch up too: deflated bytes waiting for the disk are the only other buffer.
      if (this.out.writableNeedDrain) await once(this.out, 'drain');
    };
    await produce(async (text) => {
      pending += text;
      if (pending.length >= CHUNK_CHARS) await flush();
    });
    if (pending) await flush();
    deflate.end();
    await ended;
    await Promise.all(written);
    if (entry.size >= 2 ** 32 || entry.compressed >= 2 ** 32) throw new Error(`${name}: over 4 GiB needs ZIP64`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(entry.crc >>> 0, 4);
    descriptor.writeUInt32LE(entry.compressed, 8);
    descriptor.writeUInt32LE(entry.size, 12);
    await this.write(descriptor);
    this.entries.push(entry);
  }

  /** Writes the central directory and closes the file. */
  async close(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const nameBytes = Buffer.from(e.name, 'utf8');
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4);
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(0x0808, 8);
      record.writeUInt16LE(8, 10);
      record.writeUInt16LE(DOS_TIME, 12);
      record.writeUInt16LE(DOS_DATE, 14);
      record.writeUInt32LE(e.crc >>> 0, 16);
      record.writeUInt32LE(e.compressed, 20);
      record.writeUInt32LE(e.size, 24);
      record.writeUInt16LE(nameBytes.length, 28);
      record.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([record, nameBytes]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    this.out.end();
    await once(this.out, 'finish');
  }
}

/** The shared-string table: each distinct text once, in order of first use. */
class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  indexOf(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

/** Number formats → style indexes: 0 is General, each other format gets a custom numFmt (ids from 164) and an xf. */
function styleTable(sheets: StreamedSheet[]): { styleOf: Map<string, number>; xml: string } {
  const custom = [...new Set(sheets.flatMap((s) => s.columns.map((c) => c.numFmt)))].filter((f) => f !== 'General');
  const styleOf = new Map<string, number>([['General', 0]]);
  custom.forEach((f, i) => styleOf.set(f, i + 1));
  const numFmts = custom.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(f)}"/>`).join('');
  const xfs = custom.map(
    (_, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
  );
  const xml =
    `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="${custom.length}">${numFmts}</numFmts>` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${custom.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
  return { styleOf, xml };
}

/** Where a text goes: the shared-string table, its cell as an inline string, or its cell's `<v>` with `t="str"`. */
export type TextCells = 'shared' | 'inline' | 'str';

/** A text cell written as `how` says (`strings` is the table when it is `shared`). */
function textCell(ref: string, s: string, text: string, how: TextCells, strings: SharedStrings): string {
  if (how === 'inline') return `<c r="${ref}"${s} t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
  if (how === 'str') return `<c r="${ref}"${s} t="str"><v>${escapeXml(text)}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.indexOf(text)}</v></c>`;
}

/** One `<row>`: text as `how` says, numbers with their column's style, blanks left out. */
function rowXml(
  r: number,
  values: RawValue[],
  styles: number[],
  strings: SharedStrings,
  how: TextCells = 'shared',
): string {
  // As Excel writes a row: its span of columns and the row height's descent (x14ac, ignorable).
  let xml = `<row r="${r}" spans="1:${values.length}" x14ac:dyDescent="0.25">`;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined) continue;
    const ref = `${columnLetters(c + 1)}${r}`;
    const s = styles[c] ? ` s="${styles[c]}"` : '';
    if (typeof v === 'number') xml += `<c r="${ref}"${s}><v>${v}</v></c>`;
    else if (typeof v === 'string') xml += textCell(ref, s, v, how, strings);
    else if (typeof v === 'boolean') xml += `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
    else xml += `<c r="${ref}"${s} t="e"><v>${escapeXml(v.error)}</v></c>`;
  }
  return `${xml}</row>`;
}

async function writeSheet(
  zip: ZipStream,
  index: number,
  sheet: StreamedSheet,
  styleOf: Map<string, number>,
  text: { strings: SharedStrings; how: TextCells },
): Promise<void> {
  const { strings, how } = text;
  const styles = sheet.columns.map((c) => styleOf.get(c.numFmt) ?? 0);
  await zip.entry(`xl/worksheets/sheet${index + 1}.xml`, async (push) => {
    const cols = sheet.columns
      .map(
        (c, i) =>
          `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${styles[i] ? ` style="${styles[i]}"` : ''}/>`,
      )
      .join('');
    await push(`${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" ${X14AC}><cols>${cols}</cols><sheetData>`);
    await push(
      rowXml(
        1,
        sheet.columns.map((c) => c.header),
        [],
        strings,
        how,
      ),
    );
    let r = 1;
    for (const row of sheet.rows()) await push(rowXml(++r, row, styles, strings, how));
    await push('</sheetData></worksheet>');
  });
}

/** The small parts: content types, relationships, workbook, shared strings (written last, once every text is known). */
async function writePackageParts(
  zip: ZipStream,
  sheets: StreamedSheet[],
  strings: SharedStrings,
  styles: string,
): Promise<void> {
  const whole = (xml: string) => async (push: (text: string) => Promise<void>) => push(xml);
  const sheetOverrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  await zip.entry(
    '[Content_Types].xml',
    whole(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        `${sheetOverrides}</Types>`,
    ),
  );
  await zip.entry(
    '_rels/.rels',
    whole(
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  );
  const sheetRels = sheets.map(
    (_, i) => `<Relationship Id="rId${i + 3}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  await zip.entry(
    'xl/_rels/workbook.xml.rels',
    whole(
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>${sheetRels.join('')}</Relationships>`,
    ),
  );
  const sheetList = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 3}"/>`);
  await zip.entry(
    'xl/workbook.xml',
    whole(
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><sheets>${sheetList.join('')}</sheets></workbook>`,
    ),
  );
  await zip.entry('xl/styles.xml', whole(styles));
  await zip.entry('xl/sharedStrings.xml', async (push) => {
    const n = strings.list.length;
    await push(`${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${n}" uniqueCount="${n}">`);
    for (const s of strings.list) await push(`<si><t>${escapeXml(s)}</t></si>`);
    await push('</sst>');
  });
}

/**
 * Writes `sheets` to `file` as an .xlsx, streaming: memory stays flat whatever the row count. Text goes to the
 * shared-string table unless `textCells` puts it in its cells (the table is then left empty).
 * Example: `await writeStreamedWorkbook('bench/out/attendance-5000.xlsx', describeWorkbook(5000))`.
 */
export async function writeStreamedWorkbook(
  file: string,
  sheets: StreamedSheet[],
  options: { textCells?: TextCells } = {},
): Promise<void> {
  const zip = new ZipStream(file);
  const strings = new SharedStrings();
  const { styleOf, xml: styles } = styleTable(sheets);
  const text = { strings, how: options.textCells ?? 'shared' };
  for (let i = 0; i < sheets.length; i++) await writeSheet(zip, i, sheets[i], styleOf, text);
  await writePackageParts(zip, sheets, strings, styles);
  await zip.close();
}
