/**
 * Sheet naming for the checker's output sheets: which old checker sheets a run replaces, which name each new
 * sheet gets when a user sheet already has the checker's name, and how internal hyperlink targets follow.
 * Pure (no exceljs), so the rules are testable on their own and shareable with other hosts.
 */

/** Prefix of the workbook-level defined names that mark the checker's sheets (`WLBChecker_1` → `'WLB基準サマリー'!$A$1`). */
export const MARKER_PREFIX = 'WLBChecker_';
/** Hidden sheet holding the stored settings (JSON), marked by the defined name below. */
export const SETTINGS_SHEET = '_wlb_settings';
export const SETTINGS_MARKER = 'WLBCheckerSettings';

/** Excel sheet names compare case-insensitively. */
function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/**
 * The checker name a sheet was written for: `WLB基準サマリー (2)` → `WLB基準サマリー`.
 *
 * @example baseSheetName('育休取得率 (3)') // '育休取得率'
 */
export function baseSheetName(name: string): string {
  return name.replace(/ \(\d+\)$/, '');
}

/**
 * Quotes a sheet name for a reference (`'O''Brien'`).
 *
 * @example quoteSheetName("O'Brien") // "'O''Brien'"
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Reads the sheet name out of a reference such as `'36協定チェック'!A1` or `Sheet1!$A$1`.
 *
 * @example sheetOfReference("'O''Brien'!$A$1") // { sheet: "O'Brien", cell: '$A$1' }
 */
export function sheetOfReference(ref: string): { sheet: string; cell: string } | null {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(ref);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), cell: quoted[2] };
  const bare = /^([^'!]+)!(.+)$/.exec(ref);
  return bare ? { sheet: bare[1], cell: bare[2] } : null;
}

export interface NamePlan {
  /** Layout name → sheet name to use. */
  sheetNames: Record<string, string>;
  /** Existing checker sheets to delete (replaced by this run). */
  remove: string[];
  /** Layout names not written because a checker sheet for them exists and is kept (checklist answers). */
  kept: string[];
}

/**
 * Decides the names of this run's sheets. A user sheet is never replaced: if it holds the checker's name the
 * checker uses `name (2)`, `name (3)`… Existing checker sheets are replaced, except those kept (`keepIfPresent`).
 *
 * @example
 * planSheetNames(['WLB基準サマリー'], [{ name: 'WLB基準サマリー', owned: false }], [])
 * // { sheetNames: { 'WLB基準サマリー': 'WLB基準サマリー (2)' }, remove: [], kept: [] }
 */
export function planSheetNames(
  layoutNames: string[],
  existing: { name: string; owned: boolean }[],
  keepIfPresent: string[],
): NamePlan {
  const sheetNames: Record<string, string> = {};
  const kept: string[] = [];
  const remove: string[] = [];
  const ownedFor = (layout: string) => existing.filter((s) => s.owned && sameName(baseSheetName(s.name), layout));
  const taken = existing.filter((s) => !s.owned).map((s) => s.name);
  for (const layout of layoutNames) {
    const previous = ownedFor(layout);
    if (keepIfPresent.includes(layout) && previous.length > 0) {
      sheetNames[layout] = previous[0].name;
      taken.push(previous[0].name);
      kept.push(layout);
    }
  }
  for (const layout of layoutNames) {
    if (kept.includes(layout)) continue;
    remove.push(...ownedFor(layout).map((s) => s.name));
    const name = firstFreeName(layout, taken);
    sheetNames[layout] = name;
    taken.push(name);
  }
  return { sheetNames, remove, kept };
}

/** `name`, else `name (2)`, `name (3)`… kept within Excel's 31-character limit. */
function firstFreeName(name: string, taken: string[]): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!taken.some((t) => sameName(t, candidate))) return candidate;
  }
}

/**
 * Points an internal hyperlink target at the sheet name actually used.
 *
 * @example retargetLink("'WLB基準サマリー'!A1", { 'WLB基準サマリー': 'WLB基準サマリー (2)' }) // "'WLB基準サマリー (2)'!A1"
 */
export function retargetLink(target: string, sheetNames: Record<string, string>): string {
  const ref = sheetOfReference(target.replace(/^#/, ''));
  if (!ref) return target.replace(/^#/, '');
  const actual = sheetNames[ref.sheet] ?? ref.sheet;
  return `${quoteSheetName(actual)}!${ref.cell}`;
}
