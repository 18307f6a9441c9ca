/**
 * `--lang en` for what the report layer writes itself (ReportMeta.locale): the summary's labels, headers, status
 * words and chart words, the input-issue sheet, the page header and footer. Criterion titles, sources and gaps
 * come from the rule module (Japanese until it returns codes); tab names stay Japanese in both languages.
 */
import { SHEET_NAMES, buildReportLayouts, reportWords } from '../../src/report';
import type { CellValue } from '../../src/report/layout';
import { META, criterion, emptyDataset, makeReport } from './fixtures';

/** CJK punctuation (〜, 「」), kana, kanji and full-width forms. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

describe('report words in English', () => {
  const report = makeReport({
    criteria: [
      criterion({
        id: 'hours.avg-overtime-under-45',
        status: 'pass',
        series: { '2026-03': 40 },
        value: 40,
        threshold: 45,
      }),
      criterion({ id: 'checklist.58', status: 'insufficient-data' }),
    ],
    inputIssues: [{ sheet: '勤怠', cell: 'D15', value: '9;00', message: '時刻として読めません' }],
  });
  const dataset = emptyDataset({
    sources: [{ sheet: '勤怠2025', kind: 'monthly', rows: 12 }],
    monthlyHours: [{ employeeId: 'E1', month: '2026-03', overtime: 40, holidayWork: 0 }],
  });
  const [summary, , , , issues] = buildReportLayouts(report, dataset, {
    ...META,
    profileLabel: 'All criteria',
    locale: 'en',
  });
  const fromRules = new Set(report.criteria.flatMap((c) => [c.title, c.source, c.category, c.gap ?? '']));
  const allowed = (v: string) =>
    fromRules.has(v) || Object.values(SHEET_NAMES).includes(v as never) || v === '勤怠2025';

  it('writes the summary’s headers, labels and status words in English', () => {
    expect(summary.values.find((r) => r[0] === 'Category')).toEqual([
      'Category',
      'Criterion',
      'Source',
      'Threshold',
      'Value',
      'Result',
      'Gap',
      'Details',
    ]);
    expect(summary.values[0]).toEqual(['WLB criteria summary']);
    expect(summary.values.flat()).toEqual(
      expect.arrayContaining(['As of', 'Pass', 'Insufficient data', 'Attendance (monthly)', 'Mean', 'Month']),
    );
    expect(summary.charts[0]).toMatchObject({ title: 'Monthly mean overtime', valueAxisTitle: 'Hours' });
  });

  it('leaves no Japanese in the summary except the rule module’s texts, sheet names and the user’s sheet names', () => {
    const strings = summary.values.flat().filter((v: CellValue): v is string => typeof v === 'string');
    expect(strings.filter((s) => JAPANESE.test(s) && !allowed(s))).toEqual([]);
    expect(summary.styles.map((s) => s.style.numberFormat).filter((f) => f && JAPANESE.test(f))).toEqual([]);
  });

  it('prints "As of" and "WLB Checker" in the page header and footer, and English issue headers', () => {
    expect(summary.page?.header.right).toBe('As of 2026/03/31');
    expect(summary.page?.footer.left).toBe('WLB Checker');
    expect(issues.values[0]).toEqual(['Sheet', 'Cell', 'Value', 'Message']);
  });

  it('stays Japanese by default', () => {
    expect(reportWords().summaryHeaders[5]).toBe('判定');
    const [ja] = buildReportLayouts(report, dataset, META);
    expect(ja.page?.header.right).toBe('基準日 2026/03/31');
    expect(ja.values.flat()).toContain('達成');
  });
});
