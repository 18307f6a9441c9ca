/**
 * `wlb-check --lang en` end to end (issue 11, report.md): the compiled CLI on the bundled sample and on a workbook
 * with planted input errors. Every gap, finding message and input-issue message of the JSON, and every cell of the
 * checker's own sheets in the --out workbook (read back with exceljs), has no Japanese except names, sheet names
 * and cell values taken from the input — those are collected from the input workbook and struck out first.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { buildNodeCli } from '../support/node-build';

const root = path.join(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-i18n-'));
/** Hiragana, Katakana, CJK ideographs, CJK punctuation (、。「」〜) and full-width forms (（）：). */
const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
const OWN_SHEETS = [
  'WLB基準サマリー',
  '36協定チェック',
  '年休5日チェック',
  '育休取得率',
  '入力エラー',
  'チェックリスト',
  '健康管理（80時間）',
];

interface Ref {
  code: string;
  params: Record<string, unknown>;
}
interface JsonReport {
  criteria: { id: string; title: string; category: string; source: string; gap: string | null; gapRef?: Ref }[];
  findings: { rule: string; message?: string; messageRef?: Ref }[];
  inputIssues: { sheet: string; cell: string; value: string; message: string; messageRef?: Ref }[];
}

beforeAll(() => {
  buildNodeCli();
}, 180_000);

function run(input: string, out: string, lang: 'en' | 'ja'): JsonReport {
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'bin', 'wlb-check.js'),
      input,
      '--json',
      '-',
      '--out',
      out,
      '--as-of',
      '2026-03-31',
      '--lang',
      lang,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as JsonReport;
}

/**
 * The user's own words, longest first: sheet names and the texts of the data rows. A sheet's first row (its
 * header) is left out, so that a header the user shares with the checker (社員番号, 区分) is not excused.
 */
async function inputTexts(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const texts = new Set<string>(OWN_SHEETS);
  wb.eachSheet((ws) => {
    texts.add(ws.name);
    ws.eachRow((row, rowNumber) =>
      row.eachCell((cell) => {
        if (rowNumber === 1) return;
        const t = cell.text;
        if (typeof t === 'string' && JAPANESE.test(t)) texts.add(t.trim());
      }),
    );
  });
  return [...texts].sort((a, b) => b.length - a.length);
}

/** The text with every user word struck out; what is left must not be Japanese. */
function leftover(text: string, userTexts: string[]): string {
  let t = text;
  for (const u of userTexts) if (t.includes(u)) t = t.split(u).join(' ');
  return JAPANESE.test(t) ? text : '';
}

/** The Japanese texts of the checker's own sheets that are not the user's words. */
async function japaneseCells(file: string, userTexts: string[]): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const found: string[] = [];
  wb.eachSheet((ws) => {
    if (!OWN_SHEETS.some((n) => ws.name === n || ws.name.startsWith(`${n} (`))) return;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const bad = typeof cell.text === 'string' ? leftover(cell.text, userTexts) : '';
        if (bad) found.push(`${ws.name}!${cell.address}: ${bad}`);
      }),
    );
  });
  return found;
}

function japaneseInJson(report: JsonReport, userTexts: string[]): string[] {
  const texts = [
    ...report.criteria.flatMap((c) => [c.title, c.category, c.source, c.gap ?? '']),
    ...report.findings.map((f) => f.message ?? ''),
    ...report.inputIssues.map((i) => i.message),
  ];
  return texts.map((t) => leftover(t, userTexts)).filter(Boolean);
}

