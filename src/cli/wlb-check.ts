/**
 * The `wlb-check` command: the same pipeline as the task pane, on .xlsx and .csv files — one file, or many
 * (files and folders) with `--out-dir` (./batch.ts).
 * Exit status: 0 ran (whatever the criteria say), 1 input unreadable (or an output file could not be written),
 * 2 bad arguments, 3 read but no attendance or leave row usable. Every message is one line: what happened and
 * what to do, Japanese first, then English.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Mapping } from '../ingest/types';
import { XlsxReadError } from '../host/xlsx';
import { CRITERIA, getProfile, localizeReport } from '../rules';
import type { Agreement } from '../rules/agreement';
import { applyAgreementParam, checkAgreements, readAgreementJson } from '../rules/agreement-input';
import type { Localized } from '../rules/messages';
import { formatCriteriaTable, wordsFor } from '../report';
import { USAGE, localIsoDate, parseArgs, type CliRequest } from './args';
import { OutputError, UsageError, checkFile } from './check-file';
import { runBatch } from './batch';
import { explainReadings } from './explain';

/** Where the command writes; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
  /** Standard error is a terminal: a batch run draws its progress line there. */
  isTTY?: boolean;
}

const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  now: () => new Date(),
  isTTY: Boolean(process.stderr.isTTY),
};

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
  return i < 0
    ? `${message}。${hint.ja} / ${hint.en}`
    : `${message.slice(0, i)}。${hint.ja} / ${message.slice(i + 3)}; ${hint.en}`;
}

/**
 * Runs the command and returns its exit status.
 *
 * @example await main(['sample.xlsx', '--json', '-', '--as-of', '2026-03-31']) // 0, JSON on stdout
 */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const parsed = parseArgs(
    argv,
    localIsoDate(io.now()),
    (id) => getProfile(id) !== undefined,
    (id) => id in CRITERIA,
  );
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
        : withHint(
            error instanceof XlsxReadError
              ? error.message
              : `読み込みに失敗しました: ${(error as Error).message} / failed`,
            READ_HINT,
          );
    io.stderr(`wlb-check: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
}

async function run(req: CliRequest, io: CliIO): Promise<number> {
  const mapping = req.mappingFile ? readMapping(req.mappingFile) : undefined;
  const agreements = readAgreements(req);
  if (agreements.length > 0) req = { ...req, params: { ...req.params, agreements } };
  if (req.outDir !== undefined) return runBatch(req, mapping, io);
  if (isFolder(req.input)) {
    throw new UsageError(
      `フォルダーを確認するときは --out-dir で出力フォルダーを指定してください: ${req.input} / a folder needs --out-dir`,
    );
  }
  const json = req.json === '-' ? undefined : req.json;
  const { report, ingest, unusable } = await checkFile({ ...req, json, mapping, now: io.now() });
  if (req.explain) (req.json === '-' ? io.stderr : io.stdout)(explainReadings(ingest, req.lang));
  if (req.json === '-') io.stdout(JSON.stringify(localizeReport(report, req.lang), null, 2) + '\n');
  if (req.json !== '-' || req.table) {
    const write = req.json === '-' ? io.stderr : io.stdout;
    write(formatCriteriaTable(report, req.lang) + '\n');
    write(summaryLine(report.inputIssues.length, ingest.dataset.sources, req) + '\n');
  }
  if (unusable) {
    // The report was still written (every figure in it says データ不足); the exit status says it is not a result.
    io.stderr(`wlb-check: ${req.input}: ${unusable} / read, but no attendance or leave row was usable\n`);
    return 3;
  }
  return 0;
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function summaryLine(
  issues: number,
  sources: { sheet: string; kind: string; rows: number }[],
  req: CliRequest,
): string {
  const t = wordsFor(req.lang).terminal;
  const read = sources.map((s) => `${s.sheet}(${t.rows(s.rows)})`).join(', ');
  const out = req.lang === 'en' ? 'output' : '出力';
  const outputs = [req.out && `${out}: ${req.out}`, req.json && req.json !== '-' && `JSON: ${req.json}`]
    .filter(Boolean)
    .join(' / ');
  return t.summaryLine(req.asOf, read, issues, outputs);
}

/**
 * The company's 36協定 from `--agreement` and `--param agreement.<field>=…` (over the file's, or as one of its own).
 * An agreement that cannot be read, or that is above a statutory bound, is a bad argument (exit 2) naming the bound.
 */
function readAgreements(req: CliRequest): Agreement[] {
  const agreements: Agreement[] = [];
  const problems: Localized[] = [];
  if (req.agreementFile) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(req.agreementFile, 'utf8'));
    } catch (error) {
      const why = (error as Error).message;
      throw new UsageError(`--agreement を読めません: ${req.agreementFile} (${why}) / cannot read agreement file`);
    }
    const read = readAgreementJson(parsed, 'file', path.basename(req.agreementFile));
    agreements.push(...read.agreements);
    problems.push(...read.problems);
  }
  for (const [key, value] of req.agreementParams ?? []) {
    const problem = applyAgreementParam(agreements, key, value);
    if (problem) problems.push(problem);
  }
  problems.push(...checkAgreements(agreements));
  if (problems.length > 0) {
    const ja = problems.map((p) => p.ja).join('。');
    const en = problems.map((p) => p.en).join('; ');
    throw new UsageError(`36協定を使えません: ${ja} / the agreement cannot be used: ${en}`);
  }
  return agreements;
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
    throw new UsageError(
      `--mapping はシート名をキーとする JSON オブジェクトです: ${file} / mapping must be an object keyed by sheet`,
    );
  }
  return parsed as Mapping;
}
