/**
 * @jest-environment jsdom
 */
/**
 * 列の確認 shows the whole reading of a header-less time-recorder sheet and of a 出勤簿 form with a header block, and
 * each correction (header row, break rule, identity) dispatches the sheet's mapping entry; read again with that entry,
 * the sheet gives the figures the correction implies (worked by hand below).
 */
import { fireEvent, screen } from '@testing-library/react';
import { detectWithReading, ingestWorkbook } from '../../src/ingest';
import type { SheetGrid, SheetMapping } from '../../src/ingest/types';
import { MappingStep } from '../../src/taskpane/components/MappingStep';
import type { Action } from '../../src/taskpane/state';
import { renderPane } from '../taskpane/render';

function grid(name: string, values: (string | number | null)[][]): SheetGrid {
  return { name, firstRow: 1, firstCol: 1, values, numberFormats: values.map((r) => r.map(() => 'General')) };
}

/** 1001 on 2025-04-01 (Tue) 9:00–18:00 and 04-02 9:00–20:00, no header row, no break. */
const timecard = grid('timecard', [
  ['1001', '2025/04/01', '09:00', '18:00'],
  ['1001', '2025/04/02', '09:00', '20:00'],
]);

function lastEntry(actions: Action[]): SheetMapping | undefined {
  const set = actions.filter((a) => a.type === 'sheetMappingSet');
  const last = set[set.length - 1] as { mapping?: SheetMapping } | undefined;
  return last?.mapping;
}

test('a header-less CSV: the reading is shown, and choosing no break replaces the statutory minimum', () => {
  const first = ingestWorkbook([timecard]);
  const actions: Action[] = [];
  renderPane(<MappingStep detected={first.sheets} dispatch={(a) => actions.push(a)} />);
  const reading = screen.getByTestId('mapping-reading').textContent ?? '';
  expect(reading).toMatch(/見出し: なし（列は値から推定）/);
  expect(reading).toMatch(/列 A → 社員番号（値から推定）/);
  expect(reading).toMatch(/休憩（列なし）: 労基法34条の最低限/);
  // 9 h and 11 h spans → 60 min each: 8 h + 10 h worked, 2 h over 8.
  expect(first.dataset.monthlyHours[0]).toMatchObject({ worked: 18, overtime: 2 });

  fireEvent.click(screen.getByRole('combobox', { name: 'timecard 休憩（休憩の列がないとき）' }));
  fireEvent.click(screen.getByRole('option', { name: '休憩なし' }));
  const entry = lastEntry(actions);
  expect(entry).toMatchObject({ breakRule: { kind: 'none' } });
  // Read again with the user's choice: no break → 9 h + 11 h = 20 h, 1 + 3 = 4 h over 8.
  const again = ingestWorkbook([timecard], { mapping: { timecard: entry! } });
  expect(again.dataset.monthlyHours[0]).toMatchObject({ worked: 20, overtime: 4 });
  expect(again.issues.filter((i) => i.messageRef?.code === 'reading.break-assumed')).toEqual([]);
});

test('a header-block form: id, name and month from above the table; the header row can be set to none', () => {
  const form = grid('山田', [
    ['出勤簿'],
    ['氏名：山田 太郎', null, '社員番号', '1001'],
    ['令和7年4月分'],
    ['日', '出勤', '退勤', '休憩'],
    ['1', '9:00', '18:00', '1:00'],
    ['2', '9:00', '20:00', '1:00'],
  ]);
  const first = ingestWorkbook([form]);
  const actions: Action[] = [];
  renderPane(<MappingStep detected={first.sheets} dispatch={(a) => actions.push(a)} />);
  const reading = screen.getByTestId('mapping-reading').textContent ?? '';
  expect(reading).toMatch(/見出し: 4行目/);
  expect(reading).toMatch(/社員番号: 1001（シート上部 D2）/);
  expect(reading).toMatch(/期間の開始: 2025-04-01/);
  // 8 h + 10 h, 2 h over.
  expect(first.dataset.monthlyHours[0]).toMatchObject({
    employeeId: '1001',
    month: '2025-04',
    worked: 18,
    overtime: 2,
  });

  fireEvent.click(screen.getByRole('combobox', { name: '山田 見出しの行' }));
  fireEvent.click(screen.getByRole('option', { name: 'なし（1行目からデータ）' }));
  expect(lastEntry(actions)).toMatchObject({ headerRow: 0 });
});

/**
 * A time recorder's CSV opened in Excel (sheet named after the file): 所属コード, カード番号, 日付, 出勤, 退勤 — no
 * header row. 6/2 (Mon) and 6/3 (Tue) 2025, no break column, so the 労基法34条 minimum applies:
 * - 1001: 9:00–18:00 twice: span 9 h → 60 min break → 8 h each; worked 16 h, no hour over 8 → OT 0.
 * - 1002: 9:00–20:00 (span 11 h → 60 min → 10 h, OT 2) and 9:00–17:00 (span 8 h → 45 min → 7.25 h, OT 0);
 *   worked 17.25 h, OT 2 h.
 */
