/**
 * Trust, part 2: real .xlsx files with the oddities HR workbooks have, read the way the CLI reads them (the port of
 * src/host/xlsx/copy/copy-port.ts: each worksheet part streamed by src/host/xlsx/read/file.ts, then the pipeline; and
 * `wlb-check --json -` itself), checked against values worked out by hand from the planted punches:
 *
 * - a two-row header with merged cells, hidden rows and a hidden column (read as data, README), an autofilter,
 *   a totals row, an Excel table (ListObject) with its totals row;
 * - formulas whose cached value is an error (#N/A, #DIV/0!) → an input issue at that cell, the day not counted;
 * - a duplicated employee-day → reported once, counted once; an employee missing from the roster → reported once;
 * - dates outside the 12-month window (before it and after the as-of date) → read, but not in the window's figures;
 * - the 1904 date system;
 * - a sheet that uses the very last row, 1,048,576;
 * - no recognisable sheet → `wlb-check` exits 1 with one Japanese line naming the headers it looks for;
 * - the cases the fuzzing of input-fuzz.test.ts found (a note naming a field in the first data row, an unreadable
 *   雇用形態, an end before a start past 24:00, a leave row with neither side filled in, a checklist answer without
 *   an item), now as fixed regressions on real files.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { main, type CliIO } from '../../src/cli/wlb-check';
import { XlsxCopyPort } from '../../src/host/xlsx/copy/copy-port';
import { openXlsxFile } from '../../src/host/xlsx/read/file';
import { runCheck } from '../../src/pipeline';
import { defaultParams } from '../../src/rules/params';
import type { InputIssue, MonthlyHours, Report } from '../../src/rules/types';
import {
  buildWorkbook,
  dateCell,
  serialOf,
  timeCell,
  type CellSpec,
  type SheetSpec,
} from '../../scripts/workbook-builders';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-oddities-'));
const AS_OF = '2026-03-31';

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** What the CLI does: one streaming pass over each worksheet part of the kept zip, then ingest and the rules. */
async function check(file: string) {
  const port = await XlsxCopyPort.open(file);
  return runCheck(port, { profile: 'all', params: defaultParams(AS_OF) });
}

/** Runs `wlb-check` in process and captures what it prints. */
async function cli(args: string[]): Promise<{ status: number; out: string; err: string }> {
  const io: CliIO & { out: string; err: string } = {
    out: '',
    err: '',
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    now: () => new Date(2026, 3, 1, 9, 0),
  };
  const status = await main(args, io);
  return { status, out: io.out, err: io.err };
}

const month = (rows: MonthlyHours[], id: string, m: string) => rows.find((r) => r.employeeId === id && r.month === m);
const issuesAt = (issues: InputIssue[], sheet: string, cell: string) =>
  issues.filter((i) => i.sheet === sheet && i.cell === cell);

