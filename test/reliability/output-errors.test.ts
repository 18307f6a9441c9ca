/**
 * Trust: every error a user can see says what happened and what to do. The task pane's catalogue
 * (src/taskpane/messages ja/en: `errors.<kind>` = { message, hint }, plus a few inline problem texts), the
 * office-js host's Japanese messages (src/host/officejs/errors.ts MESSAGES and the read failure), and every kind
 * of `wlb-check` failure (one line, Japanese then ` / ` English, with its exit status).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MESSAGES, OfficeHostError, type OfficeHostErrorCode } from '../../src/host/officejs/errors';
import { OfficeWorkbookPort, type ExcelApi } from '../../src/host/officejs';
import { ja } from '../../src/taskpane/messages/ja';
import { en } from '../../src/taskpane/messages/en';
import { describeError, type ErrorKind } from '../../src/taskpane/state';
import { FakeExcel } from '../support/fake-excel';
import { writeWorkbook } from '../../scripts/workbook-builders';
import { AS_OF, hostileWorkbook, runCli, saveWorkbook } from './output-support';

/** A Japanese sentence that asks the user to do something (…てください / …ください / 押して…). */
const JA_ACTION = /ください/;
/** An English sentence with an instruction: an imperative verb at the start of a clause. */
const EN_ACTION =
  /(^|[.;,(]\s*|\bthen\s+)(Press|Save|Untick|Unprotect|Reload|Try|Check|Delete|Pick|Go|Open|Choose|Tick|Finish|Close|Enter|Select|Run|See|Use)\b/i;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const KINDS: ErrorKind[] = [
  'cellEdit',
  'read',
  'tooLarge',
  'write',
  'writeNotRestored',
  'sample',
  'settings',
  'select',
  'unknown',
];

describe('the task pane error catalogue', () => {
  const entries = (m: typeof ja) =>
    Object.entries(m.errors).filter(([, v]) => typeof v === 'object') as [string, { message: string; hint: string }][];

  test('ja and en have the same error kinds, and each ErrorKind the pane can raise has an entry', () => {
    expect(
      entries(ja)
        .map(([k]) => k)
        .sort(),
    ).toEqual([...KINDS].sort());
    expect(
      entries(en)
        .map(([k]) => k)
        .sort(),
    ).toEqual([...KINDS].sort());
  });

  test.each(KINDS)('%s: what happened (message) and what to do (hint), in ja and en', (kind) => {
    const j = ja.errors[kind];
    const e = en.errors[kind];
    expect(j.message).toMatch(JAPANESE);
    expect(j.message).toMatch(/。$/);
    expect(j.hint).toMatch(JA_ACTION);
    expect(e.message).not.toMatch(JAPANESE);
    expect(e.message).toMatch(/\.$/);
    expect(e.hint).toMatch(EN_ACTION);
    expect(e.hint).not.toMatch(JAPANESE);
  });

  test('the technical detail is shown in both locales under its own label', () => {
    expect(ja.errors.detail('X')).toBe('詳細: X');
    expect(en.errors.detail('X')).toBe('Details: X');
  });

  test('problems shown inline (no sheet, missing columns, invalid input) also say what to do, in ja and en', () => {
    const pairs: [string, string][] = [
      [ja.detect.none, en.detect.none],
      [ja.mapping.noSheets, en.mapping.noSheets],
      [ja.mapping.missing('氏名'), en.mapping.missing('Name')],
      [ja.settings.invalidDate, en.settings.invalidDate],
      [ja.settings.invalidNumber, en.settings.invalidNumber],
    ];
    for (const [j, e] of pairs) {
      expect(j).toMatch(JA_ACTION);
      expect(e).toMatch(/(^|[.;,(]\s*)(Open|Go|Pick|Enter|Type|Use)\b/i);
    }
  });

  test('host errors map to the message that is true for them', () => {
    const kind = (code: OfficeHostErrorCode, message = 'x') =>
      describeError(new OfficeHostError(code, message), 'write').kind;
    expect(kind('WriteFailed', 'RequestPayloadSizeLimitExceeded: too big')).toBe('write');
    expect(kind('WriteFailedNotRestored')).toBe('writeNotRestored');
    expect(kind('CellEditMode')).toBe('cellEdit');
    expect(describeError({ code: 'InvalidOperationInCellEditMode', message: 'editing' }, 'read').kind).toBe('cellEdit');
    expect(describeError({ code: 'ResponsePayloadSizeLimitExceeded', message: 'big' }, 'read').kind).toBe('tooLarge');
  });
});

describe('the office-js host messages (Japanese, shown as the detail)', () => {
  const all: [string, string][] = [
    ['cellEditMode', MESSAGES.cellEditMode],
    ['cellEditModeWrite', MESSAGES.cellEditModeWrite],
    ['writeFailed', MESSAGES.writeFailed('GeneralException: x')],
    ['writeFailedNotRestored', MESSAGES.writeFailedNotRestored('GeneralException: x')],
    ['rowTooLarge', MESSAGES.rowTooLarge('勤怠', 12)],
    ['notInExcel', MESSAGES.notInExcel],
  ];

  test('MESSAGES lists every entry tested here', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual(all.map(([k]) => k).sort());
  });

  test.each(all)('%s says what happened and what to do', (_, text) => {
    expect(text).toMatch(JAPANESE);
    expect(text).toMatch(JA_ACTION);
    // What happened comes first, as its own sentence, before the request.
    expect(text.indexOf('。')).toBeGreaterThan(0);
    expect(text.indexOf('。')).toBeLessThan(text.search(JA_ACTION));
  });

  test('a sheet that cannot be read: what happened and what to do, in the error the pane shows', async () => {
    const fake = new FakeExcel(['勤怠']);
    const err = await new OfficeWorkbookPort(fake as ExcelApi, { sleep: async () => {} })
      .readSheet('ない')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeHostError);
    expect((err as Error).message).toMatch(/シート「ない」を読み込めませんでした。.*ください/);
  });
});

