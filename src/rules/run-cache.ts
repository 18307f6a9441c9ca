/**
 * Results reused from one `evaluate` run to the next on the same data: the task pane's what-ifs rerun the rules at
 * every change of a threshold or of the overtime −X % knob, and most criteria read neither. A criterion (a findings
 * producer, the headroom) evaluated once keeps what it read — each parameter by value, each part of the dataset and
 * of its index by identity — and the input issues it raised; a later run in which every one of those reads gives the
 * same value takes the result (and raises the same issues) instead of evaluating it again.
 *
 * The reads are seen, not declared: the run's parameters are a Proxy, its dataset and index views whose getters note
 * which part was read, so a criterion that starts reading another parameter is tracked without anyone listing it.
 * Figures shared within a run (`remember`) carry their reads to every criterion that uses them.
 */
import type { Params } from './params';
import type { Dataset } from './types';
import type { DatasetIndex } from './dataset-index';

/** What a computation read and raised: parameter snapshots by path, a bit per part, the issues in order. */
export interface Reads {
  params: Map<string, ParamRead>;
  parts: number;
  issues: unknown[];
  /** Shared figures already counted in (each once). */
  taken: Set<Reads>;
}

/** The reads being noted: the innermost computation under way (null when nothing is tracked). */
let current: Reads | null = null;

const INDEX_PARTS = {
  employees: 1 << 0,
  hasRoster: 1 << 1,
  hoursByMonth: 1 << 2,
  shiftsByEmployee: 1 << 3,
  shiftHoursByEmployeeMonth: 1 << 4,
  grantsByEmployee: 1 << 5,
  takingsByEmployee: 1 << 6,
  familyByEmployee: 1 << 7,
  hasFamilySheet: 1 << 8,
  employmentMonths: 1 << 9,
  fullTime: 1 << 10,
  fullTimeNorms: 1 << 11,
  birthParts: 1 << 12,
  sortedHoursByEmployee: 1 << 13,
  restsByEmployee: 1 << 14,
  lateNightDaysByEmployee: 1 << 15,
  hoursShape: 1 << 25,
} satisfies Record<keyof DatasetIndex, number>;

const DATASET_PARTS = {
  employees: 1 << 16,
  monthlyHours: 1 << 17,
  shifts: 1 << 18,
  leaveGrants: 1 << 19,
  leaveTakings: 1 << 20,
  familyEvents: 1 << 21,
  checklist: 1 << 22,
  sources: 1 << 23,
} satisfies Record<keyof Dataset, number>;

/** The run's full-time status (`EvalContext.fullTime`). */
export const FULL_TIME_PART = 1 << 24;

/** Notes that a part was read. */
export function noteRead(part: number): void {
  if (current !== null) current.parts |= part;
}

/** Defines, on a view class, one getter per part that notes the read and returns the source's part. */
function defineViewGetters(view: { prototype: object }, parts: Record<string, number>): void {
  for (const [name, bit] of Object.entries(parts)) {
    Object.defineProperty(view.prototype, name, {
      get(this: { source: Record<string, unknown> }) {
        if (current !== null) current.parts |= bit;
        return this.source[name];
      },
    });
  }
}

class IndexView {
  constructor(readonly source: DatasetIndex) {}
}
defineViewGetters(IndexView, INDEX_PARTS);

class DatasetView {
  constructor(readonly source: Dataset) {}
}
defineViewGetters(DatasetView, DATASET_PARTS);

/** The index as a run's criteria see it: each part read is noted. */
export function viewIndex(index: DatasetIndex): DatasetIndex {
  return new IndexView(index) as unknown as DatasetIndex;
}

/** The dataset as a run's criteria see it: each array read is noted. */
export function viewDataset(dataset: Dataset): Dataset {
  return new DatasetView(dataset) as unknown as Dataset;
}

const THRESHOLD_PATH = 'thresholds\u0000';

