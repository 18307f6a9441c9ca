/**
 * The proposed reading of one sheet, made explicit: header row (or none), the columns and what each holds, the
 * context values and where they came from, each duration column's unit, the break rule, the identity and the
 * punch-log pairing, with what was assumed and what is asked. Detection produces it; `wlb-check --explain` prints
 * it; the task pane's 列の確認 shows and corrects it; `mappingOfReading` states it as a mapping v2 entry, so that a
 * corrected reading is remembered in the workbook (or in a `--mapping` file) and read again the same way.
 */
import type { SheetKind } from '../../rules/types';
import type { TableLayout } from './detect';
import { FIELD_LABELS, KIND_LABELS } from './fields';
import { columnKey } from './placement';
import { describeBreakRule, type BreakRule } from '../read/break-rule';
import { columnLetter } from '../parse/text';
import type { DurationStyle, FieldId, FieldSource, SheetGrid, SheetMapping } from '../types';
import type { Lang } from '../../rules/messages';

/** Where one part of a reading came from. */
type ReadingSource = 'header' | 'values' | 'export' | 'user';

interface ReadingColumn {
  /** Column letter (`D`); several for a sum (`F+G`). */
  column: string;
  /** The header text ('' without a header row). */
  header: string;
  /** `start`, `start#2` …; null = not used. */
  field: string | null;
  unit?: DurationStyle;
  from: ReadingSource;
}

interface ReadingContext {
  field: string;
  value: string;
  /** `header block B2`, `sheet name`, `file name`, `constant`. */
  from: string;
}

export interface SheetReading {
  sheet: string;
  kind: SheetKind | null;
  /** The export recognised (`jobcan-timesheet`), when one was. */
  layout?: string;
  /** 1-based header row; 0 = the sheet has no header row (columns read from their values); null = not found. */
  headerRow: number | null;
  columns: ReadingColumn[];
  context: ReadingContext[];
  /** The break of days the sheet gives none for (present only on attendance sheets without a break). */
  breakRule?: { rule: BreakRule; from: 'user' | 'default' };
  identity?: { by: 'employeeId' | 'name'; from: string };
  punchLog?: { pairing: 'kind' | 'order' };
  /** How dates written `06/02/2025` are read (only on sheets that have them). */
  dateOrder?: { order: 'month-first' | 'day-first'; from: 'user' | 'values' };
  /** The first day of the sheet's period (the year of `04/01`, the month of `1日`). */
  periodStart?: string;
  /** Where the period came from (`header block A3`, `sheet name`, `file name`, `constant`). */
  periodFrom?: string;
  /** What the sheet could not decide, one sentence each (Japanese). */
  questions: string[];
}

/** The extra parts of a reading a mapping v2 entry can state (beside kind, headerRow, fields, durationStyle). */
export interface ReadingParts {
  breakRule?: BreakRule;
  identity?: 'employeeId' | 'name';
  punchLog?: { pairing: 'kind' | 'order' };
}

const DURATION_FIELDS = new Set<FieldId>(['worked', 'overtime', 'holidayWork', 'lateNight', 'break', 'scheduled']);

function sourceOf(layout: TableLayout, byUser: boolean | undefined, headerless: boolean): ReadingSource {
  if (layout.headerless === 'inferred') return 'values';
  // A sheet read without a header row by a mapping: its columns are where the user (or a stated reading) put them.
  if (byUser || headerless) return 'user';
  return layout.exportLayout ? 'export' : 'header';
}

/** The columns of the reading: every placed column (sums as `F+G`), then the headed columns not used. */
function readingColumns(grid: SheetGrid, layout: TableLayout, headerless: boolean): ReadingColumn[] {
  const out: ReadingColumn[] = [];
  const used = new Set<string>();
  for (const p of layout.placed) {
    if (p.index < 0) continue;
    const letters = [p.index, ...(p.parts ?? [])].map((c) => columnLetter(grid.firstCol + c));
    letters.forEach((l) => used.add(l));
    const header = layout.detected.columns.find((c) => c.column === letters[0])?.header ?? '';
    const col: ReadingColumn = {
      column: letters.join('+'),
      header,
      field: p.unused ? null : columnKey(p.field, p.pair),
      from: sourceOf(layout, p.byUser, headerless),
    };
    const unit = p.minutes ? 'minutes' : p.style;
    if (DURATION_FIELDS.has(p.field) && unit) col.unit = unit;
    out.push(col);
  }
  for (const c of layout.detected.columns) {
    if (used.has(c.column)) continue;
    const from = layout.headerless === 'inferred' ? 'values' : c.byUser || headerless ? 'user' : 'header';
    out.push({ column: c.column, header: c.header, field: null, from });
  }
  return out.sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
}

/**
 * The reading of a sheet as detection left it. `parts` are the break rule, identity and punch-log pairing the
 * readers use (detection's proposal or the user's); `headerless` says the columns were inferred from values.
 */
