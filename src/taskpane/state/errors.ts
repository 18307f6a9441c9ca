/**
 * Error classification: any error thrown by office-js, exceljs, fetch or the pipeline becomes one of the
 * pane's plain-language messages (messages `errors.<kind>`), with the original text kept as small print.
 */
import type { ErrorInfo, ErrorKind } from './types';
import { isRecord } from './settings';

/** Codes of the office-js host's own errors (OfficeHostError) → the message that fits them. */
const HOST_ERROR_KINDS: Record<string, ErrorKind> = { CellEditMode: 'cellEdit', WriteFailed: 'write', WriteFailedNotRestored: 'writeNotRestored' };

/**
 * Sorts an error from office-js, exceljs or fetch into one of the plain-language messages. `context` says
 * what the pane was doing; the host's own codes come first (a failed write that was rolled back is a write error
 * even when Excel refused it for its size; one that could not be rolled back must not claim the workbook is
 * unchanged), then office-js codes (cell-edit mode, payload limits) win over the context.
 *
 * @example describeError({ code: 'InvalidOperationInCellEditMode' }, 'read').kind // 'cellEdit'
 */
export function describeError(error: unknown, context: ErrorKind): ErrorInfo {
  const code = isRecord(error) && typeof error.code === 'string' ? error.code : '';
  const text = error instanceof Error ? error.message : isRecord(error) && typeof error.message === 'string' ? error.message : String(error);
  const detail = [code, text].filter((part, i, all) => part && all.indexOf(part) === i).join(': ');
  if (Object.prototype.hasOwnProperty.call(HOST_ERROR_KINDS, code)) return { kind: HOST_ERROR_KINDS[code], detail };
  if (/InvalidOperationInCellEditMode/i.test(code + text)) return { kind: 'cellEdit', detail };
  if (/PayloadSizeLimitExceeded|RequestPayloadSizeLimit|ResponsePayloadSizeLimit/i.test(code + text)) return { kind: 'tooLarge', detail };
  return { kind: context, detail };
}

/** Runs `body` and turns a thrown error into an ErrorInfo, so a bug below never blanks the pane. */
export function runSafely<T>(body: () => T | null): { result: T | null; error: ErrorInfo | null } {
  try {
    return { result: body(), error: null };
  } catch (error) {
    return { result: null, error: describeError(error, 'unknown') };
  }
}
