/**
 * Full garbage collections at the two moments a large input's working memory turns to garbage: after its largest
 * sheet is ingested (the sheet's grid) and after the whole workbook is (the parsed columns and day tables the
 * dataset was built from). V8 collects its old generation when the heap has grown enough, not when a phase ends,
 * so without these the same run at 1,000 employees × 365 days peaked at 263 or 330 MB depending on when V8
 * happened to collect; with them, 241–247 MB every time, for ≈ 60 ms (docs/performance.md § Memory). Node only: `--expose-gc` is switched on at run time, as
 * jest does for `--logHeapUsage`.
 */
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

/** Rows from which what was let go is worth a full collection (tens of MB; a small file pays nothing). */
const LARGE_INPUT_ROWS = 50_000;

let collect: (() => void) | null | undefined;

/** V8's full collection, or null when this runtime refuses to expose it (then nothing is collected early). */
function fullCollection(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    collect = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    collect = null;
  }
  return collect;
}

/**
 * A full collection when `rowsLetGo` rows' worth of memory has just become garbage and they are
 * {@link LARGE_INPUT_ROWS} or more; the pipeline's `afterSheet`, and the CLI's step after ingest.
 *
 * @example readAndIngest(port, { ...options, afterSheet: reclaimMemory })
 */
export function reclaimMemory(rowsLetGo: number): void {
  if (rowsLetGo >= LARGE_INPUT_ROWS) fullCollection()?.();
}