describe('merged two-row header, hidden rows and column, autofilter, error formulas, duplicates, table', () => {
  let file: string;
  let result: Awaited<ReturnType<typeof check>>;

  beforeAll(async () => {
    const roster: SheetSpec = {
      name: '社員名簿',
      rows: [
        ['社員番号', '氏名', '性別', '雇用形態', '入社日'],
        ['E001', '佐藤 花子', '女', '正社員', dateCell('2015-04-01')],
        ['E002', '鈴木 一郎', '男', '正社員', dateCell('2018-04-01')],
      ],
    };
    const t = (hhmm: string) => timeCell(hhmm);
    const daily: SheetSpec = {
      name: '出勤簿',
      rows: [
        ['2026年3月 出勤簿'],
        ['社員番号', '日付', '打刻', null, null, '備考'],
        [null, null, '出勤', '退勤', '休憩（分）', null],
        // Row 4: 9:00–20:00 less 60 min = 10 h → 2 h over the daily 8.
        ['E001', dateCell('2026-03-02'), t('9:00'), t('20:00'), 60, null],
        // Row 5 (hidden): 9:00–19:00 less 60 min = 9 h → 1 h.
        ['E001', dateCell('2026-03-03'), t('9:00'), t('19:00'), 60, null],
        // Row 6: the same employee-day again → one issue at B6, not counted.
        ['E001', dateCell('2026-03-03'), t('9:00'), t('23:00'), 60, '二重入力'],
        // Row 7: the start is a formula whose cached value is #N/A → issue at C7, the day not counted.
        [
          'E001',
          dateCell('2026-03-04'),
          { formula: 'VLOOKUP(A7,打刻!A:B,2,FALSE)', result: { error: '#N/A' }, numFmt: 'h:mm' },
          t('18:00'),
          60,
          null,
        ],
        // Row 8: the break is 1/0 → #DIV/0! → issue at E8, the day not counted.
        [
          'E001',
          dateCell('2026-03-05'),
          t('9:00'),
          t('18:00'),
          { formula: '60/0', result: { error: '#DIV/0!' } },
          null,
        ],
        // Rows 9–10: E003 is not on the roster → one issue where first seen (A9). 8 h days, no overtime.
        ['E003', dateCell('2026-03-02'), t('9:00'), t('18:00'), 60, null],
        ['E003', dateCell('2026-03-03'), t('9:00'), t('18:00'), 60, null],
        // Row 11: before the 12-month window (2025-04..2026-03): 12 h → 4 h, in 2025-01.
        ['E002', dateCell('2025-01-15'), t('9:00'), t('22:00'), 60, null],
        // Row 12: after the as-of date: 10 h → 2 h, in 2031-06.
        ['E002', dateCell('2031-06-02'), t('8:00'), t('19:00'), 60, null],
        // Row 13: inside the window: 8 h → none.
        ['E002', dateCell('2026-03-02'), t('8:00'), t('17:00'), 60, null],
        ['合計', null, null, null, null, null],
      ],
      merges: ['A1:F1', 'A2:A3', 'B2:B3', 'C2:E2', 'F2:F3'],
    };
    const wb = buildWorkbook([roster, daily]);
    // The 性別 column of the roster and the 休憩 column of the attendance sheet are hidden; so is row 5.
    wb.getWorksheet('社員名簿')!.getColumn(3).hidden = true;
    const ws = wb.getWorksheet('出勤簿')!;
    ws.getColumn(5).hidden = true;
    ws.getRow(5).hidden = true;
    // An autofilter over the table; Excel stores the rows a filter hides as hidden rows, like row 5.
    ws.autoFilter = 'A3:F14';
    // Leave takings as an Excel table (ListObject) with a totals row.
    const leave = wb.addWorksheet('年休取得');
    leave.addTable({
      name: 'NenkyuShutoku',
      ref: 'A1',
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: '社員番号', totalsRowLabel: '合計' },
        { name: '取得日' },
        { name: '取得日数', totalsRowFunction: 'sum' },
      ],
      rows: [
        ['E001', serialOf('2025-06-02'), 1],
        ['E001', serialOf('2025-07-01'), '半日'],
        ['E002', '2025/8/12', 1],
      ],
    });
    file = await save(wb, 'odd-layout.xlsx');
    result = await check(file);
  });

  test('the merged two-row header is found (row 3) and every column placed', () => {
    const sheet = result.ingest.sheets.find((s) => s.sheet === '出勤簿')!;
    expect(sheet.kind).toBe('daily');
    expect(sheet.headerRow).toBe(3);
    expect(Object.fromEntries(sheet.columns.filter((c) => c.field).map((c) => [c.column, c.field]))).toEqual({
      A: 'employeeId',
      B: 'date',
      C: 'start',
      D: 'end',
      E: 'break',
    });
    // Rows 4–13 are data; the 合計 row is not.
    expect(sheet.dataRows).toBe(10);
  });

  test('hidden row 5 and hidden break column E are read; duplicate and error rows are not counted', () => {
    // E001 in 2026-03: row 4 (10 h, 2 h over) + hidden row 5 (9 h, 1 h over). Were the hidden 60-minute breaks
    // ignored it would be 11 h + 10 h and 5 h over; had row 6 been counted too, 6 h more.
    const m = month(result.ingest.dataset.monthlyHours, 'E001', '2026-03')!;
    expect(m.overtime).toBe(3);
    expect(m.worked).toBe(19);
    expect(m.daysWorked).toBe(2);
    expect(m.refs!.map((r) => r.row)).toEqual([4, 5]);
  });

  test('error formulas give an issue at their cell with the error as the value', () => {
    const issues = result.ingest.issues;
    expect(issuesAt(issues, '出勤簿', 'C7')).toEqual([
      expect.objectContaining({ value: '#N/A', message: expect.stringMatching(/時刻/) }),
    ]);
    expect(issuesAt(issues, '出勤簿', 'E8')).toEqual([
      expect.objectContaining({ value: '#DIV/0!', message: expect.stringMatching(/時間/) }),
    ]);
  });

  test('the duplicated day is reported once, at its date cell, naming the first row', () => {
    const dup = issues(result.ingest.issues, '重複');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ sheet: '出勤簿', cell: 'B6' });
    expect(dup[0].message).toContain('出勤簿 5行目');
  });

  test('an employee missing from the roster is reported once, where first seen', () => {
    const missing = issues(result.ingest.issues, '社員名簿にありません');
    expect(missing).toEqual([expect.objectContaining({ sheet: '出勤簿', cell: 'A9', value: 'E003' })]);
  });

  test('dates outside the window are read but left out of the window figures', () => {
    const rows = result.ingest.dataset.monthlyHours;
    expect(month(rows, 'E002', '2025-01')?.overtime).toBe(4);
    expect(month(rows, 'E002', '2031-06')?.overtime).toBe(2);
    expect(month(rows, 'E002', '2026-03')?.overtime).toBe(0);
    const avg = result.report.criteria.find((c) => c.id === 'hours.avg-overtime-under-45')!;
    const months = Object.keys(avg.series ?? {});
    expect(months.every((k) => k >= '2025-04' && k <= '2026-03')).toBe(true);
    // 2026-03: E001 3 h, E002 0 h, E003 0 h → mean 1 h.
    expect(avg.series!['2026-03']).toBeCloseTo(1, 9);
  });

  test('the hidden gender column of the roster is read', () => {
    const g = Object.fromEntries(result.ingest.dataset.employees.map((e) => [e.id, e.gender]));
    expect(g).toEqual({ E001: 'female', E002: 'male' });
  });

  test('an Excel table is read like any range, its totals row skipped', () => {
    const sheet = result.ingest.sheets.find((s) => s.sheet === '年休取得')!;
    expect(sheet.kind).toBe('leave');
    expect(sheet.dataRows).toBe(3);
    const takings = result.ingest.dataset.leaveTakings.map((t) => [t.employeeId, t.date, t.days]);
    expect(takings).toEqual([
      ['E001', '2025-06-02', 1],
      ['E001', '2025-07-01', 0.5],
      ['E002', '2025-08-12', 1],
    ]);
    expect(result.ingest.issues.filter((i) => i.sheet === '年休取得')).toEqual([]);
  });

  test('exactly the planted problems are reported, nothing else', () => {
    expect(result.ingest.issues.map((i) => `${i.sheet}!${i.cell}`).sort()).toEqual([
      '出勤簿!A9',
      '出勤簿!B6',
      '出勤簿!C7',
      '出勤簿!E8',
    ]);
  });

  test('the in-memory reader (exceljs object model, the task pane sample) gives the same cells, one error text aside', async () => {
    const whole = await runCheck(await openXlsxFile(file), { profile: 'all', params: defaultParams(AS_OF) });
    // Known limit of exceljs' object model: a formula's cached error in a time-formatted cell comes back as an
    // Invalid Date, so that reader can only say #VALUE! for C7. The cell is still reported, at the same address.
    const expected = structuredClone(result.grids.map((g) => [g.name, g.values, g.numberFormats])) as [
      string,
      unknown[][],
      string[][],
    ][];
    expected.find(([name]) => name === '出勤簿')![1][6][2] = { error: '#VALUE!' };
    expect(whole.grids.map((g) => [g.name, g.values, g.numberFormats])).toEqual(expected);
    expect(whole.ingest.issues.map((i) => `${i.sheet}!${i.cell}`).sort()).toEqual([
      '出勤簿!A9',
      '出勤簿!B6',
      '出勤簿!C7',
      '出勤簿!E8',
    ]);
  });

  test('wlb-check --json - gives the same issues and exit 0', async () => {
    const r = await cli([file, '--json', '-', '--as-of', AS_OF]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.out) as Report;
    // The cells as the user sees them (B6 holds the serial of 2026-03-03 under a date format); the rules add one address-less
    // note about E003, who has no roster row to tell full-time from.
    const located = report.inputIssues.filter((i) => i.cell);
    expect(located.map((i) => `${i.sheet}!${i.cell}=${i.value}`).sort()).toEqual([
      '出勤簿!A9=E003',
      '出勤簿!B6=2026/03/03',
      '出勤簿!C7=#N/A',
      '出勤簿!E8=#DIV/0!',
    ]);
    expect(report.inputIssues.filter((i) => !i.cell).map((i) => i.value)).toEqual(['E003']);
  });
});

