/**
 * The byte-level reading of the worksheet scanner (src/host/xlsx/read/bytes.ts): numbers read from their digits
 * must be exactly what `Number(text)` gives, repeated numbers through the cache too; and the columns in use.
 */
import { NumberCache, numberAt } from '../../../../src/host/xlsx/read/numbers';
import { WorksheetReader } from '../../../../src/host/xlsx/read/worksheet';
import { HEAD_ROWS } from '../../../../src/ingest';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const bytes = (text: string) => Buffer.from(text, 'latin1');

test('numbers read from their bytes are exactly Number(text), or NaN for text the fast path leaves to Number', () => {
  // Times as Excel and the generators write them (9:05 = 545/1440, 1:00 = 1/24 written with 17 digits), integers,
  // exponents, signs; each must be the double Number() gives, bit for bit.
  const written = [
    '0.3784722222222222',
    '0.041666666666666664',
    '45748',
    '-0',
    '-12.5',
    '+5',
    '1e5',
    '1.5E-7',
    '123456789012345',
    '.5',
    '5.',
    '0.1',
    '9007199254740991',
    String(545 / 1440),
    String(2 / 3),
    // Small integers (kept as they are), leading and trailing zeros, a lone point, past 2³⁰, negative zero.
    '0',
    '-5',
    '00012',
    '0.50',
    '12.',
    '-.5',
    '1073741824',
    '-2147483649',
    '-0.0',
  ];
  const cache = new NumberCache();
  for (const text of written) {
    const b = bytes(text);
    const fast = numberAt(b, 0, b.length);
    if (!Number.isNaN(fast)) expect([text, Object.is(fast, Number(text))]).toEqual([text, true]);
    // Twice through the cache: the second read is the cached value, the same number.
    expect([text, cache.read(b, 0, b.length), cache.read(b, 0, b.length)]).toEqual([text, Number(text), Number(text)]);
  }
  // Past 2⁵³ the mantissa may have rounded: left to Number (through the cache's fallback, still exact).
  expect(numberAt(bytes('9007199254740993'), 0, 16)).toBeNaN();
  expect(new NumberCache().read(bytes('0.30000000000000004'), 0, 19)).toBe(0.30000000000000004);
  // Not plain decimals: the reader's text path decides (a blank, `#VALUE!`, or what Number makes of hex).
  for (const text of ['', ' 5', '0x1A', 'abc', '1e', '-', '1e400', 'Infinity']) {
    const b = bytes(text);
    expect([text, new NumberCache().read(b, 0, b.length)]).toEqual([text, NaN]);
  }
});

test('random decimals: every fast-path reading equals Number(text)', () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 20_000; i++) {
    const text = String(next() * 10 ** Math.floor(next() * 12 - 6));
    const b = bytes(text);
    const n = numberAt(b, 0, b.length);
    if (!Number.isNaN(n) && n !== Number(text)) throw new Error(`${text}: ${n} ≠ ${Number(text)}`);
  }
});

test('past the head rows only the columns in use are decoded; the grid keeps its shape and says so', () => {
  // Header in row 1 and 40 data rows; columnsFor keeps A and C. Rows past HEAD_ROWS (30) have B blank in the grid.
  const rows = [
    `<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1"><v>0</v></c><c r="C1"><v>0</v></c></row>`,
  ];
  for (let r = 2; r <= 41; r++)
    rows.push(
      `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r * 10}</v></c><c r="C${r}"><v>${r * 100}</v></c></row>`,
    );
  const xml = `<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const heads: number[] = [];
  const reader = new WorksheetReader(
    'S',
    { strings: [], formats: ['General'], date1904: false },
    {
      columnsFor: (head) => {
        heads.push(head.values.length);
        return [1, 3];
      },
    },
  );
  reader.feed(xml);
  const grid = reader.finish();
  expect(heads).toEqual([HEAD_ROWS]);
  expect(grid.columnsRead).toEqual([1, 3]);
  expect(grid.values).toHaveLength(41);
  // Row 30 is a head row (read whole): B30 = 300; row 31 is past it: B31 blank, A31 = 31, C31 = 3,100.
  expect(grid.values[29]).toEqual([30, 300, 3000]);
  expect(grid.values[30]).toEqual([31, null, 3100]);
  expect(grid.values[40]).toEqual([41, null, 4100]);
});