export function readingOf(
  grid: SheetGrid,
  layout: TableLayout,
  parts: ReadingParts & { breakFrom?: 'user' | 'default'; needsBreakRule?: boolean; headerless?: boolean } = {},
): SheetReading {
  const headerless = parts.headerless === true;
  const reading: SheetReading = {
    sheet: grid.name,
    kind: layout.kind,
    headerRow: layout.detected.headerRow === null ? null : headerless ? 0 : layout.detected.headerRow,
    columns: readingColumns(grid, layout, headerless),
    context: layout.placed
      .filter((p) => p.index < 0)
      .map((p) => ({
        field: columnKey(p.field, p.pair),
        value: String(p.constant ?? ''),
        from: p.origin ?? 'constant',
      })),
    questions: [...(layout.detected.problems ?? [])],
  };
  if (layout.exportLayout) reading.layout = layout.exportLayout.id;
  if (layout.periodStart) reading.periodStart = layout.periodStart;
  if (layout.periodOrigin) reading.periodFrom = layout.periodOrigin;
  const idCol = layout.placed.find((p) => p.field === (parts.identity === 'name' ? 'name' : 'employeeId'));
  if (idCol)
    reading.identity = {
      by: parts.identity === 'name' ? 'name' : 'employeeId',
      from: idCol.index < 0 ? (idCol.origin ?? 'constant') : columnLetter(grid.firstCol + idCol.index),
    };
  if (parts.needsBreakRule && parts.breakRule)
    reading.breakRule = { rule: parts.breakRule, from: parts.breakFrom ?? 'default' };
  if (parts.punchLog) reading.punchLog = parts.punchLog;
  if (layout.dateOrder) reading.dateOrder = layout.dateOrder;
  return reading;
}

/** A reading column's letters as a mapping v2 source: one letter, or the letters of a sum. */
function sourceOfColumn(column: string): FieldSource {
  const letters = column.split('+');
  return letters.length === 1 ? letters[0] : letters;
}

/** A context's origin (`header block D2`, `sheet name`, `constant`) as a mapping v2 source, `value` when typed. */
function sourceOfContext(from: string, value: string): FieldSource {
  const kind = from.startsWith('header block') ? 'header block' : from;
  return kind === 'header block' || kind === 'sheet name' || kind === 'file name' ? { context: kind } : { value };
}

/**
 * The reading stated as a mapping v2 entry: kind, header row (0 = none), every field's column (by letter), context
 * or constant, every unit, the break rule, the identity and the pairing. Reading the sheet with this entry gives the
 * same reading (the pane stores it when the user corrects a part).
 * Example: a header-less CSV → `{ kind: 'daily', headerRow: 0, fields: { employeeId: 'A', date: 'B', start: 'C', end: 'D' }, breakRule: { kind: 'statutory' } }`.
 */
export function mappingOfReading(reading: SheetReading): SheetMapping & ReadingParts {
  const out: SheetMapping & ReadingParts = {};
  if (reading.kind) out.kind = reading.kind;
  if (reading.headerRow !== null) out.headerRow = reading.headerRow;
  const fields: Record<string, FieldSource> = {};
  const styles: Record<string, DurationStyle> = {};
  for (const c of reading.columns) {
    if (!c.field) continue;
    fields[c.field] = sourceOfColumn(c.column);
    if (c.unit) styles[c.column.split('+')[0]] = c.unit;
  }
  for (const c of reading.context) fields[c.field] = sourceOfContext(c.from, c.value);
  // A sheet of days: its period (the month of `1（月）`), stated like a context.
  if (reading.periodStart && reading.periodFrom && !fields.month)
    fields.month = sourceOfContext(reading.periodFrom, reading.periodStart);
  out.fields = fields as SheetMapping['fields'];
  if (Object.keys(styles).length > 0) out.durationStyle = styles;
  if (reading.breakRule) out.breakRule = reading.breakRule.rule;
  if (reading.identity) out.identity = reading.identity.by;
  if (reading.punchLog) out.punchLog = reading.punchLog;
  if (reading.dateOrder) out.dateOrder = reading.dateOrder.order;
  return out;
}

const UNIT_LABELS: Record<DurationStyle, { ja: string; en: string }> = {
  decimal: { ja: '10進数（7.5 = 7時間30分）', en: 'decimal hours (7.5 = 7 h 30 min)' },
  sexagesimal: { ja: '60進数（7.30 = 7時間30分）', en: 'hours.minutes (7.30 = 7 h 30 min)' },
  minutes: { ja: '分', en: 'minutes' },
  clock: { ja: '時:分', en: 'h:mm' },
};

const FROM_LABELS: Record<string, { ja: string; en: string }> = {
  header: { ja: '見出し', en: 'header' },
  values: { ja: '値から推定', en: 'inferred from values' },
  export: { ja: '書き出し形式', en: 'export layout' },
  user: { ja: '指定', en: 'set by you' },
  'sheet name': { ja: 'シート名', en: 'sheet name' },
  'file name': { ja: 'ファイル名', en: 'file name' },
  constant: { ja: '指定値', en: 'constant' },
};

