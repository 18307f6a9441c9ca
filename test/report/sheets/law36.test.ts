/**
 * The 36協定 sheet: one row pair per employee and agreement year, the 12 months of that year side by side (4月…3月),
 * coloured by finding. Figures worked by hand in each test.
 */
import { wordsFor } from '../../../src/report';
import type { Finding, MonthlyHours } from '../../../src/rules/types';
import { buildLaw36Layout } from '../../../src/report/sheets/law36';
import { agreementYearStart, findWorstMean } from '../../../src/report/sheets/law36-hours';
import { fromMonthNumber, toMonthNumber } from '../../../src/rules/dates';
import { META, cellAt, emptyDataset, findRow, makeReport, styleAt } from '../fixtures';
import { FY2025 } from '../../rules/fixtures';

const RED = '#FF7C80';
const ORANGE = '#FFC000';
const YELLOW = '#FFFF99';

function hours(employeeId: string, month: string, overtime: number, holidayWork = 0): MonthlyHours {
  return { employeeId, month, overtime, holidayWork };
}

const INJECTION = '=HYPERLINK("http://x","y")';

const dataset = emptyDataset({
  employees: [
    { id: 'E017', name: '山田太郎' },
    { id: 'E002', name: INJECTION },
  ],
  monthlyHours: [
    hours('E010', '2025-10', 10),
    hours('E010', '2025-12', 10),
    hours('E017', '2025-10', 50),
    hours('E017', '2025-11', 60),
    hours('E017', '2025-12', 90, 14.5),
    hours('E017', '2026-01', 40),
    hours('E002', '2025-10', 30),
    hours('E002', '2025-11', 20),
    hours('E002', '2025-12', 30),
    hours('E002', '2026-01', 37),
  ],
});

const findings: Finding[] = [
  { rule: 'law36.month-100-or-more', employeeId: 'E017', period: '2025-12', value: 104.5, severity: 'violation' },
  { rule: 'law36.month-over-45', employeeId: 'E017', period: '2025-10', value: 50, severity: 'warning' },
  { rule: 'law36.month-over-45', employeeId: 'E017', period: '2025-11', value: 60, severity: 'warning' },
  { rule: 'law36.month-over-45', employeeId: 'E017', period: '2025-12', value: 90, severity: 'warning' },
  { rule: 'law36.avg-over-80', employeeId: 'E017', period: '2025-11..2025-12', value: 82.25, severity: 'violation' },
  { rule: 'law36.approaching', employeeId: 'E002', period: '2026-01', value: 37, severity: 'at-risk' },
  { rule: 'leave.five-day-obligation', employeeId: 'E010', period: '2026-03-31', value: 2, severity: 'violation' },
];

const JA = wordsFor('ja');
/** Columns: 社員番号, 氏名, 年度, 区分, 4月 (E = 5) … 3月 (P = 16), 年計 (17), 45時間超 (18), 最大平均 (19), 期間 (20), 指摘 (21). */
const month = (m: number) => 4 + (((m - 4 + 12) % 12) + 1);

const layout = buildLaw36Layout(makeReport({ findings }), dataset, META, JA);
const empty6 = [null, null, null, null, null, null];