const recorder = grid('timecard_202506', [
  ['01', '1001', '2025/06/02', '09:00', '18:00'],
  ['01', '1002', '2025/06/02', '09:00', '20:00'],
  ['01', '1001', '2025/06/03', '09:00', '18:00'],
  ['01', '1002', '2025/06/03', '09:00', '17:00'],
]);

test('a header-less CSV: placing one column states the whole reading by letter, and reads the hand figures', () => {
  const first = ingestWorkbook([recorder]);
  const actions: Action[] = [];
  renderPane(<MappingStep detected={first.sheets} dispatch={(a) => actions.push(a)} />);
  fireEvent.click(screen.getByRole('combobox', { name: 'C 列 の意味' }));
  fireEvent.click(screen.getByRole('option', { name: '日付' }));
  const entry = lastEntry(actions)!;
  // The other columns stay where the checker put them, by letter; the date moves to C (and leaves any other column).
  expect(entry).toMatchObject({ headerRow: 0, fields: { employeeId: 'B', date: 'C', start: 'D', end: 'E' } });
  expect(Object.values(entry.fields ?? {}).filter((v) => v === 'A')).toEqual([]);
  // The pane's next detection lists each column with its field (a v2 field by letter names the column too).
  const columns = detectWithReading(recorder, entry).columns.map((c) => [c.column, c.field]);
  expect(columns).toEqual([
    ['A', null],
    ['B', 'employeeId'],
    ['C', 'date'],
    ['D', 'start'],
    ['E', 'end'],
  ]);
  // The break rule was the default, not the user's: it is not pinned, and still said.
  expect(entry.breakRule).toBeUndefined();
  const again = ingestWorkbook([recorder], { mapping: { [recorder.name]: entry } });
  expect(again.dataset.monthlyHours.map((h) => [h.employeeId, h.month, h.worked, h.overtime])).toEqual([
    ['1001', '2025-06', 16, 0],
    ['1002', '2025-06', 17.25, 2],
  ]);
  expect(again.issues.filter((i) => i.messageRef?.code === 'reading.break-assumed')).toHaveLength(1);
});

/** A 出勤簿 whose title was copied from May's form (令和7年5月分); the days `2（月）`, `3（火）` are June 2025's. */
const form = grid('出勤簿', [
  ['出勤簿　令和7年5月分'],
  ['氏名：山田 太郎', null, '社員番号', '1001'],
  ['日', '出勤', '退勤', '休憩'],
  ['2（月）', '9:00', '18:00', '1:00'],
  ['3（火）', '9:00', '20:00', '1:00'],
]);

test('a 出勤簿 form: the month found above the table is shown with its cell, and a typed month moves the days', () => {
  const first = ingestWorkbook([form]);
  // 2025/5/2 is a Friday, 5/3 a Saturday: both weekdays contradict, no day is counted.
  expect(first.dataset.monthlyHours).toEqual([]);
  const actions: Action[] = [];
  renderPane(<MappingStep detected={first.sheets} dispatch={(a) => actions.push(a)} />);
  const month = screen.getAllByTestId('mapping-context-field').find((e) => e.getAttribute('data-field') === 'month');
  expect(month?.textContent).toContain('2025年5月（シート上部 A1）');
  const name = screen.getAllByTestId('mapping-context-field').find((e) => e.getAttribute('data-field') === 'name');
  expect(name?.textContent).toContain('山田 太郎（シート上部 A2）');
  fireEvent.click(screen.getByRole('combobox', { name: '「出勤簿」の年月の読み取り元' }));
  fireEvent.click(screen.getByRole('option', { name: '値を入力' }));
  const typed = { ...lastEntry(actions)!, fields: { month: { value: '2025年6月' } } };
  // June: 6/2 Mon 9:00–18:00 − 1:00 = 8 h; 6/3 Tue 9:00–20:00 − 1:00 = 10 h (2 h over 8): worked 18, OT 2.
  const again = ingestWorkbook([form], { mapping: { 出勤簿: typed } });
  expect(again.dataset.monthlyHours.map((h) => [h.employeeId, h.month, h.worked, h.overtime])).toEqual([
    ['1001', '2025-06', 18, 2],
  ]);
  expect(again.sheets[0].reading?.periodFrom).toBe('constant');
});

test('in English: the typed month, the id from above the table, and the preview of the hours it gives', () => {
  const entry = { fields: { month: { value: '2025年6月' } } };
  renderPane(
    <MappingStep
      detected={[detectWithReading(form, entry)]}
      mapping={{ 出勤簿: entry }}
      grids={[form]}
      dispatch={() => {}}
    />,
    'en',
  );
  const fields = screen.getAllByTestId('mapping-context-field');
  expect(fields.find((e) => e.getAttribute('data-field') === 'month')?.textContent).toContain('2025-06 (typed)');
  expect(fields.find((e) => e.getAttribute('data-field') === 'employeeId')?.textContent).toContain(
    '1001 (block above the table, D2)',
  );
  const preview = screen.getByTestId('reading-preview') as HTMLDetailsElement;
  preview.open = true;
  fireEvent(preview, new Event('toggle'));
  // June: 6/2 9:00–18:00 − 1:00 = 8 h; 6/3 9:00–20:00 − 1:00 = 10 h (2 over 8).
  expect(screen.getAllByTestId('reading-preview-row').map((r) => r.textContent)).toEqual([
    '1001 2025-06: worked 18 h, statutory overtime 2 h, statutory holiday work 0 h, late night 0 days',
  ]);
});

