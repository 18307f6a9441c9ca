/**
 * Trust, .xlsx side: `wlb-check --out` seen from the outside. The input file keeps its bytes; the copy keeps every
 * user sheet as it was (values, formats, looks, merges, widths, names, order, visibility, defined names); reruns on
 * the copy replace only the checker's sheets and keep the checklist answers; a user sheet with a checker name is
 * never overwritten; a failed write leaves no partial file; hostile text is stored as text, never as a formula.
 */
import * as fs from 'fs';
import nodeFs from 'fs'; // the module object itself (not a namespace copy), for jest.spyOn
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { SHEET_NAMES } from '../../src/report';
import {
  AS_OF,
  CHECKER_SHEETS,
  HOSTILE,
  HOSTILE_ID,
  USER_SHEETS,
  cellsWithText,
  describeSheet,
  formulaCells,
  hostileWorkbook,
  readWorkbook,
  runCli,
  saveWorkbook,
  sha256,
  sheetOrder,
  sheetXml,
  userDefinedNames,
} from './output-support';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-output-xlsx-'));
const file = (name: string) => path.join(dir, name);

async function check(input: string, out: string, ...extra: string[]) {
  const r = await runCli([input, '--out', out, '--as-of', AS_OF, '--json', out.replace(/\.xlsx$/, '.json'), ...extra]);
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return JSON.parse(fs.readFileSync(out.replace(/\.xlsx$/, '.json'), 'utf8')) as {
    criteria: { id: string; status: string }[];
  };
}

/** Names of the checker's marks (`WLBChecker_<n>` → sheet) in a workbook. */
function markedSheets(wb: ExcelJS.Workbook): string[] {
  return wb.definedNames.model
    .filter((d) => /^WLBChecker_\d+$/.test(d.name))
    .flatMap((d) => d.ranges.map((r) => r.replace(/!.*$/, '').replace(/^'|'$/g, '').replace(/''/g, "'")))
    .sort();
}

describe('1. the user sheets are unchanged', () => {
  const input = file('user.xlsx');
  const out = file('user-report.xlsx');
  let before: string;
  let inWb: ExcelJS.Workbook;
  let outWb: ExcelJS.Workbook;

  beforeAll(async () => {
    await saveWorkbook(hostileWorkbook(), input);
    before = sha256(input);
    await check(input, out);
    inWb = await readWorkbook(input);
    outWb = await readWorkbook(out);
  });

  test('the input file has the same bytes after --out (SHA-256 before = after)', () => {
    expect(sha256(input)).toBe(before);
  });

  test.each(USER_SHEETS)(
    'sheet %s: same values, number formats, fonts, fills, borders, notes, links, merges, widths, heights, panes, tab colour, validation, conditional formats, filter, position and visibility',
    (name) => {
      const a = describeSheet(inWb, name);
      expect(a).toBeDefined();
      expect(describeSheet(outWb, name)).toEqual(a);
    },
  );

  test('the comparison is not vacuous: the input memo sheet has each of those features', () => {
    const memo = describeSheet(inWb, 'メモ') as Record<string, unknown> & {
      cells: { note: unknown; value: unknown; font: { bold?: boolean } | null }[];
    };
    expect(memo).toMatchObject({
      state: 'visible',
      tabColor: { argb: 'FF00B050' },
      autoFilter: 'A2:C3',
      merges: ['A1:C1'],
    });
    expect(memo.views).toEqual([expect.objectContaining({ state: 'frozen', xSplit: 1, ySplit: 1 })]);
    expect(Object.keys(memo.dataValidations as object)).toEqual(['B2']);
    expect(memo.conditionalFormattings).toHaveLength(1);
    expect(memo.cells.some((c) => c.note === '利用者のメモ')).toBe(true);
    expect(memo.cells.some((c) => c.font?.bold === true)).toBe(true);
    expect(memo.cells.some((c) => typeof c.value === 'object' && c.value !== null && 'hyperlink' in c.value)).toBe(
      true,
    );
    expect(memo.cells.some((c) => typeof c.value === 'object' && c.value !== null && 'formula' in c.value)).toBe(true);
    expect((describeSheet(inWb, '非表示') as { state: string }).state).toBe('hidden');
    expect((describeSheet(inWb, '超非表示') as { state: string }).state).toBe('veryHidden');
  });

  test('the user sheets keep their names and order, first; only the checker sheets are added after them', () => {
    expect(sheetOrder(inWb)).toEqual(USER_SHEETS);
    expect(sheetOrder(outWb).slice(0, USER_SHEETS.length)).toEqual(USER_SHEETS);
    expect(
      sheetOrder(outWb)
        .slice(USER_SHEETS.length)
        .every((n) => CHECKER_SHEETS.includes(n)),
    ).toBe(true);
  });

  test('the user defined names are kept, and the checker marks exactly its own sheets', () => {
    expect(userDefinedNames(inWb)).toEqual(["Roster='社員名簿'!$A$1:$I$8", "UserRange='メモ'!$B$2:$B$3"].sort());
    expect(userDefinedNames(outWb)).toEqual(userDefinedNames(inWb));
    expect(markedSheets(outWb)).toEqual(sheetOrder(outWb).slice(USER_SHEETS.length).sort());
    expect(outWb.properties.date1904 ?? false).toBe(inWb.properties.date1904 ?? false);
  });
});

