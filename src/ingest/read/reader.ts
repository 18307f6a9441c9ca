/**
 * What a sheet reader is: one per sheet kind. A reader turns the parsed cells of one sheet into records in the
 * Collector. Adding a kind is adding a reader file and registering it in ./index.ts.
 */
import type { SheetKind } from '../../rules/types';
import type { Collector } from './collector';
import type { Cells } from './sheet';

export interface SheetReader {
  kind: SheetKind;
  /** Reads every data row of the sheet into the collector (records and input issues); never throws. */
  read(cells: Cells, collector: Collector): void;
}
