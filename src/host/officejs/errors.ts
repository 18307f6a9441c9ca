/**
 * The thin error layer of the office-js host (the Script Lab pattern): which Office errors are worth a retry,
 * the Japanese messages the task pane shows, and the retry loop for cell-edit mode.
 * No office-js runtime import: errors are recognised by their `code`, as OfficeExtension.Error carries it.
 */

/** Codes Excel answers with when a request or response is too big (Excel on the web: 5 MB, 5,000,000 cells). */
const PAYLOAD_CODES = new Set([
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'RangeExceedsLimit',
  'PayloadTooLarge',
]);

const CELL_EDIT_MODE_CODE = 'InvalidOperationInCellEditMode';
/** Every Office code this file recognises, also when only the message names it. */
const KNOWN_CODES = [CELL_EDIT_MODE_CODE, ...PAYLOAD_CODES];

/** The codes of {@link OfficeHostError}, so the pane can map each to its message. */
export type OfficeHostErrorCode =
  'CellEditMode' | 'WriteFailed' | 'WriteFailedNotRestored' | 'ReadFailed' | 'NotInExcel';

/** An error of the office-js host whose message is meant for the user (Japanese). */
export class OfficeHostError extends Error {
  override name = 'OfficeHostError';
  constructor(
    public readonly code: OfficeHostErrorCode,
    message: string,
    public override readonly cause?: unknown,
  ) {
    super(message);
  }
}

export const MESSAGES = {
  cellEditMode:
    'セルを編集中のため、ブックを操作できませんでした。編集中のセルで Enter キー（確定）または Esc キー（取り消し）を押して編集を終えてから、もう一度お試しください。',
  cellEditModeWrite:
    'セルを編集中のため、チェッカーのシートを書き込めませんでした。ブックは何も変更していません。編集中のセルで Enter キー（確定）または Esc キー（取り消し）を押して編集を終えてから、もう一度「チェック」を押してください。',
  writeFailed: (detail: string) =>
    `チェッカーのシートを書き込めませんでした。ブックは何も変更していません（元のままです）。少し待ってからもう一度「チェック」を押してください。続く場合は、ブックを保存して開き直してからお試しください。（詳細: ${detail}）`,
  writeFailedNotRestored: (detail: string) =>
    `チェッカーのシートを書き込めず、途中まで作ったシートを元に戻すこともできませんでした。名前が「~wlb_」で始まるシートが残っていれば削除し、チェッカーのシートがそろっているか確かめてから、もう一度お試しください。（詳細: ${detail}）`,
  rowTooLarge: (sheet: string, row: number) =>
    `シート「${sheet}」の ${row} 行目は 1 行だけでも Excel が一度に送れる大きさ（5 MB）を超えるため、読み込めませんでした。長い文字列の列を別のシートに移すか、そのシートを除外してください。`,
  notInExcel:
    'Excel の中で開かれていないため、ブックを操作できません。Excel でブックを開き、リボンからアドインを起動してください。',
};

/** The `code` an error object carries (OfficeExtension.Error, OfficeHostError), or ''. */
function ownCode(err: unknown): string {
  return typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string'
    ? (err as { code: string }).code
    : '';
}

/** The message of an Error or of an error-like object, else the value as text. */
function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  const message = typeof err === 'object' && err !== null ? (err as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(err);
}

/**
 * The Office error code of an error: its own `code`, or a code this file knows named in its message (a RichApi
 * error re-thrown as plain text keeps only the message). '' for anything else.
 *
 * @example officeErrorCode(new Error('RichApi.Error: ResponsePayloadSizeLimitExceeded')) // 'ResponsePayloadSizeLimitExceeded'
 * @example officeErrorCode('boom') // ''
 */
export function officeErrorCode(err: unknown): string {
  const code = ownCode(err);
  if (code) return code;
  const message = messageOf(err);
  return KNOWN_CODES.find((known) => message.includes(known)) ?? '';
}

/**
 * Tells whether Excel refused a request or response for its size, so the caller should retry smaller.
 *
 * @example isPayloadTooLarge({ code: 'ResponsePayloadSizeLimitExceeded' }) // true
 */
export function isPayloadTooLarge(err: unknown): boolean {
  return PAYLOAD_CODES.has(officeErrorCode(err));
}

/**
 * Tells whether Excel refused because the user is editing a cell (the request can run once they finish).
 *
 * @example isCellEditMode({ code: 'InvalidOperationInCellEditMode' }) // true
 */
export function isCellEditMode(err: unknown): boolean {
  return officeErrorCode(err) === CELL_EDIT_MODE_CODE;
}

/**
 * A short technical description of an error, for the `（詳細: …）` part of a message and the pane's small print:
 * its code, then its message unless that already names the code.
 *
 * @example errorDetail({ code: 'InvalidOperationInCellEditMode', message: 'Excel is in cell-editing mode.' })
 * // 'InvalidOperationInCellEditMode: Excel is in cell-editing mode.'
 */
export function errorDetail(err: unknown): string {
  const code = ownCode(err);
  const message = messageOf(err);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

export interface RetryOptions {
  /** Waits between attempts (ms); one more attempt than entries. Default 300, 600, 1200, 2400. */
  delays?: number[];
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_DELAYS = [300, 600, 1200, 2400];
export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `operation`, retrying with backoff while Excel is in cell-edit mode; after the last attempt throws an
 * OfficeHostError telling the user to finish editing the cell. Other errors pass through at once.
 *
 * @example await withCellEditRetry(() => Excel.run(readNames)) // retries 4 times over ~4.5 s
 */
export async function withCellEditRetry<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const delays = options.delays ?? DEFAULT_DELAYS;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (err) {
      if (!isCellEditMode(err)) throw err;
      if (attempt >= delays.length) throw new OfficeHostError('CellEditMode', MESSAGES.cellEditMode, err);
      await sleep(delays[attempt]);
    }
  }
}