describe('2. reruns are idempotent', () => {
  const input = file('rerun.xlsx');
  const first = file('rerun-1.xlsx');
  const answered = file('rerun-1-answered.xlsx');
  const second = file('rerun-2.xlsx');
  let inWb: ExcelJS.Workbook;
  let firstWb: ExcelJS.Workbook;
  let secondWb: ExcelJS.Workbook;
  let firstJson: { criteria: { id: string; status: string }[] };
  let secondJson: { criteria: { id: string; status: string }[] };
  const answers: [number, string, string][] = [];

  beforeAll(async () => {
    await saveWorkbook(hostileWorkbook(), input);
    firstJson = await check(input, first);
    // The user answers the first two checklist items in the copy (○ and ×, with a note), then runs on that copy.
    firstWb = await readWorkbook(first);
    const ws = firstWb.getWorksheet(SHEET_NAMES.checklist)!;
    expect(ws.getCell('C1').value).toBe('該当（○/×）');
    for (const [row, answer, note] of [
      [2, '○', '就業規則 第12条'],
      [3, '×', '=HYPERLINK("http://evil.example","x")'],
    ] as const) {
      ws.getCell(`C${row}`).value = answer;
      ws.getCell(`D${row}`).value = note;
      answers.push([row, answer, note]);
    }
    await firstWb.xlsx.writeFile(answered);
    const answeredBefore = sha256(answered);
    secondJson = await check(answered, second);
    expect(sha256(answered)).toBe(answeredBefore);
    inWb = await readWorkbook(input);
    firstWb = await readWorkbook(answered);
    secondWb = await readWorkbook(second);
  });

  test('running on its own output gives the same set of sheets: no duplicates, no "(2)" sheets', () => {
    expect(sheetOrder(secondWb)).toEqual(sheetOrder(firstWb));
    expect(new Set(sheetOrder(secondWb)).size).toBe(sheetOrder(secondWb).length);
    expect(sheetOrder(secondWb).filter((n) => / \(\d+\)$/.test(n))).toEqual([]);
    expect(markedSheets(secondWb)).toEqual(markedSheets(firstWb));
  });

  test('the user sheets are still those of the original input after two runs', () => {
    for (const name of USER_SHEETS) expect(describeSheet(secondWb, name)).toEqual(describeSheet(inWb, name));
    expect(userDefinedNames(secondWb)).toEqual(userDefinedNames(inWb));
  });

  test('the checklist answers are kept on the rerun and read back as answers', () => {
    const ws = secondWb.getWorksheet(SHEET_NAMES.checklist)!;
    for (const [row, answer, note] of answers) {
      expect(ws.getCell(`C${row}`).value).toBe(answer);
      expect(ws.getCell(`D${row}`).value).toBe(note);
    }
    // The two answered items were "データ不足" on the first run and are decided on the second.
    const item = (json: typeof firstJson, row: number) => {
      const no = String(ws.getCell(`A${row}`).value);
      return json.criteria.find((c) => c.id === `checklist.${no}`)?.status;
    };
    expect([item(firstJson, 2), item(firstJson, 3)]).toEqual(['insufficient-data', 'insufficient-data']);
    expect([item(secondJson, 2), item(secondJson, 3)]).toEqual(['pass', 'fail']);
  });

  test('the other checker sheets were replaced (not appended to): the summary is whole again', () => {
    const a = describeSheet(firstWb, SHEET_NAMES.law36) as { cells: unknown[] };
    const b = describeSheet(secondWb, SHEET_NAMES.law36) as { cells: unknown[] };
    expect(b.cells).toEqual(a.cells);
  });
});

