/**
 * Column letters, the one home every layer uses (ingest for input issues, the .xlsx and office-js hosts for
 * addresses and charts). One describe per helper, invalid input included; the letters are bijective base 26
 * (A = 1 … Z = 26, AA = 27), worked out by hand in the comments.
 */
import { columnLetter, columnNumber, toA1 } from '../../../src/ingest/parse/text';

describe('columnLetter', () => {
  it('writes a 1-based column as letters', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(26)).toBe('Z');
    expect(columnLetter(27)).toBe('AA'); // 1 × 26 + 1
    expect(columnLetter(28)).toBe('AB'); // 1 × 26 + 2
    expect(columnLetter(702)).toBe('ZZ'); // 26 × 26 + 26
    expect(columnLetter(703)).toBe('AAA'); // 1 × 676 + 1 × 26 + 1
    expect(columnLetter(16_384)).toBe('XFD'); // Excel's last column: 24 × 676 + 6 × 26 + 4
  });

  it('drops a fraction and gives no letters for a column before A', () => {
    expect(columnLetter(2.9)).toBe('B');
    expect(columnLetter(0)).toBe('');
    expect(columnLetter(-3)).toBe('');
    expect(columnLetter(NaN)).toBe('');
  });
});

describe('columnNumber', () => {
  it('reads letters in either case, around spaces', () => {
    expect(columnNumber('A')).toBe(1);
    expect(columnNumber('ab')).toBe(28);
    expect(columnNumber(' XFD ')).toBe(16_384);
  });

  it('gives 0 for what is no column (Excel has at most three letters)', () => {
    expect(columnNumber('')).toBe(0);
    expect(columnNumber('A1')).toBe(0);
    expect(columnNumber('AAAA')).toBe(0);
    expect(columnNumber('Ａ')).toBe(0); // a full-width letter is not a column letter
  });

  it('is the inverse of columnLetter', () => {
    for (const n of [1, 26, 27, 702, 703, 16_384]) expect(columnNumber(columnLetter(n))).toBe(n);
  });
});

describe('toA1', () => {
  it('writes the column letters and the row', () => {
    expect(toA1(15, 4)).toBe('D15');
    expect(toA1(2, 27)).toBe('AA2');
  });
});
