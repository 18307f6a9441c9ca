/**
 * The one pipeline both hosts run: read the workbook through a port → ingest → (what-if) → evaluate → layouts →
 * write through the port. Only readWorkbook/writeReport touch the port; `analyse` is pure and synchronous so the
 * task pane can rerun it for every what-if slider move.
 */
import type { SheetGrid, IngestOptions, IngestResult, Mapping } from '../ingest/types';
import type { Dataset, Report } from '../rules/types';
import type { Params } from '../rules/params';
import { validateAgreement } from '../rules/agreement';
import type { ReadProgress, SheetInfo, WorkbookPort, WriteResult } from '../host/port';
import { columnsInUse, ingestWorkbook, sheetMappingFor, WorkbookIngest } from '../ingest';
import { applyWhatIf, evaluate, getProfile, withLegalChecks, type WhatIf } from '../rules';
import {
  buildReportLayouts,
  readPreviousHealth,
  SHEET_NAMES,
  type CarriedOver,
  type Lang,
  type ReportMeta,
  type SheetLayout,
} from '../report';

export interface CheckOptions {
  profile: string;
  params: Params;
  mapping?: Mapping;
  excludeSheets?: string[];
  ingest?: Omit<IngestOptions, 'mapping' | 'excludeSheets'>;
  onProgress?: (p: ReadProgress) => void;
  /**
   * Called by {@link readAndIngest} once a sheet is ingested and nothing refers to its grid any more, with its
   * row count: the moment a host may reclaim the grid's memory before the next sheet or the rules allocate.
   */
  afterSheet?: (rows: number) => void;
}

/**
 * true for a sheet the pipeline reads: the user's sheets and, of the checker's own, only the checklist (it holds
 * the user's answers; an earlier run may have named it `チェックリスト (2)`).
 *
 * @example isInputSheet({ name: 'WLB基準サマリー', ownedByChecker: true, … }) // false
 */
export function isInputSheet(sheet: SheetInfo, excludeSheets: string[] = []): boolean {
  if (excludeSheets.includes(sheet.name)) return false;
  if (!sheet.ownedByChecker) return true;
  return sheet.visible && sheet.name.replace(/ \(\d+\)$/, '') === SHEET_NAMES.checklist;
}

/**
 * Reads every input sheet of the workbook as grids (values + number formats), skipping the checker's own
 * output sheets and the sheets the user excluded.
 *
 * @example const { grids, date1904 } = await readWorkbook(port, { excludeSheets: ['メモ'] });
 */
export async function readWorkbook(
  port: WorkbookPort,
  options: {
    excludeSheets?: string[];
    onProgress?: (p: ReadProgress) => void;
    onlyColumnsInUse?: boolean;
    mapping?: Mapping;
  } = {},
): Promise<{ grids: SheetGrid[]; sheets: SheetInfo[]; date1904: boolean }> {
  const sheets = await port.listSheets();
  const grids: SheetGrid[] = [];
  for (const sheet of sheets) {
    if (!isInputSheet(sheet, options.excludeSheets)) continue;
    // Excel: past the first rows, only the columns detection (with the mapping) uses; a mapping changed later
    // needs ingest's `sheetsToReread` before ingest.
    const columnsFor = options.onlyColumnsInUse
      ? (head: SheetGrid) => columnsInUse(head, options.mapping && sheetMappingFor(options.mapping, sheet.name))
      : undefined;
    grids.push(await port.readSheet(sheet.name, { onProgress: options.onProgress, columnsFor }));
  }
  return { grids, sheets, date1904: await port.isDate1904() };
}

/** What `ingestGrids` needs: how to read the sheets (not what to evaluate). */
export type IngestStepOptions = Pick<CheckOptions, 'mapping' | 'excludeSheets' | 'ingest'> & { date1904?: boolean };

