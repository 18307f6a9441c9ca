/**
 * Read-only stand-ins for columns that hold nothing: NaN numbers and zero flags. A year of daily rows for 1,000
 * employees is 365,000 entries, so a column no row fills (a sheet without 所定 hours, overtime or holiday-work
 * columns) costs 2.9 MB as an array of its own; one shared column, as long as the longest asked for, serves them
 * all. Nothing may write into one: a column that gets a value is given its own array first.
 */

let noNumbers = new Float64Array(0);
let noFlags = new Uint8Array(0);

/** `n` NaNs, shared: read it, never write into it. */
export function blankNumbers(n: number): Float64Array<ArrayBuffer> {
  if (noNumbers.length < n) noNumbers = new Float64Array(n).fill(Number.NaN);
  return noNumbers.subarray(0, n);
}

/** `n` zeros, shared: read it, never write into it. */
export function blankFlags(n: number): Uint8Array<ArrayBuffer> {
  if (noFlags.length < n) noFlags = new Uint8Array(n);
  return noFlags.subarray(0, n);
}
