/** A `36協定` sheet the user keeps: label + value cells (様式第9号の2's wording), one value column per agreement. */
import { ingestWorkbook } from '../../../src/ingest';
import { fieldOfLabel, isAgreementSheet, readAgreementSheet } from '../../../src/ingest/read/agreement-sheet';
import type { RawValue, SheetGrid } from '../../../src/ingest/types';

function grid(name: string, values: RawValue[][], formats?: string[][]): SheetGrid {
  return {
    name,
    firstRow: 1,
    firstCol: 1,
    values,
    numberFormats: formats ?? values.map((r) => r.map(() => 'General')),
  };
}

test('which sheet, which field', () => {
  expect(['36協定', '３６協定（本社）', '36協定チェック', '勤怠'].map(isAgreementSheet)).toEqual([
    true,
    true,
    false,
    false,
  ]);
  expect(fieldOfLabel('延長することができる時間数 1か月')).toBe('monthHours');
  expect(fieldOfLabel('１年')).toBe('yearHours');
  expect(fieldOfLabel('特別条項（1箇月）')).toBe('specialMonthHours');
  expect(fieldOfLabel('限度時間を超えることができる回数')).toBe('specialTimes');
  expect(fieldOfLabel('労働させることができる法定休日の日数')).toBe('holidayDaysPerMonth');
  expect(fieldOfLabel('起算日')).toBe('start');
  expect(fieldOfLabel('メモ')).toBeUndefined();
});

test('one agreement; a field left out takes the statutory default and says so', () => {
  // No 起算日 and no 1年: two issues naming the defaults (the agreement year's start month; 360 h).
  const { agreements, issues } = readAgreementSheet(
    grid('36協定', [['時間外労働・休日労働に関する協定'], ['1か月', '45時間'], ['特別条項', 'なし']]),
  );
  expect(agreements).toEqual([{ origin: 'sheet', originName: '36協定', monthHours: 45, special: false }]);
  expect(issues.map((i) => i.message)).toEqual([
    expect.stringContaining('起算日'),
    expect.stringContaining('1年: 法定の上限360時間'),
  ]);
});

test('two agreements side by side, a date as an Excel serial, and one refused with the bound it breaks', () => {
  // 2025-04-01 = serial 45748. 工場: 1か月 50 h without 特別条項 → refused (45 h, 36条4項).
  const values: RawValue[][] = [
    ['事業場', '本社', '工場'],
    ['起算日', 45748, 45748],
    ['1か月', 45, 50],
    ['1年', 360, 360],
    ['特別条項', 'あり', 'なし'],
    ['特別条項 1か月', 70, null],
    ['特別条項 1年', 540, null],
    ['特別条項の回数', '6回', null],
  ];
  const formats = values.map((r, i) => r.map(() => (i === 1 ? 'yyyy/m/d' : 'General')));
  const { agreements, issues } = readAgreementSheet(grid('36協定', values, formats));
  expect(agreements).toEqual([
    {
      origin: 'sheet',
      originName: '36協定',
      name: '本社',
      covers: ['本社'],
      start: '2025-04-01',
      monthHours: 45,
      yearHours: 360,
      special: true,
      specialMonthHours: 70,
      specialYearHours: 540,
      specialTimes: 6,
    },
  ]);
  expect(issues).toEqual([
    expect.objectContaining({ sheet: '36協定', cell: 'C1', message: expect.stringContaining('45') }),
  ]);
  expect(issues[0].message).toContain('この36協定は使いません');
});

test('a value that cannot be read is an issue at its cell', () => {
  const { issues } = readAgreementSheet(
    grid('36協定', [
      ['1か月', 'よんじゅうご'],
      ['1年', 360],
      ['特別条項', 'なし'],
    ]),
  );
  expect(issues[0]).toMatchObject({ sheet: '36協定', cell: 'B1' });
});

test('ingest reads the sheet beside the attendance and does not take it for a table', () => {
  const result = ingestWorkbook([
    grid('36協定', [
      ['1か月', 30],
      ['1年', 300],
      ['特別条項', 'なし'],
      ['起算日', '2025/4/1'],
    ]),
    grid('月次', [
      ['社員番号', '年月', '時間外労働', '休日労働'],
      ['E1', '2025-06', 35, 0],
    ]),
  ]);
  expect(result.agreements?.map((a) => a.monthHours)).toEqual([30]);
  expect(result.sheets.map((s) => s.sheet)).toEqual(['月次']);
});
