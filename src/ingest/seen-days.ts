/**
 * Duplicate days: which employee-days have been seen, and where, across every daily sheet of a workbook.
 * Kept per employee without a map while their dates only go forward (the usual sheet), so hundreds of thousands of
 * rows cost no map entry each.
 */

/**
 * The days seen for one employee: the latest day, and either the list of days seen (while they only went forward)
 * or, once a date went back, a map day → where it was first seen.
 */
export interface SeenDays {
  maxDay: number;
  /** Last entry of this employee's list in seenDay/seenWhere/seenPrev, -1 = none. */
  head: number;
  map: Map<number, number> | null;
}

/** Where each employee-day was first seen: a sheet index and a 1-based row number. */
export class SeenDayIndex {
  private readonly byEmployee = new Map<string, SeenDays>();
  private seenDay = new Int32Array(0);
  private seenWhere = new Float64Array(0);
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
    const day = new Int32Array(cap);
    day.set(this.seenDay);
    const where = new Float64Array(cap);
    where.set(this.seenWhere);
    const prev = new Int32Array(cap);
    prev.set(this.seenPrev);
    this.seenDay = day;
    this.seenWhere = where;
    this.seenPrev = prev;
  }

  /** Where an employee's day was first seen (`<sheet> <row>行目`), or undefined when it is new. */
  firstSeen(seen: SeenDays, day: number): string | undefined {
    if (day > seen.maxDay) return undefined;
    if (!seen.map) {
      // The first date that is not after all earlier ones: from now on this employee's days are looked up.
      seen.map = new Map();
      for (let k = seen.head; k >= 0; k = this.seenPrev[k]) seen.map.set(this.seenDay[k], this.seenWhere[k]);
    }
    const first = seen.map.get(day);
    return first === undefined ? undefined : `${this.sheetNames[Math.floor(first / 2 ** 24)]} ${first % 2 ** 24}行目`;
  }

  /** Records that the employee's day was seen on sheet `sheetIndex`, row `row`. */
  mark(seen: SeenDays, day: number, sheetIndex: number, row: number): void {
    const where = sheetIndex * 2 ** 24 + row;
    if (seen.map) seen.map.set(day, where);
    else {
      const k = this.seenCount++;
      if (k === this.seenDay.length) this.reserve(1);
      this.seenDay[k] = day;
      this.seenWhere[k] = where;
      this.seenPrev[k] = seen.head;
      seen.head = k;
    }
    if (day > seen.maxDay) seen.maxDay = day;
  }
}
