/**
 * The summary as a document: title per profile, company, periods as HR writes them, Japan time, the verdict box,
 * legal violations before the criteria (違反/警告 apart from 未達), units on every figure, no internal ids, the chart.
 */
import { wordsFor } from '../../../src/report';
import { buildSummaryLayout } from '../../../src/report/sheets/summary';
import type { Finding, Verdict } from '../../../src/rules/types';
import { META, cellAt, criterion, emptyDataset, findRow, makeReport, styleAt } from '../fixtures';

const JA = wordsFor('ja');
const EN = wordsFor('en');

const dataset = emptyDataset({
  sources: [
    { sheet: '勤怠2025', kind: 'monthly', rows: 1200 },
    { sheet: '社員名簿', kind: 'roster', rows: 100 },
  ],
});

/** A 100-hour month of E017 (労基法36条6項2号) and its 80-hour notice. */
const findings: Finding[] = [
  { rule: 'law36.month-100-or-more', employeeId: 'E017', period: '2025-12', value: 104.5, severity: 'violation' },
  { rule: 'health.over-80-notify', employeeId: 'E017', period: '2025-12', value: 95.2, severity: 'warning' },
  { rule: 'law36.month-over-45', employeeId: 'E017', period: '2025-12', value: 86.5, severity: 'warning' },
  { rule: 'law36.month-over-45', employeeId: 'E002', period: '2026-01', value: 50, severity: 'warning' },
];

const verdict: Verdict = {
  profile: 'kurumin-2025',
  criteriaMet: true,
  criteriaStatus: 'pass',
  legalViolations: 2,
  outcome: 'met-but-legal-violations',
  toConfirm: ['action-plan', 'plan-goals', 'work-style-measures', 'other-law-breaches'],
};

const report = makeReport({
  profile: 'kurumin-2025',
  verdict,
  findings,
  criteria: [
    criterion({
      id: 'childcare.male-rate',
      category: '育児・介護',
      title: '男性の育児休業等取得率',
      status: 'pass',
      value: 0.6,
      threshold: 0.3,
      unit: 'rate',
    }),
    criterion({
      id: 'hours.kurumin-overtime',
      title: 'くるみんの労働時間基準',
      status: 'pass',
      series: { '2025-04': 20, '2026-03': 22.5 },
    }),
    criterion({
      id: 'resignation.care-none-3y',
      category: '退職',
      title: '介護離職者がいない',
      status: 'fail',
      value: 1,
      threshold: 0,
      unit: 'count',
      gap: '介護を理由とする退職者が1人います',
    }),
  ],
  inputIssues: [{ sheet: '勤怠', cell: 'D15', value: '9;00', message: '時刻として読めません' }],
});

const meta = { ...META, generatedAt: '2026-12-07T01:46:12.000Z', companyName: '株式会社ふくやま精機' };
const layout = buildSummaryLayout(report, dataset, meta, JA);
const strings = layout.values.flat().filter((v): v is string => typeof v === 'string');

describe('the header of the document', () => {
  it('titles what was checked and names the company', () => {
    expect(cellAt(layout, 1, 1)).toBe('くるみん認定（2025年4月改正）基準 自己チェック');
    expect(cellAt(layout, 2, 1)).toBe('株式会社ふくやま精機');
    expect(layout.companyCell).toBeUndefined();
    // Without a name, the host fills row 2 with the workbook's Company property.
    expect(buildSummaryLayout(report, dataset, META, JA).companyCell).toEqual({ row: 2, col: 1 });
  });

  it('writes the periods as HR does and the time it was made in Japan time (01:46 UTC = 10:46 JST)', () => {
    expect(layout.values[findRow(layout, '基準日') - 1][1]).toBe('2026年3月31日現在');
    expect(layout.values[findRow(layout, '集計期間（12か月）') - 1][1]).toBe('2025年4月〜2026年3月');
    expect(layout.values[findRow(layout, '計画期間') - 1][1]).toBe('2023年4月1日〜2026年3月31日');
    expect(layout.values[findRow(layout, '作成日時（日本時間）') - 1][1]).toBe('2026年12月7日 10:46');
  });

  it('counts input issues with a link, and lists the sources with their rows', () => {
    const row = findRow(layout, '入力エラー');
    expect(cellAt(layout, row, 2)).toBe('1件');
    expect(layout.hyperlinks).toContainEqual({ row, col: 2, target: "'入力エラー'!A1" });
    expect(strings).toContain('勤怠2025（勤怠（月次）・1,200行）');
  });

  it('prints no internal identifier: no profile id, no criterion id', () => {
    expect(strings.filter((s) => /kurumin-2025|\b(childcare|hours|law36|health|resignation)\.[a-z]/.test(s))).toEqual(
      [],
    );
  });
});

