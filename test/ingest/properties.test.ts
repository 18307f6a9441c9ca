/**
 * Property tests: no input makes a parser or ingestWorkbook throw, and every non-blank unreadable cell yields
 * exactly one issue carrying its A1 address.
 */
import fc from 'fast-check';
import {
  ingestWorkbook,
  isTimeFormat,
  parseAnnualLeaveKind,
  parseDate,
  parseDays,
  parseDuration,
  parseEmployeeId,
  parseFamilyLeaveKind,
  parseGender,
  parseMonth,
  parseText,
  parseTimeOfDay,
  parseYesNo,
  toA1,
} from '../../src/ingest';
import { looksLikeDayOfMonth } from '../../src/ingest/parse/day-of-month';
import type { RawValue, SheetGrid } from '../../src/ingest/types';

const rawValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...'０１２３４５６７８９：／年月日時分令和平成R.-:/ 　😀'.split('')) }),
  fc.constantFrom(
    '9:00',
    '25:30',
    '2026/4/1',
    'R8.4.1',
    '半日',
    '○',
    '合計',
    '社員番号',
    '日付',
    '',
    '  ',
    '7時間30分',
    'x'.repeat(5000),
  ),
  fc.double(),
  fc.integer(),
  fc.double({ min: 0, max: 3, noNaN: true }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -0, 60, 2958466),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.constantFrom('#N/A', '#VALUE!', '#REF!', '#DIV/0!') }),
);
const format = fc.constantFrom(
  'General',
  'h:mm',
  '[h]:mm',
  'yyyy/m/d',
  '0.00',
  '@',
  '',
  'h"時"mm"分"',
  'ggge"年"m"月"d"日"',
);

const parsers: ((v: RawValue, f: string) => unknown)[] = [
  (v, f) => parseDate(v, f),
  (v, f) => parseDate(v, f, true),
  (v, f) => parseMonth(v, f),
  (v, f) => parseTimeOfDay(v, f),
  (v, f) => parseDuration(v, f),
  (v, f) => parseDuration(v, f, true),
  parseDays,
  parseGender,
  parseYesNo,
  parseAnnualLeaveKind,
  parseFamilyLeaveKind,
  parseEmployeeId,
  parseText,
];

test('no parser throws, and each says ok or gives a Japanese message', () => {
  fc.assert(
    fc.property(rawValue, format, (v, f) => {
      for (const parse of parsers) {
        const r = parse(v, f) as { ok: boolean; message?: string };
        if (!r.ok) expect(r.message).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      }
    }),
    { numRuns: 2000 },
  );
});

const gridArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.string({ maxLength: 10 }),
    values: fc.array(fc.array(rawValue, { maxLength: 8 }), { maxLength: 12 }),
    header: fc.option(
      fc.shuffledSubarray([
        '社員番号',
        '日付',
        '出勤',
        '退勤',
        '休憩',
        '区分',
        '年月',
        '時間外',
        '氏名',
        '付与日',
        '日数',
        '種別',
        '開始日',
        '項目',
        '該当',
      ]),
      { nil: undefined },
    ),
    fmt: format,
  })
  .map(({ name, values, header, fmt }) => {
    const rows = header ? [header as RawValue[], ...values] : values;
    return { name, firstRow: 1, firstCol: 1, values: rows, numberFormats: rows.map((r) => r.map(() => fmt)) };
  });

test('ingestWorkbook never throws on random workbooks', () => {
  fc.assert(
    fc.property(
      fc.array(gridArb, { maxLength: 4 }),
      fc.boolean(),
      fc.integer({ min: 0, max: 6 }),
      (grids, date1904, weekStartsOn) => {
        const result = ingestWorkbook(grids, { date1904, weekStartsOn });
        for (const issue of result.issues) {
          expect(typeof issue.message).toBe('string');
          expect(issue.cell).toMatch(/^([A-Z]{1,3}[1-9][0-9]*)?$/);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('every non-blank unreadable cell of a daily sheet yields exactly one issue with its A1 address', () => {
  const row = fc.tuple(fc.integer({ min: 1, max: 5 }), rawValue, rawValue, rawValue, rawValue, format);
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
      const values: RawValue[][] = [['社員番号', '日付', '出勤', '退勤', '休憩']];
      const formats: string[][] = [['General', 'General', 'General', 'General', 'General']];
      for (const [id, date, start, end, brk, fmt] of rows) {
        values.push([`E${id}`, date, start, end, brk]);
        formats.push(['General', fmt, fmt, fmt, fmt]);
      }
      const grid: SheetGrid = { name: '勤怠', firstRow: 1, firstCol: 1, values, numberFormats: formats };
      const { issues } = ingestWorkbook([grid]);
      // Days of the month alone (`1`, `7`) with no month anywhere: the sheet is asked about once, not read cell by cell.
      if (issues.some((i) => i.messageRef?.code === 'ask.month')) {
        const days = values.slice(1).filter((r, k) => looksLikeDayOfMonth(r[1], formats[k + 1][1]));
        expect(days.length).toBeGreaterThan(0);
        return;
      }
      // Whole numbers only (to the hundredth, as the style is decided), some beyond a day's 24 hours: the break column is minutes (none is 60 hours).
      const plainBreaks = values
        .slice(1)
        .map((row, k) => [row[4], formats[k + 1][4]] as const)
        .filter(
          ([v, f]) =>
            (typeof v === 'number' && !isTimeFormat(f)) ||
            (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.normalize('NFKC').trim())),
        )
        .map(([v]) => Number(typeof v === 'string' ? v.normalize('NFKC').trim() : v))
        .filter((n) => n >= 0);
      const minutes =
        plainBreaks.length > 0 &&
        plainBreaks.every(
          (n) =>
            !Number.isFinite(n * 100) ||
            (Math.abs(n * 100 - Math.round(n * 100)) <= 1e-6 && Math.round(n * 100) % 100 === 0),
        ) &&
        Math.max(...plainBreaks) > 24;
      const count = new Map<string, number>();
      for (const i of issues) count.set(i.cell, (count.get(i.cell) ?? 0) + 1);
      const check = [
        (v: RawValue, f: string) => parseDate(v, f).ok,
        (v: RawValue, f: string) => parseTimeOfDay(v, f).ok,
        (v: RawValue, f: string) => parseTimeOfDay(v, f).ok,
        (v: RawValue, f: string) => {
          const d = parseDuration(v, f, minutes);
          return d.ok && d.value <= 24;
        },
      ];
      for (let r = 1; r < values.length; r++) {
        for (let c = 1; c <= 4; c++) {
          const v = values[r][c];
          const blank = v === null || (typeof v === 'string' && v.trim() === '');
          if (blank || check[c - 1](v, formats[r][c])) continue;
          const cell = toA1(r + 1, c + 1);
          expect({ cell, count: count.get(cell) }).toEqual({ cell, count: 1 });
          expect(issues.find((i) => i.cell === cell)?.value).toBe(
            typeof v === 'object' && v ? v.error : String(v === true ? 'TRUE' : v === false ? 'FALSE' : v),
          );
        }
      }
    }),
    { numRuns: 300 },
  );
});
