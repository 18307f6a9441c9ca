/**
 * Values a sheet lacks, from its context (docs/reading.md): the month from the sheet name, the file name or a title
 * row; the employee from a header block above the table (`社員番号 | 1001`); the period that gives a year to dates
 * written without one (`04/01(火)`, `4月2日`).
 */
import { parseDate, parseMonth } from '../parse/dates';
import type { TableLayout } from './detect';
import { meaningOf } from './header-lookup';
import { msg } from '../../rules/messages';
import { idInName, personInName } from '../read/names';
import { addProblem } from './problems';
import type { PlacedColumn } from './placement';
import { columnLetter, isBlank, normalizeHeader, rawToText, toA1 } from '../parse/text';
import type { FieldId, FieldSource, RawValue, SheetGrid, SheetMapping } from '../types';
import { FIELD_LABELS } from './fields';

/** A value found in a header block: the raw value and its A1 address. */
interface BlockValue {
  value: RawValue;
  cell: string;
}

const PERIOD_LABEL = /^(年月|対象年月|対象月|勤怠年月|勤務年月|月度|期間|対象期間|集計期間|勤務期間)$/;
/**
 * A title or note that holds a period: a span of dates, a year and month (`2025年6月`, `2025/06` not followed by a
 * day, `202506分`), an era year and month.
 */
const PERIOD_TEXT =
  /年.*月|\d{4}[/\-.]\d{1,2}[/\-.]\d{1,2}\s*[~〜～\-ー－]|(令和|平成|R|H)\s*(元|\d{1,2})\s*[.年]|(?<!\d)20\d{2}[/\-.]\d{1,2}(?![/\-.\d])|(?<!\d)20\d{2}(0[1-9]|1[0-2])\s*[分度]/i;
const BASE_DATE_LABEL = /^(基準日|付与基準日)$/;

function textOf(v: RawValue | undefined): string {
  if (v === undefined || isBlank(v) || (typeof v === 'object' && v !== null)) return '';
  return typeof v === 'string' ? v.trim() : rawToText(v);
}

/**
 * Label → value pairs of the rows above the header: `label | value` in neighbouring cells, or `label：value` in
 * one cell. Example: row `スタッフコード | 1001 | 氏名 | 山田 太郎` → { スタッフコード: 1001, 氏名: 山田 太郎 }.
 */
function readHeaderBlock(grid: SheetGrid, rowsAbove: number): Map<string, BlockValue> {
  const out = new Map<string, BlockValue>();
  for (let r = 0; r < rowsAbove; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const label = textOf(row[c]);
      if (!label || label.length > 40) continue;
      const inline = /^([^:：]{1,12})[:：]\s*(.+)$/.exec(label);
      if (inline) {
        setOnce(out, normalizeHeader(inline[1]), {
          value: inline[2].trim(),
          cell: toA1(grid.firstRow + r, grid.firstCol + c),
        });
        continue;
      }
      let v = c + 1;
      while (v < row.length && isBlank(row[v])) v++;
      if (v >= row.length || v - c > 3) continue;
      setOnce(out, normalizeHeader(label), { value: row[v], cell: toA1(grid.firstRow + r, grid.firstCol + v) });
    }
  }
  return out;
}

function setOnce(map: Map<string, BlockValue>, key: string, value: BlockValue): void {
  if (key && !map.has(key)) map.set(key, value);
}

/** A period in a name: `20250401_20250430` (its month: the start's, or the end's for a closing day other than 1). */
export function periodFromName(name: string): { month: string; start: string } | null {
  const text = name.normalize('NFKC');
  const span = /(20\d{2})[-/.]?(\d{2})[-/.]?(\d{2})\s*[_~〜-]\s*(20\d{2})[-/.]?(\d{2})[-/.]?(\d{2})/.exec(text);
  if (span) {
    const start = `${span[1]}-${span[2]}-${span[3]}`;
    return { month: span[3] === '01' ? `${span[1]}-${span[2]}` : `${span[4]}-${span[5]}`, start };
  }
  const era = /(?<![A-Za-z])(令和|平成|R|H)\s*(元|\d{1,2})\s*[.年\-/]\s*(\d{1,2})(?!\d)/i.exec(text);
  if (era) {
    const month = parseMonth(`${era[1]}${era[2]}年${era[3]}月`, undefined);
    if (month.ok) return { month: month.value, start: `${month.value}-01` };
  }
  const m =
    /(20\d{2})\s*年\s*(\d{1,2})\s*月/.exec(text) ??
    /(20\d{2})[-_/.](\d{1,2})(?!\d)/.exec(text) ??
    /(?<!\d)(20\d{2})(\d{2})(?!\d)/.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const iso = `${m[1]}-${String(month).padStart(2, '0')}`;
  return { month: iso, start: `${iso}-01` };
}

