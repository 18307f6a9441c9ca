/**
 * The `--out` copy port (src/host/xlsx/copy/copy-port.ts): the user's parts are copied byte for byte, the checker's
 * sheets are grafted with their looks (styles appended to the user's styles part), reruns replace them in place.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XlsxCopyPort } from '../../../../src/host/xlsx/copy/copy-port';
import type { SheetLayout } from '../../../../src/report/layout';
import { layout, summaryLayout } from '../layouts';
import { buildWorkbook, dateCell, timeCell } from '../../../../scripts/workbook-builders';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-copy-'));
const file = (name: string) => path.join(dir, name);

function summary(): SheetLayout {
  return summaryLayout({ b6: '\t先頭タブ', linkC5: "'勤怠'!B3" });
}

/** A user workbook with its own styles, a selected tab, a sheet-local name and a sheet named like the summary. */
async function userFile(name: string): Promise<string> {
  const wb = buildWorkbook([
    {
      name: '勤怠',
      rows: [
        ['社員番号', '日付', '出勤'],
        ['E001', dateCell('2025-04-01'), timeCell('9:00')],
        ['E002', '2025/4/1', '9;00'],
      ],
    },
    { name: 'WLB基準サマリー', rows: [['これは利用者のメモです'], [42]] },
  ]);
  const ws = wb.getWorksheet('勤怠')!;
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('A1').font = { italic: true, name: 'Meiryo', size: 9 };
  ws.views = [{ tabSelected: true } as unknown as ExcelJS.WorksheetView];
  wb.definedNames.add("'勤怠'!$A$1:$C$3", 'UserRange');
  const f = file(name);
  await wb.xlsx.writeFile(f);
  return f;
}

async function parts(f: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(f));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async('nodebuffer'));
  return out;
}

async function load(f: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  return wb;
}