/** A field key (`start#2`) as the user reads it: `出勤時刻 2`. */
export function fieldLabel(key: string, lang: Lang): string {
  const [field, pair] = key.split('#');
  const label = (FIELD_LABELS as Record<string, { ja: string; en: string }>)[field]?.[lang] ?? field;
  return pair ? `${label} ${pair}` : label;
}

function fromLabel(from: string, lang: Lang): string {
  const block = /^header block (.+)$/.exec(from);
  if (block) return lang === 'ja' ? `シート上部 ${block[1]}` : `header block ${block[1]}`;
  const column = /^column (.+)$/.exec(from);
  if (column) return lang === 'ja' ? `列 ${column[1]}` : `column ${column[1]}`;
  return FROM_LABELS[from]?.[lang] ?? from;
}

/** The header-row line of a reading. */
function headerLine(r: SheetReading, lang: Lang): string {
  if (r.headerRow === null) return lang === 'ja' ? '見出し: 見つかりません' : 'header: not found';
  if (r.headerRow === 0 && !r.columns.some((c) => c.from === 'values'))
    return lang === 'ja' ? '見出し: なし（列は指定）' : 'header: none (columns as set)';
  if (r.headerRow === 0)
    return lang === 'ja' ? '見出し: なし（列は値から推定）' : 'header: none (columns inferred from values)';
  return lang === 'ja' ? `見出し: ${r.headerRow}行目` : `header: row ${r.headerRow}`;
}

/**
 * The reading as text, one part a line (what `wlb-check --explain` prints).
 * Example: `シート「勤怠」: 勤怠（日次）` / `  見出し: 1行目` / `  列 A「社員番号」→ 社員番号（見出し）` …
 */
export function formatReading(r: SheetReading, lang: Lang = 'ja'): string[] {
  const ja = lang === 'ja';
  const kind = r.kind ? KIND_LABELS[r.kind][lang] : ja ? '読めませんでした' : 'not read';
  const lines = [ja ? `シート「${r.sheet}」: ${kind}` : `Sheet "${r.sheet}": ${kind}`];
  if (r.layout) lines.push(ja ? `  形式: ${r.layout}` : `  layout: ${r.layout}`);
  lines.push(`  ${headerLine(r, lang)}`);
  for (const c of r.columns) {
    const head = c.header ? (ja ? `「${c.header}」` : ` "${c.header}"`) : '';
    const what = c.field ? fieldLabel(c.field, lang) : ja ? '使わない' : 'not used';
    const unit = c.unit ? ` [${UNIT_LABELS[c.unit][lang]}]` : '';
    lines.push(`  ${ja ? '列' : 'column'} ${c.column}${head} → ${what}${unit}（${fromLabel(c.from, lang)}）`);
  }
  for (const c of r.context) lines.push(`  ${fieldLabel(c.field, lang)}: ${c.value}（${fromLabel(c.from, lang)}）`);
  if (r.periodStart) {
    const from = r.periodFrom ? `（${fromLabel(r.periodFrom, lang)}）` : '';
    lines.push(ja ? `  期間の開始: ${r.periodStart}${from}` : `  period starts: ${r.periodStart}${from}`);
  }
  if (r.identity)
    lines.push(
      `  ${ja ? '社員の特定' : 'identity'}: ${fieldLabel(r.identity.by, lang)}（${fromLabel(r.identity.from, lang)}）`,
    );
  if (r.breakRule)
    lines.push(
      `  ${ja ? '休憩（列なし）' : 'break (no column)'}: ${describeBreakRule(r.breakRule.rule, lang)}（${
        r.breakRule.from === 'user' ? (ja ? '指定' : 'set by you') : ja ? '既定' : 'default'
      }）`,
    );
  if (r.punchLog)
    lines.push(
      ja
        ? `  打刻: 1行1打刻、${r.punchLog.pairing === 'kind' ? '種類（出勤・退勤・休憩）で対にする' : '時刻順に対にする'}`
        : `  punches: one per row, paired ${r.punchLog.pairing === 'kind' ? 'by their kind' : 'in time order'}`,
    );
  if (r.dateOrder) {
    const order =
      r.dateOrder.order === 'day-first' ? (ja ? '日/月/年' : 'day/month/year') : ja ? '月/日/年' : 'month/day/year';
    const from = r.dateOrder.from === 'user' ? (ja ? '指定' : 'set by you') : ja ? '値から' : 'from the values';
    lines.push(ja ? `  日付の順: ${order}（${from}）` : `  date order: ${order} (${from})`);
  }
  for (const q of r.questions) lines.push(`  ${ja ? '確認' : 'question'}: ${q}`);
  return lines;
}
