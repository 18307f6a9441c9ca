/**
 * The shared-string table read lazily (src/host/xlsx/read/shared-strings.ts): each item's text is the text its
 * writer meant, however it was written (plain, rich-text runs, a phonetic reading, entities, `_xHHHH_` escapes,
 * CDATA, a prefixed namespace), and an item is decoded only when a cell asks for it.
 */
import fc from 'fast-check';
import { SharedStringTable } from '../../../../src/host/xlsx/read/shared-strings';
import { WorksheetReader } from '../../../../src/host/xlsx/read/worksheet';
import { HEAD_ROWS } from '../../../../src/ingest';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const utf8 = (text: string) => new TextEncoder().encode(text);
const sst = (items: string, prefix = '') =>
  prefix
    ? `<?xml version="1.0"?><${prefix}:sst xmlns:${prefix}="${MAIN}">${items}</${prefix}:sst>`
    : `<?xml version="1.0"?><sst xmlns="${MAIN}" count="9">${items}</sst>`;
const textsOf = (table: SharedStringTable) => Array.from({ length: table.length }, (_, i) => table.at(i));

test('each item is the text Excel shows, written in any of the ways writers use', () => {
  // Written with the main namespace as the default one, or under a prefix as the Open XML SDK writes it.
  const itemsWith = (p: string) =>
    [
      `<${p}si><${p}t>社員番号</${p}t></${p}si>`,
      `<${p}si><${p}t xml:space="preserve"> 9:00 </${p}t></${p}si>`,
      // Rich text with a phonetic reading, as Japanese Excel stores a typed name: the reading is not the text.
      `<${p}si><${p}r><${p}rPr><${p}b/></${p}rPr><${p}t>山田</${p}t></${p}r><${p}r><${p}t>太郎</${p}t></${p}r>` +
        `<${p}rPh sb="0" eb="2"><${p}t>ヤマダ</${p}t></${p}rPh><${p}phoneticPr fontId="1"/></${p}si>`,
      `<${p}si><${p}t>A &amp; B&#x3042;_x000D_</${p}t></${p}si>`,
      // Markup inside CDATA is text, not an item; nor is an item inside a comment.
      `<${p}si><${p}t><![CDATA[<si>x</si> & y]]></${p}t></${p}si>`,
      `<!-- <${p}si><${p}t>not an item</${p}t></${p}si> -->`,
      `<${p}si/>`,
      `<${p}si><${p}t/></${p}si>`,
      `<${p}si><${p}t>有休</${p}t></${p}si>`,
    ].join('');
  const meant = ['社員番号', ' 9:00 ', '山田太郎', 'A & Bあ\r', '<si>x</si> & y', '', '', '有休'];
  const table = new SharedStringTable(utf8(sst(itemsWith(''))));
  expect(textsOf(table)).toEqual(meant);
  expect(textsOf(new SharedStringTable(utf8(sst(itemsWith('x:'), 'x'))))).toEqual(meant);
  // Past the table, and a table outside SpreadsheetML's namespace (not a shared-string table at all).
  expect([table.at(-1), table.at(8), table.at(1.5)]).toEqual([undefined, undefined, undefined]);
  expect(new SharedStringTable(utf8('<sst xmlns="urn:other"><si><t>x</t></si></sst>')).length).toBe(0);
  expect(new SharedStringTable(new Uint8Array(0)).length).toBe(0);
});

/** Characters a remark or a name is made of, the ones markup must escape among them. */
const CHARS = [
  '山',
  '田',
  'ア',
  'ー',
  'a',
  'Z',
  '0',
  ' ',
  '&',
  '<',
  '>',
  '"',
  "'",
  '_',
  'x',
  '0',
  '0',
  'D',
  '\t',
  '\n',
];
const textArb = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));

/** `text` as element content: entities for `&`, `<`, `>`, and a literal `_x` kept from reading as an escape. */
const escaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/_x/g, '_x005F_x');

