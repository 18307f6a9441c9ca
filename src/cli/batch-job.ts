/**
 * One file of a batch run, as a worker process runs it: the single-file check (./check-file.ts) writing its
 * report workbook and JSON into the output folder, and the overview row saying how it went. Never throws: a
 * file that cannot be read is a row with its reason.
 */
import { judgement } from '../report/judgement';
import { wordsFor } from '../report';
import type { Lang } from '../rules/messages';
import type { Mapping } from '../ingest/types';
import type { Params } from '../rules/params';
import type { CheckOptions } from '../pipeline';
import { XlsxReadError } from '../host/xlsx';
import { OutputError, UsageError, checkFile } from './check-file';
import type { OverviewRow } from './overview';

/** Everything a worker needs for one file; plain JSON, sent over the worker's IPC channel. */
export interface BatchJob {
  index: number;
  file: string;
  name: string;
  /** Where its report workbook and JSON go (absolute), and the workbook relative to the output folder. */
  reportXlsx: string;
  reportJson: string;
  reportLink: string;
  profile: string;
  params: Params;
  mapping?: Mapping;
  ingest: CheckOptions['ingest'];
  /** The batch's start: every report of one run says the same generation time. */
  generatedAt: string;
  /** `--lang` of the run. */
  lang?: Lang;
  /** `--company` of the run. */
  company?: string;
}

/**
 * Checks one file and describes the outcome as an overview row.
 *
 * @example (await checkJob(job)).state // 'ok' | 'unusable' | 'unreadable'
 */
export async function checkJob(job: BatchJob): Promise<OverviewRow> {
  try {
    const { report, unusable } = await checkFile({
      input: job.file,
      out: job.reportXlsx,
      json: job.reportJson,
      profile: job.profile,
      params: job.params,
      mapping: job.mapping,
      ingest: job.ingest,
      now: new Date(job.generatedAt),
      lang: job.lang,
      company: job.company,
    });
    return {
      name: job.name,
      state: unusable ? 'unusable' : 'ok',
      reason: unusable ?? undefined,
      inputIssues: report.inputIssues.length,
      report: job.reportLink,
      verdict: report.verdict,
      criteria: report.criteria.map((c) => {
        const { text, style } = judgement(c, report.findings, wordsFor('ja'));
        return { id: c.id, title: c.title, category: c.category, status: c.status, word: text, style };
      }),
    };
  } catch (error) {
    const known = error instanceof XlsxReadError || error instanceof OutputError || error instanceof UsageError;
    const message = known
      ? (error as Error).message
      : `読み込みに失敗しました: ${(error as Error)?.message ?? String(error)} / failed`;
    return { name: job.name, state: 'unreadable', reason: message.replace(/\s*\n\s*/g, ' ') };
  }
}