/**
 * A parameter as read: a value, or an object with a copy of what it held. An object is the same only when it is the
 * same object still holding the same (rules compare agreements by identity), so an equal copy is not reused.
 */
type ParamRead = { value: unknown; copy?: unknown };

/** Notes a parameter read under `path`. */
function noteParam(path: string, value: unknown): void {
  if (current === null || current.params.has(path)) return;
  const isObject = typeof value === 'object' && value !== null;
  current.params.set(path, isObject ? { value, copy: copyPlain(value) } : { value });
}

/** A deep copy of plain data (arrays, objects, values): what a parameter object held when it was read. */
function copyPlain(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyPlain);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copyPlain(item);
  return copy;
}

/** Whether a parameter still reads as it did. */
function readsAsBefore(now: unknown, before: ParamRead): boolean {
  if (!Object.is(now, before.value)) return false;
  return !('copy' in before) || sameValue(now, before.copy);
}

/** The traps that see the object whole (its keys listed, a key tested): a read of everything at `path`. */
function readsOfWhole<T extends object>(path: string): Pick<ProxyHandler<T>, 'ownKeys' | 'has'> {
  return {
    ownKeys(target) {
      noteParam(path, target);
      return Reflect.ownKeys(target);
    },
    has(target, key) {
      noteParam(path, target);
      return Reflect.has(target, key);
    },
  };
}

/** Threshold overrides: each criterion's override is a read of its own (a threshold changes one criterion). */
const thresholdsHandler: ProxyHandler<Record<string, unknown>> = {
  get(target, key) {
    const value = Reflect.get(target, key);
    if (typeof key === 'string') noteParam(THRESHOLD_PATH + key, value);
    return value;
  },
  ...readsOfWhole('thresholds'),
};

const paramsHandler: ProxyHandler<Params> = {
  get(target, key) {
    const value = Reflect.get(target, key);
    if (typeof key !== 'string') return value;
    if (key === 'thresholds' && typeof value === 'object' && value !== null)
      return new Proxy(value as Record<string, unknown>, thresholdsHandler);
    noteParam(key, value);
    return value;
  },
  ...readsOfWhole(''),
};

/** The parameters as a run's criteria see them: each read is noted with its value. */
export function viewParams(params: Params): Params {
  return new Proxy(params, paramsHandler);
}

/** The value of a noted parameter path in `params`. */
function readParam(params: Params, path: string): unknown {
  if (path === '') return params;
  if (path.startsWith(THRESHOLD_PATH)) return params.thresholds?.[path.slice(THRESHOLD_PATH.length)];
  return (params as unknown as Record<string, unknown>)[path];
}

/** Structural equality of parameter values (numbers, strings, arrays, plain objects; NaN equals NaN). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Runs `compute` noting its reads; they are also counted in the computation around it. */
export function tracked<T>(compute: () => T): { value: T; reads: Reads } {
  const outer = current;
  const reads: Reads = { params: new Map(), parts: 0, issues: [], taken: new Set() };
  current = reads;
  try {
    return { value: compute(), reads };
  } finally {
    current = outer;
    if (outer !== null) takeReads(reads);
  }
}

/**
 * Counts the reads of a shared figure (computed now or earlier in the run) in the computation under way, with its
 * issues unless they are being raised again anyway.
 */
export function takeReads(reads: Reads, withIssues = true): void {
  const into = current;
  if (into === null || into === reads || into.taken.has(reads)) return;
  into.taken.add(reads);
  into.parts |= reads.parts;
  for (const [path, value] of reads.params) if (!into.params.has(path)) into.params.set(path, value);
  if (withIssues) into.issues.push(...reads.issues);
}

/** The parts that hold the monthly rows (a scaled copy of the rows has new ones, of the same shape). */
const HOURS_FIGURES = INDEX_PARTS.hoursByMonth | INDEX_PARTS.sortedHoursByEmployee | DATASET_PARTS.monthlyHours;