function issues(list: InputIssue[], text: string): InputIssue[] {
  return list.filter((i) => i.message.includes(text));
}

describe('1904 date system', () => {
  test('serial dates are read in the 1904 system; written dates are unaffected', async () => {
    const d1904 = (iso: string) => dateCell(iso, 'yyyy/m/d', true);
    const wb = buildWorkbook(
      [
        {
          name: '社員名簿',
          rows: [
            ['社員番号', '雇用形態', '入社日'],
            ['E001', '正社員', d1904('2015-04-01')],
          ],
        },
        {
          name: '勤怠',
          rows: [
            ['社員番号', '日付', '出勤', '退勤', '休憩（分）'],
            // 9:00–21:00 less 60 min = 11 h → 3 h over.
            ['E001', d1904('2026-03-02'), timeCell('9:00'), timeCell('21:00'), 60],
            ['E001', '2026/3/3', timeCell('9:00'), timeCell('18:00'), 60],
          ],
        },
      ],
      { date1904: true },
    );
    const file = await save(wb, 'date1904.xlsx');
    // The same serial read in the 1900 system would be 1,462 days earlier.
    expect(serialOf('2026-03-02', true)).toBe(serialOf('2022-03-01'));
    const { ingest } = await check(file);
    expect(ingest.dataset.employees[0].hireDate).toBe('2015-04-01');
    expect(ingest.dataset.shifts.map((s) => s.date)).toEqual(['2026-03-02', '2026-03-03']);
    expect(month(ingest.dataset.monthlyHours, 'E001', '2026-03')?.overtime).toBe(3);
    expect(ingest.issues).toEqual([]);
  });
});

