/**
 * Trust, part 1: bad input never crashes the reader and is never silently dropped (sheets.md "Cell values that must
 * parse": an unreadable value becomes an input issue with the sheet name, the A1 address and the raw value).
 *
 * - The value parsers (dates, months, times of day, durations, days, ids, text) are fuzzed with every kind of raw
 *   value and number format: they never throw, always answer ok or give a Japanese reason, are deterministic (their
 *   caches agree with a fresh reading), return only well-formed values, and read what the spec says they must read,
 *   with full-width digits and surrounding spaces read the same as plain ones.
 * - ingestWorkbook is fuzzed with daily, monthly, roster, annual-leave, family-leave and checklist sheets under real
 *   headers (at any place on the sheet, below title rows), whose cells are random text, numbers (NaN, ±∞, huge,
 *   negative, fractional), booleans, error values, blanks, very long text, full-width digits and emoji, mixed per
 *   column. For every generated workbook:
 *   it does not throw; every non-blank cell its column's parser cannot read yields exactly one issue with the right
 *   sheet and an A1 address computed here (not by the code's helper) and the raw value; every data row yields a
 *   record or an issue, and only blank, repeated-header and totals rows are skipped (without an issue); a repeated
 *   employee-day (or employee-month, or roster id) is reported at its cell and counted once; ids missing from the
 *   roster are reported once, where first seen; no NaN or negative hours reach the dataset.
 */
import fc from 'fast-check';
import {
  fieldForHeader,
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
} from '../../src/ingest';
import { looksLikeDayOfMonth, parseInPeriod } from '../../src/ingest/parse/day-of-month';
import type { FieldId, IngestResult, RawValue, SheetGrid } from '../../src/ingest/types';
import type { InputIssue, SheetKind, SourceRef } from '../../src/rules/types';
import {
  address,
  anyCell,
  anyFormat,
  anyNumber,
  anyText,
  blank,
  blankValue,
  classifyRow,
  errorValue,
  fullWidth,
  serialAsDate,
  shown,
  type FuzzCell,
} from './support/cells';

/** WLB_FUZZ_SCALE=10 runs ten times as many cases (a deeper run by hand; the default keeps the file near 15 s). */
const SCALE = Math.max(1, Number(process.env.WLB_FUZZ_SCALE ?? 1) || 1);
/** WLB_FUZZ_SEED=<seed> replays the cases of a failed run (fast-check prints its seed). */
const SEED = process.env.WLB_FUZZ_SEED ? Number(process.env.WLB_FUZZ_SEED) : undefined;
const runs = (n: number) => ({ numRuns: Math.round(n * SCALE), ...(SEED === undefined ? {} : { seed: SEED }) });
let cases = 0;
afterAll(() => {
  // Quoted by the closing note of issue 5.
  console.log(`fuzz: ${cases} cases`);
});

const JAPANESE = /[ぁ-んァ-ヶ一-龠]/;

