/**
 * The worksheet scanner on its own (src/host/xlsx/read/worksheet.ts, read-parts.ts): pieces cut anywhere, the XML
 * corners a real file can hold, and the small parts (styles, shared strings).
 */
import { WorksheetReader, isoDateTimeToSerial, type CellContext } from '../../../../src/host/xlsx/read/worksheet';
import { cellFormats, decodeText } from '../../../../src/host/xlsx/read/parts';
import { SharedStringTable } from '../../../../src/host/xlsx/read/shared-strings';
import { mainPrefix } from '../../../../src/host/xlsx/xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const context: CellContext = {
  strings: ['社員番号', '山田', ''],
  formats: ['General', 'h:mm', 'yyyy/m/d'],
  date1904: false,
};

function read(pieces: string[], ctx: CellContext = context) {
  const reader = new WorksheetReader('S', ctx);
  for (const p of pieces) reader.feed(p);
  return reader.finish();
}

/** A sheet with comments, CDATA, entities, `$` references, lower-case references and another namespace's element. */
const SHEET =
  `<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand --><worksheet xmlns="${MAIN}" xmlns:y="urn:other"><sheetData>` +
  '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>0.375</v></c><c r="$C$1" t="str"><v><![CDATA[a&b<c]]></v></c><c r="d1" t="inlineStr"><is><t>x &lt; y</t></is></c></row>' +
  '<row r="3"><c r="B3" s="2" t="d"><v>2025-04-01T09:00:00</v></c><c t="e"><v>#DIV/0!</v></c><y:c><y:v>99</y:v></y:c><c t="s"><v>7</v></c></row>' +
  '<row><c><!-- empty --><v>12</v></c><c t="n"><v>abc</v></c><c t="b"><v>0</v></c></row>' +
  '</sheetData><extLst><c><v>5</v></c></extLst></worksheet>';

// Row 1: A1 = strings[0]; B1 = 0.375 with format 1 (h:mm); C1 = CDATA text as written (no entity decoding);
// D1 = inline `x < y`. Row 2 is absent (blank). Row 3: B3 = 2025-04-01 09:00 = 45748 + 9/24 = 45748.375
// (style 2: yyyy/m/d); C3 (no r: after B3) = #DIV/0!; the y:c element is not a cell; D3 (next column) =
// strings[7], past the 3-string table → #REF!. Row 4 (no r: after 3): 12; 'abc' as a number → #VALUE!; false.
// The `<c>` after </sheetData> is not read.
const EXPECTED = [
  ['社員番号', 0.375, 'a&b<c', 'x < y'],
  [null, null, null, null],
  [null, 45748.375, { error: '#DIV/0!' }, { error: '#REF!' }],
  [12, { error: '#VALUE!' }, false, null],
];

test('reads every corner of the sheet the same whole or cut into pieces of any size', () => {
  expect(read([SHEET]).values).toEqual(EXPECTED);
  for (let size = 1; size <= 40; size++) {
    const pieces: string[] = [];
    for (let i = 0; i < SHEET.length; i += size) pieces.push(SHEET.slice(i, i + size));
    expect([size, read(pieces).values]).toEqual([size, EXPECTED]);
  }
  expect(read([SHEET]).numberFormats[0]).toEqual(['General', 'h:mm', 'General', 'General']);
  expect(read([SHEET]).numberFormats[2][1]).toBe('yyyy/m/d');
});

/**
 * Cells written the usual way are read in one step, any other spelling tag by tag: both must agree. A1 single-quoted
 * style 1 (h:mm) = 0.5; B1 with spaces around `=`, style 2 = 45748; C1 with a `>` inside an attribute value — the
 * tag ends at that `>` as before and its `<v>` still gives 3; D1 empty and self-closing after a space, style 1 =
 * blank; E1 with a space before `</c>` = 7; F1 = strings[1] = 山田.
 */
test('the one-step reading of a usual cell agrees with the tag-by-tag reading of any other spelling', () => {
  const xml =
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1">` +
    `<c r="A1" s='1'><v>0.5</v></c><c r = "B1" s="2"><v>45748</v></c><c r="C1" foo="a>b"><v>3</v></c>` +
    '<c r="D1" s="1" /><c r="E1"><v>7</v> </c><c r="F1" t="s"><v>1</v></c></row></sheetData></worksheet>';
  for (let size = 1; size <= xml.length; size++) {
    const pieces: string[] = [];
    for (let i = 0; i < xml.length; i += size) pieces.push(xml.slice(i, i + size));
    const grid = read(pieces);
    expect([size, grid.values]).toEqual([size, [[0.5, 45748, 3, null, 7, '山田']]]);
    expect([size, grid.numberFormats]).toEqual([size, [['h:mm', 'yyyy/m/d', 'General', 'h:mm', 'General', 'General']]]);
  }
});

