/**
 * Duplicate rows of daily sheets: which employee-days have been seen, where, and with what content, across every
 * daily sheet of a workbook. Several rows of one day are segments of a split day; a row identical to an earlier
 * one of the same day (same punches and hours), or whose punches overlap an earlier row's (9:00–19:00 entered again
 * as 9:00–23:00: the same work twice, not a split shift), is a duplicate. Kept per employee without a map while their
 * dates only go forward (the usual sheet), so hundreds of thousands of rows cost no map entry each.
 */
import { msg, type MessageRef } from '../../rules/messages';

/** Where a day was first seen and the content signature of each row seen for it. */
interface DaySeen {
  where: number;
  sigs: number[];
  /** Punch spans of the rows seen (start, end minutes; NaN when a row has none). */
  spans: number[];
}

/** How a row repeats an earlier one of its day. */
export interface Repeat {
  /** The day's first row (`<sheet> <row>行目`). */
  where: MessageRef;
  overlap: boolean;
}

/**
 * The days seen for one employee: the latest day, and either the list of days seen (while they only went forward)
 * or, once a date repeated or went back, a map day → where it was first seen and what its rows held.
 */
export interface SeenDays {
  maxDay: number;
  /** Last entry of this employee's list in seenDay/seenWhere/seenSig/seenPrev, -1 = none. */
  head: number;
  map: Map<number, DaySeen> | null;
}

/**
 * A 32-bit signature of a row's content (numbers rounded to the minute; NaN for blank).
 * Example: `rowSignature([540, 1080, 1])` equals itself for an identical row and differs for 9:00–19:00.
 */
export function rowSignature(values: ArrayLike<number>): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const n = v === v ? Math.round(v * 60) : -1;
    h = Math.imul(h ^ (n & 0xffff), 16777619);
    h = Math.imul(h ^ (n >>> 16), 16777619);
  }
  return h;
}

/** Where each employee-day was first seen: a sheet index and a 1-based row number, with its rows' signatures. */
export class SeenDayIndex {
  private readonly byEmployee = new Map<string, SeenDays>();
  private seenDay = new Int32Array(0);
  private seenWhere = new Float64Array(0);
  private seenSig = new Int32Array(0);
  private seenStart = new Float64Array(0);
  private seenEnd = new Float64Array(0);
  private seenPrev = new Int32Array(0);
  private seenCount = 0;
  private readonly sheetNames: string[] = [];

  /** Registers a sheet; its index goes into `mark`. */
  addSheet(name: string): number {
    return this.sheetNames.push(name) - 1;
  }

  /** The seen days of one employee (created empty on first use). */
  of(employeeId: string): SeenDays {
    let seen = this.byEmployee.get(employeeId);
    if (!seen) {
      seen = { maxDay: -Infinity, head: -1, map: null };
      this.byEmployee.set(employeeId, seen);
    }
    return seen;
  }

  /** Room for `more` entries in the seen-day lists beyond those held. */
  reserve(more: number): void {
    const need = this.seenCount + more;
    if (need <= this.seenDay.length) return;
    const cap = Math.max(need, this.seenDay.length * 2, 64);
    const grow = <A extends Int32Array | Float64Array>(a: A, make: (n: number) => A): A => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.seenDay = grow(this.seenDay, (n) => new Int32Array(n));
    this.seenWhere = grow(this.seenWhere, (n) => new Float64Array(n));
    this.seenSig = grow(this.seenSig, (n) => new Int32Array(n));
    this.seenStart = grow(this.seenStart, (n) => new Float64Array(n));
    this.seenEnd = grow(this.seenEnd, (n) => new Float64Array(n));
    this.seenPrev = grow(this.seenPrev, (n) => new Int32Array(n));
  }

  /**
   * Records a row of an employee's day (sheet `sheetIndex`, row `row`, content `sig`, punch span `start`–`end`,
   * NaN when none); returns how it repeats an earlier row of the day (identical or overlapping), else undefined.
   */
  visit(
    seen: SeenDays,
    day: number,
    sheetIndex: number,
    row: number,
    sig: number,
    start: number,
    end: number,
  ): Repeat | undefined {
    const where = sheetIndex * 2 ** 24 + row;
    if (day > seen.maxDay && !seen.map) {
      const k = this.seenCount++;
      if (k === this.seenDay.length) this.reserve(1);
      this.seenDay[k] = day;
      this.seenWhere[k] = where;
      this.seenSig[k] = sig;
      this.seenStart[k] = start;
      this.seenEnd[k] = end;
      this.seenPrev[k] = seen.head;
      seen.head = k;
      seen.maxDay = day;
      return undefined;
    }
    if (!seen.map) {
      // The first date that is not after all earlier ones: from now on this employee's days are looked up.
      seen.map = new Map();
      for (let k = seen.head; k >= 0; k = this.seenPrev[k]) {
        seen.map.set(this.seenDay[k], {
          where: this.seenWhere[k],
          sigs: [this.seenSig[k]],
          spans: [this.seenStart[k], this.seenEnd[k]],
        });
      }
    }
    if (day > seen.maxDay) seen.maxDay = day;
    const known = seen.map.get(day);
    if (!known) {
      seen.map.set(day, { where, sigs: [sig], spans: [start, end] });
      return undefined;
    }
    const first = msg('text.sheet-row', {
      sheet: this.sheetNames[Math.floor(known.where / 2 ** 24)],
      row: known.where % 2 ** 24,
    });
    if (known.sigs.includes(sig)) return { where: first, overlap: false };
    // A segment has punches of its own that do not overlap the day's other rows; a row without punches (hours
    // only) or beside one is the same day entered twice.
    if (!(end > start)) return { where: first, overlap: false };
    for (let k = 0; k < known.spans.length; k += 2) {
      if (!(known.spans[k + 1] > known.spans[k])) return { where: first, overlap: false };
      if (start < known.spans[k + 1] && known.spans[k] < end) return { where: first, overlap: true };
    }
    known.sigs.push(sig);
    known.spans.push(start, end);
    return undefined;
  }
}
