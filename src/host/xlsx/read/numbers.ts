/**
 * Numbers of the worksheet scanner (./worksheet.ts) read from their bytes in place, exactly as `Number(text)` reads
 * them, and the cache that gives a repeated number back as the same value. Pure: no Node built-ins.
 */
import { digitsAt, utf8Of } from './bytes';
import { ByteKeyedCache } from './byte-cache';

/** Exact powers of ten (every one up to 10²² is a double without rounding). */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** The digits last read by {@link decimalDigitsAt}: one shared record, no object per number. */
const decimal = { mantissa: 0, scale: 0, negative: false, seen: false, end: 0 };

/**
 * Reads `-?digits[.digits]` from `buf[from, to)` into {@link decimal}: the digits as one integer mantissa, the scale
 * (minus the count of decimals), the sign, whether any digit was seen and where the digits end.
 */
function decimalDigitsAt(buf: Uint8Array, from: number, to: number): void {
  let i = from;
  const negative = buf[i] === 45; /* - */
  if (negative) i++;
  let mantissa = 0;
  let scale = 0;
  let seen = false;
  for (; i < to; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) break;
    seen = true;
    mantissa = mantissa * 10 + d;
  }
  if (i < to && buf[i] === 46 /* . */) {
    for (i++; i < to; i++) {
      const d = buf[i] - 48;
      if (d < 0 || d > 9) break;
      seen = true;
      mantissa = mantissa * 10 + d;
      scale--;
    }
  }
  decimal.mantissa = mantissa;
  decimal.scale = scale;
  decimal.negative = negative;
  decimal.seen = seen;
  decimal.end = i;
}

/**
 * A decimal number written in `buf[from, to)` — `-?digits[.digits][e±digits]` — as `Number(text)` gives it; NaN
 * when it is written any other way (spaces, `+`, hex, too many digits…), for the caller to read as text. Exact:
 * a mantissa below 2⁵³ and a power of ten up to 10²² are both doubles, so one division or multiplication rounds
 * once, correctly (Clinger's fast path); anything past that is left to `Number`.
 *
 * @example numberAt(bytes('0.3784722222222222'), 0, 18) // 0.3784722222222222
 */
export function numberAt(buf: Uint8Array, from: number, to: number): number {
  decimalDigitsAt(buf, from, to);
  const { mantissa, negative, seen } = decimal;
  let { scale, end: i } = decimal;
  // Below 2⁵³ every partial mantissa was exact too; at or past it, one may have been rounded.
  if (!seen || !(mantissa < 9007199254740992)) return NaN;
  if (i < to && (buf[i] === 101 || buf[i] === 69) /* e E */) {
    i++;
    const minus = buf[i] === 45;
    if (minus || buf[i] === 43 /* + */) i++;
    const exp = digitsAt(buf, i, to);
    if (exp < 0) return NaN;
    scale += minus ? -exp : exp;
    i = to;
  }
  if (i !== to || scale < -22 || scale > 22) return NaN;
  const value = scale < 0 ? mantissa / POW10[-scale] : mantissa * POW10[scale];
  return negative ? -value : value;
}

const CACHE_SLOTS = 4096;

/**
 * Numbers read from their bytes through a small cache keyed by those bytes. Attendance sheets repeat their values
 * (times in 5-minute steps, a break of 1:00, dates of one year): a repeated number comes back as the same boxed
 * value, so a row keeps a pointer where it would keep a number of its own (16 bytes each, millions of them at
 * 5,000 employees), and a value written with 17 digits (`0.041666666666666664`) is read as text once.
 */
export class NumberCache {
  /** Any other number (17 digits, exponents, `-0`) by its bytes, up to 31 of them. */
  private readonly others = new ByteKeyedCache<number>(numberOrText, (n) => n === n, 31);
  /** Plain decimals by their digits and scale (`0.3784722222222222` = 3784722222222222 × 10⁻¹⁶). */
  private readonly decimalKeys = new Float64Array(CACHE_SLOTS).fill(Number.NaN);
  private readonly decimalScales = new Int8Array(CACHE_SLOTS);
  private readonly decimalValues: unknown[] = new Array<unknown>(CACHE_SLOTS).fill(null);

  /**
   * The number written in `buf[from, to)` as `Number(text)` reads it; NaN when it is not a plain number. A plain
   * decimal of up to 15–16 digits (times, hours, dates) is read in one pass and looked up by its digits and scale;
   * a small integer needs no lookup (it is kept in the row as it is, not as a number object); anything else
   * (17 digits, exponents, `-0`) is looked up by its bytes.
   */
  read(buf: Uint8Array, from: number, to: number): number {
    if (plainDecimalAt(buf, from, to)) {
      const { mantissa, scale } = decimal;
      const key = decimal.negative ? -mantissa : mantissa;
      if (scale === 0 && mantissa < 1_073_741_824) return key;
      const slot = (Math.imul((key | 0) ^ ((key / 4_294_967_296) | 0), 31) + scale) & (CACHE_SLOTS - 1);
      if (this.decimalKeys[slot] !== key || this.decimalScales[slot] !== scale) {
        this.decimalKeys[slot] = key;
        this.decimalScales[slot] = scale;
        this.decimalValues[slot] = scale < 0 ? key / POW10[-scale] : key;
      }
      return this.decimalValues[slot] as number;
    }
    return this.others.read(buf, from, to);
  }
}

/** numberAt, or `Number` of the text when it is a plain decimal the fast path leaves out (17 digits, say). */
function numberOrText(buf: Uint8Array, from: number, to: number): number {
  const n = numberAt(buf, from, to);
  if (n === n || to <= from) return n;
  for (let i = from; i < to; i++) {
    const b = buf[i];
    // Only digits, sign, point and exponent: anything else (spaces, hex, words) is the caller's to read as text.
    if (!((b >= 48 && b <= 57) || b === 45 || b === 43 || b === 46 || b === 101 || b === 69)) return NaN;
  }
  const value = Number(utf8Of(buf, from, to));
  return Number.isFinite(value) ? value : NaN;
}

/**
 * Reads `buf[from, to)` into {@link decimal} when it is `-?digits[.digits]` with at least one digit, a mantissa below
 * 2⁵³ and at most 22 decimals — then mantissa ÷ 10^−scale is exactly `Number(text)` (as in {@link numberAt}); false
 * for anything else, and for `-0` (the caller's other path keeps its sign).
 */
function plainDecimalAt(buf: Uint8Array, from: number, to: number): boolean {
  decimalDigitsAt(buf, from, to);
  const { mantissa, scale, negative, seen, end } = decimal;
  return end === to && seen && mantissa < 9007199254740992 && scale >= -22 && !(negative && mantissa === 0);
}
