/**
 * The report layer on a report from the real rule module: figures worked out by hand from the law and the spec.
 */
import { buildReportLayouts, formatCriteriaTable } from '../../src/report';
import { defaultParams, evaluate } from '../../src/rules';
import type { MonthlyHours } from '../../src/rules/types';
import { META, emptyDataset, findRow, styleAt } from './fixtures';
import { FY2025 } from '../rules/fixtures';

const MONTHS = FY2025;

function year(employeeId: string, overtime: number): MonthlyHours[] {
  return MONTHS.map((month) => ({ employeeId, month, overtime, holidayWork: 0 }));
}

const dataset = emptyDataset({
  employees: [
    { id: 'E1', name: '山田', gender: 'male', hireDate: '2020-04-01', employmentType: '正社員' },
    { id: 'E2', name: '佐藤', gender: 'female', hireDate: '2020-04-01', employmentType: '正社員' },
  ],
  monthlyHours: [...year('E1', 50), ...year('E2', 30)],
  leaveGrants: [{ employeeId: 'E1', date: '2025-04-01', days: 10 }],
  leaveTakings: [
    { employeeId: 'E1', date: '2025-05-01', days: 1 },
    { employeeId: 'E1', date: '2025-08-01', days: 1 },
    { employeeId: 'E1', date: '2025-12-01', days: 1 },
  ],
  sources: [{ sheet: '月次', kind: 'monthly', rows: 24 }],
});

const report = evaluate(dataset, 'all', defaultParams('2026-03-31'));
const [summary, law36, leave5] = buildReportLayouts(report, dataset, META);

describe('layouts of a real report', () => {
  it('writes the monthly mean of (50 + 30) / 2 = 40 h as a pass, and charts it every month', () => {
    const row = findRow(
      summary,
      '労働時間',
      report.criteria.find((c) => c.id === 'hours.avg-overtime-under-45')!.title,
    );
    expect(summary.values[row - 1].slice(3, 6)).toEqual([45, 40, '達成']);
    const header = findRow(summary, '月');
    const means = summary.values.slice(header, header + 12).map((r) => r[1]);
    expect(means).toEqual(Array(12).fill(40));
    expect(summary.charts[0].dataRange.row).toBe(header);
  });

  it('colours E1’s twelve months over 45 h orange and puts E1 first', () => {
    // The first employee row: under the header (whose place moves with the lines naming the company's agreement).
    const first = law36.values.findIndex((r) => r[0] === '社員番号') + 1;
    const row = first + 1; // 1-based
    // E1: 50 h every month → 12 × law36.month-over-45 (warning) and more than 6 such months (violation).
    expect(law36.values[first].slice(0, 4)).toEqual(['E1', '山田', '2025年度', '時間外']);
    // 12 × 50 = 600 h in agreement year 2025 (April start), 12 months over 45 (columns 17 and 18).
    expect(law36.values[first].slice(16, 18)).toEqual([600, 12]);
    expect(styleAt(law36, row, 5).fill).toBe('#FFC000'); // April 2025: 50 h > 45 h (warning)
    expect(styleAt(law36, row, 17).fill).toBe('#FFC000'); // 600 h > 360 h a year (warning)
    expect(styleAt(law36, row, 18).fill).toBe('#FF7C80'); // 12 months over 45 h > 6 (violation)
    expect(styleAt(law36, row + 2, 5).fill).toBeUndefined(); // E2: 30 h, no finding
  });

  it('shows E1’s 10-day grant: 3 days taken, 2 to go before 2026-03-31', () => {
    expect(leave5.values[3]).toEqual([
      'E1',
      '山田',
      { date: '2025-04-01' },
      10,
      { date: '2026-03-31' },
      3,
      2,
      '要取得（期限前）',
    ]);
  });

  it('prints a table with one line per criterion', () => {
    const lines = formatCriteriaTable(report).split('\n');
    expect(lines).toHaveLength(2 + report.criteria.length + 3);
  });
});
