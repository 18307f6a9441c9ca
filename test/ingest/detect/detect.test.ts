import { detectSheet, fieldsForKind, FIELD_LABELS, KIND_LABELS } from '../../../src/ingest';
import { grid } from '../helpers';

const fieldsOf = (d: ReturnType<typeof detectSheet>) => Object.fromEntries(d.columns.map((c) => [c.column, c.field]));

test('title rows above the header; the header is the first row that matches', () => {
  const d = detectSheet(
    grid('4月', [
      ['2026年4月 出勤簿'],
      [],
      ['株式会社サンプル', '作成日', '2026/5/1'],
      ['社員番号', '氏名', '日付', '出勤', '退勤', '休憩'],
      ['E1', '山田', '2026/4/1', '9:00', '18:00', '1:00'],
    ]),
  );
  expect(d).toMatchObject({ kind: 'daily', headerRow: 4, dataRows: 1, missingFields: [] });
  expect(fieldsOf(d)).toEqual({ A: 'employeeId', B: 'name', C: 'date', D: 'start', E: 'end', F: 'break' });
});

test('a two-row header: merged group title above, field names below', () => {
  const d = detectSheet(
    grid('勤怠', [
      ['社員番号', '日付', '勤務時間', null, null, '時間外'],
      [null, null, '出勤', '退勤', '休憩', '法定時間外'],
      ['E1', '2026/4/1', '9:00', '18:00', 60, 0],
    ]),
  );
  expect(d.kind).toBe('daily');
  expect(d.headerRow).toBe(2);
  expect(fieldsOf(d)).toEqual({ A: 'employeeId', B: 'date', C: 'start', D: 'end', E: 'break', F: 'overtime' });
  expect(d.dataRows).toBe(1);
});

test('English headers, units in brackets, full-width text and case are ignored', () => {
  const d = detectSheet(
    grid('Sheet1', [['EMPLOYEE ID', 'Date', 'Clock in', 'Clock out', 'Break (min)', 'Ｄａｙ　Ｔｙｐｅ']]),
  );
  expect(fieldsOf(d)).toEqual({ A: 'employeeId', B: 'date', C: 'start', D: 'end', E: 'break', F: 'dayType' });
  const m = detectSheet(
    grid('集計', [['社員ＩＤ', '対象年月', '時間外労働時間（時間）', '休日労働時間【h】', '深夜（時間）']]),
  );
  expect(m.kind).toBe('monthly');
  expect(fieldsOf(m)).toEqual({ A: 'employeeId', B: 'month', C: 'overtime', D: 'holidayWork', E: 'lateNight' });
});

test('区分 is the day type on an attendance sheet and the leave kind on a leave sheet', () => {
  expect(fieldsOf(detectSheet(grid('a', [['社員番号', '日付', '区分', '出勤', '退勤']]))).C).toBe('dayType');
  const leave = detectSheet(grid('b', [['社員番号', '日付', '区分', '日数']]));
  expect(leave.kind).toBe('leave');
  expect(fieldsOf(leave).C).toBe('kind');
  const family = detectSheet(grid('c', [['社員番号', '種別', '開始日', '終了日', '子の生年月日']]));
  expect(family.kind).toBe('family');
  expect(fieldsOf(family)).toMatchObject({ B: 'kind', C: 'leaveStart', D: 'leaveEnd', E: 'childBirthDate' });
});

test('the kind comes from the headers, not the sheet name', () => {
  expect(detectSheet(grid('社員名簿', [['社員番号', '年月', '時間外']])).kind).toBe('monthly');
  expect(detectSheet(grid('勤怠', [['社員番号', '氏名', '性別', '入社日']])).kind).toBe('roster');
});

test('a checklist sheet', () => {
  const d = detectSheet(grid('チェックリスト', [['項目番号', '項目', '該当', '証拠']]));
  expect(d.kind).toBe('checklist');
  expect(fieldsOf(d)).toEqual({ A: 'itemNo', B: 'itemText', C: 'answer', D: 'evidence' });
});

test('a sheet that matches nothing has no kind', () => {
  expect(detectSheet(grid('メモ', [['議事録'], ['出席者', '山田']])).kind).toBeNull();
});

test('missing required fields are named', () => {
  expect(detectSheet(grid('a', [['社員番号', '出勤', '退勤', '休憩']]))).toMatchObject({
    kind: 'daily',
    missingFields: ['date'],
  });
});

test('the mapping overrides kind, header row and columns (by letter or header text)', () => {
  const g = grid('x', [
    ['番号', 'ひづけ', '残業'],
    ['E1', '2026/4/1', 2],
  ]);
  const d = detectSheet(g, { kind: 'daily', headerRow: 1, columns: { A: 'employeeId', ひづけ: 'date' } });
  expect(d).toMatchObject({ kind: 'daily', headerRow: 1, missingFields: [] });
  expect(d.columns).toEqual([
    { column: 'A', header: '番号', field: 'employeeId', byUser: true },
    { column: 'B', header: 'ひづけ', field: 'date', byUser: true },
    { column: 'C', header: '残業', field: 'overtime', byUser: false },
  ]);
  expect(detectSheet(g, { kind: 'ignore' }).kind).toBeNull();
  const unplaced = detectSheet(grid('y', [['社員番号', '日付', '出勤', '退勤']]), { columns: { D: null } });
  expect(unplaced.missingFields).toEqual(['end']);
});

test('labels exist for every field and kind; fieldsForKind gives the drop-down options', () => {
  for (const kind of Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[]) {
    for (const f of fieldsForKind(kind)) expect(FIELD_LABELS[f].ja.length).toBeGreaterThan(0);
  }
  expect(fieldsForKind('monthly')).toContain('overtime');
  expect(fieldsForKind('monthly')).not.toContain('start');
});
