import { ingestWorkbook } from '../../src/ingest';
import { grid } from './helpers';

const HEAD = ['社員番号', '日付', '出勤', '退勤', '休憩', '区分'];

describe('daily attendance', () => {
  test('22:00–翌7:00 with 1 h break → 8 h worked, 7 h late-night; 25:30 end; 法定休日 → HW', () => {
    const { dataset, issues } = ingestWorkbook([
      grid('勤怠', [
        HEAD,
        ['E1', '2026/4/6', '22:00', '7:00', '1:00', '出勤'],
        ['E1', '2026/4/8', '17:00', '25:30', '1:00', '出勤'],
        ['E1', '2026/4/12', '9:00', '18:00', '1:00', '法定休日'],
        ['E1', '2026/4/13', null, null, null, '年休'],
      ]),
    ]);
    expect(issues).toEqual([]);
    expect(dataset.shifts.map((s) => [s.date, s.workedHours, s.lateNightHours, s.startMinute, s.endMinute])).toEqual([
      ['2026-04-06', 8, 7, 1320, 1860],
      ['2026-04-08', 7.5, 3.5, 1020, 1530],
      ['2026-04-12', 8, 0, 540, 1080],
    ]);
    expect(dataset.monthlyHours).toEqual([
      expect.objectContaining({
        employeeId: 'E1',
        month: '2026-04',
        overtime: 0,
        holidayWork: 8,
        worked: 23.5,
        lateNight: 10.5,
        daysWorked: 3,
      }),
    ]);
  });

  test('time-formatted numbers and minute breaks are read by format and header', () => {
    const values = [
      ['社員番号', '日付', '出勤', '退勤', '休憩（分）'],
      ['E1', 46118, 0.375, 0.8125, 60],
    ];
    const fmt = (r: number, c: number) =>
      r === 0 ? 'General' : c === 1 ? 'yyyy/m/d' : c === 2 || c === 3 ? 'h:mm' : 'General';
    const { dataset, issues } = ingestWorkbook([grid('勤怠', values, fmt)]);
    expect(issues).toEqual([]);
    // 2026-04-06 = 46113 + 5; 9:00–19:30 minus 60 min = 9.5 h → 1.5 h daily OT.
    expect(dataset.monthlyHours[0]).toMatchObject({ month: '2026-04', overtime: 1.5, worked: 9.5 });
  });

  test('split sheets are concatenated; weekly OT runs across them; totals and repeated headers are skipped', () => {
    const april = grid('4月', [
      ['4月 勤怠'],
      HEAD,
      ['E1', '2026/4/26', '9:00', '17:00', 0, ''],
      ['E1', '2026/4/27', '9:00', '17:00', 0, ''],
      [],
      HEAD,
      ['E1', '2026/4/28', '9:00', '17:00', 0, ''],
      ['E1', '2026/4/29', '9:00', '17:00', 0, ''],
      ['E1', '2026/4/30', '9:00', '17:00', 0, ''],
      ['合計', null, null, null, null, null],
    ]);
    const may = grid('5月', [
      HEAD,
      ['E1', '2026/5/1', '9:00', '17:00', 0, ''],
      [null, '計', null, null, null, null],
      ['Total'],
    ]);
    const { dataset, issues, sheets } = ingestWorkbook([april, may]);
    expect(issues).toEqual([]);
    expect(sheets.map((s) => [s.sheet, s.kind, s.dataRows])).toEqual([
      ['4月', 'daily', 5],
      ['5月', 'daily', 1],
    ]);
    // Each source says where its fields came from (JSON report `sheets[].columns`).
    const columns = { employeeId: 'A', date: 'B', start: 'C', end: 'D', break: 'E', dayType: 'F' };
    expect(dataset.sources).toEqual([
      { sheet: '4月', kind: 'daily', rows: 5, columns },
      { sheet: '5月', kind: 'daily', rows: 1, columns },
    ]);
    const byMonth = Object.fromEntries(dataset.monthlyHours.map((m) => [m.month, m.overtime]));
    // Sun 4/26–Thu 4/30 = 40 h; Fri 5/1 is beyond 40 → 8 h OT in May.
    expect(byMonth).toEqual({ '2026-04': 0, '2026-05': 8 });
  });

  test('a daily sheet’s own overtime and holiday-work columns win (summed per month)', () => {
    const { dataset } = ingestWorkbook([
      grid('勤怠', [
        ['社員番号', '日付', '出勤', '退勤', '休憩', '時間外', '休日労働'],
        ['E1', '2026/4/6', '9:00', '21:00', '1:00', '2:30', 0],
        ['E1', '2026/4/7', '9:00', '20:00', '1:00', 1, null],
      ]),
    ]);
    expect(dataset.monthlyHours[0]).toMatchObject({ overtime: 3.5, holidayWork: 0, worked: 21 });
  });

  test('unreadable cells → one issue each with A1 address; the rest is still read', () => {
    const { dataset, issues } = ingestWorkbook([
      grid('勤怠', [
        HEAD,
        ['E1', '2026/4/6', 'あさ', '18:00', '1:00', ''],
        ['E1', '2026/4/7', '9:00', '18:00', { error: '#N/A' }, ''],
        ['E1', '2026/13/1', '9:00', '18:00', '1:00', ''],
        ['E1', '2026/4/8', '9:00', '18:00', '1:00', ''],
      ]),
    ]);
    expect(issues).toMatchObject([
      { sheet: '勤怠', cell: 'C2', value: 'あさ', message: expect.stringContaining('時刻として読めません') },
      { sheet: '勤怠', cell: 'E3', value: '#N/A', message: expect.stringContaining('エラー値') },
      { sheet: '勤怠', cell: 'B4', value: '2026/13/1', message: expect.stringContaining('日付') },
    ]);
    expect(dataset.shifts.map((s) => s.date)).toEqual(['2026-04-08']);
  });

  test('a duplicated employee-day → one issue and counted once', () => {
    const { dataset, issues } = ingestWorkbook([
      grid('勤怠', [
        HEAD,
        ['E1', '2026/4/6', '9:00', '20:00', '1:00', ''],
        ['E1', '2026-04-06', '9:00', '20:00', '1:00', ''],
      ]),
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ cell: 'B3', message: expect.stringContaining('重複') });
    expect(dataset.monthlyHours[0]).toMatchObject({ overtime: 2, worked: 10 });
  });

  test('a blank end with a start, and a break longer than the span, are issues', () => {
    const { issues } = ingestWorkbook([
      grid('勤怠', [HEAD, ['E1', '2026/4/6', '9:00', null, null, ''], ['E1', '2026/4/7', '9:00', '10:00', '2:00', '']]),
    ]);
    expect(issues.map((i) => i.cell)).toEqual(['D2', 'E3']);
  });
});