/**
 * Inline strings (`t="inlineStr"`: Apache POI's streaming writer writes every text so) in each spelling: A1 plain,
 * style 1; B1 with xml:space and spaces kept; C1 an entity and an `_xHHHH_` escape = `A & B` + CR; D1 rich-text runs
 * = 有休; E1 a phonetic reading left out = 山田; F1 and G1 empty = blank; H1 CDATA, markup kept as text; I1 = A1 again;
 * J1–L1 the same kind of text as `t="str"`.
 * The usual spellings are read in one step, the others tag by tag; whole, cut anywhere, or under the `x:` prefix.
 */
test('text in its cell (inline strings, t="str") reads alike in one step or tag by tag, whole or cut, prefixed or not', () => {
  const cells = (p: string) =>
    `<${p}c r="A1" s="1" t="inlineStr"><${p}is><${p}t>E00001</${p}t></${p}is></${p}c>` +
    `<${p}c r="B1" t="inlineStr"><${p}is><${p}t xml:space="preserve"> 山田 太郎 </${p}t></${p}is></${p}c>` +
    `<${p}c r="C1" t="inlineStr"><${p}is><${p}t>A &amp; B_x000D_</${p}t></${p}is></${p}c>` +
    `<${p}c r="D1" t="inlineStr"><${p}is><${p}r><${p}t>有</${p}t></${p}r><${p}r><${p}rPr><${p}b/></${p}rPr><${p}t>休</${p}t></${p}r></${p}is></${p}c>` +
    `<${p}c r="E1" t="inlineStr"><${p}is><${p}t>山田</${p}t><${p}rPh sb="0" eb="2"><${p}t>ヤマダ</${p}t></${p}rPh></${p}is></${p}c>` +
    `<${p}c r="F1" t="inlineStr"><${p}is><${p}t></${p}t></${p}is></${p}c>` +
    `<${p}c r="G1" t="inlineStr"><${p}is><${p}t/></${p}is></${p}c>` +
    `<${p}c r="H1" t="inlineStr"><${p}is><${p}t><![CDATA[<b>&</b>]]></${p}t></${p}is></${p}c>` +
    `<${p}c r="I1" t="inlineStr"><${p}is><${p}t>E00001</${p}t></${p}is></${p}c>` +
    // Text as `t="str"` in `<v>` (SheetJS's default), a formula's text after its `<f>`, an entity.
    `<${p}c r="J1" t="str"><${p}v>E00001</${p}v></${p}c>` +
    `<${p}c r="K1" t="str"><${p}f>A1</${p}f><${p}v>E00001</${p}v></${p}c>` +
    `<${p}c r="L1" t="str"><${p}v>A &amp; B</${p}v></${p}c>`;
  const sheets = [
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${cells('')}</row></sheetData></worksheet>`,
    `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1">${cells('x:')}</x:row></x:sheetData></x:worksheet>`,
  ];
  const expected = [
    ['E00001', ' 山田 太郎 ', 'A & B\r', '有休', '山田', null, null, '<b>&</b>', 'E00001', 'E00001', 'E00001', 'A & B'],
  ];
  for (const xml of sheets) {
    for (let size = 1; size <= xml.length; size += size < 60 ? 1 : 37) {
      const pieces: string[] = [];
      for (let i = 0; i < xml.length; i += size) pieces.push(xml.slice(i, i + size));
      const grid = read(pieces);
      expect([size, grid.values]).toEqual([size, expected]);
      expect([size, grid.numberFormats[0][0]]).toEqual([size, 'h:mm']);
    }
  }
});