/**
 * Pure and synchronous: grids → dataset and input issues. The task pane keeps its result while the user moves
 * what-if knobs, so only `evaluateIngested` reruns — and within it only what the change touches (rules/run-cache.ts).
 *
 * @example const ingest = ingestGrids(grids, { mapping, date1904: false });
 */
export function ingestGrids(grids: SheetGrid[], options: IngestStepOptions = {}): IngestResult {
  return ingestWorkbook(grids, ingestOptionsOf(options));
}

/** The ingest's own options from the pipeline's. */
function ingestOptionsOf(options: IngestStepOptions): IngestOptions {
  return {
    ...options.ingest,
    mapping: options.mapping,
    excludeSheets: options.excludeSheets,
    date1904: options.date1904 ?? options.ingest?.date1904,
  };
}

/**
 * Pure and synchronous: dataset → (what-if) → report. Input issues found by ingest are passed to the rules so the
 * report lists them; the returned ingest carries the dataset the report was computed on.
 *
 * @example const { report } = evaluateIngested(ingest, { profile: 'all', params, whatIf: { overtimeChangeRatio: -0.1 } });
 */
export function evaluateIngested(
  ingest: IngestResult,
  options: Pick<CheckOptions, 'profile' | 'params'> & { whatIf?: WhatIf },
): { ingest: IngestResult; report: Report } {
  const params = withSheetAgreements(options.params, ingest);
  const dataset = options.whatIf ? applyWhatIf(ingest.dataset, options.whatIf, params) : ingest.dataset;
  // The legal checks run beside every profile, and the verdict is decided once, here (rules/verdict.ts).
  const report = withLegalChecks(evaluate(dataset, options.profile, params, ingest.issues), dataset, params);
  report.sheets = reportSheets(ingest);
  report.monthlyHours = reportMonthlyHours(dataset, params);
  return { ingest: { ...ingest, dataset }, report };
}

/**
 * The company's 36協定: the one given (設定, `--agreement`, `--param agreement.…`) wins; else the one the workbook keeps
 * on a `36協定` sheet; else none (the statutory limits only, and the report says so).
 */
function withSheetAgreements(params: Params, ingest: IngestResult): Params {
  // An agreement above a statutory bound (設定 shows which) is not used.
  const given = (params.agreements ?? []).filter((a) => validateAgreement(a).length === 0);
  if (given.length > 0) return given.length === params.agreements!.length ? params : { ...params, agreements: given };
  return { ...params, agreements: ingest.agreements };
}

/**
 * The JSON report's `sheets`: what each sheet was read as and where each field came from (a column letter, `F+G`,
 * `sheet name`, `file name`, `header block B2`); a sheet not recognised has kind null.
 *
 * @example reportSheets(ingest)[0] // { sheet: '勤怠', kind: 'daily', rows: 3558, columns: { employeeId: 'A', … } }
 */
function reportSheets(ingest: IngestResult): NonNullable<Report['sheets']> {
  return ingest.sheets.map((s) => {
    const entry: NonNullable<Report['sheets']>[number] = {
      sheet: s.sheet,
      kind: s.kind,
      rows: s.dataRows,
      columns: s.origins ?? {},
    };
    if (s.layout) entry.layout = s.layout;
    return entry;
  });
}

type MonthlyHoursRows = NonNullable<Report['monthlyHours']>;

/** The last `monthlyHours` built for a monthly-hours array, with what else it was built from. */
const monthlyHoursMemo = new WeakMap<
  Dataset['monthlyHours'],
  {
    employees: Dataset['employees'];
    shifts: Dataset['shifts'];
    system: Params['workingTimeSystem'];
    rows: MonthlyHoursRows;
  }
>();

/**
 * The JSON report's `monthlyHours`: every employee-month's OT, HW, worked hours (null when unknown), late-night days
 * (null for a month given only as a monthly summary) and working-time system (the month's, else the roster's, else
 * the `workingTimeSystem` parameter, else general). A re-evaluation with other thresholds (same rows, roster, days
 * and system) reuses the previous list.
 *
 * @example reportMonthlyHours(dataset, params)[0] // { employeeId: 'E017', month: '2025-12', overtime: 86.5, … }
 */
