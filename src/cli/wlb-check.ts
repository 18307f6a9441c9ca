/**
 * The `wlb-check` command: the same pipeline as the task pane, on .xlsx files.
 * Exit status: 0 ran (whatever the criteria say), 1 input unreadable (or an output file could not be written),
 * 2 bad arguments. Every message is one line: what happened and what to do, Japanese first, then English.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Mapping } from '../ingest/types';
import { XlsxReadError } from '../host/xlsx-file';
import { XlsxCopyPort } from '../host/xlsx-copy';
import { createReportMeta, runCheck, writeReport } from '../pipeline';
import { CRITERIA, getProfile } from '../rules';
import { formatCriteriaTable } from '../report';
import { USAGE, localIsoDate, parseArgs, type CliRequest } from './args';

/** Where the command writes; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
}

const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  now: () => new Date(),
};

class UsageError extends Error {}

/** An output file (--out / --json) could not be written; nothing partial is left at its path. */
class OutputError extends Error {}

const READ_HINT = {
  ja: 'パスを確かめ、Excel でパスワードを外して .xlsx 形式で保存し直してから、もう一度実行してください',
  en: 'check the path, or save it from Excel as an .xlsx without a password and run again',
};
const USAGE_HINT = { ja: '使い方は wlb-check --help で確かめてください', en: 'see wlb-check --help' };

/**
 * Adds what to do to a `ja / en` message that does not say it yet (a Japanese request ends in ください).
 *
 * @example withHint('不明なオプション: -x / unknown option -x', USAGE_HINT)
 * // '不明なオプション: -x。使い方は wlb-check --help で確かめてください / unknown option -x; see wlb-check --help'
 */
function withHint(message: string, hint: { ja: string; en: string }): string {
  if (message.includes('ください')) return message;
  const i = message.lastIndexOf(' / ');
  return i < 0 ? `${message}。${hint.ja} / ${hint.en}` : `${message.slice(0, i)}。${hint.ja} / ${message.slice(i + 3)}; ${hint.en}`;
}

/**
 * Writes a file so that it is either complete or absent: into a temporary file in the same folder, then
 * renamed over `target` (an earlier file there stays intact until the new one is whole).
 */
async function writeWhole(target: string, write: (tmp: string) => Promise<void> | void): Promise<void> {
  const full = path.resolve(target);
  const tmp = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.tmp`);
  try {
    fs.mkdirSync(path.dirname(full), { recursive: true });
    await write(tmp);
    fs.renameSync(tmp, full);
  } catch (error) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Its folder could not be made or read: then no temporary file exists either.
    }
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new OutputError(
      `出力ファイルを書き込めませんでした: ${target}（${reason}）。途中までのファイルは残していません。` +
        `そのファイルを Excel などで開いていれば閉じ、書き込めるフォルダーのファイル名を指定して、もう一度実行してください / cannot write ${target} (${reason}); nothing was left behind, choose a writable file and run again`,
    );
  }
}

/**
 * Runs the command and returns its exit status.
 *
 * @example await main(['sample.xlsx', '--json', '-', '--as-of', '2026-03-31']) // 0, JSON on stdout
 */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const parsed = parseArgs(argv, localIsoDate(io.now()), (id) => getProfile(id) !== undefined, (id) => id in CRITERIA);
  if (!parsed.ok) {
    if (parsed.usage) {
      // --help asked for it (0); no arguments at all did not run anything (2).
      const help = argv.includes('--help') || argv.includes('-h');
      (help ? io.stdout : io.stderr)(USAGE + '\n');
      return help ? 0 : 2;
    }
    io.stderr(`wlb-check: ${withHint(parsed.message, USAGE_HINT)}\n`);
    return 2;
  }
  try {
    return await run(parsed.request, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`wlb-check: ${withHint(error.message, USAGE_HINT)}\n`);
      return 2;
    }
    const message =
      error instanceof OutputError
        ? error.message
        : withHint(error instanceof XlsxReadError ? error.message : `読み込みに失敗しました: ${(error as Error).message} / failed`, READ_HINT);
    io.stderr(`wlb-check: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
}

async function run(req: CliRequest, io: CliIO): Promise<number> {
  const mapping = req.mappingFile ? readMapping(req.mappingFile) : undefined;
  if (req.out && path.resolve(req.out) === path.resolve(req.input)) {
    throw new UsageError('--out は入力と別のファイルにしてください（入力は変更しません） / --out must differ from the input');
  }
  // One streaming pass over the cells; the input's zip is kept so that --out copies its parts as they are.
  const port = await XlsxCopyPort.open(req.input);
  const { ingest, report, sheets } = await runCheck(port, { profile: req.profile, params: req.params, mapping, ingest: req.ingest });
  if (ingest.dataset.sources.length === 0) {
    const names = sheets.map((s) => s.name).join(', ');
    // Why, in ingest's words (the headers it looks for, or the columns a sheet lacks), kept on the one line.
    const why = ingest.issues.filter((i) => !i.cell).map((i) => `${i.sheet ? `${i.sheet}: ` : ''}${i.message.replace(/。?$/, '。')}`).join('').replace(/ \/ /g, '／');
    throw new XlsxReadError(`認識できるシートがありません（${names}）。${why}見出しを直すか、--mapping で列を指定してください / no recognisable sheet`);
  }
  if (req.out) {
    await writeReport(port, report, ingest.dataset, createReportMeta(req.profile, io.now()));
    await writeWhole(req.out, (tmp) => port.save(tmp));
  }
  const json = JSON.stringify(report, null, 2) + '\n';
  if (req.json === '-') io.stdout(json);
  else if (req.json) await writeWhole(req.json, (tmp) => fs.writeFileSync(tmp, json));
  if (req.json !== '-' || req.table) {
    const write = req.json === '-' ? io.stderr : io.stdout;
    write(formatCriteriaTable(report) + '\n');
    write(summaryLine(report.inputIssues.length, ingest.dataset.sources, req) + '\n');
  }
  return 0;
}

function summaryLine(issues: number, sources: { sheet: string; kind: string; rows: number }[], req: CliRequest): string {
  const read = sources.map((s) => `${s.sheet}(${s.rows}行)`).join(', ');
  const outputs = [req.out && `出力: ${req.out}`, req.json && req.json !== '-' && `JSON: ${req.json}`].filter(Boolean).join(' / ');
  return `基準日 ${req.asOf}・読み込み: ${read}・入力エラー ${issues} 件${outputs ? '・' + outputs : ''}`;
}

/** Reads `--mapping`: an object keyed by sheet name. A broken file is a bad argument (exit 2). */
function readMapping(file: string): Mapping {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--mapping を読めません: ${file} (${(error as Error).message}) / cannot read mapping file`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UsageError(`--mapping はシート名をキーとする JSON オブジェクトです: ${file} / mapping must be an object keyed by sheet`);
  }
  return parsed as Mapping;
}