/** What the context offers: a month / period start and an employee, each with where it came from. */
interface Context {
  period?: { month: string; start: string; origin: string };
  employee?: { id: string; origin: string };
  name?: { text: string; origin: string };
}

function periodOfBlock(grid: SheetGrid, block: Map<string, BlockValue>, rowsAbove: number): Context['period'] {
  for (const [label, found] of block) {
    if (PERIOD_LABEL.test(label)) {
      const month = parseMonth(found.value, undefined);
      if (month.ok) return { month: month.value, start: `${month.value}-01`, origin: `header block ${found.cell}` };
      const p = periodFromName(textOf(found.value));
      if (p) return { ...p, origin: `header block ${found.cell}` };
    }
    if (BASE_DATE_LABEL.test(label)) {
      const date = parseDate(found.value, undefined);
      if (date.ok) return { month: date.value.slice(0, 7), start: date.value, origin: `header block ${found.cell}` };
    }
  }
  // A title row such as `2025年4月度 出勤簿`, `令和7年4月分`, `期間 2025/04/01〜2025/04/30`.
  for (let r = 0; r < rowsAbove; r++) {
    for (const [c, v] of (grid.values[r] ?? []).entries()) {
      const p = PERIOD_TEXT.test(textOf(v)) ? periodFromName(textOf(v)) : null;
      if (p) return { ...p, origin: `header block ${columnLetter(grid.firstCol + c)}${grid.firstRow + r}` };
    }
  }
  return undefined;
}

function contextOf(grid: SheetGrid, layout: TableLayout, sourceName: string | undefined): Context {
  // Every row above the (last) header row: a title row the header search borrowed a field from still holds context.
  const rowsAbove = layout.headerless
    ? (layout.headerRowIndex ?? 0)
    : Math.max(layout.headerRowIndex ?? 0, layout.dataStart - 1);
  const block = readHeaderBlock(grid, rowsAbove);
  const kind = layout.kind!;
  const ctx: Context = {};
  for (const [label, found] of block) {
    const field = meaningOf(label, kind)?.field ?? meaningOf(label, 'roster')?.field;
    const text = textOf(found.value);
    if (!text) continue;
    if (field === 'employeeId' && !ctx.employee) ctx.employee = { id: text, origin: `header block ${found.cell}` };
    if (field === 'name' && !ctx.name) ctx.name = { text, origin: `header block ${found.cell}` };
  }
  ctx.period = periodOfBlock(grid, block, rowsAbove);
  if (!ctx.employee && !ctx.name && kind !== 'roster' && kind !== 'checklist') {
    const person = fromNames(grid, sourceName, personInName);
    if (person) ctx.name = { text: person.value, origin: person.origin };
    const identified = layout.placed.some((p) => p.field === 'employeeId' || p.field === 'name');
    const id = person || identified ? undefined : fromNames(grid, sourceName, idInName);
    if (id) ctx.employee = { id: id.value, origin: id.origin };
  }
  if (!ctx.period) {
    const bySheet = periodFromName(grid.name);
    const byFile = bySheet ? null : sourceName ? periodFromName(sourceName) : null;
    if (bySheet) ctx.period = { ...bySheet, origin: 'sheet name' };
    else if (byFile) ctx.period = { ...byFile, origin: 'file name' };
  }
  return ctx;
}

/**
 * What the sheet's name, else the file's name, says (a person `2025_08_01-2025_08_31-佐々木.csv`, an employee number
 * `timecard_1001_2025-06.csv`), with where it came from; used when nothing else names the person.
 */
function fromNames(
  grid: SheetGrid,
  sourceName: string | undefined,
  find: (name: string) => string | null,
): { value: string; origin: string } | undefined {
  // A CSV is one sheet named after its file: the name came from the file.
  const csvSheet = sourceName !== undefined && sourceName.replace(/\.[^.]*$/, '') === grid.name;
  const bySheet = find(grid.name);
  if (bySheet) return { value: bySheet, origin: csvSheet ? 'file name' : 'sheet name' };
  const byFile = sourceName ? find(sourceName) : null;
  return byFile ? { value: byFile, origin: 'file name' } : undefined;
}

