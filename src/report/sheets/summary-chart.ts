/**
 * The summary's monthly mean overtime (OT + HW) over the 12-month window and its line chart against the 45-hour
 * and 30-hour lines, in every profile that has an hours criterion with monthly figures.
 */
import type { CriterionResult, Report } from '../../rules/types';
import { listMonths } from '../../rules/dates';
import type { ChartSpec } from '../layout';
import type { ReportCatalogue } from '../locale';
import { SheetDraft } from '../draft';
import { toMonthCell } from '../format';
import { HEADER_STYLE, SECTION_STYLE } from '../labels';

/** The criteria whose monthly series is "the mean", first found first. */
const MEAN_IDS = [
  'hours.avg-overtime-under-45',
  'hours.fulltime-avg-overtime-under-45',
  'hours.avg-overtime-under-45-by-category',
  'hours.fulltime-25to39-avg-overtime-under-45',
];
/** The criteria whose series is the full-time mean (くるみん's 30-hour rule). */
const FULLTIME_IDS = ['hours.fulltime-avg-overtime-under-30', 'hours.kurumin-overtime'];

function firstWithSeries(report: Report, ids: string[]): CriterionResult | undefined {
  for (const id of ids) {
    const c = report.criteria.find((x) => x.id === id && x.series && Object.keys(x.series).length > 0);
    if (c) return c;
  }
  return undefined;
}

const hoursOf = (c: CriterionResult | undefined, fallback: number) =>
  typeof c?.threshold === 'number' ? c.threshold : fallback;

/**
 * Writes the monthly means (月, 平均, [フルタイム平均], 45時間, 30時間) and returns a line chart over that block; a
 * month without data is left empty, so the chart shows a gap rather than a false zero.
 */
export function addOvertimeChart(draft: SheetDraft, report: Report, words: ReportCatalogue): ChartSpec | undefined {
  const s = words.summary;
  const mean = firstWithSeries(report, MEAN_IDS);
  const fulltime = firstWithSeries(report, FULLTIME_IDS);
  const series = [
    { header: s.mean, data: mean?.series },
    { header: s.fullTimeMean, data: fulltime?.series },
  ].filter((x): x is { header: string; data: Record<string, number> } => x.data !== undefined);
  if (series.length === 0) return undefined;
  const line45 = hoursOf(mean, 45);
  const line30 = hoursOf(fulltime, 30);
  draft.push([]);
  draft.styles.addRange({ row: draft.push([s.chartSection]), col: 1 }, SECTION_STYLE);
  const headers = [s.month, ...series.map((x) => x.header), s.line(line45), s.line(line30)];
  const headerRow = draft.push(headers);
  draft.styles.addRange({ row: headerRow, col: 1, colEnd: headers.length }, HEADER_STYLE);
  for (const month of listMonths(...report.windows.months12)) {
    draft.push([toMonthCell(month), ...series.map((x) => x.data[month] ?? null), line45, line30]);
  }
  const lastRow = draft.nextRow - 1;
  draft.styles.addRange(
    { row: headerRow + 1, col: 1, rowEnd: lastRow },
    { numberFormat: words.dates.monthFormat, horizontal: 'left' },
  );
  draft.styles.addRange(
    { row: headerRow + 1, col: 2, rowEnd: lastRow, colEnd: headers.length },
    { numberFormat: words.units.hours },
  );
  draft.styles.addRange({ row: headerRow, col: 1, rowEnd: lastRow, colEnd: headers.length }, { border: true });
  // Below the data block, within the table's columns: beside it, the chart would widen the printed area and
  // shrink the whole page to fit it one page wide.
  const chartRow = lastRow + 2;
  return {
    type: 'line',
    title: s.chartTitle,
    valueAxisTitle: s.hoursAxis,
    dataRange: { row: headerRow, col: 1, rowEnd: lastRow, colEnd: headers.length },
    anchor: { row: chartRow, col: 1, rowEnd: chartRow + 15, colEnd: 5 },
    referenceLines: 2,
  };
}
