/**
 * Parsers never throw: they say whether a cell could be read, and if not, why (in Japanese, shown to the user).
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Wraps a readable value. Example: `succeed(7.5)` → `{ ok: true, value: 7.5 }`. */
export function succeed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

/** Wraps the reason a value could not be read. Example: `fail('時刻として読めません')`. */
export function fail<T = never>(message: string): ParseResult<T> {
  return { ok: false, message };
}