/** A roster, daily attendance and leave book with one planted error of each kind a person would make. */
async function writePlanted(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet('社員名簿');
  roster.addRows([
    ['社員番号', '氏名', '性別', '雇用形態', '入社日', '生年月日'],
    ['E1', '山田 太郎', '男', '正社員', new Date(Date.UTC(2015, 3, 1)), new Date(Date.UTC(1990, 4, 1))],
    ['E2', '佐藤 花子', '不明', '正社員', new Date(Date.UTC(2016, 3, 1)), new Date(Date.UTC(1992, 6, 1))],
    ['E2', '佐藤 花子', '女', '正社員', new Date(Date.UTC(2016, 3, 1)), new Date(Date.UTC(1992, 6, 1))], // duplicate id
    ['E3', '鈴木 一郎', '男', '', new Date(Date.UTC(2017, 3, 1)), null], // no employment type, no birth date
  ]);
  const daily = wb.addWorksheet('勤怠');
  daily.addRow(['社員番号', '日付', '出勤', '退勤', '休憩']);
  daily.addRows([
    ['E1', '2026/3/2', '9:00', '18:00', '1:00'],
    ['E1', '2026/3/3', '9;00', '18:00', '1:00'], // unreadable time
    ['E1', '2026/13/1', '9:00', '18:00', '1:00'], // no such date
    ['E1', '2026/3/4', '9:00', '', '1:00'], // end blank
    ['E1', '2026/3/5', '18:00', '9:00', '10:00'], // break longer than the day
    ['E2', '2026/3/2', '9:00', '18:00', '1:00'],
    ['E2', '2026/3/2', '9:00', '18:00', '1:00'], // duplicate row
    ['E9', '2026/3/2', '9:00', '18:00', '1:00'], // not on the roster
    ['', '2026/3/6', '9:00', '18:00', '1:00'], // blank id
  ]);
  daily.getCell('C10').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  const leave = wb.addWorksheet('年休');
  leave.addRows([
    ['社員番号', '区分', '日付', '日数'],
    ['E1', '付与', '2025/4/1', 12],
    ['E1', '取得', '2025/5/1', 'たくさん'], // unreadable days
    ['E1', '謎', '2025/6/1', 1], // unknown kind
  ]);
  const broken = wb.addWorksheet('月次');
  broken.addRows([
    ['社員番号', '時間外労働'],
    ['E1', 10],
  ]); // a monthly sheet without its month column
  await wb.xlsx.writeFile(file);
}

describe.each([
  ['the bundled sample', path.join(root, 'assets', 'sample-company.xlsx')],
  ['a workbook with planted input errors', path.join(dir, 'planted.xlsx')],
])('%s with --lang en', (_name, input) => {
  let report: JsonReport;
  let userTexts: string[];
  const out = path.join(dir, `${path.basename(input, '.xlsx')}-en.xlsx`);

  beforeAll(async () => {
    if (!fs.existsSync(input)) await writePlanted(input);
    report = run(input, out, 'en');
    userTexts = await inputTexts(input);
  }, 120_000);

  test('gaps, findings and input issues of the JSON are English, each with its ref', () => {
    expect(japaneseInJson(report, userTexts)).toEqual([]);
    expect(report.inputIssues.length).toBeGreaterThan(0);
    for (const issue of report.inputIssues) expect(issue.messageRef?.code).toBeDefined();
    for (const f of report.findings) expect(f.messageRef?.code).toBeDefined();
    for (const c of report.criteria) if (c.gap) expect(c.gapRef?.code).toBeDefined();
  });

  test("every cell of the checker's own sheets is English", async () => {
    expect(await japaneseCells(out, userTexts)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const summary = wb.getWorksheet('WLB基準サマリー')!;
    const headerRow = [...Array(summary.rowCount).keys()]
      .map((i) => summary.getRow(i + 1))
      .find((r) => r.getCell(1).text === 'Category' && r.getCell(2).text === 'Criterion');
    expect(headerRow && [1, 2, 3, 4, 5, 6, 7, 8].map((c) => headerRow.getCell(c).text)).toEqual([
      'Category',
      'Criterion',
      'Source',
      'Threshold',
      'Value',
      'Result',
      'Gap',
      'Details',
    ]);
  });
});

describe('the planted errors, read by a person', () => {
  test('each planted error is one English input issue at its cell', () => {
    const report = run(path.join(dir, 'planted.xlsx'), path.join(dir, 'planted-en-2.xlsx'), 'en');
    const at = (sheet: string, cell: string) =>
      report.inputIssues.filter((i) => i.sheet === sheet && i.cell === cell).map((i) => i.message);
    expect(at('勤怠', 'C3')).toEqual(['Cannot be read as a time of day (Clock in)']);
    expect(at('勤怠', 'B4')).toEqual(['Cannot be read as a date (no such date) (Date)']);
    expect(at('勤怠', 'A9')).toEqual(['Employee ID E9 is not on the roster']);
    expect(at('社員名簿', 'C3')).toEqual(['Cannot be read as a gender (enter M or F) (Gender)']);
    expect(at('月次', '')).toEqual([
      expect.stringMatching(/^Read as a Monthly attendance sheet, but required columns are missing: Month/),
    ]);
  });

  test('--lang ja (the default) keeps the Japanese texts', () => {
    const report = run(path.join(dir, 'planted.xlsx'), path.join(dir, 'planted-ja.xlsx'), 'ja');
    const at = (sheet: string, cell: string) =>
      report.inputIssues.filter((i) => i.sheet === sheet && i.cell === cell).map((i) => i.message);
    expect(at('勤怠', 'C3')).toEqual(['時刻として読めません（出勤時刻）']);
    expect(at('勤怠', 'A9')).toEqual(['社員番号 E9 は社員名簿にありません']);
  });
});
