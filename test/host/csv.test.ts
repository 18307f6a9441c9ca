/**
 * CSV input: encodings (UTF-8 with and without BOM, Shift_JIS from hand-written bytes), RFC 4180 quoting, values,
 * the sheet name from the file name, and a CSV checked end to end through the CLI's `main` (JSON and `--out`).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { CsvWorkbookPort, csvSheetName, csvValue, decodeCsv, parseCsv } from '../../src/host/csv';
import { XlsxReadError } from '../../src/host/xlsx/read/file';
import { main, type CliIO } from '../../src/cli/wlb-check';
import fc from 'fast-check';
import { sjis } from './sjis-table';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-csv-'));

function capture(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    now: () => new Date(2026, 3, 15, 10, 0),
  };
  return io;
}

describe('decodeCsv', () => {
  test('UTF-8 with a BOM: the BOM is dropped', () => {
    expect(decodeCsv(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('社員番号,日付')]), 'a.csv')).toEqual({
      text: '社員番号,日付',
      encoding: 'utf-8',
    });
  });

  test('UTF-8 without a BOM', () => {
    expect(decodeCsv(Buffer.from('氏名\r\n山田', 'utf8'), 'a.csv')).toEqual({
      text: '氏名\r\n山田',
      encoding: 'utf-8',
    });
  });

  test('Shift_JIS: 社員番号 is 8E D0 88 F5 94 D4 8D 86 (CP932), not valid UTF-8', () => {
    const bytes = Buffer.from([0x8e, 0xd0, 0x88, 0xf5, 0x94, 0xd4, 0x8d, 0x86]);
    expect(decodeCsv(bytes, 'a.csv')).toEqual({ text: '社員番号', encoding: 'shift_jis' });
    expect(decodeCsv(sjis('氏名,山田\r\n'), 'a.csv').text).toBe('氏名,山田\r\n');
  });

  test('CP932 extensions decode: ① is NEC row 13 (87 40), 髙 is IBM FB FC', () => {
    expect(decodeCsv(Buffer.from([0x87, 0x40, 0xfb, 0xfc]), 'a.csv').text).toBe('①髙');
  });

  test('bytes that are neither UTF-8 nor Shift_JIS are a clear error, not mojibake', () => {
    // 0xA0 is no Shift_JIS byte at all, 0xFF neither, and as UTF-8 both are invalid lead bytes.
    expect(() => decodeCsv(Buffer.from([0x41, 0xa0, 0xff, 0x42]), 'x.csv')).toThrow(XlsxReadError);
    expect(() => decodeCsv(Buffer.from([0x41, 0xa0, 0xff, 0x42]), 'x.csv')).toThrow(
      /UTF-8 でも Shift_JIS でもありません/,
    );
  });

  test('UTF-16 (Excel "Unicode text") is refused with what to do', () => {
    expect(() => decodeCsv(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'u.csv')).toThrow(/CSV UTF-8/);
  });
});

describe('parseCsv (RFC 4180)', () => {
  test('quoted commas, doubled quotes, a line break inside quotes, CRLF records, no empty last record', () => {
    const text = 'id,memo,n\r\nE1,"遅刻,電車遅延",1\r\nE2,"He said ""OK""",2\r\nE3,"line1\r\nline2",3\r\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'memo', 'n'],
      ['E1', '遅刻,電車遅延', '1'],
      ['E2', 'He said "OK"', '2'],
      ['E3', 'line1\r\nline2', '3'],
    ]);
  });

  test('LF and CR line ends, an empty field, a last line without line end, an empty line kept as a blank row', () => {
    expect(parseCsv('a,,c\nd\r\n\re,f')).toEqual([['a', '', 'c'], ['d'], [''], ['e', 'f']]);
  });

  test('text after a closing quote is kept (as Excel does); a quote inside an unquoted field is a character', () => {
    expect(parseCsv('"a"b,c"d,"",x,')).toEqual([['ab', 'c"d', '', 'x', '']]);
  });

  test('any records written the RFC 4180 way (quoted when holding , " CR or LF) read back as they were', () => {
    const field = fc
      .array(fc.constantFrom('a', '7', ',', '"', '\r\n', '\n', '\r', '社', ' '), { maxLength: 6 })
      .map((parts) => parts.join(''));
    const write = (records: string[][]) =>
      records.map((r) => r.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')).join('\r\n') +
      '\r\n';
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (records) => {
          expect(parseCsv(write(records))).toEqual(records);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a quoted field that never closes names the line it starts on', () => {
    expect(() => parseCsv('a,b\r\n"x\r\ny,z\r\n', 'q.csv')).toThrow(/2 行目/);
  });

  test('an empty file has no record', () => {
    expect(parseCsv('')).toEqual([]);
  });
});

describe('values and sheet name', () => {
  test.each([
    ['12', 12],
    ['7.5', 7.5],
    ['-3', -3],
    ['0', 0],
    ['0.25', 0.25],
    ['007', '007'],
    ['1,234', '1,234'],
    ['1e3', '1e3'],
    ['9:00', '9:00'],
    ['2025/04/01', '2025/04/01'],
    [' 12', ' 12'],
    ['', null],
  ])('%j → %j', (field, value) => {
    expect(csvValue(field)).toBe(value);
  });

  test('sheet name: file name without extension, Excel-safe, at most 31 characters', () => {
    expect(csvSheetName('/exports/custom_csv_20250401_20250430.csv')).toBe('custom_csv_20250401_20250430');
    expect(csvSheetName('a[1]:b?.csv')).toBe('a_1__b_');
    expect(csvSheetName('x'.repeat(40) + '.csv')).toBe('x'.repeat(31));
  });
});

describe('CsvWorkbookPort', () => {
  test('one visible sheet of the padded cells; numbers as numbers, General formats', async () => {
    const file = path.join(dir, 'ports.csv');
    fs.writeFileSync(file, 'id,h\r\nE1,7.5,extra\r\n');
    const port = await CsvWorkbookPort.open(file);
    expect(await port.listSheets()).toEqual([
      { name: 'ports', rowCount: 2, columnCount: 3, visible: true, ownedByChecker: false },
    ]);
    const grid = await port.readSheet('ports');
    expect(grid.values).toEqual([
      ['id', 'h', null],
      ['E1', 7.5, 'extra'],
    ]);
    expect(grid.numberFormats).toEqual([
      ['General', 'General', 'General'],
      ['General', 'General', 'General'],
    ]);
    expect((await port.readSheet('ports', { maxRows: 1 })).values).toEqual([['id', 'h', null]]);
  });

  test('a year of daily rows for 1,000 employees (365,001 lines) opens: nothing spreads one argument per row', async () => {
    const file = path.join(dir, 'year.csv');
    fs.writeFileSync(file, 'id,n\n' + 'E1,1\n'.repeat(365_000));
    const [sheet] = await (await CsvWorkbookPort.open(file)).listSheets();
    expect([sheet.rowCount, sheet.columnCount]).toEqual([365_001, 2]);
  });

  test('rows are the records as written, whatever repeats: quoted fields, uneven rows, past the shared-field bound', async () => {
    // Records from a small alphabet so that fields repeat down the file (as ids, dates and times do), with quotes,
    // commas and line breaks inside quoted fields, blanks and rows of different lengths.
    const field = fc.constantFrom(
      'E00001',
      '山田 太郎',
      '2025/04/01',
      '09:00',
      '7.5',
      '',
      'a,b',
      'say "hi"',
      'x\ny',
      '007',
    );
    const quote = (f: string) => (/[",\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 30 }),
        async (records) => {
          const file = path.join(dir, 'records.csv');
          fs.writeFileSync(file, records.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n');
          const grid = await (await CsvWorkbookPort.open(file)).readSheet('records');
          const width = Math.max(...records.map((r) => r.length));
          const expected = records.map((r) => [...r.map(csvValue), ...Array(width - r.length).fill(null)]);
          expect(grid.values).toEqual(expected);
          expect(grid.numberFormats).toEqual(records.map(() => Array(width).fill('General')));
        },
      ),
      { numRuns: 60 },
    );
    // 70,000 different ids: more than the fields kept for sharing; every one is still its own.
    const file = path.join(dir, 'many.csv');
    const ids = Array.from({ length: 70_000 }, (_, i) => `P${i}`);
    fs.writeFileSync(file, ids.map((id) => `${id},09:00`).join('\n'));
    const { values } = await (await CsvWorkbookPort.open(file)).readSheet('many');
    expect([values[0], values[65_535], values[65_536], values[69_999]]).toEqual([
      ['P0', '09:00'],
      ['P65535', '09:00'],
      ['P65536', '09:00'],
      ['P69999', '09:00'],
    ]);
  });

  test('a missing file is an XlsxReadError', async () => {
    await expect(CsvWorkbookPort.open(path.join(dir, 'nope.csv'))).rejects.toThrow(/ファイルを開けません/);
  });
});

describe('wlb-check on a Shift_JIS CSV', () => {
  const file = path.join(dir, 'jobcan_sjis.csv');

  beforeAll(() => {
    // E3: 2026-03-02 9:00–22:00 less 60 min = 12 h → 12 − 8 = 4 h statutory overtime; 2026-03-03 starts at 朝
    // (not a time) → one input issue. The 備考 of row 2 holds a comma and a line break in quotes, so the bad
    // cell is record 3 → C3 (a parser splitting that line would have put it on row 4).
    const text =
      '社員番号,日付,出勤,退勤,休憩（分）,備考\r\n' +
      'E3,2026/03/02,9:00,22:00,60,"遅刻,電車遅延\r\n証明書あり"\r\n' +
      'E3,2026/03/03,朝,18:00,60,\r\n';
    fs.writeFileSync(file, sjis(text));
  });

  test('read as sheet jobcan_sjis: 4 h in 2026-03, the bad start time reported at C3 with its Japanese value', async () => {
    const io = capture();
    expect(await main([file, '--json', '-', '--as-of', '2026-03-31'], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.criteria.find((c: { id: string }) => c.id === 'hours.avg-overtime-under-45').series).toEqual({
      '2026-03': 4,
    });
    // Cell-level issues only (a sheet-level note about the unknown full-time status of E3 is not this test's).
    expect(report.inputIssues.filter((i: { cell: string }) => i.cell)).toEqual([
      expect.objectContaining({ sheet: 'jobcan_sjis', cell: 'C3', value: '朝' }),
    ]);
  });

  test('--out writes a new .xlsx: the CSV as its first sheet (text and numbers as read), then the summary', async () => {
    const out = path.join(dir, 'jobcan.xlsx');
    const before = fs.readFileSync(file);
    expect(await main([file, '--out', out, '--as-of', '2026-03-31'], capture())).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0].name).toBe('jobcan_sjis');
    expect(wb.worksheets[0].getCell('A1').value).toBe('社員番号');
    expect(wb.worksheets[0].getCell('E2').value).toBe(60);
    // XML reading turns the CRLF into LF (XML 1.0 § 2.11), which is also how Excel stores a line break in a cell.
    expect(wb.worksheets[0].getCell('F2').value).toBe('遅刻,電車遅延\n証明書あり');
    expect(wb.worksheets.map((w) => w.name)).toContain('WLB基準サマリー');
  });
});

test('--out on a CSV: formula-looking text stays text, 007 stays text, 7.5 is a number; the input CSV untouched', async () => {
  const file = path.join(dir, 'roster_like.csv');
  // One daily row so the file is usable: 9:00–18:00 less 60 min = 8 h.
  fs.writeFileSync(
    file,
    '社員番号,日付,出勤,退勤,休憩（分）,備考,時間\r\n007,2026/03/02,9:00,18:00,60,"=HYPERLINK(""http://x"",""y"")",7.5\r\n',
  );
  const out = path.join(dir, 'roster_like.xlsx');
  expect(await main([file, '--out', out, '--as-of', '2026-03-31'], capture())).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet('roster_like')!;
  expect([ws.getCell('A2').value, ws.getCell('F2').value, ws.getCell('G2').value]).toEqual([
    '007',
    '=HYPERLINK("http://x","y")',
    7.5,
  ]);
  expect(ws.getCell('F2').formula).toBeUndefined();
});
