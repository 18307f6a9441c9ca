/**
 * Office's UI language, in a module of its own: the task pane picks its locale with it before anything else of
 * the office-js host (the port, its reader) is loaded.
 */

/**
 * Office's UI language (`ja-JP`, `en-US`…), `ja-JP` outside Office.
 *
 * @example getDisplayLanguage() // 'ja-JP'
 */
export function getDisplayLanguage(): string {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.displayLanguage || 'ja-JP';
  } catch {
    return 'ja-JP';
  }
}