/**
 * Runs `compute`, which reads the monthly rows only for what is not OT or HW (ids, months, systems): its reads of the
 * rows count as reads of their shape (`hoursShape`), so what it computes is reused by the overtime what-if.
 * Example: `readingShapeOnly(() => rows.map((row) => isEmployedIn(ctx, row.employeeId, month)))`.
 */
export function readingShapeOnly<T>(compute: () => T): T {
  const frame = current;
  const before = frame?.parts ?? 0;
  try {
    return compute();
  } finally {
    if (frame !== null) {
      const added = frame.parts & ~before;
      frame.parts = before | (added & ~HOURS_FIGURES) | INDEX_PARTS.hoursShape;
    }
  }
}

/** Notes that the computation under way read the monthly rows' OT or HW (after `readingShapeOnly`). */
export function noteHoursFiguresRead(): void {
  noteRead(HOURS_FIGURES);
}

/** Notes an input issue raised by the computation under way (replayed when its result is reused). */
export function noteIssue(issue: unknown): void {
  if (current !== null) current.issues.push(issue);
}

/** What a reused result needs: the run's parameters, its dataset and index, its full-time status. */
export interface RunSources {
  params: Params;
  dataset: Dataset;
  index: DatasetIndex;
  fullTime: unknown;
}

/** The part a bit names, in a run. */
function partOf(bit: number, run: RunSources): unknown {
  if (bit === FULL_TIME_PART) return run.fullTime;
  for (const [name, b] of Object.entries(INDEX_PARTS)) if (b === bit) return run.index[name as keyof DatasetIndex];
  for (const [name, b] of Object.entries(DATASET_PARTS)) if (b === bit) return run.dataset[name as keyof Dataset];
  return undefined;
}

/** Each bit set in a mask. */
function bitsOf(mask: number): number[] {
  const bits: number[] = [];
  for (let bit = 1; bit !== 0 && bit <= mask; bit <<= 1) if (mask & bit) bits.push(bit);
  return bits;
}

interface Kept {
  value: unknown;
  reads: Reads;
  /** The parts read, each with the object it was. */
  parts: [number, unknown][];
}

/** The results kept per data (the roster's index part: a new ingest drops them) and key. */
const keptByData = new WeakMap<object, Map<string, Kept[]>>();

/** Results kept per key: enough for a what-if and the real report taking turns, and a few values tried. */
const KEPT_PER_KEY = 4;

function holds(kept: Kept, run: RunSources): boolean {
  for (const [bit, part] of kept.parts) if (partOf(bit, run) !== part) return false;
  for (const [path, read] of kept.reads.params) if (!readsAsBefore(readParam(run.params, path), read)) return false;
  return true;
}

/**
 * The result of `compute` under `key` (what is computed and everything the run shares — profile, windows — that no
 * read notes): reused when an earlier run's reads all give the same values now, else computed and kept. Its input
 * issues are raised again through `raise` when it is reused.
 */
export function reuseOrCompute<T>(run: RunSources, key: string, compute: () => T, raise: (issue: unknown) => void): T {
  let byKey = keptByData.get(run.index.employees);
  if (!byKey) keptByData.set(run.index.employees, (byKey = new Map()));
  const list = byKey.get(key) ?? [];
  const found = list.findIndex((kept) => holds(kept, run));
  if (found >= 0) {
    const kept = list[found];
    if (found > 0) list.unshift(...list.splice(found, 1));
    takeReads(kept.reads, false);
    for (const issue of kept.reads.issues) raise(issue);
    return kept.value as T;
  }
  const { value, reads } = tracked(compute);
  const parts = bitsOf(reads.parts).map((bit): [number, unknown] => [bit, partOf(bit, run)]);
  list.unshift({ value, reads, parts });
  if (list.length > KEPT_PER_KEY) list.pop();
  byKey.set(key, list);
  return value;
}
