/**
 * The duration style of a column (docs/reading.md): 10進数 (`1.50`), 60進数 (`1.30` = 1 h 30 min), 分 or clock (`1:30`),
 * decided per column by evidence, never guessed. A fraction above .59 proves 10進数; `h:mm` text or a time format is
 * clock style; whole numbers no day (month) can hold as hours are minutes, and so are a monthly sheet's whole
 * overtime figures larger than the month worked beside them; otherwise the sheet's own arithmetic (worked = end −
 * start − break) decides, then the header or a note (`60進数`, `（分）`), then — for an export whose vendor writes one
 * style per file — a style proven on another column. A column whose fractions are quarter hours only (`7.5`,
 * `0.25`) is 10進数; one with .15, .30 or .45 and nothing else deciding — or any open column of an export whose
 * vendor offers 60進数 — is one input issue naming the column and both readings, and the column is not used until
 * the user sets its style (task pane or mapping).
 */
import type { InputIssue, SheetKind } from '../../rules/types';
import type { TableLayout } from './detect';
import { FIELD_LABELS } from './fields';
import { messageOf, msg } from '../../rules/messages';
import { addProblem } from './problems';
import { isTimeFormat } from '../parse/formats';
import { fromSexagesimal } from '../parse/parsers';
import type { PlacedColumn } from './placement';
import { adjustEndMinute } from '../hours/hours';
import { columnLetter, isBlank, normalizeText, rawToText } from '../parse/text';
import { parseTimeOfDay } from '../parse/times';
import type { DurationStyle, FieldId, SheetGrid, SheetMapping } from '../types';

const DURATION_FIELDS = new Set<FieldId>(['worked', 'overtime', 'holidayWork', 'lateNight', 'break', 'scheduled']);

/** What the plain numbers of one column show. */
interface Evidence {
  plain: number;
  /** Largest fraction in hundredths (0–99). */
  maxFraction: number;
  maxValue: number;
  example: string;
  /** A fraction of .15, .30 or .45 was seen: 10進数 and 60進数 both fit it. */
  quarterClash: boolean;
  /** Every number is whole. */
  whole: boolean;
}

function evidenceOf(grid: SheetGrid, rows: number[], indexes: number[]): Evidence {
  const ev: Evidence = { plain: 0, maxFraction: 0, maxValue: 0, example: '', quarterClash: false, whole: true };
  // One format down a column, usually: its reading is reused.
  let lastFormat: string | undefined;
  let lastIsTime = false;
  for (const r of rows) {
    for (const c of indexes) {
      const v = grid.values[r]?.[c];
      let n = Number.NaN;
      if (typeof v === 'number') {
        const format = grid.numberFormats[r]?.[c];
        if (format !== lastFormat) {
          lastFormat = format;
          lastIsTime = isTimeFormat(format);
        }
        if (!lastIsTime) n = v;
      }
      if (typeof v === 'string' && !isBlank(v) && /^\d+(\.\d+)?$/.test(normalizeText(v))) n = Number(normalizeText(v));
      if (!(n >= 0)) continue;
      ev.plain++;
      // 60進数 is written h.mm: a third decimal (0.005, 7.333) can only be 10進数.
      const hundredths = n * 100;
      const fraction = Math.abs(hundredths - Math.round(hundredths)) > 1e-6 ? 99 : Math.round(hundredths) % 100;
      if (fraction > 0 && !ev.example) ev.example = rawToText(v as number | string);
      if (fraction === 15 || fraction === 30 || fraction === 45) {
        if (!ev.quarterClash) ev.example = rawToText(v as number | string);
        ev.quarterClash = true;
      }
      if (fraction > 0) ev.whole = false;
      if (fraction > ev.maxFraction) ev.maxFraction = fraction;
      if (n > ev.maxValue) ev.maxValue = n;
    }
  }
  return ev;
}

/**
 * The style the numbers themselves prove, or null when 10進数 and 60進数 both fit. Whole numbers beyond a day's
 * (a month's) hours are minutes only on an export whose vendor offers 分単位; on a hand-made sheet they stay an
 * issue asking for 分 in the header.
 */
