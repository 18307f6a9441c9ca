/**
 * Error classification: any error thrown by office-js, exceljs, fetch or the pipeline becomes one of the
 * pane's plain-language messages (messages `errors.<kind>`), with the original text kept as small print.
 */
import {
  errorDetail,
  isCellEditMode,
  isPayloadTooLarge,
  officeErrorCode,
  type OfficeHostErrorCode,
} from '../../host/officejs/errors';
import type { ErrorInfo, ErrorKind } from './types';

/** Codes of the office-js host's own errors (OfficeHostError) → the message that fits them. */
const HOST_ERROR_KINDS = new Map<string, ErrorKind>([
  ['CellEditMode', 'cellEdit'],
  ['WriteFailed', 'write'],
  ['WriteFailedNotRestored', 'writeNotRestored'],
] satisfies [OfficeHostErrorCode, ErrorKind][]);

/**
 * Sorts an error from office-js, exceljs or fetch into one of the plain-language messages. `context` says
 * what the pane was doing; the host's own codes come first (a failed write that was rolled back is a write error
 * even when Excel refused it for its size; one that could not be rolled back must not claim the workbook is
 * unchanged), then office-js codes (cell-edit mode, payload limits) win over the context.
 *
 * @example describeError({ code: 'InvalidOperationInCellEditMode' }, 'read').kind // 'cellEdit'
 */
export function describeError(error: unknown, context: ErrorKind): ErrorInfo {
  const detail = errorDetail(error);
  const hostKind = HOST_ERROR_KINDS.get(officeErrorCode(error));
  if (hostKind) return { kind: hostKind, detail };
  if (isCellEditMode(error)) return { kind: 'cellEdit', detail };
  if (isPayloadTooLarge(error)) return { kind: 'tooLarge', detail };
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