describe('sheet-level and workbook-level issues', () => {
  test('a recognised sheet missing a required column', () => {
    const { issues } = ingestWorkbook([
      grid('勤怠', [
        ['社員番号', '出勤', '退勤'],
        ['E1', '9:00', '18:00'],
      ]),
    ]);
    expect(issues).toMatchObject([{ sheet: '勤怠', cell: '', value: '', message: expect.stringContaining('日付') }]);
  });

  test('no recognisable sheet → one issue naming the expected headers', () => {
    const { issues } = ingestWorkbook([grid('メモ', [['こんにちは']]), grid('空', [])]);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('社員番号');
    expect(issues[0].message).toContain('見出し');
  });

  test('an employee missing from the roster → one issue at the first occurrence', () => {
    const { issues } = ingestWorkbook([
      grid('勤怠', [
        HEAD,
        ['E9', '2026/4/6', '9:00', '18:00', '1:00', ''],
        ['E9', '2026/4/7', '9:00', '18:00', '1:00', ''],
      ]),
      grid('名簿', [
        ['社員番号', '氏名', '雇用形態'],
        ['E1', '山田', '正社員'],
      ]),
    ]);
    expect(issues).toMatchObject([
      { sheet: '勤怠', cell: 'A2', value: 'E9', message: expect.stringContaining('社員名簿にありません') },
    ]);
  });
});