function reportMonthlyHours(dataset: Dataset, params: Params): MonthlyHoursRows {
  const { employees, shifts, monthlyHours } = dataset;
  const system = params.workingTimeSystem;
  const last = monthlyHoursMemo.get(monthlyHours);
  if (last && last.employees === employees && last.shifts === shifts && last.system === system) return last.rows;
  const systems = new Map(employees.map((e) => [e.id, e.workingTimeSystem]));
  let nightDays: Map<string, Set<string>> | null = null;
  const rows = monthlyHours.map((m) => {
    let lateNightDays = m.lateNightDays ?? null;
    if (lateNightDays === null && m.daysWorked !== undefined) {
      nightDays ??= countNightDays(shifts);
      lateNightDays = nightDays.get(`${m.employeeId}|${m.month}`)?.size ?? 0;
    }
    return {
      employeeId: m.employeeId,
      month: m.month,
      overtime: m.overtime,
      holidayWork: m.holidayWork,
      worked: m.worked ?? null,
      lateNightDays,
      system: m.system ?? systems.get(m.employeeId) ?? system ?? 'general',
    };
  });
  monthlyHoursMemo.set(monthlyHours, { employees, shifts, system, rows });
  return rows;
}

/** The dates with late-night hours per employee and month (`E017|2025-12`), for months whose rows do not count them. */
function countNightDays(shifts: Dataset['shifts']): Map<string, Set<string>> {
  const nightDays = new Map<string, Set<string>>();
  for (const s of shifts) {
    if (!(s.lateNightHours > 0)) continue;
    const key = `${s.employeeId}|${s.date.slice(0, 7)}`;
    let days = nightDays.get(key);
    if (!days) nightDays.set(key, (days = new Set()));
    days.add(s.date);
  }
  return nightDays;
}

/**
 * Pure and synchronous: grids → dataset (ingest) → what-if → report (rules).
 *
 * @example const { report } = analyse(grids, { profile: 'all', params: defaultParams('2026-03-31') });
 */
export function analyse(
  grids: SheetGrid[],
  options: CheckOptions & { date1904?: boolean; whatIf?: WhatIf },
): { ingest: IngestResult; report: Report } {
  return evaluateIngested(ingestGrids(grids, options), options);
}

/**
 * Reads the workbook and ingests it sheet by sheet: each sheet's rows are read into the dataset before the next sheet
 * is asked for, so a port that does not keep what it hands over (the CLI's .xlsx port) holds one sheet's grid at a
 * time. A roster after another kind of sheet needs every sheet at once (rosters are read first): the workbook is then
 * read again and ingested whole.
 *
 * @example const { ingest } = await readAndIngest(port, { profile: 'all', params: defaultParams('2026-03-31') });
 */
export async function readAndIngest(
  port: WorkbookPort,
  options: CheckOptions,
): Promise<{ sheets: SheetInfo[]; ingest: IngestResult }> {
  const sheets = await port.listSheets();
  const inputs = sheets.filter((s) => isInputSheet(s, options.excludeSheets));
  const date1904 = await port.isDate1904();
  const ingest = new WorkbookIngest(
    inputs.map((s) => s.name),
    ingestOptionsOf({ ...options, date1904 }),
    { readAsAdded: true },
  );
  for (const sheet of inputs) {
    const rows = await readAndAdd(port, sheet.name, ingest, options);
    options.afterSheet?.(rows);
    if (ingest.outOfOrder) {
      const whole = await readWorkbook(port, options);
      return { sheets, ingest: ingestGrids(whole.grids, { ...options, date1904 }) };
    }
  }
  return { sheets, ingest: ingest.finish() };
}

