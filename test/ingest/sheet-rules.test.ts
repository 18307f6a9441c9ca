/**
 * The reading rules of this round (sheets.md "Exports of attendance systems"), on small hand-made grids: brackets
 * that carry meaning, office columns summed, mapping v2 (letters, headers, sums, constants, contexts, patterns,
 * entries that match nothing or two), roster working-time system and scheduled hours, leave kinds, split shifts,
 * duration styles shown by a sheet's own arithmetic, and "nothing usable".
 */
import { dayKindOf, ingestWorkbook, nothingUsable } from '../../src/ingest';
import { evaluateIngested } from '../../src/pipeline';
import { defaultParams } from '../../src/rules/params';
import { grid } from './helpers';

describe('brackets', () => {
  test('a unit or an office in brackets is ignored; a day category is the meaning', () => {
    const { dataset, sheets } = ingestWorkbook([
      grid('集計', [
        ['社員番号', '年月', '残業時間（時間）', '法定外時間（法定休日）'],
        ['E1', '2026/4', 10, 8],
      ]),
    ]);
    expect(sheets[0].origins).toMatchObject({ overtime: 'C', holidayWork: 'D' });
    expect(dataset.monthlyHours).toEqual([expect.objectContaining({ overtime: 10, holidayWork: 8 })]);
  });

  test('the same item for two offices is added up (残業時間（本社）+ 残業時間（大阪）)', () => {
    const { dataset, sheets } = ingestWorkbook([
      grid('集計', [
        ['社員番号', '年月', '残業時間（本社）', '残業時間（大阪）'],
        ['E1', '2026/4', 10, 2.5],
      ]),
    ]);
    expect(sheets[0].origins).toMatchObject({ overtime: 'C+D' });
    // 10 + 2.5 = 12.5
    expect(dataset.monthlyHours[0].overtime).toBe(12.5);
  });
});

describe('mapping v2', () => {
  const g = grid('勤怠_4月', [
    ['番号', '日', '始', '終', '平日残業', '法定外休時間'],
    ['E1', '2026/4/6', '9:00', '19:00', 1, 0.5],
  ]);

  test('columns by letter and by header, a sum, and a sheet-name pattern', () => {
    const { dataset, sheets, issues } = ingestWorkbook([g], {
      mapping: {
        '勤怠_*': {
          kind: 'daily',
          fields: { employeeId: 'A', date: '日', start: 'C', end: '終', overtime: ['E', '法定外休時間'] },
          // No break column: the user says no break is taken (else the 労基法34条 minimum would be applied and said).
          breakRule: { kind: 'none' },
        },
      },
    });
    expect(issues).toEqual([]);
    expect(sheets[0].origins).toMatchObject({ employeeId: 'A', date: 'B', overtime: 'E+F' });
    // 9:00–19:00 = 10 h worked; the sheet's own overtime 1 + 0.5 = 1.5 wins over the computed 2.
    expect(dataset.monthlyHours[0]).toMatchObject({ worked: 10, overtime: 1.5 });
  });

  test('a constant and a context value; entries that match no sheet, no column or two columns are reported', () => {
    const month = grid('集計', [
      ['社員番号', '残業', '残業'],
      ['E1', 3, 4],
    ]);
    const { dataset, issues } = ingestWorkbook([month], {
      mapping: {
        集計: { kind: 'monthly', fields: { month: { value: '2026-04' }, overtime: '残業', holidayWork: 'Z' } },
        勤怠: { kind: 'daily' },
      },
    });
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('「勤怠」に当たるシートがありません'),
      expect.stringContaining('「残業」（法定時間外労働）に当たる列が2つあります'),
      expect.stringContaining('「Z」（法定休日労働）に当たる列がありません'),
      expect.stringContaining('必要な列がありません: 法定時間外労働'),
    ]);
    // The two 残業 columns are not guessed between: overtime stays unplaced, the sheet lacks it.
    expect(dataset.monthlyHours).toEqual([]);
  });

  test('the month from the sheet name when the mapping asks for it', () => {
    const { dataset, sheets } = ingestWorkbook(
      [
        grid('2026年5月', [
          ['社員番号', '残業時間'],
          ['E1', 3],
        ]),
      ],
      { mapping: { '2026年5月': { kind: 'monthly', fields: { month: { context: 'sheet name' } } } } },
    );
    expect(sheets[0].origins).toMatchObject({ month: 'sheet name' });
    expect(dataset.monthlyHours[0]).toMatchObject({ month: '2026-05', overtime: 3 });
  });

  test('a version-1 mapping (column → field) still works', () => {
    const { dataset } = ingestWorkbook(
      [
        grid('Sheet1', [
          ['No', 'Day', 'In', 'Out'],
          ['E1', '2026/4/6', '9:00', '19:00'],
        ]),
      ],
      {
        mapping: {
          Sheet1: {
            kind: 'daily',
            columns: { No: 'employeeId', B: 'date', In: 'start', Out: 'end' },
            breakRule: { kind: 'none' },
          },
        },
      },
    );
    expect(dataset.monthlyHours[0]).toMatchObject({ worked: 10, overtime: 2 });
  });
});

