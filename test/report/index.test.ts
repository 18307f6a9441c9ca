import { SHEET_NAMES, buildReportLayouts, needsTextGuard } from '../../src/report';
import { FUKUYAMA_CHECKLIST } from '../../src/rules';
import type { CellValue } from '../../src/report/layout';
import { META, criterion, emptyDataset, makeReport } from './fixtures';

const INJECTION = '=HYPERLINK("http://x","y")';

function allStrings(values: CellValue[][]): string[] {
  return values.flat().filter((v): v is string => typeof v === 'string');
}

describe('buildReportLayouts', () => {
  const dataset = emptyDataset({
    employees: [{ id: 'E1', name: INJECTION }],
    monthlyHours: [{ employeeId: 'E1', month: '2026-03', overtime: 50, holidayWork: 0 }],
  });

  it('builds the five sheets, summary first, and the checklist only with checklist items', () => {
    const without = buildReportLayouts(
      makeReport({ criteria: [criterion({ id: 'hours.avg-overtime-under-45' })] }),
      dataset,
      META,
    );
    expect(without.map((l) => l.name)).toEqual([
      'WLB基準サマリー',
      '36協定チェック',
      '年休5日チェック',
      '育休取得率',
      '入力エラー',
      '健康管理（80時間）',
    ]);
    const withChecklist = buildReportLayouts(
      makeReport({ criteria: [criterion({ id: 'checklist.58', status: 'insufficient-data' })] }),
      dataset,
      META,
    );
    // The headroom sheet comes with a 36協定 run only (a report that has `headroom`).
    expect(withChecklist.map((l) => l.name)).toEqual(
      Object.values(SHEET_NAMES).filter((name) => name !== SHEET_NAMES.headroom),
    );
    expect(withChecklist[5].values).toHaveLength(FUKUYAMA_CHECKLIST.length + 1);
  });

  it("keeps a user's formula-like name literal, and the host is told to guard it", () => {
    const law36 = buildReportLayouts(makeReport(), dataset, META)[1];
    const strings = allStrings(law36.values);
    expect(strings).toContain(INJECTION);
    expect(strings.filter(needsTextGuard)).toEqual([INJECTION, INJECTION]);
  });

  it('never writes a formula cell', () => {
    const layouts = buildReportLayouts(makeReport({ criteria: [criterion({ id: 'checklist.3' })] }), dataset, META);
    for (const layout of layouts) {
      for (const v of layout.values.flat()) expect(v !== null && typeof v === 'object' && 'formula' in v).toBe(false);
    }
  });
});
