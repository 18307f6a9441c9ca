/**
 * The CLI's `--out` port (Node only): reads the input in one streaming pass (../read/file.ts) and writes the copy
 * at the zip level. Every part of the user's package (worksheets, shared strings, drawings, tables, pivot
 * caches…) is copied as its compressed bytes; only the checker's sheets are new. Loading a 1,000-employee ×
 * 365-day workbook into exceljs' object model to copy it took ≈ 100 s and ≈ 4 GiB; this costs one streaming
 * read plus writing a few small parts.
 *
 * How the checker's sheets get in: they are built in a small exceljs workbook with the same layout code as the
 * in-memory port (./report-package.ts, ../layout.ts), then grafted (./graft.ts) — worksheet parts renamed to free
 * `sheetN.xml` names, their style records appended to the user's styles part (./styles.ts), their shared strings
 * turned into inline strings (the user's shared-string table stays as it is), plus `<sheet>` entries,
 * relationships, content types and the `WLBChecker_<n>` marker names (../../sheet-names.ts), the print titles, and
 * the summary's chart as DrawingML parts (./chart.ts). A previous run's checker sheets (recognised by those markers, never by name alone) are
 * dropped with their relationships, content types and the parts only they used.
 *
 * Parts changed in the user's package: [Content_Types].xml, the workbook part and its relationships (edited as
 * namespace-aware DOMs, ./workbook.ts, so any writer's prefixes stay valid), styles,
 * calcChain (dropped when a sheet is removed: Excel rebuilds it, and an entry for a removed sheet is an error),
 * and — only when the summary is activated and a user sheet was the selected tab — that sheet's `<sheetView>`
 * loses `tabSelected` (two selected tabs would open as a sheet group).
 */
import * as fs from 'fs';
import type JSZip from 'jszip';
import type { SheetGrid } from '../../../ingest/types';
import type { SheetLayout } from '../../../report/layout';
import type { ReadProgress, SheetInfo, StoredSettings, WorkbookPort, WriteResult } from '../../port';
import { StreamedWorkbookPort, openPackage, type PackageReadOptions } from '../read/file';
import { editWorkbookRels, graftSheets, mergeStylesInto } from './graft';
import { baseSheetName, planSheetNames, type NamePlan } from '../../sheet-names';
import { readBook, resolveTarget, type Book } from '../package';
import { REL_NS } from '../xml';
import { PackageChanges, dropParts, unselectTab } from './parts';
import { buildReportPackage, workbookCompany, withWorkbookCompany, type ReportPackage } from './report-package';
import { editWorkbookPart, type SheetSlot, type WorkbookEdit } from './workbook';

const CALC_CHAIN_REL = `${REL_NS}/calcChain`;

/**
 * `WorkbookPort` for `wlb-check`: reads like {@link StreamedWorkbookPort} (one pass over a worksheet part each
 * time it is asked for) and, for `--out`, writes the checker's sheets into a copy of the input package, saved by
 * {@link XlsxCopyPort.save}. The input file is never written.
 *
 * @example
 * const port = await XlsxCopyPort.open('in.xlsx');
 * await writeReport(port, report, dataset);
 * await port.save('out/report.xlsx.tmp');
 */
export class XlsxCopyPort implements WorkbookPort {
  private constructor(
    private readonly cells: StreamedWorkbookPort,
    private readonly zip: JSZip,
  ) {}

  /**
   * Loads the package (compressed, ≈ the file's size in memory); each worksheet's cells are read from it in one
   * streaming pass when the sheet is asked for, and not kept by the port (the caller's grid is the only one).
   */
  static async open(file: string, options: PackageReadOptions = {}): Promise<XlsxCopyPort> {
    const { zip, cells } = await openPackage(file, options, { sheetsAsAsked: true });
    return new XlsxCopyPort(StreamedWorkbookPort.fromBook(cells, { handOver: true }), zip);
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.cells.listSheets();
  }

  readSheet(
    name: string,
    options: { maxRows?: number; onProgress?: (p: ReadProgress) => void } = {},
  ): Promise<SheetGrid> {
    return this.cells.readSheet(name, options);
  }

  isDate1904(): Promise<boolean> {
    return this.cells.isDate1904();
  }

  /** The CLI keeps its settings in `--mapping` / `--param`, not in the workbook. */
  async loadSettings(): Promise<StoredSettings | null> {
    return null;
  }

  async saveSettings(_settings: StoredSettings): Promise<void> {
    throw new Error(
      'このブックには設定を保存しません（--mapping / --param を使います） / settings are not stored by the CLI',
    );
  }

  /**
   * Builds the checker's sheets and grafts them into the package, all or nothing: every new part is computed
   * first and the package is changed only once nothing can fail any more.
   */
  async writeSheets(
    layouts: SheetLayout[],
    options: { keepIfPresent?: string[]; activate?: string } = {},
  ): Promise<WriteResult> {
    const book = await readBook(this.zip);
    const write = await planWrite(this.zip, book, layouts, options);
    const date1904 = await this.isDate1904();
    const report = await buildReportPackage(write.toWrite, write.plan.sheetNames, date1904, write.active);
    const changes = new PackageChanges(this.zip);

    const { xfMap, newRels } = await mergeStylesInto(this.zip, changes, book, report);
    const grafted = await graftSheets(changes, report, write.toWrite, xfMap, date1904);
    await dropReplacedSheets(this.zip, changes, book, write.plan.remove);
    const sheetEntries = await editWorkbookRels(changes, book, newRels, grafted);
    editWorkbookPart(await changes.dom(book.workbookPath), {
      ...workbookEdit(book, layouts, write, report),
      added: sheetEntries,
    });
    if (write.active) await unselectOtherTabs(this.zip, changes, book, write.plan.remove);
    changes.apply();
    return { sheetNames: write.plan.sheetNames };
  }

