/**
 * The exports read with no mapping file (docs/reading.md, README § Exports read as-is), in the order they are tried:
 * a more specific fingerprint first.
 */
import { freeeSummary } from './freee';
import { jinjerGeneric } from './jinjer';
import { jobcanTimesheet } from './jobcan';
import { kingOfTimeDaily, kingOfTimeMonthly } from './king-of-time';
import type { ExportLayout } from './layout';
import { moneyForwardMonthly } from './moneyforward';
import { paidLeaveBook } from './paid-leave-book';
import { smartHrEmployees } from './smarthr';
import { teamSpiritMonthly } from './teamspirit';

export type { ExportLayout } from './layout';

export const EXPORT_LAYOUTS: ExportLayout[] = [
  jinjerGeneric,
  kingOfTimeDaily,
  kingOfTimeMonthly,
  moneyForwardMonthly,
  freeeSummary,
  teamSpiritMonthly,
  jobcanTimesheet,
  smartHrEmployees,
  paidLeaveBook,
];