test('English dates that cannot tell month from day: the pane asks, and the answer decides the month', () => {
  const head = ['User', 'Start Date', 'Start Time', 'End Date', 'End Time'];
  const sheet = grid('clockify', [
    head,
    ['Taro Yamada', '04/01/2025', '09:00:00 AM', '04/01/2025', '12:00:00 PM'],
    ['Taro Yamada', '04/01/2025', '01:00:00 PM', '04/01/2025', '06:00:00 PM'],
    ['Taro Yamada', '04/02/2025', '09:00:00 AM', '04/02/2025', '01:00:00 PM'],
  ]);
  const actions: Action[] = [];
  renderPane(<MappingStep detected={[detectWithReading(sheet, undefined)]} dispatch={(a) => actions.push(a)} />);
  expect(screen.getByTestId('mapping-date-order').textContent).toContain('日付の並び');
  fireEvent.click(screen.getByRole('combobox', { name: 'clockify 日付の並び' }));
  fireEvent.click(screen.getByRole('option', { name: '月/日/年' }));
  const entry = lastEntry(actions)!;
  expect(entry).toEqual({ dateOrder: 'month-first' });
  // Month first: 1 April 9:00–12:00 + 13:00–18:00 = 8 h, 2 April 9:00–13:00 = 4 h → April, 12 h.
  const april = ingestWorkbook([sheet], { mapping: { clockify: entry } }).dataset.monthlyHours;
  expect(april.map((h) => [h.month, h.worked])).toEqual([['2025-04', 12]]);
  // Day first the same cells are 4 January and 4 February: the answer moves the hours, so it is asked.
  const dayFirst = ingestWorkbook([sheet], { mapping: { clockify: { dateOrder: 'day-first' } } }).dataset.monthlyHours;
  expect(dayFirst.map((h) => [h.month, h.worked])).toEqual([
    ['2025-01', 8],
    ['2025-02', 4],
  ]);
});

test('a break window that cannot be read is said in the pane, and the statutory minimum stays in force', () => {
  const entry: SheetMapping = { breakRule: { kind: 'fixed', start: '13:00', end: '12:00' } };
  renderPane(
    <MappingStep detected={[detectWithReading(timecard, entry)]} mapping={{ timecard: entry }} dispatch={() => {}} />,
  );
  expect(screen.getByTestId('break-rule-invalid').textContent).toContain('休憩の時間帯が読めません');
  // Until it is fixed: 9 h and 11 h spans → 60 min each (労基法34条), 8 h + 10 h, as with no rule chosen.
  const read = ingestWorkbook([timecard], { mapping: { timecard: entry } });
  expect(read.dataset.monthlyHours[0]).toMatchObject({ worked: 18, overtime: 2 });
});

test('a header-less sheet the values cannot place (three time columns): the question is answered column by column', () => {
  // 1001, 6/2 and 6/3 2025: 9:00–18:00 with a 1:00 break (8 h), 9:00–20:00 with 1:00 (10 h, 2 over 8).
  const three = grid('recorder', [
    ['1001', '2025/06/02', '09:00', '18:00', '01:00'],
    ['1001', '2025/06/03', '09:00', '20:00', '01:00'],
  ]);
  let entry: SheetMapping | undefined;
  const view = renderPane(<MappingStep detected={[detectWithReading(three, undefined)]} dispatch={() => {}} />);
  expect(screen.getByTestId('mapping-problems').textContent).toContain('時刻の列が3列あり');
  expect(ingestWorkbook([three]).dataset.monthlyHours).toEqual([]);
  const place = (column: string, field: string) => {
    const actions: Action[] = [];
    view.rerender(
      <MappingStep
        detected={[detectWithReading(three, entry)]}
        mapping={entry ? { recorder: entry } : {}}
        dispatch={(a) => actions.push(a)}
      />,
    );
    fireEvent.click(screen.getByRole('combobox', { name: `${column} 列 の意味` }));
    fireEvent.click(screen.getByRole('option', { name: field }));
    entry = lastEntry(actions);
  };
  place('C', '出勤時刻');
  place('D', '退勤時刻');
  place('E', '休憩時間');
  expect(entry).toMatchObject({
    headerRow: 0,
    fields: { employeeId: 'A', date: 'B', start: 'C', end: 'D', break: 'E' },
  });
  const read = ingestWorkbook([three], { mapping: { recorder: entry! } });
  expect(read.dataset.monthlyHours.map((h) => [h.employeeId, h.month, h.worked, h.overtime])).toEqual([
    ['1001', '2025-06', 18, 2],
  ]);
});