describe('the verdict box', () => {
  it('never says "met" over a legal violation: the numbers are met, but 2 violations may stop the certification', () => {
    const row = findRow(layout, '判定') + 1;
    expect(cellAt(layout, row, 1)).toBe(
      '基準の数値は満たしています — ただし法令違反が2件あり、認定されない可能性があります',
    );
    expect(styleAt(layout, row, 1)).toMatchObject({ fill: '#FF7C80', bold: true });
    const legal = findRow(layout, '法令違反');
    expect(cellAt(layout, legal, 2)).toBe('2件（下の「法令違反・要対応」を参照）');
  });

  it('lists what no data can show as 要確認', () => {
    const row = findRow(layout, '要確認（データでは判断できない要件）');
    expect(cellAt(layout, row, 2)).toBe(
      [
        '・一般事業主行動計画の策定・届出・公表・周知',
        '・行動計画に定めた目標の達成',
        '・多様な労働条件の整備などの措置',
        '・この集計に含まれない関係法令の重大な違反がないこと',
      ].join('\n'),
    );
  });
});

describe('legal violations first, in their own words', () => {
  const section = findRow(layout, '法令違反・要対応');
  const criteria = findRow(layout, '基準ごとの判定');

  it('comes before the criteria, one row per rule and severity, the law cited first', () => {
    expect(section).toBeLessThan(criteria);
    const month100 = findRow(layout, '36協定', '時間外・休日労働が単月100時間以上');
    expect(month100).toBeGreaterThan(section);
    expect(cellAt(layout, month100, 3)).toMatch(/^労働基準法36条6項2号/);
    expect(cellAt(layout, month100, 6)).toBe('違反');
    expect(styleAt(layout, month100, 6).fill).toBe('#FF7C80');
    // 0 cases allowed, 1 found, with the unit in the number format.
    expect([cellAt(layout, month100, 4), cellAt(layout, month100, 5)]).toEqual([0, 1]);
    expect(styleAt(layout, month100, 5).numberFormat).toBe('0" 件"');
    expect(cellAt(layout, month100, 7)).toBe('E017 2025年12月');
  });

  it('tells 警告 apart from 違反 (two month-over-45 warnings in one row) and links to the detail sheet', () => {
    const rows = layout.values
      .map((r, i) => ({ r, i: i + 1 }))
      .filter(({ r, i }) => i > section && i < criteria && r[5] === '警告');
    expect(rows.map(({ r }) => r[4])).toEqual([1, 2]);
    const over45 = rows.find(({ r }) => r[4] === 2)!;
    expect(over45.r[6]).toBe('E017 2025年12月、E002 2026年1月');
    expect(styleAt(layout, over45.i, 6).fill).toBe('#FFC000');
  });

  it('says so when there is none', () => {
    const calm = buildSummaryLayout(
      makeReport({ verdict: { ...verdict, legalViolations: 0, outcome: 'met' } }),
      dataset,
      META,
      JA,
    );
    expect(calm.values.flat()).toContain('この集計で見つかった法令違反はありません。');
  });
});

describe('the criteria', () => {
  it('carries units on every figure: a rate 0.0 %, a count of people 0 人', () => {
    const rate = findRow(layout, '育児・介護', '男性の育児休業等取得率');
    expect([cellAt(layout, rate, 4), cellAt(layout, rate, 5)]).toEqual([0.3, 0.6]);
    expect(styleAt(layout, rate, 5).numberFormat).toBe('0.0 %');
    const count = findRow(layout, '退職', '介護離職者がいない');
    expect(styleAt(layout, count, 5).numberFormat).toBe('0" 人"');
    expect(cellAt(layout, count, 6)).toBe('未達');
    expect(styleAt(layout, count, 6)).toMatchObject({ fill: '#FFC7CE', bold: true });
  });

  it('charts くるみん’s full-time mean against the 45 and 30 hour lines', () => {
    const header = findRow(layout, '月');
    expect(layout.values[header - 1]).toEqual(['月', 'フルタイム平均', '45時間', '30時間']);
    expect(layout.charts).toHaveLength(1);
    expect(layout.charts[0].dataRange).toEqual({ row: header, col: 1, rowEnd: header + 12, colEnd: 4 });
    expect(styleAt(layout, header + 1, 2).numberFormat).toBe('0.0" 時間"');
  });
});

describe('in English', () => {
  const en = buildSummaryLayout(report, dataset, { ...meta, lang: 'en' }, EN);
  it('titles, dates, verdict and units in English, ASCII punctuation', () => {
    expect(cellAt(en, 1, 1)).toBe('Kurumin certification (revised April 2025): self-check');
    expect(en.values[findRow(en, 'As of') - 1][1]).toBe('as of 31 March 2026');
    expect(en.values[findRow(en, 'Made at (Japan time)') - 1][1]).toBe('7 December 2026, 10:46 JST');
    expect(en.values.flat()).toContain(
      'The criteria figures are met - but 2 legal violations were found, so the certification may not be granted',
    );
    expect(en.values.flat()).toContain('1 case (see "Legal violations and duties" below)'.replace('1 case', '2 cases'));
    const rate = findRow(en, '育児・介護', '男性の育児休業等取得率');
    expect(styleAt(en, rate, 5).numberFormat).toBe('0.0%');
  });
});