/** Fast assertions for the hot loops (jest's expect costs more than the code under test here). */
function same(actual: unknown, expected: unknown, label: unknown = ''): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${JSON.stringify(label)}: got ${a}, expected ${e}`);
}
function holds(condition: boolean, what: () => unknown): void {
  if (!condition) throw new Error(`does not hold: ${JSON.stringify(what())}`);
}
const anyValue: fc.Arbitrary<RawValue> = fc.oneof(anyText, anyNumber, blankValue, fc.boolean(), errorValue);

// ---------------------------------------------------------------------------------------------------------------
// Value parsers
// ---------------------------------------------------------------------------------------------------------------

type Reading = { ok: true; value: unknown } | { ok: false; message: string };

interface ParserCase {
  name: string;
  parse: (v: RawValue, f: string) => Reading;
  /** What a successful reading must look like. */
  wellFormed: (value: unknown) => boolean;
  /** Error values and booleans are never a value of this kind. */
  rejectsErrorsAndBooleans: boolean;
}

function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
const finiteAtLeastZero = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

const PARSERS: ParserCase[] = [
  {
    name: 'date',
    parse: (v, f) => parseDate(v, f),
    wellFormed: (v) => typeof v === 'string' && isRealDate(v),
    rejectsErrorsAndBooleans: true,
  },
  {
    name: 'date (1904)',
    parse: (v, f) => parseDate(v, f, true),
    wellFormed: (v) => typeof v === 'string' && isRealDate(v),
    rejectsErrorsAndBooleans: true,
  },
  {
    name: 'month',
    parse: (v, f) => parseMonth(v, f),
    wellFormed: (v) => typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v),
    rejectsErrorsAndBooleans: true,
  },
  {
    name: 'month (1904)',
    parse: (v, f) => parseMonth(v, f, true),
    wellFormed: (v) => typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v),
    rejectsErrorsAndBooleans: true,
  },
  {
    name: 'time of day',
    parse: (v, f) => parseTimeOfDay(v, f),
    wellFormed: (v) => finiteAtLeastZero(v) && (v as number) < 48 * 60,
    rejectsErrorsAndBooleans: true,
  },
  {
    name: 'duration',
    parse: (v, f) => parseDuration(v, f),
    wellFormed: finiteAtLeastZero,
    rejectsErrorsAndBooleans: true,
  },
  {
    name: 'duration (minutes)',
    parse: (v, f) => parseDuration(v, f, true),
    wellFormed: finiteAtLeastZero,
    rejectsErrorsAndBooleans: true,
  },
  {
    name: 'days',
    parse: (v) => parseDays(v),
    wellFormed: (v) => finiteAtLeastZero(v) && (v as number) <= 1000,
    rejectsErrorsAndBooleans: true,
  },
  {
    name: 'employee id',
    parse: (v) => parseEmployeeId(v),
    wellFormed: (v) => typeof v === 'string' && v.length > 0 && v.length <= 100 && v === v.trim(),
    rejectsErrorsAndBooleans: true,
  },
  {
    name: 'gender',
    parse: (v) => parseGender(v),
    wellFormed: (v) => v === 'male' || v === 'female',
    rejectsErrorsAndBooleans: true,
  },
  {
    name: 'text',
    parse: (v) => parseText(v),
    wellFormed: (v) => typeof v === 'string',
    rejectsErrorsAndBooleans: false,
  },
  {
    name: 'yes/no',
    parse: (v) => parseYesNo(v),
    wellFormed: (v) => typeof v === 'boolean',
    rejectsErrorsAndBooleans: false,
  },
];

describe('value parsers', () => {
  test('never throw; answer ok with a well-formed value or a Japanese reason; the same answer twice', () => {
    fc.assert(
      fc.property(anyValue, anyFormat, (v, f) => {
        cases++;
        for (const p of PARSERS) {
          const first = p.parse(v, f);
          const again = p.parse(typeof v === 'string' ? v.slice() : v, f);
          same(again, first, [p.name, v, f]);
          if (first.ok) {
            if (!p.wellFormed(first.value))
              throw new Error(`${p.name}(${JSON.stringify(v)}, ${f}) → ${JSON.stringify(first.value)}`);
          } else {
            holds(JAPANESE.test(first.message), () => [p.name, v, first.message]);
          }
          const isErrorOrBoolean = typeof v === 'boolean' || (typeof v === 'object' && v !== null);
          if (p.rejectsErrorsAndBooleans && isErrorOrBoolean) holds(!first.ok, () => [p.name, v, first]);
          if (typeof v === 'object' && v !== null && !first.ok && p.name !== 'yes/no')
            holds(first.message.includes('エラー値'), () => [p.name, v, first]);
        }
      }),
      runs(20_000),
    );
  });

  const day = fc
    .integer({ min: Date.UTC(1900, 2, 1) / 86_400_000, max: Date.UTC(9999, 11, 31) / 86_400_000 })
    .map((n) => {
      const d = new Date(n * 86_400_000);
      return {
        y: d.getUTCFullYear(),
        m: d.getUTCMonth() + 1,
        d: d.getUTCDate(),
        iso: d.toISOString().slice(0, 10),
        days: n,
      };
    });
  const EPOCH_1900 = Date.UTC(1899, 11, 30) / 86_400_000;
  const EPOCH_1904 = Date.UTC(1904, 0, 1) / 86_400_000;

  test('dates: serials (1900 and 1904 systems, with a time part), written dates, yyyymmdd, full-width', () => {
    fc.assert(
      fc.property(day, fc.double({ min: 0, max: 0.999, noNaN: true }), (x, time) => {
        cases++;
        const pad = (n: number) => String(n).padStart(2, '0');
        const texts = [
          `${x.y}/${x.m}/${x.d}`,
          `${x.y}-${pad(x.m)}-${pad(x.d)}`,
          `${x.y}.${x.m}.${x.d}`,
          `${x.y}年${x.m}月${x.d}日`,
          `${x.y}${pad(x.m)}${pad(x.d)}`,
        ];
        for (const t of texts) {
          same(parseDate(t), { ok: true, value: x.iso }, t);
          same(parseDate(fullWidth(t)), { ok: true, value: x.iso }, t);
          same(parseDate(`\u3000${t} `), { ok: true, value: x.iso }, t);
          same(parseMonth(t), { ok: true, value: x.iso.slice(0, 7) });
        }
        same(parseDate(Number(`${x.y}${pad(x.m)}${pad(x.d)}`)), { ok: true, value: x.iso });
        same(parseDate(x.days - EPOCH_1900, 'yyyy/m/d'), { ok: true, value: x.iso });
        same(parseDate(x.days - EPOCH_1900 + time, 'yyyy/m/d h:mm'), { ok: true, value: x.iso });
        if (x.days >= EPOCH_1904)
          same(parseDate(x.days - EPOCH_1904 + time, 'yyyy/m/d', true), { ok: true, value: x.iso });
        same(parseMonth(x.days - EPOCH_1900, 'yyyy/m/d'), { ok: true, value: x.iso.slice(0, 7) });
        same(parseMonth(`${x.y}/${x.m}`), { ok: true, value: x.iso.slice(0, 7) });
        same(parseMonth(`${x.y}年${x.m}月`), { ok: true, value: x.iso.slice(0, 7) });
        same(parseMonth(Number(`${x.y}${pad(x.m)}`), 'General'), { ok: true, value: x.iso.slice(0, 7) });
      }),
      runs(3000),
    );
  });

  test('dates: Japanese eras inside their periods are read, outside them are not', () => {
    const reiwa = day.filter((x) => x.iso >= '2019-05-01' && x.y <= 2099);
    const heisei = day.filter((x) => x.iso >= '1989-01-08' && x.iso <= '2019-04-30');
    fc.assert(
      fc.property(reiwa, heisei, (r, h) => {
        cases++;
        const n = r.y - 2018;
        const era = n === 1 ? '元' : String(n);
        same(parseDate(`令和${era}年${r.m}月${r.d}日`), { ok: true, value: r.iso });
        same(parseDate(`R${n}.${r.m}.${r.d}`), { ok: true, value: r.iso });
        same(parseDate(fullWidth(`R${n}.${r.m}.${r.d}`)), { ok: true, value: r.iso });
        same(parseMonth(`令和${era}年${r.m}月`), { ok: true, value: r.iso.slice(0, 7) });
        const hn = h.y - 1988;
        same(parseDate(`H${hn}.${h.m}.${h.d}`), { ok: true, value: h.iso });
        same(parseDate(`平成${hn === 1 ? '元' : hn}年${h.m}月${h.d}日`), { ok: true, value: h.iso });
        // The same day written in the other era does not exist.
        same(parseDate(`H${n + 30}.${r.m}.${r.d}`).ok, false);
        if (h.y === 2019) same(parseDate(`R1.${h.m}.${h.d}`).ok, false);
      }),
      runs(1000),
    );
  });

  test('times of day and durations: clock text, kanji, full-width, time fractions, decimal hours, minutes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 47 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 9999 }),
        (h, m, big) => {
          cases++;
          const mm = String(m).padStart(2, '0');
          const minutes = h * 60 + m;
          for (const t of [
            `${h}:${mm}`,
            `${h}:${mm}:00`,
            `${h}時${m}分`,
            fullWidth(`${h}:${mm}`),
            ` ${h}:${mm}\u3000`,
          ]) {
            same(parseTimeOfDay(t), { ok: true, value: minutes }, t);
          }
          const fraction = parseTimeOfDay(minutes / 1440, 'h:mm');
          holds(fraction.ok && Math.abs(fraction.value - minutes) < 1e-6, () => [h, m, big]);
          same(parseTimeOfDay(`${h}:${m + 60}`).ok, false);
          same(parseTimeOfDay(`${h + 48}:${mm}`).ok, false);
          if (h < 24) same(parseTimeOfDay(`翌${h}:${mm}`), { ok: true, value: minutes + 1440 });
          // Durations: hours may be any size; minutes stay under 60.
          const hours = big + m / 60;
          for (const t of [`${big}:${mm}`, `${big}時間${m}分`, fullWidth(`${big}:${mm}`)]) {
            const r = parseDuration(t);
            same(r.ok && Math.abs(r.value - hours) < 1e-9, true, t);
          }
          const asFraction = parseDuration(hours / 24, '[h]:mm');
          holds(asFraction.ok && Math.abs(asFraction.value - hours) < 1e-5, () => [h, m, big]);
          same(parseDuration(big, 'General', true), { ok: true, value: big / 60 });
          same(parseDuration(`${m}分`), { ok: true, value: m / 60 });
          same(parseDuration(-1 - big).ok, false);
        },
      ),
      runs(3000),
    );
  });

  test('full-width digits and surrounding spaces are read exactly like the plain text', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'0123456789:/.-年月日時分間翌RH半'.split('')), maxLength: 14 });
    fc.assert(
      fc.property(plain, (t) => {
        cases++;
        const parsers: ((v: RawValue) => Reading)[] = [
          (v) => parseDate(v),
          (v) => parseMonth(v),
          (v) => parseTimeOfDay(v),
          (v) => parseDuration(v),
          (v) => parseDays(v),
          (v) => parseEmployeeId(v),
        ];
        for (const p of parsers) {
          const base = p(t);
          same(p(fullWidth(t)), base, t);
          if (t.trim()) same(p(`\u3000${t} `), base, t);
        }
      }),
      runs(3000),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Whole workbooks
// ---------------------------------------------------------------------------------------------------------------

interface FieldPlan {
  field: FieldId;
  required: boolean;
  /** Header texts to pick from, with whether the header says the numbers are minutes. */
  headers: [string, boolean][];
  valid: fc.Arbitrary<FuzzCell>;
  readable: (v: RawValue, f: string, minutes: boolean, date1904: boolean) => boolean;
}

const hoursUpTo = (max: number) => (v: RawValue, f: string, minutes: boolean) => {
  const r = parseDuration(v, f, minutes);
  return r.ok && r.value <= max;
};
const general = (...values: RawValue[]) => fc.constantFrom(...values).map((v): FuzzCell => [v, 'General']);
const MARCH = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'];
const serial1900 = (iso: string) => Date.parse(iso + 'T00:00:00Z') / 86_400_000 - Date.UTC(1899, 11, 30) / 86_400_000;
const validDate = fc.oneof(
  fc.constantFrom(...MARCH).map((d): FuzzCell => [serial1900(d), 'yyyy/m/d']),
  fc.constantFrom(...MARCH).map((d): FuzzCell => [d.replace(/-0?/g, '/'), 'General']),
  fc.constantFrom(...MARCH).map((d): FuzzCell => [`R8.3.${Number(d.slice(8))}`, '@']),
  fc.constantFrom(...MARCH).map((d): FuzzCell => [Number(d.replace(/-/g, '')), 'General']),
  fc.constantFrom(...MARCH).map((d): FuzzCell => [`2026年3月${Number(d.slice(8))}日(月)`, 'General']),
);
const validTime = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
    .map(([h, m]): FuzzCell => [(h * 60 + m) / 1440, 'h:mm']),
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
    .map(([h, m]): FuzzCell => [`${h}:${String(m).padStart(2, '0')}`, 'General']),
  fc
    .tuple(fc.integer({ min: 1, max: 23 }), fc.constantFrom(0, 30))
    .map(([h, m]): FuzzCell => [`${h}時${m}分`, 'General']),
  fc.tuple(fc.integer({ min: 1, max: 23 }), fc.constantFrom(0, 0.5)).map(([h, m]): FuzzCell => [h + m, 'General']),
  general('翌1:00', '25:30', '午後6時', '９：００'),
);
const validHours = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max }).map((h): FuzzCell => [h, 'General']),
    fc.double({ min: 0, max, noNaN: true }).map((h): FuzzCell => [h / 24, '[h]:mm']),
    fc
      .tuple(fc.integer({ min: 0, max: Math.min(max, 99) }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]): FuzzCell => [`${h}:${String(m).padStart(2, '0')}`, 'General']),
    general('1時間', '45分', '0.75'),
  );
const ids = general('E001', 'E002', 'E003', 'E004', 1001, 1002, ' E002 ', 'Ｅ００３');

const ID: FieldPlan = {
  field: 'employeeId',
  required: true,
  headers: [
    ['社員番号', false],
    ['社員No', false],
    ['従業員番号', false],
    ['Employee ID', false],
    ['ID', false],
  ],
  valid: ids,
  readable: (v) => parseEmployeeId(v).ok,
};
const NAME: FieldPlan = {
  field: 'name',
  required: false,
  headers: [
    ['氏名', false],
    ['名前', false],
    ['Name', false],
  ],
  valid: general('佐藤', '鈴木 一郎', 'Tanaka', 12),
  readable: (v) => parseText(v).ok,
};

const DAILY: FieldPlan[] = [
  ID,
  NAME,
  {
    field: 'date',
    required: true,
    headers: [
      ['日付', false],
      ['勤務日', false],
      ['Date', false],
    ],
    valid: validDate,
    readable: (v, f, _m, d1904) => parseDate(v, f, d1904).ok,
  },
  {
    field: 'start',
    required: true,
    headers: [
      ['出勤', false],
      ['出勤時刻', false],
      ['始業', false],
      ['Clock in', false],
    ],
    valid: validTime,
    readable: (v, f) => parseTimeOfDay(v, f).ok,
  },
  {
    field: 'end',
    required: true,
    headers: [
      ['退勤', false],
      ['退勤時刻', false],
      ['終業', false],
      ['Clock out', false],
    ],
    valid: validTime,
    readable: (v, f) => parseTimeOfDay(v, f).ok,
  },
  {
    field: 'break',
    required: false,
    headers: [
      ['休憩', false],
      ['休憩時間', false],
      ['休憩（分）', true],
      ['Break (min)', true],
    ],
    valid: fc.oneof(general(1, '1:00', '45分', 0.5, 60, 45), fc.constant<FuzzCell>([1 / 24, 'h:mm'])),
    readable: hoursUpTo(24),
  },
  {
    field: 'dayType',
    required: false,
    headers: [
      ['勤務区分', false],
      ['区分', false],
    ],
    valid: general('出勤', '法定休日', '所定休日', '年休', '休日出勤（法定）'),
    readable: (v) => parseText(v).ok,
  },
  {
    field: 'worked',
    required: false,
    headers: [
      ['実働時間', false],
      ['労働時間', false],
    ],
    valid: validHours(24),
    readable: hoursUpTo(24),
  },
  {
    field: 'overtime',
    required: false,
    headers: [
      ['残業', false],
      ['時間外', false],
    ],
    valid: validHours(24),
    readable: hoursUpTo(24),
  },
  { field: 'lateNight', required: false, headers: [['深夜', false]], valid: validHours(24), readable: hoursUpTo(24) },
];

const MONTHLY: FieldPlan[] = [
  ID,
  NAME,
  {
    field: 'month',
    required: true,
    headers: [
      ['年月', false],
      ['対象月', false],
      ['Month', false],
    ],
    valid: fc.oneof(
      general('2026/1', '2026年2月', 'R8.3', 202601, '2026-02'),
      fc.constant<FuzzCell>([serial1900('2026-03-01'), 'yyyy/m/d']),
    ),
    readable: (v, f, _m, d1904) => parseMonth(v, f, d1904).ok,
  },
  {
    field: 'overtime',
    required: true,
    headers: [
      ['時間外労働時間', false],
      ['残業時間', false],
      ['Overtime', false],
    ],
    valid: validHours(200),
    readable: hoursUpTo(744),
  },
  {
    field: 'holidayWork',
    required: false,
    headers: [
      ['休日労働', false],
      ['法定休日労働時間', false],
    ],
    valid: validHours(40),
    readable: hoursUpTo(744),
  },
  {
    field: 'worked',
    required: false,
    headers: [['総労働時間', false]],
    valid: validHours(300),
    readable: hoursUpTo(744),
  },
  {
    field: 'lateNight',
    required: false,
    headers: [['深夜時間', false]],
    valid: validHours(50),
    readable: hoursUpTo(744),
  },
];

const ROSTER: FieldPlan[] = [
  ID,
  NAME,
  {
    field: 'gender',
    required: false,
    headers: [
      ['性別', false],
      ['Gender', false],
    ],
    valid: general('男', '女', 'M', 'F', '女性'),
    readable: (v) => parseGender(v).ok,
  },
  {
    field: 'employmentType',
    required: true,
    headers: [
      ['雇用形態', false],
      ['雇用区分', false],
    ],
    valid: general('正社員', 'パート', '契約社員', '嘱託', '短時間正社員'),
    readable: (v) => parseText(v).ok,
  },
  {
    field: 'hireDate',
    required: false,
    headers: [
      ['入社日', false],
      ['Hire date', false],
    ],
    valid: validDate,
    readable: (v, f, _m, d1904) => parseDate(v, f, d1904).ok,
  },
  {
    field: 'weeklyHours',
    required: false,
    headers: [['週所定労働時間', false]],
    valid: general(40, 20, '40:00', 32.5),
    readable: hoursUpTo(168),
  },
  {
    field: 'fullTime',
    required: false,
    headers: [['フルタイム', false]],
    valid: general('○', '×', true, 1, 'はい'),
    readable: (v) => parseYesNo(v).ok,
  },
];

const LEAVE_DATES = ['2025-04-01', '2025-06-02', '2025-10-01'];
const validLeaveDate = fc.oneof(
  fc.constantFrom(...LEAVE_DATES).map((d): FuzzCell => [serial1900(d), 'yyyy/m/d']),
  fc.constantFrom(...LEAVE_DATES).map((d): FuzzCell => [d.replace(/-0?/g, '/'), 'General']),
);
const dateField = (field: FieldId, headers: string[], required: boolean): FieldPlan => ({
  field,
  required,
  headers: headers.map((h): [string, boolean] => [h, false]),
  valid: validLeaveDate,
  readable: (v, f, _m, d1904) => parseDate(v, f, d1904).ok,
});
const daysField = (field: FieldId, headers: string[], required: boolean): FieldPlan => ({
  field,
  required,
  headers: headers.map((h): [string, boolean] => [h, false]),
  valid: general(1, 0.5, '半日', '1日', 10, '20日'),
  readable: (v) => parseDays(v).ok,
});

/** Annual leave with a kind column (付与/取得 per row). */
const LEAVE_BY_KIND: FieldPlan[] = [
  ID,
  NAME,
  {
    field: 'kind',
    required: true,
    headers: [
      ['区分', false],
      ['休暇種別', false],
    ],
    valid: general('付与', '取得', '半休', '繰越', 'grant'),
    readable: (v) => parseAnnualLeaveKind(v).ok,
  },
  dateField('date', ['日付', '年月日'], true),
  daysField('days', ['日数'], true),
  {
    field: 'leaveHours',
    required: false,
    headers: [['時間数', false]],
    valid: general(1, 2, '3時間'),
    readable: hoursUpTo(744),
  },
];
/** Annual leave with grant and taking columns side by side (a row may be either, or both). */
const LEAVE_SIDE_BY_SIDE: FieldPlan[] = [
  ID,
  NAME,
  dateField('grantDate', ['付与日'], true),
  daysField('grantDays', ['付与日数'], true),
  dateField('takenDate', ['取得日'], true),
  daysField('takenDays', ['取得日数'], true),
];
const FAMILY: FieldPlan[] = [
  ID,
  NAME,
  {
    field: 'kind',
    required: true,
    headers: [
      ['種別', false],
      ['休業種別', false],
    ],
    valid: general('出産', '育児休業', '産後パパ育休', '介護休暇', '配偶者出産'),
    readable: (v) => parseFamilyLeaveKind(v).ok,
  },
  dateField('leaveStart', ['開始日', '休業開始日'], true),
  dateField('leaveEnd', ['終了日'], false),
  dateField('childBirthDate', ['子の生年月日', '出産日'], false),
];
const CHECKLIST: FieldPlan[] = [
  {
    field: 'itemNo',
    required: true,
    headers: [
      ['項目番号', false],
      ['項番', false],
    ],
    valid: general('1', 2, '3-1'),
    readable: (v) => parseText(v).ok,
  },
  {
    field: 'itemText',
    required: true,
    headers: [['項目', false]],
    valid: general('ノー残業デーを設けている', '育児休業規程がある'),
    readable: (v) => parseText(v).ok,
  },
  {
    field: 'answer',
    required: true,
    headers: [
      ['該当', false],
      ['回答', false],
    ],
    valid: general('○', '×', 'はい', true),
    readable: (v) => parseYesNo(v).ok,
  },
  {
    field: 'evidence',
    required: false,
    headers: [
      ['証拠', false],
      ['備考', false],
    ],
    valid: general('就業規則 第12条', ''),
    readable: (v) => parseText(v).ok,
  },
];

/** One column of a generated sheet: a placed field, or a column the reader cannot place (`メモ`). */
interface ColumnPlan {
  field: FieldPlan | null;
  header: string;
  minutes: boolean;
}

interface SheetPlan {
  kind: SheetKind;
  grid: SheetGrid;
  columns: ColumnPlan[];
  /** 0-based index of the header row in grid.values. */
  headerIndex: number;
}

const TITLES: RawValue[] = ['株式会社サンプル 出勤簿', '2026年3月分', '（単位：時間）', null];
const TOTALS = ['合計', '計', '小計', '平均', 'Total', '4月合計', '合計（時間）', 'ＴＯＴＡＬ', ' 総計 '];
/** A column no kind knows (`メモ`); its notes may be any text, field names included (`残業`). */
const MEMO: FieldPlan = {
  field: 'name',
  required: false,
  headers: [['メモ', false]],
  valid: fc.tuple(anyText, anyFormat),
  readable: () => true,
};

/**
 * sheets.md allows a two-row header (a merged group title above the field names). A row directly under the header
 * that holds nothing but field names (or blanks) under the named columns is such a second header row, so a note
 * that names a field is left out of exactly that row; anywhere else it must be read as data.
 */
const KINDS: SheetKind[] = ['daily', 'monthly', 'roster', 'leave', 'family', 'checklist'];
const isFieldName = (v: RawValue) => typeof v === 'string' && KINDS.some((k) => fieldForHeader(v, k) !== null);

function keepFirstRowData(columns: ColumnPlan[], row: FuzzCell[]): FuzzCell[] {
  if (!columns.every((c, i) => c.field === null || blank(row[i]?.[0] ?? null) || isFieldName(row[i][0]))) return row;
  return row.map((cell, i) => (columns[i].field === null && isFieldName(cell[0]) ? [null, cell[1]] : cell));
}

function columnsOf(fields: FieldPlan[]): fc.Arbitrary<ColumnPlan[]> {
  const required = fields.filter((f) => f.required);
  const optional = fields.filter((f) => !f.required);
  return fc.tuple(fc.subarray(optional), fc.boolean()).chain(([opt, memo]) => {
    const chosen = [...required, ...opt, ...(memo ? [MEMO] : [])];
    return fc
      .tuple(
        fc.shuffledSubarray(chosen, { minLength: chosen.length, maxLength: chosen.length }),
        fc.array(fc.nat(), { minLength: chosen.length, maxLength: chosen.length }),
      )
      .map(([order, picks]) =>
        order.map((f, i): ColumnPlan => {
          const [header, minutes] = f.headers[picks[i] % f.headers.length];
          return { field: f === MEMO ? null : f, header, minutes };
        }),
      );
  });
}

type RowPlan = FuzzCell[];

function rowsFor(columns: ColumnPlan[]): fc.Arbitrary<RowPlan[]> {
  const width = columns.length;
  const dataRow = fc.tuple(...columns.map((c) => (c.field ? anyCell(c.field.valid) : MEMO.valid)));
  const blankRow = fc.array(fc.tuple(blankValue, anyFormat) as fc.Arbitrary<FuzzCell>, {
    minLength: width,
    maxLength: width,
  });
  const totalsRow = fc
    .tuple(
      fc.constantFrom(...TOTALS),
      fc.array(fc.tuple(anyNumber, anyFormat) as fc.Arbitrary<FuzzCell>, {
        minLength: width - 1,
        maxLength: width - 1,
      }),
    )
    .map(([label, rest]): RowPlan => [[label, 'General'], ...rest]);
  const headerRow = fc.constant(columns.map((c): FuzzCell => [c.header, 'General']));
  const row = fc.oneof(
    { weight: 12, arbitrary: dataRow as fc.Arbitrary<RowPlan> },
    { weight: 1, arbitrary: blankRow },
    { weight: 1, arbitrary: totalsRow },
    { weight: 1, arbitrary: headerRow },
  );
  // Some hosts hand over ragged rows (trailing blanks left out): cut a row short now and then.
  const maybeRagged = fc
    .tuple(row, fc.option(fc.nat({ max: width }), { freq: 6 }))
    .map(([r, cut]) => (cut === null ? r : r.slice(0, cut)));
  return fc.array(maybeRagged, { maxLength: 22 });
}

function sheetPlan(kind: SheetKind, fields: FieldPlan[], name: string): fc.Arbitrary<SheetPlan> {
  return columnsOf(fields)
    .chain((columns) =>
      fc.record({
        columns: fc.constant(columns),
        titles: fc.array(fc.constantFrom(...TITLES), { maxLength: 3 }),
        rows: rowsFor(columns),
        firstRow: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 1_048_000 })),
        firstCol: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 16_384 - columns.length })),
      }),
    )
    .map(({ columns, titles, rows, firstRow, firstCol }) => {
      const values: RawValue[][] = [];
      const formats: string[][] = [];
      for (const t of titles) {
        values.push(columns.map((_, c) => (c === 0 ? t : null)));
        formats.push(columns.map(() => 'General'));
      }
      values.push(columns.map((c) => c.header));
      formats.push(columns.map(() => 'General'));
      for (const [i, row] of rows.entries()) {
        const r = i === 0 ? keepFirstRowData(columns, row) : row;
        values.push(r.map(([v]) => v));
        formats.push(r.map(([, f]) => f));
      }
      const grid: SheetGrid = { name, firstRow, firstCol, values, numberFormats: formats };
      // Counterexamples print as the grid, not as the generators behind it.
      return { kind, columns, headerIndex: titles.length, grid, [fc.toStringMethod]: () => JSON.stringify(grid) };
    });
}

/** A fixed roster: E001 and 1001 full-time, E002 part-time. */
const ROSTER_GRID: SheetGrid = {
  name: '社員名簿',
  firstRow: 1,
  firstCol: 1,
  values: [
    ['社員番号', '氏名', '雇用形態'],
    ['E001', '佐藤', '正社員'],
    ['E002', '鈴木', 'パート'],
    [1001, '田中', '正社員'],
  ],
  numberFormats: [
    ['General', 'General', 'General'],
    ['General', 'General', 'General'],
    ['General', 'General', 'General'],
    ['General', 'General', 'General'],
  ],
};
const ROSTER_IDS = new Set(['E001', 'E002', '1001']);

const SHEET_NAMES = ['勤怠', '勤怠 (2)', "O'Reilly 勤怠", '出勤簿😀', 'Sheet1', '3月', 'データ'];

/** Fields whose reading makes a row's duplicate key, and fields that must be readable for the row to claim the key. */
const KEYS: Partial<Record<SheetKind, { key: FieldId[]; gate: FieldId[] }>> = {
  daily: { key: ['employeeId', 'date'], gate: [] },
  monthly: { key: ['employeeId', 'month'], gate: ['overtime', 'holidayWork'] },
  roster: { key: ['employeeId'], gate: [] },
};

/** A daily row's punch span in minutes (an end before the start is the next day), or null without a positive one. */
function punchSpan(row: unknown[], formats: string[], startCol: number, endCol: number): [number, number] | null {
  if (startCol < 0 || endCol < 0) return null;
  const s = parseTimeOfDay(row[startCol] as RawValue, formats[startCol]);
  const e = parseTimeOfDay(row[endCol] as RawValue, formats[endCol]);
  if (!s.ok || !e.ok) return null;
  const end = e.value < s.value ? e.value + 1440 : e.value;
  return end > s.value ? [s.value, end] : null;
}

/** Where each record came from: roster rows → employees, attendance rows → months (daily rows → shifts too), leave rows → grants and takings, family rows → events, checklist rows → answers. */
function recordRefs(result: IngestResult, kind: SheetKind): { counted: SourceRef[]; shifts: SourceRef[] } {
  const ds = result.dataset;
  const refsOf = (list: { ref?: SourceRef }[]) => list.map((e) => e.ref).filter((r): r is SourceRef => r !== undefined);
  if (kind === 'roster') return { counted: refsOf(ds.employees), shifts: [] };
  if (kind === 'leave') return { counted: [...refsOf(ds.leaveGrants), ...refsOf(ds.leaveTakings)], shifts: [] };
  if (kind === 'family') return { counted: refsOf(ds.familyEvents), shifts: [] };
  if (kind === 'checklist') return { counted: refsOf(ds.checklist), shifts: [] };
  const counted: SourceRef[] = [];
  for (const m of ds.monthlyHours) counted.push(...(m.refs ?? []));
  const shifts = kind === 'daily' ? ds.shifts.map((s) => s.ref).filter((r): r is SourceRef => r !== undefined) : [];
  return { counted, shifts };
}

const key2 = (sheet: string, row: number) => `${sheet}\u0000${row}`;
const cellRow = (cell: string) => Number(/^[A-Z]+(\d+)$/.exec(cell)?.[1] ?? Number.NaN);
const squashed = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** Fields read as dates: a day of the month there is read in the sheet's period. */
const DATE_FIELDS = new Set<string>([
  'date',
  'grantDate',
  'takenDate',
  'leaveStart',
  'leaveEnd',
  'childBirthDate',
  'birthDate',
  'hireDate',
  'leaveDate',
]);

/**
 * Whether a daily sheet's duration column holds whole numbers only (to the hundredth), some beyond 24: no day holds
 * that many hours, so its plain numbers are minutes (sheets.md, duration style).
 */
const DURATIONS = ['worked', 'overtime', 'holidayWork', 'lateNight', 'break', 'scheduled'];

/** The plain numbers of a duration column's data rows (numbers outside a time format, digit strings), or null. */
function plainNumbers(plan: SheetPlan, c: number, headers: string[]): number[] | null {
  const field = plan.columns[c].field?.field;
  if (!field || !DURATIONS.includes(field)) return null;
  const nums: number[] = [];
  for (let r = plan.headerIndex + 1; r < plan.grid.values.length; r++) {
    const row = plan.grid.values[r];
    if (classifyRow(row, headers) !== 'data') continue;
    const v = row[c];
    const f = plan.grid.numberFormats[r]?.[c];
    if (typeof v === 'number' && !isTimeFormat(f)) nums.push(v);
    else if (typeof v === 'string' && v.trim() !== '' && /^\d+(\.\d+)?$/.test(v.normalize('NFKC').trim()))
      nums.push(Number(v.normalize('NFKC').trim()));
  }
  return nums.filter((n) => n >= 0);
}

const whole = (n: number) =>
  !Number.isFinite(n * 100) || (Math.abs(n * 100 - Math.round(n * 100)) <= 1e-6 && Math.round(n * 100) % 100 === 0);

/** A daily duration column of whole numbers past 24 is in minutes (no day holds 25 hours). */
function wholeBeyondADay(plan: SheetPlan, c: number, headers: string[]): boolean {
  const plain = plainNumbers(plan, c, headers);
  return plain !== null && plain.length > 0 && plain.every(whole) && Math.max(...plain) > 24;
}

/**
 * A monthly column of whole overtime (holiday, late-night …) figures with one row above the hours worked beside it
 * is in minutes: 210 beside 35.5 worked cannot be hours (docs/reading.md, units by evidence).
 */
function wholeBeyondWorked(plan: SheetPlan, c: number, headers: string[]): boolean {
  const plain = plainNumbers(plan, c, headers);
  const w = plan.columns.findIndex((col) => col.field?.field === 'worked');
  if (plain === null || plan.columns[c].field?.field === 'worked' || w < 0 || !plain.every(whole)) return false;
  for (let r = plan.headerIndex + 1; r < plan.grid.values.length; r++) {
    const row = plan.grid.values[r];
    if (classifyRow(row, headers) !== 'data') continue;
    const wv = row[w];
    const v = row[c];
    if (typeof wv !== 'number' || isTimeFormat(plan.grid.numberFormats[r]?.[w])) continue;
    if (typeof v !== 'number' && typeof v !== 'string') continue;
    if (wv > 0 && Number(v) > wv && Number.isInteger(Number(v))) return true;
  }
  return false;
}

/**
 * Checks one ingest result against the generated sheets. `rosterIds` is the fixed roster's ids when the workbook
 * has it. Expectations are computed here from the generated cells: addresses with the test's own helper, readability
 * by the column's own parser, skips by the row classes of ./support/cells.ts (`classifyRow`).
 */
function checkWorkbook(
  plans: SheetPlan[],
  result: IngestResult,
  date1904: boolean,
  rosterIds: Set<string> | null,
): void {
  const issuesAt = new Map<string, InputIssue[]>();
  const issueRows = new Set<string>();
  for (const issue of result.issues) {
    holds(typeof issue.message === 'string' && JAPANESE.test(issue.message), () => issue);
    const k = `${issue.sheet}\u0000${issue.cell}`;
    issuesAt.set(k, [...(issuesAt.get(k) ?? []), issue]);
    if (issue.cell) issueRows.add(key2(issue.sheet, cellRow(issue.cell)));
  }
  const at = (sheet: string, cell: string) => issuesAt.get(`${sheet}\u0000${cell}`) ?? [];

  const kinds = new Set(plans.map((p) => p.kind));
  const records = new Map<string, number>();
  for (const kind of kinds) {
    const mine = (ref: SourceRef) => plans.some((p) => p.grid.name === ref.sheet && p.kind === kind);
    const { counted, shifts } = recordRefs(result, kind);
    for (const ref of counted) {
      if (!mine(ref)) continue;
      const k = key2(ref.sheet, ref.row);
      records.set(k, (records.get(k) ?? 0) + 1);
    }
    for (const ref of shifts) {
      const k = key2(ref.sheet, ref.row);
      // A worked day is a shift and part of its month: never one without the other.
      holds(records.has(k), () => ['shift outside its month', k]);
    }
  }

  const seenKeys = new Map<string, { cell: string; spans: [number, number][] | null }>();
  const firstSeenId = new Map<string, string>();
  for (const plan of plans) {
    const { grid, columns, headerIndex, kind } = plan;
    const detected = result.sheets.find((s) => s.sheet === grid.name);
    same(
      { sheet: grid.name, kind: detected?.kind, headerRow: detected?.headerRow },
      { sheet: grid.name, kind, headerRow: grid.firstRow + headerIndex },
    );
    const headers = columns.map((c) => c.header);
    // Days of the month alone (`1`, `２`) and no month anywhere: the sheet is asked about once and not read.
    const asked = result.issues.filter((i) => i.sheet === grid.name && i.messageRef?.code === 'ask.month');
    if (asked.length > 0) {
      const dateCol = columns.findIndex((c) => c.field?.field === 'date');
      const dayLike = grid.values
        .slice(headerIndex + 1)
        .filter((row, k) => looksLikeDayOfMonth(row[dateCol], grid.numberFormats[headerIndex + 1 + k]?.[dateCol]));
      same({ asked: asked.length, kind, dayLike: dayLike.length > 0 }, { asked: 1, kind: 'daily', dayLike: true });
      holds(!result.dataset.monthlyHours.some((m) => m.refs?.some((ref) => ref.sheet === grid.name)), () => grid.name);
      continue;
    }
    const titled = grid.values.slice(0, headerIndex).some((row) => row.some((v) => v === '2026年3月分'));
    const period = titled ? '2026-03-01' : undefined;
    const minutesByValue = columns.map((c, i) =>
      kind === 'daily' ? wholeBeyondADay(plan, i, headers) : kind === 'monthly' && wholeBeyondWorked(plan, i, headers),
    );
    const col = (field: FieldId) => columns.findIndex((c) => c.field?.field === field);
    const placedCols = new Set(columns.map((c, i) => (c.field ? grid.firstCol + i : -1)));
    // Sheet-level issues only where the sheet really lacks something (a roster without a full-time column).
    for (const issue of result.issues) {
      if (issue.sheet !== grid.name || issue.cell !== '') continue;
      // A daily sheet with punch times but no break and no worked hours: the break rule applied is said once.
      if (issue.messageRef?.code === 'reading.break-assumed') {
        same(
          { kind, brk: col('break'), worked: col('worked'), start: col('start') >= 0 },
          { kind: 'daily', brk: -1, worked: -1, start: true },
        );
        continue;
      }
      same(
        {
          kind,
          canTellFullTime: columns.some((c) =>
            ['fullTime', 'weeklyHours', 'employmentType'].includes(c.field?.field ?? ''),
          ),
        },
        { kind: 'roster', canTellFullTime: false },
        issue,
      );
    }
    const keys = KEYS[kind] ?? { key: [], gate: [] };
    for (let r = 0; r < grid.values.length; r++) {
      const rowNo = grid.firstRow + r;
      const row = grid.values[r];
      const hasRecord = records.has(key2(grid.name, rowNo));
      const hasIssue = issueRows.has(key2(grid.name, rowNo));
      if (r <= headerIndex) {
        same({ rowNo, hasRecord, hasIssue }, { rowNo, hasRecord: false, hasIssue: false }, grid.name);
        continue;
      }
      const cls = classifyRow(row, headers);
      if (cls !== 'data') {
        // Documented skips: no record, no issue.
        if (hasRecord || hasIssue) {
          const issues = result.issues.filter((i) => i.sheet === grid.name && cellRow(i.cell) === rowNo);
          throw new Error(
            `${grid.name} row ${rowNo} is a ${cls} row yet has a record (${hasRecord}) or issues ${JSON.stringify(issues)}: ${JSON.stringify(row)} under ${JSON.stringify(headers)}`,
          );
        }
        continue;
      }
      // Never silently dropped.
      if (!hasRecord && !hasIssue) throw new Error(`${grid.name} row ${rowNo} vanished: ${JSON.stringify(row)}`);
      // Counted once, never twice (a leave row may be a grant, a carried-over grant and a taking at once).
      if (kind !== 'leave')
        holds((records.get(key2(grid.name, rowNo)) ?? 0) <= 1, () => [grid.name, rowNo, 'counted twice']);
      const readable = (c: number) => {
        const plan = columns[c];
        const v = row[c];
        return (
          !plan.field ||
          blank(v) ||
          plan.field.readable(v as RawValue, grid.numberFormats[r][c], plan.minutes || minutesByValue[c], date1904) ||
          // A day of the month (`1`, `1日`) in any date column, in the period of the title above (`2026年3月分`).
          (DATE_FIELDS.has(plan.field.field) &&
            period !== undefined &&
            parseInPeriod(v as RawValue, grid.numberFormats[r][c], period)?.ok === true)
        );
      };
      for (let c = 0; c < columns.length; c++) {
        const v = row[c];
        const cell = address(rowNo, grid.firstCol + c);
        const here = at(grid.name, cell);
        // Whatever is reported at a cell shows that cell's value (or nothing, for a blank required cell); a number
        // may be shown as the date it is under a date format.
        const asDate =
          typeof v === 'number' && Number.isFinite(v) && v >= (date1904 ? 0 : 1) && v < 2_958_466
            ? [serialAsDate(v, date1904)]
            : [];
        for (const issue of here)
          holds([shown(v), squashed(shown(v)), '', ...asDate].includes(issue.value), () => [grid.name, cell, v, issue]);
        if (readable(c)) continue;
        if (here.length !== 1)
          throw new Error(
            `${grid.name}!${cell} (${JSON.stringify(v)}, ${grid.numberFormats[r][c]}) is unreadable and has ${here.length} issues: ${JSON.stringify(here)}`,
          );
        same(here[0].value, shown(v), [grid.name, cell]);
      }
      // Duplicates: the first readable occurrence counts, later ones are reported at their key cell and not counted.
      const keyCols = keys.key.map(col);
      const gateOk = keys.gate.every((f) => col(f) < 0 || readable(col(f)));
      if (keyCols.length > 0 && keyCols.every((c) => !blank(row[c]) && readable(c)) && gateOk) {
        const parts = keys.key.map((f, i) => {
          const v = row[keyCols[i]] as RawValue;
          const fmt = grid.numberFormats[r][keyCols[i]];
          const got =
            f === 'employeeId'
              ? parseEmployeeId(v)
              : f === 'month'
                ? parseMonth(v, fmt, date1904)
                : parseDate(v, fmt, date1904);
          return got.ok ? String(got.value) : '?';
        });
        const k = parts.join('|');
        const first = seenKeys.get(`${kind}|${k}`);
        const keyCell = address(rowNo, grid.firstCol + keyCols[keyCols.length - 1]);
        // Several rows of one day with punches of their own that do not overlap are the segments of a split shift,
        // not duplicates (the day-table contract of this round); any other repeat of the key is a duplicate.
        const span = kind === 'daily' ? punchSpan(row, grid.numberFormats[r], col('start'), col('end')) : null;
        const segment =
          first !== undefined &&
          span !== null &&
          first.spans !== null &&
          first.spans.every(([s, e]) => span[1] <= s || span[0] >= e);
        if (first !== undefined && !segment) {
          same(
            { duplicate: k, cell: keyCell, reported: at(grid.name, keyCell).length > 0, counted: hasRecord },
            { duplicate: k, cell: keyCell, reported: true, counted: false },
            [grid.name, 'first seen', first.cell],
          );
        } else if (first !== undefined && span) first.spans!.push(span);
        else seenKeys.set(`${kind}|${k}`, { cell: `${grid.name}!${keyCell}`, spans: span ? [span] : null });
      }
      // Where each id is first seen off the roster (for the "not on the roster" check).
      const idCol = col('employeeId');
      if (kind !== 'roster' && idCol >= 0 && !blank(row[idCol]) && readable(idCol)) {
        const id = (parseEmployeeId(row[idCol] as RawValue) as { value: string }).value;
        if (!firstSeenId.has(id)) firstSeenId.set(id, `${grid.name}\u0000${address(rowNo, grid.firstCol + idCol)}`);
      }
    }
    // Every issue on this sheet points at a data row and a placed column of it.
    for (const issue of result.issues) {
      if (issue.sheet !== grid.name || !issue.cell) continue;
      const m = /^([A-Z]+)(\d+)$/.exec(issue.cell)!;
      const r = Number(m[2]) - grid.firstRow;
      const colNo = [...placedCols].find((c) => c > 0 && address(Number(m[2]), c) === issue.cell);
      same(
        {
          cell: issue.cell,
          inData: r > headerIndex && r < grid.values.length && classifyRow(grid.values[r], headers) === 'data',
          placed: colNo !== undefined,
        },
        { cell: issue.cell, inData: true, placed: true },
        [grid.name, issue],
      );
    }
  }
  if (rosterIds) {
    for (const [id, where] of firstSeenId) {
      const [sheet, cell] = where.split('\u0000');
      const found = at(sheet, cell).filter((i) => i.value === id && i.message.includes('社員名簿'));
      same(
        { id, where: cell, reported: found.length },
        { id, where: cell, reported: rosterIds.has(id) ? 0 : 1 },
        sheet,
      );
    }
  } else {
    same(
      result.issues.filter((i) => i.message.includes('社員名簿にありません')),
      [],
    );
  }
  // No NaN, infinity or negative hours reach the dataset.
  for (const m of result.dataset.monthlyHours) {
    holds(/^\d{4}-(0[1-9]|1[0-2])$/.test(m.month), () => m);
    for (const v of [m.overtime, m.holidayWork, m.worked ?? 0, m.lateNight ?? 0])
      holds(Number.isFinite(v) && v >= 0, () => m);
  }
  for (const s of result.dataset.shifts)
    holds(
      Number.isFinite(s.workedHours) &&
        s.workedHours >= 0 &&
        Number.isFinite(s.lateNightHours) &&
        s.lateNightHours >= 0,
      () => s,
    );
}

const options = fc.record({ date1904: fc.boolean(), weekStartsOn: fc.integer({ min: 0, max: 6 }) });

function sheetsOf(kind: SheetKind, fields: FieldPlan[], maxSheets: number): fc.Arbitrary<SheetPlan[]> {
  return fc
    .shuffledSubarray(SHEET_NAMES, { minLength: 1, maxLength: maxSheets })
    .chain((names) => fc.tuple(...names.map((n) => sheetPlan(kind, fields, n))));
}

describe('ingestWorkbook on fuzzed sheets', () => {
  test('daily attendance (one to three sheets, with or without a roster)', () => {
    fc.assert(
      fc.property(sheetsOf('daily', DAILY, 3), fc.boolean(), options, (plans, withRoster, opts) => {
        cases++;
        const grids = plans.map((p) => p.grid);
        const result = ingestWorkbook(withRoster ? [...grids, ROSTER_GRID] : grids, opts);
        checkWorkbook(plans, result, opts.date1904, withRoster ? ROSTER_IDS : null);
      }),
      runs(1000),
    );
  });

  test('monthly summaries', () => {
    fc.assert(
      fc.property(sheetsOf('monthly', MONTHLY, 2), fc.boolean(), options, (plans, withRoster, opts) => {
        cases++;
        const grids = plans.map((p) => p.grid);
        const result = ingestWorkbook(withRoster ? [ROSTER_GRID, ...grids] : grids, opts);
        checkWorkbook(plans, result, opts.date1904, withRoster ? ROSTER_IDS : null);
      }),
      runs(600),
    );
  });

  test('rosters', () => {
    fc.assert(
      fc.property(sheetsOf('roster', ROSTER, 2), options, (plans, opts) => {
        cases++;
        const result = ingestWorkbook(
          plans.map((p) => p.grid),
          opts,
        );
        checkWorkbook(plans, result, opts.date1904, null);
      }),
      runs(600),
    );
  });

  test.each([
    ['annual leave, a kind column', 'leave', LEAVE_BY_KIND],
    ['annual leave, grants and takings side by side', 'leave', LEAVE_SIDE_BY_SIDE],
    ['family leave', 'family', FAMILY],
    ['checklist', 'checklist', CHECKLIST],
  ] as [string, SheetKind, FieldPlan[]][])('%s', (_label, kind, fields) => {
    fc.assert(
      fc.property(sheetsOf(kind, fields, 2), fc.boolean(), options, (plans, withRoster, opts) => {
        cases++;
        const grids = plans.map((p) => p.grid);
        const result = ingestWorkbook(withRoster ? [ROSTER_GRID, ...grids] : grids, opts);
        checkWorkbook(plans, result, opts.date1904, withRoster ? ROSTER_IDS : null);
      }),
      runs(300),
    );
  });

  test('any grid at all, recognised or not, never throws and every issue address is well formed', () => {
    const cellsArb = fc.array(
      fc.array(
        fc.oneof(
          anyValue,
          fc.constantFrom<RawValue>('社員番号', '日付', '出勤', '退勤', '年月', '時間外', '氏名', '合計'),
        ),
        { maxLength: 8 },
      ),
      { maxLength: 14 },
    );
    const gridArb = fc
      .record({
        name: fc.string({ maxLength: 10 }),
        firstRow: fc.integer({ min: 1, max: 1_048_576 }),
        firstCol: fc.integer({ min: 1, max: 16_000 }),
        values: cellsArb,
        fmt: anyFormat,
      })
      .map(({ name, firstRow, firstCol, values, fmt }): SheetGrid => ({
        name,
        firstRow,
        firstCol,
        values,
        numberFormats: values.map((r) => r.map(() => fmt)),
      }));
    fc.assert(
      fc.property(fc.array(gridArb, { maxLength: 4 }), options, (grids, opts) => {
        cases++;
        const result = ingestWorkbook(grids, opts);
        for (const issue of result.issues) {
          expect(issue.cell).toMatch(/^([A-Z]{1,3}[1-9][0-9]*)?$/);
          expect(issue.message).toMatch(JAPANESE);
        }
        if (grids.length > 0 && result.sheets.every((s) => s.kind === null || s.headerRow === null)) {
          // Nothing recognised: one workbook-level issue naming the headers it looks for.
          expect(result.issues.filter((i) => i.sheet === '' && i.message.includes('社員番号'))).toHaveLength(1);
        }
      }),
      runs(600),
    );
  });
});