describe('a sheet that reaches row 1,048,576', () => {
  test('the last row of the sheet is read and its address says 1048576', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('勤怠');
    const put = (row: number, specs: CellSpec[]) =>
      specs.forEach((spec, c) => {
        const cell = ws.getCell(row, c + 1);
        if (spec !== null && typeof spec === 'object' && 'numFmt' in spec && 'value' in spec) {
          cell.value = spec.value;
          cell.numFmt = spec.numFmt;
        } else cell.value = spec as ExcelJS.CellValue;
      });
    put(1, ['社員番号', '氏名', '日付', '出勤', '退勤', '休憩（分）']);
    // 9:00–18:00 less 60 min = 8 h.
    put(2, ['E001', '佐藤', dateCell('2026-03-02'), timeCell('9:00'), timeCell('18:00'), 60]);
    // The very last row: 9:00–20:00 less 60 min = 10 h → 2 h over; its name is a #REF! error (an issue, the day still counts).
    put(1_048_576, ['E001', { error: '#REF!' }, dateCell('2026-03-06'), timeCell('9:00'), timeCell('20:00'), 60]);
    const file = await save(wb, 'last-row.xlsx');

    const port = await XlsxCopyPort.open(file);
    expect((await port.listSheets())[0].rowCount).toBe(1_048_576);
    const { ingest } = await runCheck(port, { profile: 'all', params: defaultParams(AS_OF) });
    expect(ingest.sheets[0].dataRows).toBe(2);
    expect(ingest.dataset.shifts.map((s) => [s.date, s.ref?.row])).toEqual([
      ['2026-03-02', 2],
      ['2026-03-06', 1_048_576],
    ]);
    expect(month(ingest.dataset.monthlyHours, 'E001', '2026-03')?.overtime).toBe(2);
    expect(ingest.issues).toEqual([expect.objectContaining({ sheet: '勤怠', cell: 'B1048576', value: '#REF!' })]);

    const r = await cli([file, '--json', '-', '--as-of', AS_OF]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.out) as Report).inputIssues.filter((i) => i.cell).map((i) => i.cell)).toEqual(['B1048576']);
  }, 120_000);
});