describe('wlb-check: every failure is one line with what happened and what to do', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-output-errors-'));
  const f = (name: string) => path.join(dir, name);
  const good = f('good.xlsx');

  beforeAll(async () => {
    await saveWorkbook(hostileWorkbook(), good);
    fs.writeFileSync(f('text.xlsx'), 'just text');
    // An encrypted workbook is an OLE compound file: its signature is enough for the check.
    fs.writeFileSync(f('encrypted.xlsx'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]));
    await writeWorkbook(f('nothing.xlsx'), [{ name: 'メモ', rows: [['ただのメモ'], ['内容']] }]);
    fs.writeFileSync(f('broken-mapping.json'), '{ not json');
    fs.mkdirSync(f('folder'));
  });

  const cases: [string, () => string[], number][] = [
    ['unknown option', () => [good, '--frobnicate'], 2],
    ['no input file', () => ['--as-of', AS_OF], 2],
    ['two input files', () => [good, good], 2],
    ['bad --as-of', () => [good, '--as-of', '2026-02-30'], 2],
    ['unknown profile', () => [good, '--profile', 'nope'], 2],
    ['unknown --param key', () => [good, '--param', 'nope=1'], 2],
    ['bad --param value', () => [good, '--param', 'agreementStartMonth=13'], 2],
    ['unknown criterion threshold', () => [good, '--param', 'threshold.nope=1'], 2],
    ['--out without a value', () => [good, '--out'], 2],
    ['unreadable --mapping', () => [good, '--mapping', f('broken-mapping.json')], 2],
    ['--out equal to the input', () => [good, '--out', good], 2],
    ['missing input file', () => [f('missing.xlsx')], 1],
    ['not an .xlsx', () => [f('text.xlsx')], 1],
    ['encrypted workbook', () => [f('encrypted.xlsx')], 1],
    ['no recognisable sheet', () => [f('nothing.xlsx')], 1],
    ['--out is a folder', () => [good, '--out', f('folder'), '--as-of', AS_OF], 1],
    ['--json is a folder', () => [good, '--json', f('folder'), '--as-of', AS_OF], 1],
  ];

  test.each(cases)('%s', async (_, args, status) => {
    const r = await runCli(args());
    expect(r.status).toBe(status);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatch(/^wlb-check: /);
    const [jaPart, ...enParts] = line.slice('wlb-check: '.length).split(' / ');
    expect(jaPart).toMatch(JAPANESE);
    expect(jaPart).toMatch(JA_ACTION);
    expect(enParts.join(' / ')).toMatch(/[a-z]{3,}/);
  });

  test('with no arguments it prints the usage, which lists the exit statuses', async () => {
    const r = await runCli([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/終了コード \/ exit status: 0 .*, 1 .*,\s+2 .*,\s+3 /);
  });
});
