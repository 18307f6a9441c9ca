/**
 * Workbook grids → Dataset + input issues. Each sheet's layout is found (./detect/detect), its duration styles decided
 * (./detect/duration-style), its placed columns parsed (./parse/columns), and its rows read by the reader of its kind
 * (./read); rows that are not data are skipped silently.
 */
import type { Dataset, SourceSheet } from '../rules/types';
import { Collector } from './read/collector';
import { readColumns } from './parse/columns';
import { listDataRows, readLayout, type TableLayout } from './detect/detect';
import { decideDurationStyles } from './detect/duration-style';
import { describeMissing, KIND_LABELS, missingFields } from './detect/fields';
import { mappingProblemRefs, sheetMappingFor } from './detect/mapping';
import { askDateOrder } from './detect/date-order';
import { askMonthOfDays, keepReading, sayHeaderless, sayIdFromName, settleParts } from './reading-steps';
import { msg } from '../rules/messages';
import { addProblem } from './detect/problems';
import { READERS } from './read';
import { Cells, type SheetRead } from './read/sheet';
import type { DetectedSheet, IngestOptions, IngestResult, SheetGrid } from './types';
import type { Agreement } from '../rules/agreement';
import { isAgreementSheet, readAgreementSheet } from './read/agreement-sheet';

const EXPECTED_HEADERS =
  '勤怠（社員番号・日付・出勤・退勤 または 実働時間）、月次集計（社員番号・年月・時間外労働）、社員名簿（社員番号・氏名・性別・雇用形態・入社日）、' +
  '年次有給休暇（社員番号・付与日/取得日・日数）、育児・介護（社員番号・種別・開始日 または 出産日）、チェックリスト（項目番号・項目・該当）';

/** The sheet-level issue (and problem at the top) for a recognised sheet without its required columns. */
function missingColumns(
  read: { kind: SheetRead['kind']; layout: SheetRead['layout'] },
  grid: SheetGrid,
  collector: Collector,
): boolean {
  const placed = new Set(read.layout.placed.filter((p) => !p.unused).map((p) => p.field));
  if (missingFields(read.kind, placed).length === 0) return false;
  read.layout.detected.missingFields = missingFields(read.kind, placed);
  const ref = msg('issue.missing-columns', {
    kind: KIND_LABELS[read.kind],
    missing: { ja: describeMissing(read.kind, placed), en: describeMissing(read.kind, placed, 'en') },
  });
  collector.issue(grid.name, '', '', ref);
  addProblem(read.layout.detected, ref);
  return true;
}

/** Finds the layout of one sheet and parses its columns; null when it is not read (with the reason as an issue). */
function prepareSheet(
  grid: SheetGrid,
  options: IngestOptions,
  collector: Collector,
  sheets: DetectedSheet[],
): SheetRead | 'unrecognised' | null {
  const mapping = sheetMappingFor(options.mapping, grid.name);
  const layout = readLayout(grid, mapping, options.sourceName);
  sheets.push(layout.detected);
  for (const problem of layout.detected.problems ?? [])
    collector.issue(grid.name, '', '', layout.detected.problemRefs?.[problem] ?? problem);
  if (layout.kind === null || layout.detected.headerRow === null) return 'unrecognised';
  const kind = layout.kind;
  settleParts(layout, mapping);
  if (missingColumns({ kind, layout }, grid, collector)) return keptReading(grid, layout, options);
  const rows = listDataRows(grid, layout);
  layout.detected.dataRows = rows.length;
  if (askMonthOfDays(grid, layout, rows, collector) || askDateOrder(grid, layout, rows, mapping, collector))
    return keptReading(grid, layout, options);
  sayHeaderless(grid, layout, collector);
  sayIdFromName(grid, layout, collector);
  const unused = decideDurationStyles(grid, layout, rows, mapping, collector.issues);
  keepReading(grid, layout, options);
  if (unused.length > 0 && missingColumns({ kind, layout }, grid, collector)) return null;
  const read: SheetRead = { grid, date1904: options.date1904 === true, layout, kind, rows, cols: new Map() };
  readColumns(read, collector.issues);
  return read;
}

/** A sheet not read: its reading is still shown (in the pane and by `--explain`), with what it lacks. */
function keptReading(grid: SheetGrid, layout: TableLayout, options: IngestOptions): null {
  keepReading(grid, layout, options);
  return null;
}

/** Sheet names that say they hold attendance or leave (`勤怠_4月`, `有給管理`). */
const ATTENDANCE_NAME = /勤怠|出勤|打刻|タイムカード|出退勤|有給|有休|年休|休暇|attendance|timecard|leave/i;

/**
 * A sheet named as attendance or leave that could not be read is said, not skipped in silence (the run may still
 * read a roster and look finished). Other unrecognised sheets (notes, pivot tables) are left alone.
 */
function unrecognisedAttendance(grid: SheetGrid, detected: DetectedSheet, collector: Collector): void {
  if (!ATTENDANCE_NAME.test(grid.name) || grid.values.length === 0) return;
  const message =
    '勤怠・休暇のシートのようですが、見出しの行が分からず読んでいません（社員番号・日付・出勤・退勤 などの見出しが必要です。列の確認または --mapping で指定できます）';
  collector.issue(grid.name, '', '', message);
  (detected.problems ??= []).push(message);
}