type Spelling = 'plain' | 'runs' | 'phonetic' | 'cdata';

/** One item holding `text`, spelt as `how` says. */
function itemOf(text: string, how: Spelling, p: string): string {
  const t = (body: string) => `<${p}t xml:space="preserve">${body}</${p}t>`;
  const cut = Math.floor(text.length / 2);
  switch (how) {
    case 'plain':
      return `<${p}si>${t(escaped(text))}</${p}si>`;
    case 'runs':
      return `<${p}si><${p}r>${t(escaped(text.slice(0, cut)))}</${p}r><${p}r><${p}rPr><${p}b/></${p}rPr>${t(escaped(text.slice(cut)))}</${p}r></${p}si>`;
    case 'phonetic':
      return `<${p}si>${t(escaped(text))}<${p}rPh sb="0" eb="1">${t('ヨミ')}</${p}rPh></${p}si>`;
    case 'cdata':
      return text.includes(']]>') || /_x[0-9A-Fa-f]{4}_/.test(text)
        ? itemOf(text, 'plain', p)
        : `<${p}si>${t(`<![CDATA[${text}]]>`)}</${p}si>`;
  }
}

test('metamorphic: the same texts in any spelling, prefix and order of comments read back as they were meant', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(textArb, fc.constantFrom<Spelling>('plain', 'runs', 'phonetic', 'cdata'), fc.boolean()), {
        maxLength: 20,
      }),
      fc.constantFrom('', 'x'),
      (entries, prefix) => {
        const p = prefix ? `${prefix}:` : '';
        const items = entries
          .map(([text, how, comment]) => (comment ? '<!-- <si><t>x</t></si> -->' : '') + itemOf(text, how, p))
          .join('');
        const table = new SharedStringTable(utf8(sst(items, prefix)));
        const meant = entries.map(([text]) => text);
        expect(textsOf(table)).toEqual(meant);
      },
    ),
    { numRuns: 300 },
  );
});

test('an item is decoded once, and only when asked for', () => {
  const items = Array.from({ length: 1000 }, (_, i) => `<si><t>備考 ${i}</t></si>`).join('');
  const table = new SharedStringTable(utf8(sst(items)));
  expect([table.length, table.decoded]).toEqual([1000, 0]);
  expect([table.at(999), table.at(0), table.at(999)]).toEqual(['備考 999', '備考 0', '備考 999']);
  expect(table.decoded).toBe(2);
});

test('a column of free-text remarks the checker does not use is never decoded past the head rows', () => {
  // Column B holds a remark of its own on every row (string i + 1 on row i + 1); A and C are in use.
  const rows = 200;
  const strings = ['社員番号', ...Array.from({ length: rows }, (_, i) => `直行（案件 ${i}）`)];
  const table = new SharedStringTable(utf8(sst(strings.map((s) => `<si><t>${s}</t></si>`).join(''))));
  const xml = Array.from({ length: rows }, (_, i) => {
    const r = i + 1;
    return `<row r="${r}"><c r="A${r}" t="s"><v>0</v></c><c r="B${r}" t="s"><v>${r}</v></c><c r="C${r}"><v>${r}</v></c></row>`;
  });
  const reader = new WorksheetReader(
    'S',
    { strings: table, formats: ['General'], date1904: false },
    { columnsFor: () => [1, 3] },
  );
  reader.feed(`<worksheet xmlns="${MAIN}"><sheetData>${xml.join('')}</sheetData></worksheet>`);
  const grid = reader.finish();
  expect(grid.values[HEAD_ROWS - 1]).toEqual(['社員番号', `直行（案件 ${HEAD_ROWS - 1}）`, HEAD_ROWS]);
  expect(grid.values[rows - 1]).toEqual(['社員番号', null, rows]);
  // 社員番号 and the head rows' remarks: 1 + 30 of the 201 items.
  expect(table.decoded).toBe(1 + HEAD_ROWS);
});