// Rows: title (1), legend (2–4), note (5), header (6); E017 (7–8), E002 (9–10), E010 (11–12).
describe('buildLaw36Layout', () => {
  it('has one header row for every year, 4月 … 3月, and freezes it', () => {
    expect(layout.values[5]).toEqual([
      '社員番号',
      '氏名',
      '年度',
      '区分',
      ...['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'],
      '時間外の年計',
      '45時間超の月数',
      '2〜6か月平均の最大',
      'その期間',
      '指摘',
    ]);
    expect(layout.freezeRows).toBe(6);
    expect(layout.freezeColumns).toBe(4);
    // At most 12 month columns: the 21 columns print one page wide at 75 % or more (print.test.ts).
    expect(layout.values[5]).toHaveLength(21);
  });

  it('puts employees with findings first, worst first, then the rest by id', () => {
    expect([7, 9, 11].map((r) => cellAt(layout, r, 1))).toEqual(['E017', 'E002', 'E010']);
  });

  it('writes OT and OT+HW rows with yearly total, months over 45 and the worst 2–6-month mean', () => {
    // OT: 50 + 60 + 90 + 40 = 240; three months over 45. Leave findings are not 36協定 findings.
    expect(layout.values[6]).toEqual([
      'E017',
      '山田太郎',
      '2025年度',
      '時間外',
      ...empty6,
      50,
      60,
      90,
      40,
      null,
      null,
      240,
      3,
      null,
      null,
      '違反 2 / 警告 3',
    ]);
    // OT+HW: 50, 60, 104.5, 40; worst window is Nov–Dec: (60 + 104.5) / 2 = 82.25.
    expect(layout.values[7]).toEqual([
      'E017',
      '山田太郎',
      '2025年度',
      '時間外＋休日',
      ...empty6,
      50,
      60,
      104.5,
      40,
      null,
      null,
      null,
      null,
      82.25,
      '2025年11月〜2025年12月',
      null,
    ]);
  });

  it('leaves a month without data empty but counts it as 0 in the 2–6-month mean', () => {
    // E010: Oct 10, Nov –, Dec 10. Best window: Oct–Dec (10 + 0 + 10) / 3 = 6.67.
    expect(layout.values[10].slice(10, 14)).toEqual([10, null, 10, null]);
    expect(layout.values[10].slice(16, 18)).toEqual([20, 0]);
    expect(layout.values[11][18]).toBeCloseTo(20 / 3, 10);
    expect(layout.values[11][19]).toBe('2025年10月〜2025年12月');
  });

  it('colours cells by finding: violation red, warning orange, at-risk yellow', () => {
    expect(styleAt(layout, 8, month(12)).fill).toBe(RED); // 100 h or more in December (OT+HW row)
    expect(styleAt(layout, 8, month(12)).bold).toBe(true);
    expect(styleAt(layout, 8, month(11)).fill).toBe(RED); // November is part of the 80 h mean window
    expect(styleAt(layout, 8, 19).fill).toBe(RED); // the worst-mean cell
    expect(styleAt(layout, 7, month(10)).fill).toBe(ORANGE); // OT 50 in October
    expect(styleAt(layout, 7, month(12)).fill).toBe(ORANGE);
    expect(styleAt(layout, 9, month(1)).fill).toBe(YELLOW); // E002 approaching in January
    expect(styleAt(layout, 7, month(1)).fill).toBeUndefined(); // E017 January: 40 h, no finding
    expect(styleAt(layout, 8, month(10)).fill).toBeUndefined(); // OT+HW October: no OT+HW finding
  });

  it('formats hours as 0.0 and the month count as 0', () => {
    expect(styleAt(layout, 7, month(10)).numberFormat).toBe('0.0');
    expect(styleAt(layout, 7, 17).numberFormat).toBe('0.0');
    expect(styleAt(layout, 7, 18).numberFormat).toBe('0');
    expect(styleAt(layout, 8, 19).numberFormat).toBe('0.0');
  });

  it('has a legend with the three colours and their words', () => {
    expect([2, 3, 4].map((r) => cellAt(layout, r, 2))).toEqual(['違反', '警告', '注意']);
    expect([2, 3, 4].map((r) => styleAt(layout, r, 2).fill)).toEqual([RED, ORANGE, YELLOW]);
  });

  it('keeps a name that looks like a formula as literal text', () => {
    expect(cellAt(layout, 9, 2)).toBe(INJECTION);
  });

  it('says so when there is no attendance data', () => {
    const empty = buildLaw36Layout(makeReport(), emptyDataset(), META, JA);
    expect(empty.values[6]).toEqual(['勤怠データがありません。']);
  });
});

describe('buildLaw36Layout across agreement years: a row pair per year, never more than 12 months side by side', () => {
  const data = emptyDataset({
    monthlyHours: [hours('A1', '2026-02', 400), hours('A1', '2026-03', 400), hours('A1', '2026-04', 10)],
  });
  const out = buildLaw36Layout(
    makeReport({
      findings: [
        {
          rule: 'law36.year-over-720',
          employeeId: 'A1',
          period: '2025-04..2026-03',
          value: 800,
          severity: 'violation',
        },
      ],
    }),
    data,
    META,
    JA,
  );

  it('totals OT per agreement year (April start): 2025年度 400 + 400 = 800 h in 2 months over 45; 2026年度 10 h', () => {
    expect(out.values.slice(6).map((r) => [r[2], r[3], r[16], r[17]])).toEqual([
      ['2025年度', '時間外', 800, 2],
      ['2025年度', '時間外＋休日', null, null],
      ['2026年度', '時間外', 10, 0],
      ['2026年度', '時間外＋休日', null, null],
    ]);
    // February and March are the 11th and 12th columns of 2025年度; April the 1st of 2026年度.
    expect([cellAt(out, 7, month(2)), cellAt(out, 7, month(3)), cellAt(out, 9, month(4))]).toEqual([400, 400, 10]);
  });

  it('colours the yearly total of the year with a 720 h finding', () => {
    expect(styleAt(out, 7, 17).fill).toBe(RED);
    expect(styleAt(out, 9, 17).fill).toBeUndefined();
  });

  it('starts the agreement year where the meta says', () => {
    const january = buildLaw36Layout(makeReport(), data, { ...META, agreementStartMonth: 1 }, JA);
    expect(january.values[5].slice(4, 6)).toEqual(['1月', '2月']);
    // 2026年度 from January: 400 + 400 + 10 = 810 h, 2 months over 45.
    expect(january.values[6].slice(16, 18)).toEqual([810, 2]);
  });
});