test('a t="d" cell in a General style gets a date format; trailing blank rows are dropped', () => {
  const grid = read([
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c t="d"><v>2025-04-01</v></c></row><row r="2"><c s="1"/></row><row r="9"/></sheetData></worksheet>`,
  ]);
  // 2025-04-01 = 45748 (see writers.test.ts); row 2 holds only a styled blank cell, so it is dropped.
  expect(grid.values).toEqual([[45748]]);
  expect(grid.numberFormats).toEqual([['yyyy/m/d']]);
});

test('a prefixed sheet reads only its prefix; a default-namespace element is not a cell there', () => {
  const xml = `<x:worksheet xmlns:x="${MAIN}" xmlns="urn:other"><x:sheetData><x:row><c><v>1</v></c><x:c><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
  expect(read([xml]).values).toEqual([[2]]);
});

test('a part that is not a SpreadsheetML worksheet is refused, not read as blank', () => {
  expect(() => read(['<worksheet xmlns="urn:not-excel"><sheetData/></worksheet>'])).toThrow('SpreadsheetML');
});

test('UTF-8 bytes cut anywhere, inside a character too: text is decoded whole', () => {
  const xml = `<worksheet xmlns="${MAIN}"><sheetData><row><c t="inlineStr"><is><t>勤怠</t></is></c><c t="s"><v>1</v></c></row></sheetData></worksheet>`;
  const bytes = Buffer.from(xml, 'utf8');
  // 勤 and 怠 are three bytes each: pieces of 1 … 9 bytes cut inside them.
  for (let size = 1; size <= 9; size++) {
    const reader = new WorksheetReader('S', context);
    for (let i = 0; i < bytes.length; i += size) reader.feed(bytes.subarray(i, i + size));
    expect([size, reader.finish().values]).toEqual([size, [['勤怠', '山田']]]);
  }
});

test('small parts: prefixes, cell formats (not named styles), shared strings without furigana', () => {
  expect(mainPrefix(`<?xml version="1.0"?><!-- c --><x:sst xmlns:x="${MAIN}">`)).toBe('x:');
  expect(mainPrefix(`<sst xmlns="${MAIN}">`)).toBe('');
  expect(mainPrefix('<sst xmlns="urn:x">')).toBeNull();
  expect(mainPrefix('<x:sst xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main">')).toBe('x:');
  // cellStyleXfs' 49 (@) is a named style, not cell style 0; 31 and 56 are Japanese Excel's built-in dates.
  const styles =
    `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="200" formatCode="&quot;残業&quot;[h]:mm"/></numFmts><cellStyleXfs><xf numFmtId="49"/></cellStyleXfs>` +
    '<cellXfs><xf numFmtId="0"/><xf numFmtId="200"/><xf numFmtId="31"/><xf numFmtId="56"/><xf numFmtId="46"/><xf numFmtId="999"/><xf/></cellXfs></styleSheet>';
  expect(cellFormats(styles)).toEqual([
    'General',
    '"残業"[h]:mm',
    'yyyy"年"m"月"d"日"',
    'm"月"d"日"',
    '[h]:mm:ss',
    'General',
    'General',
  ]);
  const sst = `<sst xmlns="${MAIN}"><si><t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh></si><si/><si><r><t>A</t></r><r><rPr><b/></rPr><t><![CDATA[&B]]> C</t></r></si></sst>`;
  const table = new SharedStringTable(new TextEncoder().encode(sst));
  expect([table.at(0), table.at(1), table.at(2), table.length]).toEqual(['山田', '', 'A&B C', 3]);
  expect(decodeText('&#x5C71;&#30000;_x000D__x000a_')).toBe('山田\r\n');
});

test('ISO date-times of t="d" cells', () => {
  // 09:30 = 9.5/24 = 0.3958333…; 1904 system: 45748 − 1462 = 44286.
  expect(isoDateTimeToSerial('2025-04-01T09:30:00Z', false)).toBeCloseTo(45748 + 9.5 / 24, 10);
  expect(isoDateTimeToSerial('2025-04-01', true)).toBe(44286);
  expect(isoDateTimeToSerial('four', false)).toBeNull();
});

test('rows of the same formats share one array, and a row written again out of order does not change the others', () => {
  const xml =
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c s="1"><v>0.5</v></c></row><row r="2"><c s="1"><v>0.25</v></c></row>` +
    '<row r="3"><c s="1"><v>0.75</v></c></row><row r="2"><c r="B2" s="2"><v>45748</v></c></row></sheetData></worksheet>';
  const grid = read([xml]);
  // Row 2 gains B2 (yyyy/m/d); rows 1 and 3 keep h:mm and a blank General B.
  expect(grid.values).toEqual([
    [0.5, null],
    [0.25, 45748],
    [0.75, null],
  ]);
  expect(grid.numberFormats).toEqual([
    ['h:mm', 'General'],
    ['h:mm', 'yyyy/m/d'],
    ['h:mm', 'General'],
  ]);
});
