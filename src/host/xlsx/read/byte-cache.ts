/**
 * Values of short byte strings through a small cache keyed by those bytes (the worksheet scanner's numbers and inline
 * texts, ./numbers.ts and ./worksheet.ts). Attendance sheets repeat their values down the rows — the same id, name
 * and day type, times in 5-minute steps — so a repeated value is made once and comes back as the same value: one
 * string or boxed number shared by every row that holds it, not one of its own per row. Pure: no Node built-ins.
 */

const SLOTS = 4096;

export class ByteKeyedCache<T> {
  private readonly keys: Uint8Array;
  private readonly lengths = new Uint8Array(SLOTS);
  private readonly values: unknown[] = new Array<unknown>(SLOTS).fill(null);

  /**
   * @param make the value of `buf[from, to)`, called on a miss
   * @param keep whether a value made is kept (a value that says "not read" need not be)
   * @param keyBytes longest byte string cached (a longer one is made each time); below 256
   */
  constructor(
    private readonly make: (buf: Uint8Array, from: number, to: number) => T,
    private readonly keep: (value: T) => boolean,
    private readonly keyBytes: number,
  ) {
    this.keys = new Uint8Array(SLOTS * keyBytes);
  }

  /** The value of `buf[from, to)`: the one kept for the same bytes, else made now (and kept). */
  read(buf: Uint8Array, from: number, to: number): T {
    const length = to - from;
    if (length <= 0 || length > this.keyBytes) return this.make(buf, from, to);
    let hash = length;
    for (let i = from; i < to; i++) hash = (Math.imul(hash, 31) + buf[i]) | 0;
    const slot = (hash ^ (hash >>> 12)) & (SLOTS - 1);
    const key = slot * this.keyBytes;
    if (this.lengths[slot] === length) {
      let same = true;
      for (let k = 0; k < length && same; k++) same = this.keys[key + k] === buf[from + k];
      if (same) return this.values[slot] as T;
    }
    const value = this.make(buf, from, to);
    if (!this.keep(value)) return value;
    for (let k = 0; k < length; k++) this.keys[key + k] = buf[from + k];
    this.lengths[slot] = length;
    this.values[slot] = value;
    return this.values[slot] as T;
  }
}
