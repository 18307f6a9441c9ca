/**
 * Formula-injection guard. Layouts keep the user's text literal; the host must store a string for which this
 * returns true as text (office-js: a leading `'`), because Excel would otherwise run it as a formula or DDE.
 */

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * Tells whether a string would be taken for a formula when written into a cell.
 *
 * @example needsTextGuard('=HYPERLINK("http://x","y")') // true
 * @example needsTextGuard('ABC') // false
 */
export function needsTextGuard(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}