describe('2. a user sheet that carries a checker sheet name is never overwritten', () => {
  const input = file('own-summary.xlsx');
  const first = file('own-summary-1.xlsx');
  const second = file('own-summary-2.xlsx');
  let inWb: ExcelJS.Workbook;
  let firstWb: ExcelJS.Workbook;
  let secondWb: ExcelJS.Workbook;
  const summary = SHEET_NAMES.summary;

  beforeAll(async () => {
    await saveWorkbook(hostileWorkbook({ ownSummary: true }), input);
    await check(input, first);
    await check(first, second);
    inWb = await readWorkbook(input);
    firstWb = await readWorkbook(first);
    secondWb = await readWorkbook(second);
  });

  test('the user sheet WLB基準サマリー stays as it was; the checker writes "WLB基準サマリー (2)"', () => {
    expect(describeSheet(firstWb, summary)).toEqual(describeSheet(inWb, summary));
    expect(firstWb.getWorksheet(summary)!.getCell('A1').value).toBe('これは利用者自身のサマリーです');
    expect(firstWb.getWorksheet(`${summary} (2)`)!.getCell('A1').value).not.toBe('これは利用者自身のサマリーです');
    expect(markedSheets(firstWb)).toContain(`${summary} (2)`);
    expect(markedSheets(firstWb)).not.toContain(summary);
  });

  test('a rerun on that output replaces "(2)" and still leaves the user sheet alone (no "(3)")', () => {
    expect(describeSheet(secondWb, summary)).toEqual(describeSheet(inWb, summary));
    expect(sheetOrder(secondWb)).toEqual(sheetOrder(firstWb));
    expect(sheetOrder(secondWb).filter((n) => n.startsWith(summary))).toEqual([summary, `${summary} (2)`]);
  });

  test('every internal link of the checker sheets points at a sheet of the output', () => {
    const targets: string[] = [];
    for (const ws of secondWb.worksheets.filter((w) => markedSheets(secondWb).includes(w.name))) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { hyperlink?: string } | null;
          if (v && typeof v === 'object' && typeof v.hyperlink === 'string') targets.push(v.hyperlink);
        }),
      );
    }
    expect(targets.length).toBeGreaterThan(0);
    const names = sheetOrder(secondWb);
    for (const t of targets) {
      const sheet = /^#?(?:'((?:[^']|'')+)'|([^!]+))!/.exec(t);
      expect(sheet).not.toBeNull();
      expect(names).toContain(sheet![1] !== undefined ? sheet![1].replace(/''/g, "'") : sheet![2]);
    }
  });
});

test('2. user sheets carrying every checker sheet name are all kept; the checker writes "<name> (2)" for each, also on a rerun', async () => {
  const input = file('own-all.xlsx');
  await saveWorkbook(hostileWorkbook({ ownSheets: CHECKER_SHEETS }), input);
  await check(input, file('own-all-1.xlsx'));
  await check(file('own-all-1.xlsx'), file('own-all-2.xlsx'));
  const inWb = await readWorkbook(input);
  for (const out of ['own-all-1.xlsx', 'own-all-2.xlsx']) {
    const wb = await readWorkbook(file(out));
    for (const name of [...USER_SHEETS, ...CHECKER_SHEETS])
      expect(describeSheet(wb, name)).toEqual(describeSheet(inWb, name));
    const added = sheetOrder(wb).slice(sheetOrder(inWb).length);
    expect(added.length).toBeGreaterThan(0);
    for (const name of added) expect(name).toMatch(/ \(2\)$/);
    expect(markedSheets(wb)).toEqual([...added].sort());
  }
  expect(sheetOrder(await readWorkbook(file('own-all-2.xlsx')))).toEqual(
    sheetOrder(await readWorkbook(file('own-all-1.xlsx'))),
  );
});

