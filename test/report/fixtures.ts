/** Hand-built reports and datasets for the report-layer tests, and helpers to look into a layout. */
import type { CriterionResult, Dataset, Report } from '../../src/rules/types';
import type { CellStyle, CellValue, SheetLayout } from '../../src/report/layout';

export function emptyDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    employees: [],
    monthlyHours: [],
    shifts: [],
    leaveGrants: [],
    leaveTakings: [],
    familyEvents: [],
    checklist: [],
    sources: [],
    ...overrides,
  };
}

export function criterion(overrides: Partial<CriterionResult> & { id: string }): CriterionResult {
  return {
    title: overrides.id,
    category: '労働時間',
    status: 'pass',
    value: null,
    threshold: null,
    unit: null,
    gap: null,
    source: 'テスト',
    ...overrides,
  };
}

export function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    asOf: '2026-03-31',
    profile: 'all',
    windows: { months12: ['2025-04', '2026-03'], years3: ['2023-04', '2026-03'], plan: ['2023-04-01', '2026-03-31'] },
    criteria: [],
    findings: [],
    inputIssues: [],
    ...overrides,
  };
}

export const META = { generatedAt: '2026-04-01T09:00:00+09:00', profileLabel: 'すべて' };

/** The style a host would end up with on one cell: every range covering it, applied in order. */
export function styleAt(layout: SheetLayout, row: number, col: number): CellStyle {
  const style: CellStyle = {};
  for (const r of layout.styles) {
    if (row >= r.row && row <= (r.rowEnd ?? r.row) && col >= r.col && col <= (r.colEnd ?? r.col))
      Object.assign(style, r.style);
  }
  return style;
}

/** The value at a 1-based cell. */
export function cellAt(layout: SheetLayout, row: number, col: number): CellValue | undefined {
  return layout.values[row - 1]?.[col - 1];
}

/** The 1-based number of the first row whose cells start with the given values. */
export function findRow(layout: SheetLayout, ...start: CellValue[]): number {
  const i = layout.values.findIndex((row) => start.every((v, j) => JSON.stringify(row[j]) === JSON.stringify(v)));
  if (i < 0) throw new Error(`no row starting with ${JSON.stringify(start)}`);
  return i + 1;
}