describe('no recognisable sheet', () => {
  test('wlb-check exits 1 with one Japanese line that names the headers it looks for', async () => {
    const wb = buildWorkbook([
      { name: 'メモ', rows: [['来月の予定'], ['健康診断', dateCell('2026-04-10')], ['棚卸し', '4/20']] },
      {
        name: '集計',
        rows: [
          ['部署', '人数'],
          ['営業', 12],
        ],
      },
    ]);
    const file = await save(wb, 'nothing.xlsx');
    const r = await cli([file, '--json', '-', '--as-of', AS_OF]);
    expect(r.status).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatch(/^wlb-check: 認識できるシートがありません（メモ, 集計）/);
    // The headers a user has to provide, by kind.
    for (const header of ['社員番号', '日付', '出勤', '退勤', '実働時間', '年月', '時間外労働'])
      expect(line).toContain(header);
    expect(line).toMatch(/ください/);
  });

  test('a sheet recognised but missing a required column: exit 3, the line says which column to place', async () => {
    const wb = buildWorkbook([
      {
        name: '勤怠',
        rows: [
          ['社員番号', '出勤', '退勤'],
          ['E001', timeCell('9:00'), timeCell('18:00')],
        ],
      },
    ]);
    const r = await cli([await save(wb, 'no-date.xlsx'), '--json', '-', '--as-of', AS_OF]);
    // Recognised as attendance, so not refused: the run asks for the column (exit 3, report written, データ不足).
    expect(r.status).toBe(3);
    const lines = r.err.split('\n').filter((l) => l.startsWith('wlb-check:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^wlb-check: .*no-date\.xlsx: 勤怠・休暇の行が1行も使えませんでした。勤怠: .*必要な列がありません: 日付/,
    );
  });
});

describe('what the fuzzing found, on real files', () => {
  let result: Awaited<ReturnType<typeof check>>;

  beforeAll(async () => {
    const wb = buildWorkbook([
      {
        name: '社員名簿',
        rows: [
          ['社員番号', '氏名', '雇用形態'],
          ['E001', '佐藤', '正社員'],
          ['E002', '鈴木', { formula: 'VLOOKUP(A3,区分表!A:B,2,FALSE)', result: { error: '#N/A' } }],
        ],
      },
      {
        name: '勤怠',
        rows: [
          ['社員番号', '日付', '出勤', '退勤', '備考'],
          // A note that names a field (残業) in the first data row: still a data row. 9:00–22:00 = 13 h less the
          // 労基法34条 minimum of 60 min (the sheet has no break; said once as an issue) = 12 h → 4 h over.
          ['E001', dateCell('2026-03-02'), '9:00', '22:00', '残業'],
          // A start past 24:00 with an earlier end: one issue at the end cell (D3).
          ['E001', dateCell('2026-03-03'), '翌1:00', '0:00', null],
        ],
      },
      {
        name: '年休',
        rows: [
          ['社員番号', '付与日', '付与日数', '取得日', '取得日数'],
          ['E001', dateCell('2025-04-01'), 10, dateCell('2025-06-02'), 1],
          // Neither a grant nor a taking: one issue at the id cell (A3), not a silent skip.
          ['E001', null, null, null, null],
        ],
      },
      {
        name: '自己チェック',
        rows: [
          ['項目番号', '項目', '該当'],
          ['1', 'ノー残業デーを設けている', '○'],
          // An answer without an item: one issue at the item cell (B3), not a silent skip.
          [null, null, '○'],
        ],
      },
    ]);
    result = await check(await save(wb, 'found-by-fuzz.xlsx'));
  });

  test('a field name in a note of the first data row does not turn that row into a header', () => {
    const sheet = result.ingest.sheets.find((s) => s.sheet === '勤怠')!;
    expect(sheet.headerRow).toBe(1);
    expect(month(result.ingest.dataset.monthlyHours, 'E001', '2026-03')?.overtime).toBe(4);
  });

  test('an unreadable 雇用形態 gives one issue; an end before a start past 24:00, an empty leave row and an answer without an item are reported at their cells', () => {
    expect(result.ingest.issues.map((i) => `${i.sheet}!${i.cell}=${i.value}`).sort()).toEqual([
      '勤怠!=',
      '勤怠!D3=0:00',
      '年休!A3=E001',
      '社員名簿!C3=#N/A',
      '自己チェック!B3=',
    ]);
    expect(result.ingest.issues.find((i) => i.sheet === '勤怠' && i.cell === 'D3')!.message).toMatch(
      /退勤時刻が出勤時刻より前/,
    );
    expect(result.ingest.issues.find((i) => i.sheet === '勤怠' && i.cell === '')!.messageRef?.code).toBe(
      'reading.break-assumed',
    );
    expect(result.ingest.dataset.leaveGrants.map((g) => [g.date, g.days])).toEqual([['2025-04-01', 10]]);
    expect(result.ingest.dataset.leaveTakings.map((t) => [t.date, t.days])).toEqual([['2025-06-02', 1]]);
    expect(result.ingest.dataset.checklist.map((c) => [c.itemNo, c.answer])).toEqual([['1', true]]);
  });
});