describe('findWorstMean and agreementYearStart', () => {
  it('finds the worst window of 2 to 6 months', () => {
    expect(findWorstMean([70, 90, 85, 10])).toEqual({ mean: 87.5, first: 1, last: 2 });
    // Six months of 81 beat any shorter window of them only by tie: the earliest, shortest wins.
    expect(findWorstMean([81, 81, 81, 81, 81, 81, 81])).toEqual({ mean: 81, first: 0, last: 1 });
    expect(findWorstMean([100])).toBeUndefined();
  });

  it('does not look beyond six months', () => {
    // Seven months of 90 with a 0 in the middle: the best 2–6 window avoids the 0.
    expect(findWorstMean([90, 90, 90, 0, 90, 90, 90])?.mean).toBe(90);
  });

  it('finds the first month of the agreement year', () => {
    expect(fromMonthNumber(agreementYearStart(toMonthNumber('2026-02'), 4))).toBe('2025-04');
    expect(fromMonthNumber(agreementYearStart(toMonthNumber('2026-04'), 4))).toBe('2026-04');
    expect(fromMonthNumber(agreementYearStart(toMonthNumber('2026-02'), 1))).toBe('2026-01');
  });
});

describe('buildLaw36Layout at scale', () => {
  const months = FY2025;
  const big = emptyDataset();
  const bigFindings: Finding[] = [];
  for (let e = 0; e < 1000; e++) {
    const id = `E${String(e).padStart(4, '0')}`;
    big.employees.push({ id, name: `社員${e}` });
    months.forEach((m, i) => big.monthlyHours.push(hours(id, m, (e * 7 + i * 13) % 70, i === 11 ? 8 : 0)));
    if (e % 10 === 0) {
      bigFindings.push({
        rule: 'law36.month-over-45',
        employeeId: id,
        period: months[e % 12],
        value: 50,
        severity: 'warning',
      });
      bigFindings.push({
        rule: 'law36.avg-over-80',
        employeeId: id,
        period: '2025-06..2025-09',
        value: 85,
        severity: 'violation',
      });
    }
    if (e % 25 === 0)
      bigFindings.push({
        rule: 'law36.approaching',
        employeeId: id,
        period: '2026-03',
        value: 40,
        severity: 'at-risk',
      });
  }
  const report = makeReport({ findings: bigFindings });

  it('lays out 1,000 employees × 12 months as two rows each (speed is measured by npm run bench, not here)', () => {
    const out = buildLaw36Layout(report, big, META, JA);
    expect(out.values).toHaveLength(6 + 2000);
  });

  it('keeps style ranges to a constant plus at most one range per coloured cell run of a finding', () => {
    const out = buildLaw36Layout(report, big, META, JA);
    // Fixed ranges: title, 3 legend cells, note, header, hours, counts, worst mean, two wraps, border = 12.
    // Each month finding colours one cell; an avg-over-80 finding one run of months plus the worst-mean cell.
    const perFinding = bigFindings.reduce((n, f) => n + (f.rule === 'law36.avg-over-80' ? 2 : 1), 0);
    expect(out.styles.length).toBeLessThanOrEqual(12 + perFinding);
    expect(out.styles.length).toBeLessThan(50 + bigFindings.length * 2);
    // The colour of one avg-over-80 finding: E0010's June–September OT+HW cells (rows 2 per employee).
    const row = findRow(out, 'E0010', '社員10', '2025年度', '時間外＋休日');
    expect([6, 7, 8, 9].map((m) => styleAt(out, row, month(m)).fill)).toEqual([RED, RED, RED, RED]);
  });
});
