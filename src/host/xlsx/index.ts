/**
 * The .xlsx host as `wlb-check` uses it (Node only): the `--out` copy port, the error an unreadable file raises, and
 * the exceljs writer of one layout (the batch overview). The task pane's browser-safe in-memory port is
 * ./memory-port.ts, kept out of this entry so the pane never loads `fs`.
 */
export { XlsxCopyPort } from './copy/copy-port';
export { XlsxReadError } from './read/file';
export { writeLayout } from './layout';
