/**
 * Punch logs, names as identity, breaks in any form and the company break rule, read by `wlb-check` with no mapping
 * unless a test says so; the April of ./support.ts (OT 3.5 h, worked 35.5 h, one late-night day) unless noted.
 */
import * as fs from 'fs';
import * as path from 'path';
import { APRIL, EXPECTED_APRIL, codes, month, run, slash, tmp, writeCsv, writeXlsx } from './support';

/** One row per punch: 社員番号, 日付, 時刻, 区分; the break of each day as 休憩開始 / 休憩終了 at 12:00–13:00 (night: 2:00–3:00). */
function punchRows(kinds: boolean): string[][] {
  const rows: string[][] = [];
  for (const d of APRIL) {
    const night = d.start === '22:00';
    const next = '2025-04-05';
    const punches: [string, string, string][] = night
      ? [
          [d.date, '22:00', '出勤'],
          [next, '2:00', '休憩開始'],
          [next, '3:00', '休憩終了'],
          [next, '7:00', '退勤'],
        ]
      : [
          [d.date, d.start, '出勤'],
          [d.date, '12:00', '休憩開始'],
          [d.date, '13:00', '休憩終了'],
          [d.date, d.end, '退勤'],
        ];
    for (const [date, time, kind] of punches)
      rows.push(kinds ? ['1001', slash(date), time, kind] : ['1001', slash(date), time]);
  }
  return rows;
}

describe('punch log (one row per punch)', () => {
  test('with kinds: paired by kind, the break splitting each day, the night shift ending the next day', async () => {
    const file = writeCsv('打刻ログ.csv', [['社員番号', '日付', '時刻', '区分'], ...punchRows(true)]);
    const r = await run(file);
    // The night shift's late-night hours: 22:00–2:00 and 3:00–5:00 = 6 h (its break 2:00–3:00 is in the night).
    // computeLateNightHours per segment: 22:00–2:00 → 4 h, 3:00–7:00 → 2 h; 6 h > 0 → still one late-night day.
    expect(month(r, '1001')).toEqual(EXPECTED_APRIL);
    expect(codes(r).filter((c) => c.startsWith('reading.') || c.startsWith('ask.'))).toEqual([]);
  });

  test('without kinds: punches of a day paired in order (4 a day: the middle two are the break)', async () => {
    const file = writeCsv('punches_plain.csv', [['社員番号', '日付', '時刻'], ...punchRows(false)]);
    const r = await run(file);
    expect(month(r, '1001')).toEqual(EXPECTED_APRIL);
  });

  test('an odd number of punches on a day is an issue for that day, which is not counted', async () => {
    const rows = punchRows(true).filter((row) => !(row[1] === '2025/04/02' && row[3] === '退勤'));
    const r = await run(writeCsv('odd.csv', [['社員番号', '日付', '時刻', '区分'], ...rows]));
    const issue = r.report.inputIssues.find((i) => i.messageRef?.code === 'reading.punch-unpaired');
    expect(issue).toMatchObject({ sheet: 'odd' });
    expect(issue?.message).toMatch(/1001 の 2025-04-02 の打刻が対になりません/);
    // 4/2 (9:00–12:00 paired, 13:00 left open) is not counted: 35.5 − 10 = 25.5 h worked, OT 3.5 − 2 = 1.5 h.
    expect(month(r, '1001')).toMatchObject({ overtime: 1.5, worked: 25.5 });
  });
});

describe('identity by name', () => {
  const roster = {
    name: '社員名簿',
    rows: [
      ['社員番号', '氏名'],
      ['1001', '山田 太郎'],
      ['1002', '佐藤 花子'],
      ['1003', '佐藤　花子'],
    ],
  };
  const attendance = (name: string) => APRIL.map((d) => [name, slash(d.date), d.start, d.end, '1:00']);

  test('a name column is joined to the roster by its NFKC key without spaces; a shared name is asked', async () => {
    const file = await writeXlsx('names.xlsx', [
      roster,
      {
        name: '勤怠',
        rows: [['氏名', '日付', '出勤', '退勤', '休憩'], ...attendance('山田太郎'), ...attendance('佐藤 花子')],
      },
    ]);
    const r = await run(file);
    expect(month(r, '1001')).toEqual(EXPECTED_APRIL);
    const asked = r.report.inputIssues.filter((i) => i.messageRef?.code === 'ask.identity');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ sheet: '勤怠', cell: 'A6', value: '佐藤 花子' });
    expect(asked[0].message).toMatch(/2人います（1002、1003）/);
    expect(r.report.monthlyHours.filter((m) => m.employeeId !== '1001')).toEqual([]);
  });

  test('one CSV per person, the person only in the file name', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'per-person-'));
    const file = path.join(dir, '2025_04_01-2025_04_30-山田.csv');
    fs.writeFileSync(
      file,
      ['日付,出勤,退勤,休憩', ...APRIL.map((d) => `${slash(d.date)},${d.start},${d.end},60`)].join('\r\n'),
    );
    const r = await run(file, '--explain');
    // No roster: the name is the person.
    expect(month(r, '山田')).toEqual(EXPECTED_APRIL);
    expect(r.report.sheets?.[0].columns).toMatchObject({ name: 'file name' });
  });
});

describe('breaks in any form', () => {
  const table = (header: string[], brk: (d: (typeof APRIL)[number]) => string[]) => [
    ['社員番号', '日付', '出勤', '退勤', ...header],
    ...APRIL.map((d) => ['1001', slash(d.date), d.start, d.end, ...brk(d)]),
  ];

  test('minutes (`休憩（分）`), h:mm, decimal hours and 休憩開始1/休憩終了1 pairs give the same month', async () => {
    const forms = [
      table(['休憩（分）'], () => ['60']),
      table(['休憩'], () => ['1:00']),
      table(['休憩時間'], () => ['1.0']),
      table(['休憩開始1', '休憩終了1'], (d) => (d.start === '22:00' ? ['2:00', '3:00'] : ['12:00', '13:00'])),
    ];
    for (const [k, rows] of forms.entries()) {
      const r = await run(writeCsv(`breaks_${k}.csv`, rows));
      expect([k, month(r, '1001')]).toEqual([k, EXPECTED_APRIL]);
      expect(codes(r)).not.toContain('reading.break-assumed');
    }
  });

  test('no break column: the chosen rule is applied and said; a fixed 12:00–13:00 window misses the night shift', async () => {
    const file = writeCsv(
      'nobreak.csv',
      table([], () => []),
    );
    // Window 12:00–13:00: the three day shifts lose 1 h each, the night shift 22:00–7:00 none → 9 h on 4/4, 1 h OT.
    const r = await run(file, '--param', 'breakRule=12:00-13:00');
    expect(month(r, '1001')).toEqual({ overtime: 4.5, holidayWork: 0, worked: 36.5, lateNightDays: 1 });
    const said = r.report.inputIssues.filter((i) => i.messageRef?.code === 'reading.break-assumed');
    expect(said).toHaveLength(1);
    expect(said[0].message).toMatch(/12:00〜13:00.*3日分/);
    const mapped = path.join(tmp, 'nobreak-mapping.json');
    fs.writeFileSync(mapped, JSON.stringify({ nobreak: { breakRule: { kind: 'statutory' } } }));
    expect(month(await run(file, '--mapping', mapped), '1001')).toEqual(EXPECTED_APRIL);
  });
});