function provenStyle(ev: Evidence, kind: SheetKind, field: FieldId, minutesPossible: boolean): DurationStyle | null {
  if (ev.plain === 0) return 'clock';
  if (ev.maxFraction > 59) return 'decimal';
  if (ev.maxFraction === 0) {
    const limit = kind === 'daily' || field === 'break' ? 24 : 744;
    // Whole numbers no day (month) can hold as hours are minutes, on any sheet: 480 in a day is 8 hours.
    return ev.maxValue > limit && (minutesPossible || kind === 'daily' || field === 'break') ? 'minutes' : 'decimal';
  }
  return null;
}

/**
 * On a monthly sheet, whole numbers of overtime, holiday or late-night work larger than the month worked on the
 * same row (210 beside 35.5) can only be minutes; null when the worked column does not decide.
 */
function minutesByWorked(grid: SheetGrid, rows: number[], layout: TableLayout, p: PlacedColumn): DurationStyle | null {
  const worked = layout.placed.find((x) => x.field === 'worked' && x.index >= 0 && x.style !== 'minutes');
  if (!worked || worked === p || p.field === 'worked' || layout.kind !== 'monthly') return null;
  let larger = 0;
  for (const r of rows) {
    const wv = grid.values[r]?.[worked.index];
    const pv = grid.values[r]?.[p.index];
    if (typeof wv !== 'number' || isTimeFormat(grid.numberFormats[r]?.[worked.index])) continue;
    if (typeof pv !== 'number' && typeof pv !== 'string') continue;
    const v = Number(pv);
    if (wv > 0 && v > wv && Number.isInteger(v)) larger++;
  }
  return larger > 0 ? 'minutes' : null;
}

/** A style written in a header (`残業時間（60進数）`) or a note above the table; null when none. */
function styleWritten(text: string): DurationStyle | null {
  const t = text.normalize('NFKC');
  if (/60進/.test(t)) return 'sexagesimal';
  if (/10進/.test(t)) return 'decimal';
  return null;
}

/** The user's style for a column (by letter, header text or `*`), from the mapping. */
function userStyle(mapping: SheetMapping | undefined, letter: string, header: string): DurationStyle | undefined {
  const styles = mapping?.durationStyle;
  if (!styles) return undefined;
  return styles[letter] ?? styles[header] ?? styles['*'];
}

/** Which of 10進数 / 60進数 makes worked = end − start − break hold on every row that has all four; null if neither or both. */
function styleByArithmetic(grid: SheetGrid, rows: number[], layout: TableLayout): DurationStyle | null {
  const col = (f: FieldId) => layout.placed.find((p) => p.field === f && !p.pair && p.index >= 0);
  const start = col('start');
  const end = col('end');
  const worked = col('worked');
  const brk = col('break');
  if (!start || !end || !worked) return null;
  const holds = { decimal: true, sexagesimal: true, minutes: true };
  let checked = 0;
  for (const r of rows) {
    const row = grid.values[r] ?? [];
    const s = parseTimeOfDay(row[start.index], grid.numberFormats[r]?.[start.index]);
    const e = parseTimeOfDay(row[end.index], grid.numberFormats[r]?.[end.index]);
    const w = Number(row[worked.index]);
    const b = brk ? Number(row[brk.index] ?? 0) : 0;
    if (!s.ok || !e.ok || typeof row[worked.index] !== 'number' || !(b >= 0)) continue;
    const span = (adjustEndMinute(s.value, e.value) - s.value) / 60;
    if (Math.abs(span - b - w) > 0.02) holds.decimal = false;
    if (Math.abs(span - fromSexagesimal(b) - fromSexagesimal(w)) > 0.02) holds.sexagesimal = false;
    if (Math.abs(span - b / 60 - w / 60) > 0.02) holds.minutes = false;
    if (++checked >= 500) break;
  }
  const fits = (Object.keys(holds) as (keyof typeof holds)[]).filter((k) => holds[k]);
  return checked > 0 && fits.length === 1 ? fits[0] : null;
}

/** A note above the table that names a style (`時間は60進数`). */
function noteStyle(grid: SheetGrid, rowsAbove: number): DurationStyle | null {
  for (let r = 0; r < rowsAbove; r++) {
    for (const v of grid.values[r] ?? []) {
      const s = typeof v === 'string' ? styleWritten(v) : null;
      if (s) return s;
    }
  }
  return null;
}

/** A duration column whose style its own header, numbers or the user did not settle. */
interface OpenColumn {
  p: PlacedColumn;
  ev: Evidence;
}

