/**
 * The all-or-nothing write of the checker's sheets inside one `Excel.run` (./index.ts `writeSheets` retries it):
 * the workbook as it was is captured first, every new sheet is built under a temporary name, then the sheets are
 * swapped in, and the only step that cannot be undone (deleting the replaced sheets) comes last. If anything
 * fails, {@link restoreWorkbook} puts the captured workbook back.
 */
import type { SheetLayout } from '../../report/layout';
import type { WriteResult } from '../port';
import { planSheetNames, quoteSheetName, type NamePlan } from '../sheet-names';
import { queueLayout, REQUEST_BUDGET, RequestBudget } from './queue';
import { freeSheetNames, newMarkerNames, readMarkers, type Markers } from './write';

const TEMP_PREFIX = '~wlb_tmp_';
const BACKUP_PREFIX = '~wlb_old_';

const lower = (s: string) => s.toLocaleLowerCase();

/** What the workbook looked like before a write, to put it back if the write fails. */
export interface WorkbookBefore {
  captured: boolean;
  sheets: { id: string; name: string }[];
  names: string[];
  activeId: string;
}

/** A write's inputs, the same on every attempt. */
export interface WriteRequest {
  layouts: SheetLayout[];
  options: { keepIfPresent?: string[]; activate?: string };
  date1904: boolean;
  /** Bytes of queued writes per `context.sync()`; REQUEST_BUDGET when not given. */
  requestBudget?: number;
}

/** The sheet names of one write: the final ones, the temporaries the new sheets are built under, the backups. */
interface SwapPlan {
  names: NamePlan;
  toWrite: SheetLayout[];
  temps: string[];
  backups: string[];
}

/** A `before` not captured yet (nothing to restore if the write fails before it is). */
export function notCaptured(): WorkbookBefore {
  return { captured: false, sheets: [], names: [], activeId: '' };
}

/**
 * One attempt of the write, in one `Excel.run`. Syncs: 1 to plan, then one per ~2 MB of queued writes, 1 to swap
 * the sheets in, 1 to delete the replaced ones. Fills `before` as soon as it is known, for the caller's restore.
 */
export async function writeOnce(
  context: Excel.RequestContext,
  request: WriteRequest,
  before: WorkbookBefore,
): Promise<WriteResult> {
  const { markers, company } = await captureBefore(context, before);
  const plan = planSwap(request, before, markers);

  // 1. Build every new sheet under a temporary name.
  const created = await buildSheets(context, plan, request, company);

  // 2. Swap: replaced sheets step aside, temporaries take the final names and get their marks.
  const replaced = swapIn(context, plan, markers, created, request.options.activate);
  await context.sync();

  // 3. The only step that cannot be undone comes last: delete the replaced sheets and their marks.
  for (const sheet of replaced) sheet.delete();
  const oldMarks = plan.names.remove.flatMap((name) => markers.bySheet.get(lower(name)) ?? []);
  for (const mark of [...oldMarks, ...markers.stale]) context.workbook.names.getItem(mark).delete();
  await context.sync();
  return { sheetNames: { ...plan.names.sheetNames } };
}

/** Loads the sheets, names, active sheet and Company (1 sync) and records them in `before`. */
async function captureBefore(
  context: Excel.RequestContext,
  before: WorkbookBefore,
): Promise<{ markers: Markers; company: string }> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load('items/name,items/id');
  const names = workbook.names.load('items/name,items/formula');
  const active = workbook.worksheets.getActiveWorksheet().load('id');
  const properties = workbook.properties.load('company');
  await context.sync();
  Object.assign(before, {
    captured: true,
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
    names: names.items.map((n) => n.name),
    activeId: active.id,
  });
  const markers = readMarkers(names.items.map((n) => ({ name: n.name, formula: String(n.formula) })));
  return { markers, company: properties.company ?? '' };
}

/** The final names (an earlier run's sheets are replaced or kept), and free temporary and backup names. */
function planSwap(request: WriteRequest, before: WorkbookBefore, markers: Markers): SwapPlan {
  const existingNames = before.sheets.map((s) => s.name);
  const names = planSheetNames(
    request.layouts.map((l) => l.name),
    existingNames.map((name) => ({ name, owned: markers.bySheet.has(lower(name)) })),
    request.options.keepIfPresent ?? [],
  );
  const toWrite = request.layouts.filter((l) => !names.kept.includes(l.name));
  const temps = freeSheetNames(TEMP_PREFIX, existingNames, toWrite.length);
  const backups = freeSheetNames(BACKUP_PREFIX, [...existingNames, ...temps], names.remove.length);
  return { names, toWrite, temps, backups };
}

/** Adds each layout as a new sheet under its temporary name, its cells queued within the request budget. */
async function buildSheets(
  context: Excel.RequestContext,
  plan: SwapPlan,
  request: WriteRequest,
  company: string,
): Promise<Excel.Worksheet[]> {
  const budget = new RequestBudget(context, request.requestBudget ?? REQUEST_BUDGET);
  const created: Excel.Worksheet[] = [];
  for (const [i, layout] of plan.toWrite.entries()) {
    const sheet = context.workbook.worksheets.add(plan.temps[i]);
    created.push(sheet);
    await queueLayout(sheet, layout, plan.names.sheetNames, request.date1904, budget, company);
  }
  await budget.flush();
  return created;
}

/**
 * Queues the swap (synced by the caller): the replaced sheets renamed to their backups, the new sheets to their
 * final names with a fresh marker each, the sheet to activate activated. Returns the replaced sheets.
 */
function swapIn(
  context: Excel.RequestContext,
  plan: SwapPlan,
  markers: Markers,
  created: Excel.Worksheet[],
  activateLayout: string | undefined,
): Excel.Worksheet[] {
  const workbook = context.workbook;
  const replaced = plan.names.remove.map((name, i) => {
    const sheet = workbook.worksheets.getItem(name);
    sheet.name = plan.backups[i];
    return sheet;
  });
  const marks = newMarkerNames(markers.all, plan.toWrite.length);
  plan.toWrite.forEach((layout, i) => {
    const finalName = plan.names.sheetNames[layout.name];
    created[i].name = finalName;
    workbook.names.add(marks[i], `=${quoteSheetName(finalName)}!$A$1`);
  });
  const activate = activateLayout !== undefined ? plan.names.sheetNames[activateLayout] : undefined;
  if (activate !== undefined) workbook.worksheets.getItem(activate).activate();
  return replaced;
}

/** Puts the workbook back as `before`: new sheets and names deleted, renamed sheets renamed back. */
export async function restoreWorkbook(context: Excel.RequestContext, before: WorkbookBefore): Promise<void> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load('items/name,items/id');
  const names = workbook.names.load('items/name');
  await context.sync();
  const original = new Map(before.sheets.map((s) => [s.id, s.name]));
  for (const s of sheets.items) if (!original.has(s.id)) s.delete();
  for (const s of sheets.items) {
    const name = original.get(s.id);
    if (name !== undefined && name !== s.name) s.name = name;
  }
  const keep = new Set(before.names.map(lower));
  for (const n of names.items) if (!keep.has(lower(n.name))) n.delete();
  if (sheets.items.some((s) => s.id === before.activeId)) workbook.worksheets.getItem(before.activeId).activate();
  await context.sync();
}
