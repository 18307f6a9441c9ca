/**
 * Full garbage collections at the two moments a large input's working memory turns to garbage: after a large sheet
 * is ingested (its grid) and after the whole workbook is (the parsed columns and day tables the dataset was built
 * from). V8 collects its old generation when the heap has grown enough, not when a phase ends: when that happened
 * while the daily sheet was still being ingested, the dead grid stayed through the rules and the report, and the
 * same run at 1,000 employees × 365 days peaked at 330 MB instead of 263 MB. With both collections it peaks at
 * 241–247 MB every time, for ≈ 0.07 s of wall time; at 5,000 employees 777 MB, where the first alone leaves 924 MB
 * (docs/performance.md § Where it stands). Node only: `--expose-gc` is switched on at run time, as jest does for
 * `--logHeapUsage`.
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