/**
 * Reads one sheet and adds it; only its row count outlives the call. An async function of its own: the microtask
 * that resumes after `readSheet` holds the grid it resolved with, and so does the suspended frame's registers, so a
 * grid awaited in `readAndIngest` itself would still be reachable when `afterSheet` runs.
 */
async function readAndAdd(
  port: WorkbookPort,
  name: string,
  ingest: WorkbookIngest,
  options: CheckOptions,
): Promise<number> {
  const grid = await port.readSheet(name, { onProgress: options.onProgress });
  ingest.add(grid);
  return grid.values.length;
}

/**
 * Reads the workbook and evaluates it.
 *
 * @example const { report } = await runCheck(port, { profile: 'all', params: defaultParams('2026-03-31') });
 */
export async function runCheck(
  port: WorkbookPort,
  options: CheckOptions,
): Promise<{ grids: SheetGrid[]; sheets: SheetInfo[]; ingest: IngestResult; report: Report }> {
  const { grids, sheets, date1904 } = await readWorkbook(port, options);
  const { ingest, report } = analyse(grids, { ...options, date1904 });
  return { grids, sheets, ingest, report };
}

/**
 * Report metadata; the generation time is read here (the rule and report modules never read the clock).
 *
 * @example createReportMeta('all', new Date('2026-04-01T09:00:00Z')).generatedAt // '2026-04-01T09:00:00.000Z'
 */
export function createReportMeta(
  profileId: string,
  now: Date = new Date(),
  lang: Lang = 'ja',
  companyName?: string,
): ReportMeta {
  const meta: ReportMeta = {
    generatedAt: now.toISOString(),
    profileLabel: getProfile(profileId)?.label[lang] ?? profileId,
    lang,
  };
  return companyName?.trim() ? { ...meta, companyName: companyName.trim() } : meta;
}

/**
 * What HR typed on the checker's long-hours sheet of an earlier run (empty when there is none), so the next
 * sheet keeps it: the rows are read back as the host shows them and matched by employee and month.
 *
 * @example (await readCarriedOver(port)).health?.get('E017|2025-12')?.cells[9] // 46021 (the date typed)
 */
async function readCarriedOver(port: WorkbookPort): Promise<CarriedOver> {
  const sheets = await port.listSheets();
  const own = sheets.find((s) => s.ownedByChecker && s.name.replace(/ \(\d+\)$/, '') === SHEET_NAMES.health);
  if (!own) return {};
  const grid = await port.readSheet(own.name);
  // The grid starts at its first used cell: pad it back to A1 so the header search sees the sheet's own rows.
  const values = [
    ...new Array(Math.max(0, grid.firstRow - 1)).fill([]),
    ...grid.values.map((row) => [...new Array(Math.max(0, grid.firstCol - 1)).fill(null), ...row]),
  ];
  return { health: readPreviousHealth(values, await port.isDate1904()) };
}

/**
 * The output sheets, with what HR typed on the earlier run's sheets carried over (both hosts write through this).
 *
 * @example const layouts = await buildLayoutsCarryingOver(port, report, dataset, meta);
 */
export async function buildLayoutsCarryingOver(
  port: WorkbookPort,
  report: Report,
  dataset: Dataset,
  meta: ReportMeta,
): Promise<SheetLayout[]> {
  return buildReportLayouts(report, dataset, meta, await readCarriedOver(port));
}

/**
 * Builds the output sheets and writes them through the port, all or nothing. The checklist sheet is created
 * only when missing, so the user's answers survive reruns; the summary is made the active sheet.
 *
 * @example await writeReport(port, report, ingest.dataset, createReportMeta(report.profile));
 */
export async function writeReport(
  port: WorkbookPort,
  report: Report,
  dataset: Dataset,
  meta: ReportMeta = createReportMeta(report.profile),
): Promise<WriteResult> {
  const layouts = await buildLayoutsCarryingOver(port, report, dataset, meta);
  return port.writeSheets(layouts, { keepIfPresent: [SHEET_NAMES.checklist], activate: SHEET_NAMES.summary });
}