describe('roster, monthly, leave, family, checklist', () => {
  // Without a full-time column ingest leaves `fullTime` unset: the rules decide it from the employment type, else
  // the scheduled hours against the company's own normal hours (criteria.md full-time; src/rules/fulltime.ts).
  test('roster → Employee with fixed-term reading; fullTime only from a full-time column', () => {
    const { dataset, issues } = ingestWorkbook([
      grid('名簿', [
        [
          '社員番号',
          '氏名',
          '性別',
          '生年月日',
          '雇用形態',
          '週所定労働時間',
          '入社日',
          '退職日',
          '退職理由',
          '再雇用',
          '役職',
          '部署',
        ],
        [1001, '山田 花子', '女', 'S60.5.5', '正社員', null, '2010/4/1', null, null, null, '課長', '総務部'],
        ['E2', '佐藤', '男性', '1990-01-02', 'パート', 40, 'R2.4.1', '令和7年3月31日', '育児', '○', null, null],
      ]),
    ]);
    expect(issues).toEqual([]);
    expect(dataset.employees[0]).toEqual({
      id: '1001',
      name: '山田 花子',
      gender: 'female',
      birthDate: '1985-05-05',
      employmentType: '正社員',
      fixedTerm: false,
      hireDate: '2010-04-01',
      position: '課長',
      department: '総務部',
      ref: { sheet: '名簿', row: 2 },
    });
    expect(dataset.employees[1].fullTime).toBeUndefined();
    expect(dataset.employees[1]).toMatchObject({
      id: 'E2',
      weeklyScheduledHours: 40,
      leaveDate: '2025-03-31',
      rehired: true,
      leaveReason: '育児',
    });
  });

  test('monthly sheet gives OT/HW directly and wins over daily rows of the same month, which is reported', () => {
    const { dataset, issues } = ingestWorkbook([
      grid('月次', [
        ['社員番号', '年月', '時間外労働時間', '休日労働時間'],
        ['E1', '2026年4月', '45:30', 8],
        ['E1', 'R8.5', 10, null],
      ]),
      grid('勤怠', [HEAD, ['E1', '2026/4/6', '9:00', '21:00', '1:00', '']]),
    ]);
    const byMonth = Object.fromEntries(dataset.monthlyHours.map((m) => [m.month, [m.overtime, m.holidayWork]]));
    expect(byMonth).toEqual({ '2026-04': [45.5, 8], '2026-05': [10, 0] });
    expect(dataset.shifts).toHaveLength(1);
    // April is on both sheets: one issue on the summary row's month cell (B2), naming the daily row; May is not.
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: '月次', cell: 'B2', value: '2026年4月' });
    expect(issues[0].message).toContain('E1 の 2026-04 は日次の勤怠（勤怠 2行目ほか）と月次集計の両方にあります');
  });

  test('leave sheets: kind column, 繰越, half days, hourly leave', () => {
    const { dataset, issues } = ingestWorkbook([
      grid('年休', [
        ['社員番号', '日付', '区分', '日数', '時間数'],
        ['E1', '2025/4/1', '付与', 10, null],
        ['E1', '2025/4/1', '繰越', 3, null],
        ['E1', '2025/5/1', '取得', '半日', null],
        ['E1', '2025/5/2', '取得', null, 2],
      ]),
    ]);
    expect(issues).toEqual([]);
    expect(dataset.leaveGrants.map(({ ref: _ref, ...g }) => g)).toEqual([
      { employeeId: 'E1', date: '2025-04-01', days: 10 },
      { employeeId: 'E1', date: '2025-04-01', days: 3, carryOver: true },
    ]);
    expect(dataset.leaveTakings.map(({ ref: _ref, ...t }) => t)).toEqual([
      { employeeId: 'E1', date: '2025-05-01', days: 0.5 },
      { employeeId: 'E1', date: '2025-05-02', days: 0, hours: 2 },
    ]);
  });

  test('leave sheets without a kind column are grants or takings by their headers', () => {
    const { dataset, issues } = ingestWorkbook([
      grid('付与', [
        ['社員番号', '付与日', '付与日数'],
        ['E1', '2025/4/1', 10],
      ]),
      grid('取得', [
        ['社員番号', '取得日', '取得日数'],
        ['E1', '2025/6/1', 1],
        ['E1', '2025/6/2', '1日'],
      ]),
    ]);
    expect(issues).toEqual([]);
    expect(dataset.leaveGrants).toHaveLength(1);
    expect(dataset.leaveTakings.map((t) => t.days)).toEqual([1, 1]);
  });

  test('family sheet → FamilyEvent', () => {
    const { dataset, issues } = ingestWorkbook([
      grid('育児', [
        ['社員番号', '休業種別', '開始日', '終了日', '子の生年月日', '配偶者出産'],
        ['E1', '出産', null, null, '2025/6/1', '○'],
        ['E1', '産後パパ育休', '2025/6/10', '2025/6/30', '2025/6/1', null],
        ['E2', '産休', '2025/4/20', '2025/7/26', null, null],
      ]),
    ]);
    expect(issues).toEqual([]);
    expect(dataset.familyEvents.map(({ ref: _ref, ...e }) => e)).toEqual([
      { employeeId: 'E1', kind: 'birth', date: '2025-06-01', childBirthDate: '2025-06-01', spouseBirth: true },
      { employeeId: 'E1', kind: 'papa-leave', date: '2025-06-10', endDate: '2025-06-30', childBirthDate: '2025-06-01' },
      { employeeId: 'E2', kind: 'maternity-leave', date: '2025-04-20', endDate: '2025-07-26' },
    ]);
  });

  test('checklist sheet → answers (blank = not answered)', () => {
    const { dataset } = ingestWorkbook([
      grid('チェックリスト', [
        ['項目番号', '項目', '該当', '証拠'],
        [3, '就業規則', '○', '規則.pdf'],
        ['4', '研修', '×', null],
        ['5', '相談窓口', null, null],
      ]),
    ]);
    expect(dataset.checklist.map(({ ref: _ref, ...c }) => c)).toEqual([
      { itemNo: '3', text: '就業規則', answer: true, evidence: '規則.pdf' },
      { itemNo: '4', text: '研修', answer: false },
      { itemNo: '5', text: '相談窓口' },
    ]);
  });

  test('excluded sheets and the mapping are honoured', () => {
    const g = grid('データ', [
      ['番号', 'ひ', 'はじめ', 'おわり'],
      ['E1', '2026/4/6', '9:00', '19:00'],
    ]);
    const { dataset } = ingestWorkbook([g], {
      mapping: {
        データ: {
          kind: 'daily',
          columns: { A: 'employeeId', B: 'date', C: 'start', D: 'end' },
          breakRule: { kind: 'none' },
        },
      },
    });
    // 9:00–19:00 with no break (the mapping says none is taken): 10 h, 2 h over 8.
    expect(dataset.monthlyHours[0]).toMatchObject({ overtime: 2 });
    expect(ingestWorkbook([g], { excludeSheets: ['データ'] }).issues).toEqual([]);
  });

  test('1904 date system option', () => {
    const { dataset } = ingestWorkbook(
      [
        grid(
          '月次',
          [
            ['社員番号', '年月', '時間外'],
            ['E1', 44651, 3],
          ],
          (r, c) => (c === 1 ? 'yyyy/m' : 'General'),
        ),
      ],
      { date1904: true },
    );
    expect(dataset.monthlyHours[0].month).toBe('2026-04');
  });
});