describe('3. a failed write leaves no partial output', () => {
  const input = file('fail.xlsx');
  beforeAll(async () => {
    await saveWorkbook(hostileWorkbook(), input);
  });

  /** Files in `folder` (recursively), to show nothing was left behind. */
  const listing = (folder: string): string[] =>
    fs
      .readdirSync(folder, { withFileTypes: true })
      .flatMap((e) =>
        e.isDirectory() ? [`${e.name}/`, ...listing(path.join(folder, e.name)).map((f) => `${e.name}/${f}`)] : [e.name],
      )
      .sort();

  test('--out naming a folder: exit 1, a one-line Japanese message with what to do, nothing written', async () => {
    const target = file('fail-folder');
    fs.mkdirSync(path.join(target, 'inner'), { recursive: true });
    const before = listing(dir);
    const hash = sha256(input);
    const r = await runCli([input, '--out', target, '--as-of', AS_OF]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^wlb-check: 出力ファイルを書き込めませんでした: .*fail-folder.*ください \/ cannot write .*\n$/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(listing(dir)).toEqual(before);
    expect(fs.statSync(target).isDirectory()).toBe(true);
    expect(sha256(input)).toBe(hash);
  });

  test('--out under a path that is a file (folder cannot be made): exit 1, nothing written', async () => {
    const blocker = file('fail-blocker.txt');
    fs.writeFileSync(blocker, 'not a folder');
    const before = listing(dir);
    const r = await runCli([input, '--out', path.join(blocker, 'report.xlsx'), '--as-of', AS_OF]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^wlb-check: 出力ファイルを書き込めませんでした: .*ください/);
    expect(listing(dir)).toEqual(before);
    expect(fs.readFileSync(blocker, 'utf8')).toBe('not a folder');
  });

  test('--json naming a folder: the report is complete, the JSON is not written, exit 1, no stray files', async () => {
    const out = file('fail-json.xlsx');
    const jsonFolder = file('fail-json-folder');
    fs.mkdirSync(jsonFolder);
    const before = listing(dir);
    const r = await runCli([input, '--out', out, '--json', jsonFolder, '--as-of', AS_OF]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('出力ファイルを書き込めませんでした');
    expect(listing(dir)).toEqual([...before, 'fail-json.xlsx'].sort());
    const wb = await readWorkbook(out);
    expect(sheetOrder(wb)).toContain(SHEET_NAMES.summary);
  });

  test('when the finished file cannot be put in place (the OS refuses it), an earlier report at --out stays whole and no temporary file is left', async () => {
    const out = file('fail-keep.xlsx');
    await check(input, out);
    const previous = sha256(out);
    const before = listing(dir);
    // The filesystem refuses the last step once (as a full disk, a lock or a vanished folder would).
    const spy = jest.spyOn(nodeFs, 'renameSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    });
    try {
      const r = await runCli([input, '--out', out, '--as-of', AS_OF]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^wlb-check: 出力ファイルを書き込めませんでした: .*（EIO）.*ください/);
    } finally {
      spy.mockRestore();
    }
    expect(sha256(out)).toBe(previous);
    expect(listing(dir)).toEqual(before);
  });

  test('--out equal to the input is refused before anything is written (exit 2), the input untouched', async () => {
    const hash = sha256(input);
    const r = await runCli([input, '--out', input, '--as-of', AS_OF]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^wlb-check: --out は入力と別のファイルにしてください/);
    expect(sha256(input)).toBe(hash);
  });
});

describe('4. formula injection: hostile text is stored as text in the .xlsx', () => {
  const input = file('hostile.xlsx');
  const out = file('hostile-report.xlsx');
  let wb: ExcelJS.Workbook;
  let xml: Map<string, string>;

  beforeAll(async () => {
    const source = hostileWorkbook();
    // A sheet name is user text too (入力エラー's シート column and the summary's source list show it).
    source.getWorksheet('出勤簿')!.name = '=SUM(1,2)';
    await saveWorkbook(source, input);
    await check(input, out);
    wb = await readWorkbook(out);
    xml = await sheetXml(out);
  });

  const checkerSheets = () => wb.worksheets.filter((ws) => CHECKER_SHEETS.includes(ws.name));

  test('every hostile name, employee id and raw value reaches the output, each as a string cell (exceljs)', () => {
    const found = new Set<string>();
    for (const ws of checkerSheets()) {
      for (const hit of cellsWithText(ws, [...HOSTILE, HOSTILE_ID, '=SUM(1,2)'])) {
        found.add(hit.text);
        expect({ sheet: ws.name, cell: hit.address, type: hit.cell.type }).toEqual({
          sheet: ws.name,
          cell: hit.address,
          type: ExcelJS.ValueType.String,
        });
        expect(typeof hit.cell.value).toBe('string');
      }
    }
    expect([...found].sort()).toEqual([...HOSTILE, HOSTILE_ID, '=SUM(1,2)'].sort());
    // Names reach the detail sheets, raw values the input-issue sheet.
    expect(cellsWithText(wb.getWorksheet(SHEET_NAMES.law36)!, HOSTILE).length).toBeGreaterThanOrEqual(HOSTILE.length);
    expect(cellsWithText(wb.getWorksheet(SHEET_NAMES.issues)!, HOSTILE).length).toBeGreaterThanOrEqual(HOSTILE.length);
  });

  test('the sheet XML has no <f> element in any of those cells, and no formula carries user text', () => {
    for (const ws of checkerSheets()) {
      const formulas = formulaCells(xml.get(ws.name)!);
      for (const hit of cellsWithText(ws, [...HOSTILE, HOSTILE_ID, '=SUM(1,2)']))
        expect(formulas.has(hit.address)).toBe(false);
      for (const f of formulas.values()) expect(f).not.toMatch(/evil|cmd|SUM\(A1\)|1\+1|2\+2|SUM\(1,2\)/);
    }
  });

  test('links to the hostile sheet name are quoted references into the workbook, not formulas', () => {
    const ws = wb.getWorksheet(SHEET_NAMES.issues)!;
    const links: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { hyperlink?: string } | null;
        if (v && typeof v === 'object' && typeof v.hyperlink === 'string') links.push(v.hyperlink);
      }),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links.filter((l) => l.includes('SUM(1,2)')))
      expect(link).toMatch(/^#?'=SUM\(1,2\)'!\$?[A-Z]+\$?\d+$/);
  });
});
