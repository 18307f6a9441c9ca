/**
 * Hand-made layouts and workbooks for the office-js host tests (the report layer is not needed to test the host).
 */
import type { CellValue, SheetLayout, StyledRange } from '../../../src/report/layout';
import { OfficeWorkbookPort, type ExcelApi } from '../../../src/host/officejs';
import { FakeExcel } from '../../support/fake-excel';
import { FY2025 } from '../../rules/fixtures';

export const SUMMARY = 'WLB基準サマリー';
export const LAW36 = '36協定チェック';
export const ISSUES = '入力エラー';
export const CHECKLIST = 'チェックリスト';

export function makePort(fake: FakeExcel, options: { requestBudget?: number } = {}) {
  const sleeps: number[] = [];
  const port = new OfficeWorkbookPort(fake as ExcelApi, {
    ...options,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { port, sleeps };
}

/** The summary: a merged title, an as-of date, a rate, a link to the 36協定 sheet, a chart, frozen header. */
export function summaryLayout(title = 'WLB基準 チェック結果'): SheetLayout {
  return {
    name: SUMMARY,
    values: [
      [title],
      ['基準日', { date: '2026-03-31' }],
      ['区分', '項目', '実績', '判定', '詳細'],
      ['労働時間', '月平均時間外労働', 31.25, '達成', '36協定チェック'],
      ['育児', '男性育休取得率', 0.75, '達成'],
      [],
      ['月', '平均時間外'],
      ['2025-04', 28.5],
      ['2025-05', 31.25],
    ],
    styles: [
      { row: 1, col: 1, style: { bold: true, fontSize: 14 } },
      { row: 3, col: 1, colEnd: 5, style: { bold: true, fill: '#DDEBF7', border: true, horizontal: 'center' } },
      { row: 4, col: 3, style: { numberFormat: '0.0' } },
      { row: 5, col: 3, style: { numberFormat: '0.0%' } },
      { row: 4, col: 4, rowEnd: 5, style: { fill: '#C6EFCE', fontColor: '#006100' } },
      { row: 8, col: 2, rowEnd: 9, style: { numberFormat: '0.00' } },
    ],
    columnWidths: [12, 24, 10],
    merges: [{ row: 1, col: 1, colEnd: 5 }],
    hyperlinks: [{ row: 4, col: 5, target: `'${LAW36}'!A1` }],
    charts: [
      {
        type: 'line',
        title: '月平均時間外労働',
        dataRange: { row: 7, col: 1, rowEnd: 9, colEnd: 2 },
        anchor: { row: 11, col: 1, rowEnd: 26, colEnd: 8 },
      },
    ],
    freezeRows: 3,
    tabColor: '#2F5597',
  };
}

/** Employee × month matrix; one fill per employee row, so the number of styles grows with the employees. */
export function law36Layout(employees: number, hours = 45.5): SheetLayout {
  const months = FY2025;
  const values: CellValue[][] = [['社員番号', '氏名', ...months]];
  const styles: StyledRange[] = [{ row: 1, col: 1, colEnd: 14, style: { bold: true, border: true } }];
  for (let i = 1; i <= employees; i++) {
    values.push([`E${String(i).padStart(4, '0')}`, `社員 ${i}`, ...months.map((_, m) => hours + ((i + m) % 7) * 0.25)]);
    styles.push({
      row: i + 1,
      col: 3,
      colEnd: 14,
      style: { numberFormat: '0.0', fill: i % 2 ? '#FFFFFF' : '#F2F2F2' },
    });
  }
  return {
    name: LAW36,
    values,
    styles,
    columnWidths: [10, 14],
    merges: [],
    hyperlinks: [{ row: 1, col: 1, target: `'${SUMMARY}'!A1` }],
    charts: [],
    freezeRows: 1,
    freezeColumns: 2,
  };
}

/** Input issues carrying the user's raw text, some of it hostile. */
export function issuesLayout(rawValues: string[]): SheetLayout {
  return {
    name: ISSUES,
    values: [
      ['シート', 'セル', '値', '内容'],
      ...rawValues.map((v, i) => ['勤怠', `D${i + 2}`, v, '時刻として読めません']),
    ],
    styles: [],
    columnWidths: [],
    merges: [],
    hyperlinks: rawValues.map((_, i) => ({ row: i + 2, col: 2, target: `'勤怠'!D${i + 2}` })),
    charts: [],
  };
}

export function checklistLayout(): SheetLayout {
  return {
    name: CHECKLIST,
    values: [
      ['項目番号', '内容', '回答'],
      ['1', 'ノー残業デーを設けている', ''],
    ],
    styles: [],
    columnWidths: [],
    merges: [],
    hyperlinks: [],
    charts: [],
  };
}

/** A workbook with the user's attendance and leave sheets. */
export function userWorkbook(extraSheets: string[] = []): FakeExcel {
  const fake = new FakeExcel(['勤怠', '休暇', ...extraSheets]);
  fake.setCells(
    '勤怠',
    'A1',
    [
      ['社員番号', '日付', '出勤', '退勤'],
      ['E0001', 46113, 0.375, 0.75],
      ['E0002', 46113, 0.375, '9;00'],
    ],
    [
      ['General', 'General', 'General', 'General'],
      ['General', 'yyyy/m/d', 'h:mm', 'h:mm'],
      ['General', 'yyyy/m/d', 'h:mm', 'General'],
    ],
  );
  fake.setCells('休暇', 'A1', [
    ['社員番号', '取得日'],
    ['E0001', 46120],
  ]);
  return fake;
}

/** The user's own sheets of a snapshot, to compare before and after a write. */
export function userSheets(snapshot: unknown, names: string[]): unknown[] {
  const sheets = (snapshot as { sheets: { name: string }[] }).sheets;
  return names.map((n) => sheets.find((s) => s.name === n));
}