/** The header text of a data column, as detected ('' when it has none). */
function headerOf(grid: SheetGrid, layout: TableLayout, index: number): string {
  const letter = columnLetter(grid.firstCol + index);
  return layout.detected.columns.find((h) => h.column === letter)?.header ?? '';
}

/**
 * Sets `style` on every duration column of the layout, or marks the column unused (with one issue and a problem
 * of the sheet) when its style cannot be told. Returns the columns marked.
 */
export function decideDurationStyles(
  grid: SheetGrid,
  layout: TableLayout,
  rows: number[],
  mapping: SheetMapping | undefined,
  issues: InputIssue[],
): PlacedColumn[] {
  const kind = layout.kind;
  if (kind !== 'daily' && kind !== 'monthly') return [];
  const { open, proven } = styleByColumnEvidence(grid, layout, rows, mapping, kind);
  if (open.length === 0) return [];
  const byArithmetic = styleByArithmetic(grid, rows, layout);
  const sheetWide =
    noteStyle(grid, layout.headerRowIndex ?? 0) ??
    (layout.exportLayout?.oneDurationStyle ? (byArithmetic ?? (proven.size === 1 ? [...proven][0] : null)) : null);
  const dropped: PlacedColumn[] = [];
  const vendorOffersBoth = layout.exportLayout?.oneDurationStyle === true;
  for (const { p, ev } of open) {
    const own = p.field === 'worked' || p.field === 'break' ? byArithmetic : null;
    // A hand-made sheet whose own arithmetic says nothing: fractions of quarter hours only (7.5, 0.25) are decimal
    // hours; .15 / .30 / .45 fit 60進数 as well and are asked, as on an export whose vendor writes 60進数.
    const style = own ?? sheetWide ?? (vendorOffersBoth || ev.quarterClash ? null : 'decimal');
    if (style) {
      p.style = style;
      continue;
    }
    dropped.push(p);
    reportAmbiguous(grid, layout, { p, ev }, issues);
  }
  // Still read for the issues of its unreadable cells, but its values are not used.
  for (const p of dropped) p.unused = true;
  return dropped;
}

/**
 * First pass, one column at a time: the user's style, then a header naming one, then the export's fixed style,
 * then what the numbers prove. Returns the columns still open, and the styles the numbers (or the user) proved,
 * which an export writing one style per file lends to its open columns.
 */
function styleByColumnEvidence(
  grid: SheetGrid,
  layout: TableLayout,
  rows: number[],
  mapping: SheetMapping | undefined,
  kind: SheetKind,
): { open: OpenColumn[]; proven: Set<DurationStyle> } {
  const open: OpenColumn[] = [];
  const proven = new Set<DurationStyle>();
  for (const p of layout.placed) {
    if (!DURATION_FIELDS.has(p.field) || p.index < 0 || p.minutes) continue;
    const header = headerOf(grid, layout, p.index);
    const user = userStyle(mapping, columnLetter(grid.firstCol + p.index), header);
    const ev = evidenceOf(grid, rows, [p.index, ...(p.parts ?? [])]);
    const style =
      user ??
      styleWritten(header) ??
      layout.exportLayout?.durationStyle ??
      (ev.whole ? minutesByWorked(grid, rows, layout, p) : null) ??
      provenStyle(ev, kind, p.field, layout.exportLayout?.oneDurationStyle === true);
    if (style) {
      p.style = style;
      if (style !== 'clock' && ev.plain > 0 && (user || ev.maxFraction > 59 || style === 'minutes')) proven.add(style);
    } else open.push({ p, ev });
  }
  return { open, proven };
}

/** The one input issue (and sheet problem) of a column left open: it names the column and shows both readings. */
function reportAmbiguous(grid: SheetGrid, layout: TableLayout, { p, ev }: OpenColumn, issues: InputIssue[]): void {
  const letter = columnLetter(grid.firstCol + p.index);
  const example = ev.example || '1.30';
  const n = Number(example);
  const hours = Math.trunc(n);
  const ref = msg('issue.duration-ambiguous', {
    letter,
    header: headerOf(grid, layout, p.index),
    field: FIELD_LABELS[p.field],
    example,
    decH: hours,
    decM: Math.round((n - hours) * 60),
    sexH: hours,
    sexM: Math.round((n - hours) * 100),
  });
  issues.push({
    sheet: grid.name,
    cell: `${letter}${layout.detected.headerRow ?? 1}`,
    value: example,
    ...messageOf(ref),
  });
  addProblem(layout.detected, ref);
}