function addConstant(layout: TableLayout, field: FieldId, value: string, origin: string): void {
  if (layout.placed.some((p) => p.field === field)) return;
  const p: PlacedColumn = { index: -1, field, minutes: false, constant: value, origin };
  layout.placed.push(p);
}

/** Where a context value was looked for, in both languages. */
const CONTEXT_WHERE = {
  sheet: { ja: 'シート名', en: 'sheet name' },
  file: { ja: 'ファイル名', en: 'file name' },
  header: { ja: 'シート上部の欄', en: 'header block above the table' },
  typed: { ja: '入力した値', en: 'value you typed' },
};

/** A typed period: a first day (`2025/06/16`, `2025年6月16日`) or a month (`2025年6月`, `202506`, `R7.6`). */
function typedPeriod(value: string | number | boolean): Context['period'] | null {
  const text = String(value).normalize('NFKC').trim();
  const date = /\d\s*日|\d{4}[/\-.]\d{1,2}[/\-.]\d{1,2}/.test(text) ? parseDate(text, undefined) : null;
  if (date?.ok) return { month: date.value.slice(0, 7), start: date.value, origin: 'constant' };
  const month = parseMonth(typeof value === 'number' ? value : text, undefined);
  return month.ok ? { month: month.value, start: `${month.value}-01`, origin: 'constant' } : null;
}

/**
 * The period the user chose with a mapping's `month` — typed, or a context named — over the one found; null when
 * the choice gives none, undefined when the user chose nothing (the period found stands).
 */
function chosenPeriod(
  grid: SheetGrid,
  source: FieldSource | undefined,
  sourceName: string | undefined,
  found: Context['period'],
): Context['period'] | null | undefined {
  if (!source || typeof source !== 'object' || Array.isArray(source)) return undefined;
  if ('value' in source) return typedPeriod(source.value);
  if (source.context === 'header block') return found?.origin.startsWith('header block') ? found : null;
  const name = source.context === 'sheet name' ? grid.name : sourceName;
  const p = name ? periodFromName(name) : null;
  return p ? { ...p, origin: source.context } : null;
}

/**
 * Adds to `layout` the context values the sheet lacks as columns: the employee of a header block, the month of a
 * monthly sheet, and the period start for dates without a year. A mapping v2 `{ context }` entry asks for one
 * source; one that finds nothing is a problem of the sheet.
 */
export function applyContext(
  grid: SheetGrid,
  layout: TableLayout,
  mapping: SheetMapping | undefined,
  sourceName: string | undefined,
): void {
  if (!layout.kind) return;
  const ctx = contextOf(grid, layout, sourceName);
  const chosen = chosenPeriod(grid, mapping?.fields?.month, sourceName, ctx.period);
  if (chosen !== undefined) ctx.period = chosen ?? undefined;
  const typed = mapping?.fields?.month;
  if (chosen === null && typed && typeof typed === 'object' && 'value' in typed)
    addProblem(
      layout.detected,
      msg('issue.context-not-found', { field: FIELD_LABELS.month, where: CONTEXT_WHERE.typed }),
    );
  // On a sheet of days the month is the period of its dates, not a column of its own.
  if (layout.kind !== 'monthly') layout.placed = layout.placed.filter((p) => p.field !== 'month' || p.index >= 0);
  for (const [field, source] of Object.entries(mapping?.fields ?? {})) {
    if (typeof source !== 'object' || Array.isArray(source) || !('context' in source)) continue;
    const ok =
      source.context === 'header block'
        ? field === 'employeeId'
          ? ctx.employee
          : ctx.period?.origin.startsWith('header block')
        : source.context === 'sheet name'
          ? periodFromName(grid.name)
          : sourceName
            ? periodFromName(sourceName)
            : null;
    if (!ok)
      addProblem(
        layout.detected,
        msg('issue.context-not-found', {
          field: FIELD_LABELS[field as FieldId] ?? field,
          where:
            source.context === 'sheet name'
              ? CONTEXT_WHERE.sheet
              : source.context === 'file name'
                ? CONTEXT_WHERE.file
                : CONTEXT_WHERE.header,
        }),
      );
  }
  if (ctx.employee) addConstant(layout, 'employeeId', ctx.employee.id, ctx.employee.origin);
  if (ctx.name && layout.kind !== 'checklist') addConstant(layout, 'name', ctx.name.text, ctx.name.origin);
  if (ctx.period) {
    layout.periodStart = ctx.period.start;
    layout.periodOrigin = ctx.period.origin;
    if (layout.kind === 'monthly') addConstant(layout, 'month', ctx.period.month, ctx.period.origin);
  }
}