/** The JSON report's entry for a sheet that was read. */
function sourceOf(read: SheetRead): SourceSheet {
  const source: SourceSheet = {
    sheet: read.grid.name,
    kind: read.kind,
    rows: read.rows.length,
    columns: read.layout.detected.origins ?? {},
  };
  if (read.layout.exportLayout) source.layout = read.layout.exportLayout.id;
  return source;
}

/**
 * Reads every sheet of a workbook into one Dataset. Sheets of the same kind are concatenated (one per month or
 * office, or one per person); unreadable cells, duplicated days, ids missing from the roster and sheets missing a
 * required column become InputIssues; nothing throws.
 * Example: `ingestWorkbook([rosterGrid, aprilGrid, mayGrid]).dataset.monthlyHours` holds OT/HW per employee-month.
 */
export function ingestWorkbook(grids: SheetGrid[], options: IngestOptions = {}): IngestResult {
  const ingest = new WorkbookIngest(
    grids.map((g) => g.name),
    options,
  );
  for (const grid of grids) ingest.add(grid);
  return ingest.finish();
}

/**
 * The ingest of one workbook fed sheet by sheet (what {@link ingestWorkbook} does with a list of grids). Each sheet
 * is detected and its columns parsed as it is added; with `readAsAdded` its rows are read into the dataset at once
 * too, so nothing keeps its grid afterwards and a host can free it before reading the next sheet (memory bounded by
 * the largest sheet, not the workbook). Rosters are read before every other sheet; a roster added after another
 * kind of sheet was read as added cannot be, and `outOfOrder` then says the workbook must be ingested again whole.
 *
 * @example const ingest = new WorkbookIngest(names, options, { readAsAdded: true }); for (const g of grids) ingest.add(g); ingest.finish();
 */
export class WorkbookIngest {
  /** Where the rows of the sheets go, and the issues their rows raise. */
  private readonly collector: Collector;
  /** The issues of detecting the sheets and parsing their cells: they come first, in sheet order. */
  private readonly prepared: Collector;
  private readonly sheets: DetectedSheet[] = [];
  private readonly sources: Dataset['sources'] = [];
  private readonly excluded: Set<string>;
  private readonly later: SheetRead[] = [];
  private readonly agreements: Agreement[] = [];
  private recognised = 0;
  private added = 0;
  private otherKindRead = false;
  /** A roster came after another sheet was read as added: the result would differ from a whole read. */
  outOfOrder = false;

  constructor(
    sheetNames: string[],
    private readonly options: IngestOptions = {},
    private readonly mode: { readAsAdded?: boolean } = {},
  ) {
    this.collector = new Collector(options);
    this.prepared = new Collector(options);
    this.excluded = new Set(options.excludeSheets ?? []);
    for (const problem of mappingProblemRefs(options.mapping, sheetNames)) this.prepared.issue('', '', '', problem);
  }

  /** Detects one sheet and parses its columns (and, with `readAsAdded`, reads its rows). */
  add(grid: SheetGrid): void {
    if (this.excluded.has(grid.name)) return;
    this.added++;
    if (isAgreementSheet(grid.name)) {
      // The company's 36協定 as the user keeps it: label + value cells, not a table of rows.
      const read = readAgreementSheet(grid, this.options.date1904 === true);
      this.agreements.push(...read.agreements);
      this.prepared.issues.push(...read.issues);
      return;
    }
    const read = prepareSheet(grid, this.options, this.prepared, this.sheets);
    if (read === 'unrecognised') {
      unrecognisedAttendance(grid, this.sheets[this.sheets.length - 1], this.prepared);
      return;
    }
    this.recognised++;
    if (read === null) return;
    this.sources.push(sourceOf(read));
    if (!this.mode.readAsAdded) this.later.push(read);
    else if (read.kind === 'roster' && this.otherKindRead) this.outOfOrder = true;
    else {
      this.otherKindRead ||= read.kind !== 'roster';
      READERS[read.kind].read(new Cells(read), this.collector);
    }
  }

  /** The dataset and every issue: those of detection and parsing first, then those of the rows. */
  finish(): IngestResult {
    const { collector } = this;
    // Rosters first, so the other sheets can be checked against them whatever the sheet order.
    this.later.sort((a, b) => Number(b.kind === 'roster') - Number(a.kind === 'roster'));
    for (const read of this.later) READERS[read.kind].read(new Cells(read), collector);
    this.later.length = 0;
    const ofRows = collector.issues.splice(0);
    for (const issue of this.prepared.issues) collector.issues.push(issue);
    for (const issue of ofRows) collector.issues.push(issue);
    collector.checkAgainstRoster();
    if (this.recognised === 0 && this.added > 0) {
      collector.issue('', '', '', msg('issue.no-table', { expected: EXPECTED_HEADERS }));
    }
    const result: IngestResult = {
      dataset: collector.dataset(this.sources),
      issues: collector.issues,
      sheets: this.sheets,
    };
    if (this.agreements.length > 0) result.agreements = this.agreements;
    return result;
  }
}