  /**
   * Writes the package to `file`; unchanged parts are copied as their compressed bytes.
   *
   * @example await port.save('out/.report.xlsx.tmp');
   */
  async save(file: string): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const out = fs.createWriteStream(file);
      out.on('error', reject);
      out.on('finish', resolve);
      this.zip
        .generateNodeStream({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
        .on('error', reject)
        .pipe(out);
    });
  }
}

/** What one write does: the sheet names, the layouts written now (kept ones are not) and the sheet to activate. */
interface WritePlan {
  plan: NamePlan;
  /** The layouts to write, each with the workbook's Company in its page header when it names none. */
  toWrite: SheetLayout[];
  /** The sheet name to open on, if any. */
  active?: string;
}

/** Plans the write against the sheets already in the package (an earlier run's are replaced or kept). */
async function planWrite(
  zip: JSZip,
  book: Book,
  layouts: SheetLayout[],
  options: { keepIfPresent?: string[]; activate?: string },
): Promise<WritePlan> {
  const plan = planSheetNames(
    layouts.map((l) => l.name),
    book.sheets.map((s) => ({ name: s.name, owned: book.owned.has(s.name) })),
    options.keepIfPresent ?? [],
  );
  const company = await workbookCompany(zip);
  const toWrite = layouts.filter((l) => !plan.kept.includes(l.name)).map((l) => withWorkbookCompany(l, company));
  // Only a sheet written now is activated (its tab is the one selected in the report package).
  const active =
    options.activate && !plan.kept.includes(options.activate) ? plan.sheetNames[options.activate] : undefined;
  return { plan, toWrite, active };
}

/**
 * Drops the previous run's sheets this run replaces, with every part only they used, and calcChain when any
 * sheet goes (Excel rebuilds it, and an entry for a removed sheet is an error).
 */
async function dropReplacedSheets(zip: JSZip, changes: PackageChanges, book: Book, remove: string[]): Promise<void> {
  const removed = book.sheets.filter((s) => remove.includes(s.name));
  await dropParts(zip, changes, removed.map((s) => s.part).filter(Boolean));
  if (removed.length) {
    const calc = book.rels.find((r) => r.type === CALC_CHAIN_REL);
    if (calc) await dropParts(zip, changes, [resolveTarget(book.workbookPath, calc.target)]);
  }
}

/**
 * The workbook part's edit, less the new sheets' entries: sheet list (a replaced sheet keeps its tab), markers
 * (the sheets written now and the checker's other sheets still there), print titles, active tab.
 */
function workbookEdit(
  book: Book,
  layouts: SheetLayout[],
  { plan, toWrite, active }: WritePlan,
  report: ReportPackage,
): Omit<WorkbookEdit, 'added'> {
  const written = layouts.map((l) => plan.sheetNames[l.name]);
  const untouched = book.sheets
    .map((s) => s.name)
    .filter((n) => book.owned.has(n) && n !== book.settingsSheet && !written.includes(n) && !plan.remove.includes(n));
  return {
    order: sheetOrder(
      book,
      plan.remove,
      report.sheets.map((s) => s.name),
      (w) => previousSheet(book, w),
    ),
    markers: [...written, ...untouched],
    active,
    printTitles: printTitlesOf(toWrite, plan.sheetNames),
  };
}

/** Only one selected tab, the activated sheet: every sheet that stays loses `tabSelected` (where it has it). */
async function unselectOtherTabs(zip: JSZip, changes: PackageChanges, book: Book, remove: string[]): Promise<void> {
  for (const s of book.sheets) {
    if (remove.includes(s.name) || !s.part || !zip.file(s.part)) continue;
    const edited = await unselectTab(zip, s.part);
    if (edited) changes.put.set(s.part, edited);
  }
}

/** The sheet an earlier run wrote for the layout now written as `written` (same rule as the in-memory port). */
function previousSheet(book: Book, written: string): string | undefined {
  const base = baseSheetName(written).toLocaleLowerCase();
  return book.sheets.find((s) => book.owned.has(s.name) && baseSheetName(s.name).toLocaleLowerCase() === base)?.name;
}

/**
 * The new tab order: the existing sheets less the removed ones, a new sheet taking the tab of the sheet it
 * replaces, the other new sheets after everything else. Entries are existing names or new names.
 */
function sheetOrder(
  book: Book,
  remove: string[],
  added: string[],
  replaces: (name: string) => string | undefined,
): SheetSlot[] {
  const byOld = new Map<string, string>();
  for (const name of added) {
    const old = replaces(name);
    if (old && remove.includes(old) && !byOld.has(old)) byOld.set(old, name);
  }
  const order: SheetSlot[] = [];
  book.sheets.forEach((s, i) => {
    if (!remove.includes(s.name)) order.push({ name: s.name, isNew: false, from: i });
    else if (byOld.has(s.name)) order.push({ name: byOld.get(s.name) as string, isNew: true });
  });
  const placed = new Set(byOld.values());
  for (const name of added) if (!placed.has(name)) order.push({ name, isNew: true });
  return order;
}

/** Sheet name → rows repeated on each printed page (`$5:$5`), for the layouts that have a title row. */
function printTitlesOf(layouts: SheetLayout[], sheetNames: Record<string, string>): Map<string, string> {
  const titles = new Map<string, string>();
  for (const l of layouts) {
    const rows = l.page?.titleRows;
    if (rows) titles.set(sheetNames[l.name], `$${rows.first}:$${rows.last}`);
  }
  return titles;
}