describe('roster', () => {
  const roster = grid('名簿', [
    ['社員番号', '雇用形態', '所定労働時間', '労働時間制', '業務区分'],
    ['E1', '正社員', 7.5, 'フレックスタイム制', '一般'],
    ['E2', '正社員', 40, '1年単位の変形労働時間制', '自動車運転'],
  ]);

  test('所定労働時間 ≤ 12 is daily, above weekly; 労働時間制 and 業務区分 are read', () => {
    const { dataset } = ingestWorkbook([roster]);
    expect(
      dataset.employees.map((e) => [
        e.id,
        e.dailyScheduledHours ?? null,
        e.weeklyScheduledHours ?? null,
        e.workingTimeSystem,
        e.sector,
      ]),
    ).toEqual([
      ['E1', 7.5, null, 'flextime', 'general'],
      ['E2', null, 40, 'variable-1year', 'driver'],
    ]);
  });

  test("the JSON monthlyHours carries the roster's working-time system", () => {
    const daily = grid('勤怠', [
      ['社員番号', '日付', '出勤', '退勤'],
      ['E1', '2026/4/6', '9:00', '17:00'],
      ['E2', '2026/4/6', '9:00', '17:00'],
    ]);
    const ingest = ingestWorkbook([roster, daily]);
    const { report } = evaluateIngested(ingest, { profile: 'all', params: defaultParams('2026-04-30') });
    expect(report.monthlyHours?.map((m) => [m.employeeId, m.system])).toEqual([
      ['E1', 'flextime'],
      ['E2', 'variable-1year'],
    ]);
  });
});

describe('annual leave kinds', () => {
  test('時間単位 is hourly, 計画年休 planned, a 0.5-day row with its hours a half day', () => {
    const { dataset } = ingestWorkbook([
      grid('年休', [
        ['社員番号', '取得日', '区分', '日数', '時間数'],
        ['E1', '2026/4/6', '時間単位', null, 2],
        ['E1', '2026/4/7', '計画年休', 1, null],
        ['E1', '2026/4/8', '取得', 0.5, 4],
      ]),
    ]);
    expect(dataset.leaveTakings.map((t) => [t.date, t.days, t.hours ?? null, t.planned ?? false])).toEqual([
      ['2026-04-06', 0, 2, false],
      ['2026-04-07', 1, null, true],
      ['2026-04-08', 0.5, null, false],
    ]);
  });
});

describe('daily rows', () => {
  test('two rows of one day with punches that do not overlap are one split day, not a duplicate', () => {
    const { dataset, issues } = ingestWorkbook([
      grid('勤怠', [
        ['社員番号', '日付', '出勤', '退勤'],
        ['E1', '2026/4/6', '7:00', '11:00'],
        ['E1', '2026/4/6', '17:00', '22:00'],
      ]),
    ]);
    expect(issues).toEqual([]);
    // 4 h + 5 h = 9 h worked that Monday.
    expect(dataset.monthlyHours[0].worked).toBe(9);
  });

  test('a row identical to an earlier one of the day is a duplicate', () => {
    const { issues } = ingestWorkbook([
      grid('勤怠', [
        ['社員番号', '日付', '出勤', '退勤'],
        ['E1', '2026/4/6', '7:00', '11:00'],
        ['E1', '2026/4/6', '7:00', '11:00'],
      ]),
    ]);
    expect(issues).toEqual([expect.objectContaining({ cell: 'B3', message: expect.stringContaining('同じ内容') })]);
  });

  test('day labels → day kinds: 法定休日 1, 所定休日 / 法定外休日 / 振休 2, 出勤 / 平日 3, 年休 / 欠勤 4, else 0', () => {
    const labels = ['法定休日', '所定休日', '法定外休日', '振休', '出勤', '平日', '年休', '欠勤', '研修', undefined];
    expect(labels.map(dayKindOf)).toEqual([1, 2, 2, 2, 3, 3, 4, 4, 0, 0]);
  });
});

describe('duration styles', () => {
  test('a hand-made sheet whose arithmetic holds only in 60進数 is read in 60進数', () => {
    // 9:00–17:30 less 休憩 1.00 = 7 h 30 min, written 7.30: decimal 7.3 ≠ 7.5, 60進数 7 h 30 min = 7.5.
    const { dataset } = ingestWorkbook([
      grid('勤怠', [
        ['社員番号', '日付', '出勤', '退勤', '休憩', '実働'],
        ['E1', '2026/4/6', '9:00', '17:30', 1, 7.3],
      ]),
    ]);
    expect(dataset.monthlyHours[0].worked).toBe(7.5);
  });

  test('a header that says 60進数 decides its column', () => {
    const { dataset } = ingestWorkbook([
      grid('集計', [
        ['社員番号', '年月', '残業時間（60進数）'],
        ['E1', '2026/4', 12.45],
      ]),
    ]);
    // 12 h 45 min = 12.75
    expect(dataset.monthlyHours[0].overtime).toBe(12.75);
  });
});

test('nothing usable: a roster alone gives a reason; attendance rows give none', () => {
  const roster = grid('名簿', [
    ['社員番号', '雇用形態'],
    ['E1', '正社員'],
  ]);
  expect(nothingUsable(ingestWorkbook([roster]))).toMatch(
    /^勤怠・休暇の行が1行も使えませんでした。読めたのは 名簿（社員名簿） だけ/,
  );
  expect(
    nothingUsable(
      ingestWorkbook([
        roster,
        grid('勤怠', [
          ['社員番号', '日付', '実働'],
          ['E1', '2026/4/6', 8],
        ]),
      ]),
    ),
  ).toBeNull();
});
