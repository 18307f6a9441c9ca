/**
 * A year of daily rows for many employees ingests to the hand-computed monthly figures. Speed (365,000 rows in
 * ≤ 1 s) is measured by `npm run bench`, not asserted here: a timed test on a shared machine measures the neighbours.
 */
import { ingestWorkbook } from '../../src/ingest';
import type { RawValue, SheetGrid } from '../../src/ingest/types';

const EMPLOYEES = 200;

function bigGrid(): SheetGrid {
  const values: RawValue[][] = [['社員番号', '氏名', '日付', '出勤', '退勤', '休憩', '区分', '部署']];
  const formats: string[][] = [new Array(8).fill('General')];
  const rowFormat = ['General', 'General', 'yyyy/m/d', 'h:mm', 'h:mm', 'h:mm', 'General', 'General'];
  for (let e = 0; e < EMPLOYEES; e++) {
    const id = `E${String(e).padStart(4, '0')}`;
    for (let d = 0; d < 365; d++) {
      const serial = 46023 + d; // 2026-01-01 + d
      const dow = (4 + d) % 7; // 2026-01-01 is a Thursday
      const holiday = dow === 0;
      values.push([
        id,
        '山田',
        serial,
        holiday ? null : 0.375,
        holiday ? null : 0.8125,
        holiday ? null : 1 / 24,
        holiday ? '法定休日' : '出勤',
        '営業部',
      ]);
      formats.push(rowFormat);
    }
  }
  return { name: '勤怠', firstRow: 1, firstCol: 1, values, numberFormats: formats };
}

test('200 employees × 365 days of daily rows ingest to the hand-computed monthly figures', () => {
  const grid = bigGrid();
  const { dataset, issues } = ingestWorkbook([grid]);
  expect(issues).toEqual([]);
  expect(dataset.shifts).toHaveLength(EMPLOYEES * (365 - 52));
  // January 2026 has 27 working days (31 − 4 Sundays) of 9:00–19:30 less 1 h = 9.5 h → 1.5 h daily OT each,
  // and 8 h regular × 6 days = 48 h a full week → 8 h weekly OT per full Sunday–Saturday week.
  const jan = dataset.monthlyHours.find((m) => m.employeeId === 'E0000' && m.month === '2026-01');
  expect(jan?.daysWorked).toBe(27);
  expect(jan?.worked).toBe(27 * 9.5);
});
