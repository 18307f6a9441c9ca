/**
 * One input file → report: what a single-file `wlb-check` run does and what each worker of a batch run does
 * for each file, so the two cannot drift apart.
 */
import type { Lang } from '../rules/messages';
import * as fs from 'fs';
import * as path from 'path';
import type { IngestResult, Mapping } from '../ingest/types';
import type { Params } from '../rules/params';
import type { Report } from '../rules/types';
import { localizeReport } from '../rules/localize';
import type { WorkbookPort } from '../host/port';
import { CsvWorkbookPort } from '../host/csv';
import { XlsxCopyPort, XlsxReadError } from '../host/xlsx';
import { reclaimMemory } from './reclaim-memory';
import { createReportMeta, evaluateIngested, readAndIngest, writeReport, type CheckOptions } from '../pipeline';
import { columnsInUse, nothingUsable, sheetMappingFor } from '../ingest';
import { writeJsonFile } from './json-file';

/** A bad argument (exit 2). */
export class UsageError extends Error {}

/** An output file (--out / --json / a batch report) could not be written; nothing partial is left at its path. */
export class OutputError extends Error {}

/** A port the CLI can also save as a new .xlsx (`--out`). */
type SavablePort = WorkbookPort & { save(file: string): Promise<void> };

export interface FileCheckRequest {
  input: string;
  /** The report workbook to write, if any. */
  out?: string;
  /** The JSON report file to write, if any (standard output is the caller's business). */
  json?: string;
  profile: string;
  params: Params;
  mapping?: Mapping;
  ingest: CheckOptions['ingest'];
  /** The generation time written in the report workbook. */
  now: Date;
  /** Language of the report workbook and of the JSON's texts (the refs ride along in both). */
  lang?: Lang;
  /** The company's name on the printed sheets (`--company`); absent: the workbook's Company property. */
  company?: string;
}

export interface FileCheck {
  report: Report;
  ingest: IngestResult;
  /** Why nothing usable was read (exit 3), or null. */
  unusable: string | null;
}

/** `--json /dev/null` or a named pipe: renaming over it would replace the device or pipe with a plain file. */
function isDeviceOrPipe(full: string): boolean {
  try {
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    return stat !== undefined && (stat.isCharacterDevice() || stat.isFIFO());
  } catch {
    return false; // a path under a plain file (ENOTDIR) and the like: the ordinary write reports it
  }
}

/**
 * Writes a file so that it is either complete or absent: into a temporary file in the same folder, then
 * renamed over `target` (an earlier file there stays intact until the new one is whole). A target that exists and is
 * not a plain file (a device such as /dev/null, a named pipe) is written in place.
 */
export async function writeWhole(target: string, write: (tmp: string) => Promise<void> | void): Promise<void> {
  const full = path.resolve(target);
  if (isDeviceOrPipe(full)) return write(full);
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
 * Opens an input by its extension: `.csv` as a one-sheet workbook, anything else as an .xlsx (whose reader
 * says clearly when the file is an .xls, encrypted or not a workbook at all).
 *
 * @example const port = await openInput('custom_csv_20250401_20250430.csv');
 */
async function openInput(file: string, mapping?: Mapping): Promise<SavablePort> {
  if (path.extname(file).toLowerCase() === '.csv') return CsvWorkbookPort.open(file);
  // Below each sheet's first rows, only the columns ingest will read are decoded (as in Excel).
  return XlsxCopyPort.open(file, {
    columnsFor: (sheet, head) => columnsInUse(head, sheetMappingFor(mapping, sheet)),
  });
}

/**
 * Reads, checks and writes the requested outputs of one input. Throws XlsxReadError when the input cannot be
 * read at all (including "no recognisable sheet"), OutputError when an output cannot be written, UsageError
 * when an output would overwrite the input.
 *
 * @example const { report, unusable } = await checkFile({ input: 'a.xlsx', json: 'a.json', profile: 'all', params, ingest: {}, now: new Date() });
 */
export async function checkFile(req: FileCheckRequest): Promise<FileCheck> {
  for (const target of [req.out, req.json]) {
    if (target && path.resolve(target) === path.resolve(req.input)) {
      throw new UsageError(
        '--out は入力と別のファイルにしてください（入力は変更しません） / --out must differ from the input',
      );
    }
  }
  const port = await openInput(req.input, req.mapping);
  // The file name is context for what a sheet lacks (a month in `custom_csv_20250401_20250430.csv`).
  const ingestOptions = { ...req.ingest, sourceName: path.basename(req.input) };
  const read = await readAndIngest(port, {
    profile: req.profile,
    params: req.params,
    mapping: req.mapping,
    ingest: ingestOptions,
    afterSheet: reclaimMemory,
  });
  // The columns and day tables the dataset was built from are garbage now, before the rules allocate.
  reclaimMemory(read.ingest.dataset.sources.reduce((rows, source) => rows + source.rows, 0));
  const { sheets } = read;
  const { ingest, report } = evaluateIngested(read.ingest, { profile: req.profile, params: req.params });
  // Refused only when no sheet was recognised at all; a sheet read in part, or one asked about, is exit 3 with its
  // question (an unknown layout ends in a question the user can answer).
  if (ingest.dataset.sources.length === 0 && ingest.sheets.every((s) => s.kind === null)) {
    const names = sheets.map((s) => s.name).join(', ');
    // Why, in ingest's words (the headers it looks for, or the columns a sheet lacks), kept on the one line.
    const why = ingest.issues
      .filter((i) => !i.cell)
      .map((i) => `${i.sheet ? `${i.sheet}: ` : ''}${i.message.replace(/。?$/, '。')}`)
      .join('')
      .replace(/ \/ /g, '／');
    throw new XlsxReadError(
      `認識できるシートがありません（${names}）。${why}見出しを直すか、--mapping で列を指定してください / no recognisable sheet`,
    );
  }
  if (req.out) {
    await writeReport(port, report, ingest.dataset, createReportMeta(req.profile, req.now, req.lang, req.company));
    await writeWhole(req.out, (tmp) => port.save(tmp));
  }
  if (req.json) {
    const localized = localizeReport(report, req.lang ?? 'ja');
    await writeWhole(req.json, (tmp) => writeJsonFile(tmp, localized));
  }
  return { report, ingest, unusable: nothingUsable(ingest) };
}