test('grafts the checker sheets with their looks; user parts keep their bytes; the summary is the only selected tab', async () => {
  const input = await userFile('in.xlsx');
  const inputBytes = fs.readFileSync(input);
  const port = await XlsxCopyPort.open(input);
  expect((await port.listSheets()).map((s) => [s.name, s.ownedByChecker])).toEqual([
    ['勤怠', false],
    ['WLB基準サマリー', false],
  ]);
  const grid = await port.readSheet('勤怠');
  expect(grid.values[1]).toEqual(['E001', 45748, 0.375]);
  const result = await port.writeSheets([summary(), layout('36協定チェック', { values: [['社員番号']] })], {
    activate: 'WLB基準サマリー',
  });
  expect(result.sheetNames).toEqual({ WLB基準サマリー: 'WLB基準サマリー (2)', '36協定チェック': '36協定チェック' });
  const out = file('out.xlsx');
  await port.save(out);
  expect(fs.readFileSync(input).equals(inputBytes)).toBe(true);

  const before = await parts(input);
  const after = await parts(out);
  // Every user part is unchanged but the workbook, its relationships, content types, styles — and the sheet
  // that was the selected tab, which loses only its tabSelected flag.
  const changed = [...before.keys()].filter((k) => !before.get(k)!.equals(after.get(k) ?? Buffer.alloc(0))).sort();
  expect(changed).toEqual(
    [
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ].sort(),
  );
  const sheet1 = (b: Buffer) => b.toString('utf8');
  expect(sheet1(after.get('xl/worksheets/sheet1.xml')!)).toBe(
    sheet1(before.get('xl/worksheets/sheet1.xml')!).replace(/ tabSelected="1"/, ''),
  );
  // The user's shared strings are not touched: the checker's text is inline.
  expect(after.get('xl/sharedStrings.xml')!.equals(before.get('xl/sharedStrings.xml')!)).toBe(true);

  const wb = await load(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    '勤怠',
    'WLB基準サマリー',
    'WLB基準サマリー (2)',
    '36協定チェック',
  ]);
  const user = wb.getWorksheet('勤怠')!;
  expect(user.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
  expect(user.getCell('A1').font).toMatchObject({ italic: true, name: 'Meiryo', size: 9 });
  expect(user.getCell('B2').numFmt).toBe('yyyy/m/d');
  expect(wb.definedNames.model).toEqual(
    expect.arrayContaining([
      { name: 'UserRange', ranges: ["'勤怠'!$A$1:$C$3"] },
      { name: 'WLBChecker_1', ranges: ["'WLB基準サマリー (2)'!$A$1"] },
      { name: 'WLBChecker_2', ranges: ["'36協定チェック'!$A$1"] },
    ]),
  );

  const ws = wb.getWorksheet('WLB基準サマリー (2)')!;
  expect(ws.getCell('A1').value).toBe('WLB基準サマリー');
  expect(ws.getCell('A3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
  expect(ws.getCell('C3').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
  expect(ws.getCell('A3').font).toMatchObject({ bold: true });
  expect(ws.getCell('C3').border).toMatchObject({ top: { style: 'thin' } });
  expect(ws.getCell('B2').numFmt).toBe('yyyy/m/d');
  expect(ws.getCell('B2').value).toEqual(new Date(Date.UTC(2026, 2, 31)));
  expect(ws.getCell('B4').numFmt).toBe('0.0');
  expect(ws.getCell('B5').numFmt).toBe('0.0%');
  expect(ws.getCell('B5').fill).toMatchObject({ fgColor: { argb: 'FFF8CBAD' } });
  expect(ws.getCell('B5').font).toMatchObject({ color: { argb: 'FF9C0006' } });
  expect(ws.getCell('A4').fill).toBeUndefined();
  expect(ws.getColumn(1).width).toBe(24);
  expect(ws.getCell('C1').isMerged).toBe(true);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  expect(ws.properties.tabColor).toEqual({ argb: 'FF1F6FEB' });
  expect(ws.getCell('C4').value).toEqual({ text: '36協定チェック', hyperlink: "#'36協定チェック'!A1" });
  expect(ws.getCell('C5').value).toEqual({ text: '入力エラー', hyperlink: "#'勤怠'!B3" });
  for (const a of ['A6', 'B6', 'C6']) expect(ws.getCell(a).type).toBe(ExcelJS.ValueType.String);
  expect(ws.getCell('A6').value).toBe('=HYPERLINK("http://x","y")');
  expect(ws.getCell('B6').value).toBe('\t先頭タブ');
  // Only the summary is a selected tab (exceljs does not read tabSelected back, so the XML is looked at), and it
  // is the active one.
  const selected = [...after].filter(
    ([k, v]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k) && v.toString('utf8').includes('tabSelected="1"'),
  );
  expect(selected).toHaveLength(1);
  expect(selected[0][1].toString('utf8')).toContain('<tabColor rgb="FF1F6FEB"/>');
  expect(wb.views[0]).toMatchObject({ activeTab: 2 });
});

test('a rerun replaces the checker sheets in place (same tabs), keeps a kept sheet and the user sheets, drops the old parts', async () => {
  const input = await userFile('rerun-in.xlsx');
  const first = await XlsxCopyPort.open(input);
  await first.writeSheets(
    [
      summary(),
      layout('チェックリスト', {
        values: [
          ['項目番号', '内容', '該当'],
          ['3', '就業規則', ''],
        ],
      }),
      layout('入力エラー', { values: [['シート']] }),
    ],
    {
      keepIfPresent: ['チェックリスト'],
      activate: 'WLB基準サマリー',
    },
  );
  await first.save(file('rerun-1.xlsx'));
  // The user answers the checklist and moves a user sheet behind the checker's sheets.
  const answered = await load(file('rerun-1.xlsx'));
  answered.getWorksheet('チェックリスト')!.getCell('C2').value = '○';
  answered.addWorksheet('後から追加').getCell('A1').value = 'user';
  await answered.xlsx.writeFile(file('rerun-1b.xlsx'));

  const again = await XlsxCopyPort.open(file('rerun-1b.xlsx'));
  expect((await again.listSheets()).filter((s) => s.ownedByChecker).map((s) => s.name)).toEqual([
    'WLB基準サマリー (2)',
    'チェックリスト',
    '入力エラー',
  ]);
  const res = await again.writeSheets([summary(), layout('チェックリスト', { values: [['x']] })], {
    keepIfPresent: ['チェックリスト'],
    activate: 'WLB基準サマリー',
  });
  expect(res.sheetNames).toEqual({ WLB基準サマリー: 'WLB基準サマリー (2)', チェックリスト: 'チェックリスト' });
  await again.save(file('rerun-2.xlsx'));

  const wb = await load(file('rerun-2.xlsx'));
  // 入力エラー was not written this time: it stays, still marked as the checker's.
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    '勤怠',
    'WLB基準サマリー',
    'WLB基準サマリー (2)',
    'チェックリスト',
    '入力エラー',
    '後から追加',
  ]);
  expect(wb.getWorksheet('チェックリスト')!.getCell('C2').value).toBe('○');
  expect(wb.getWorksheet('WLB基準サマリー')!.getCell('A1').value).toBe('これは利用者のメモです');
  expect(wb.getWorksheet('WLB基準サマリー (2)')!.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
  const markers = wb.definedNames.model.filter((d) => d.name.startsWith('WLBChecker_')).map((d) => d.ranges[0]);
  expect(markers.sort()).toEqual(["'WLB基準サマリー (2)'!$A$1", "'チェックリスト'!$A$1", "'入力エラー'!$A$1"].sort());
  expect(wb.views[0]).toMatchObject({ activeTab: 2 });

  // The replaced sheet's old part is gone; every worksheet part is listed once in the content types.
  const zip = await JSZip.loadAsync(fs.readFileSync(file('rerun-2.xlsx')));
  const sheetParts = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  expect(sheetParts).toHaveLength(6);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  for (const p of sheetParts) expect(types.split(`PartName="/${p}"`)).toHaveLength(2);
});

test('a failure while building leaves the package as it was', async () => {
  const input = await userFile('fail-in.xlsx');
  const port = await XlsxCopyPort.open(input);
  const broken = layout('入力エラー', {
    values: [['a', 'b']],
    merges: [
      { row: 1, col: 1, colEnd: 2 },
      { row: 1, col: 2, colEnd: 3 },
    ],
  });
  await expect(port.writeSheets([summary(), broken])).rejects.toThrow();
  await port.save(file('fail-out.xlsx'));
  const before = await parts(input);
  const after = await parts(file('fail-out.xlsx'));
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [k, v] of before) expect(after.get(k)!.equals(v)).toBe(true);
});

test('parts only a replaced checker sheet used (its notes) go with it; calcChain is dropped; the user sheet keeps its notes', async () => {
  const input = await userFile('notes-in.xlsx');
  const first = await XlsxCopyPort.open(input);
  await first.writeSheets([summary()]);
  await first.save(file('notes-1.xlsx'));
  const wb1 = await load(file('notes-1.xlsx'));
  wb1.getWorksheet('WLB基準サマリー (2)')!.getCell('A2').note = 'checker note';
  wb1.getWorksheet('勤怠')!.getCell('A2').note = 'user note';
  await wb1.xlsx.writeFile(file('notes-1b.xlsx'));
  // Pretend Excel saved it: a calcChain part that lists cells by sheet.
  const zip1 = await JSZip.loadAsync(fs.readFileSync(file('notes-1b.xlsx')));
  zip1.file(
    'xl/calcChain.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="3"/></calcChain>',
  );
  const rels = await zip1.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip1.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  const types = await zip1.file('[Content_Types].xml')!.async('string');
  zip1.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  fs.writeFileSync(file('notes-1c.xlsx'), await zip1.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  const before = Object.keys(zip1.files)
    .filter((f) => /comments|vmlDrawing/.test(f))
    .sort();
  expect(before).toHaveLength(4);

  const again = await XlsxCopyPort.open(file('notes-1c.xlsx'));
  await again.writeSheets([summary()]);
  await again.save(file('notes-2.xlsx'));
  const zip2 = await JSZip.loadAsync(fs.readFileSync(file('notes-2.xlsx')));
  const left = Object.keys(zip2.files)
    .filter((f) => /comments|vmlDrawing/.test(f))
    .sort();
  expect(left).toHaveLength(2);
  expect(zip2.file('xl/calcChain.xml')).toBeNull();
  const types2 = await zip2.file('[Content_Types].xml')!.async('string');
  expect(types2).not.toContain('calcChain');
  for (const m of types2.matchAll(/PartName="\/([^"]+)"/g)) expect(zip2.file(m[1])).not.toBeNull();
  expect(await zip2.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toContain('calcChain');
  const wb2 = await load(file('notes-2.xlsx'));
  expect(wb2.getWorksheet('勤怠')!.getCell('A2').note).toBe('user note');
  expect(wb2.getWorksheet('WLB基準サマリー (2)')!.getCell('A2').note).toBeUndefined();
});

test('a rerun on the checker’s own output adds no style records (identical records are reused)', async () => {
  const input = await userFile('styles-in.xlsx');
  const counts = async (f: string) => {
    const styles = await (await JSZip.loadAsync(fs.readFileSync(f))).file('xl/styles.xml')!.async('string');
    return ['fonts', 'fills', 'borders', 'cellXfs', 'numFmts'].map(
      (s) => new RegExp(`<${s} count="(\\d+)"`).exec(styles)?.[1],
    );
  };
  let from = input;
  const seen: unknown[] = [];
  for (const run of [1, 2, 3]) {
    const port = await XlsxCopyPort.open(from);
    await port.writeSheets([summary()], { activate: 'WLB基準サマリー' });
    from = file(`styles-${run}.xlsx`);
    await port.save(from);
    seen.push(await counts(from));
  }
  expect(seen[1]).toEqual(seen[0]);
  expect(seen[2]).toEqual(seen[0]);
  const wb = await load(from);
  expect(wb.getWorksheet('WLB基準サマリー (2)')!.getCell('B5').fill).toMatchObject({ fgColor: { argb: 'FFF8CBAD' } });
  expect(wb.getWorksheet('WLB基準サマリー (2)')!.getCell('B5').numFmt).toBe('0.0%');
  expect(wb.getWorksheet('勤怠')!.getCell('A1').font).toMatchObject({ italic: true, name: 'Meiryo', size: 9 });
});
