/**
 * 勤怠・出勤簿: one row per employee-day, or per segment of one (several punch pairs in a row, several rows of one
 * day). Each segment goes to the collector's column-wise DayTable (no object per day); the hours side merges the
 * segments of a day and turns days into monthly OT / HW / late-night figures. A row identical to an earlier row of
 * the same day is a duplicate and is not counted.
 */
import type { Collector } from './collector';
import { dayKindOf } from '../parse/day-kind';
import { FIELD_LABELS } from '../detect/fields';
import { msg } from '../../rules/messages';
import { adjustEndMinute, computeLateNightHours, computeWorkedHours, dayNumber, type DayKind } from '../hours/hours';
import { rowSignature, type SeenDays } from './seen-days';
import { orZero, type Cells } from './sheet';
import type { FieldId } from '../types';
import { DayBreaks } from '../read/day-breaks';
import { joinNightContinuations } from './night-continuation';
import { readPunchLog } from '../read/punch-log';
import type { SheetReader } from './reader';

type ColumnOf = ReturnType<Cells['column']>;

/** The columns a daily row is read from, fetched once per sheet. */
interface DailyColumns {
  starts: ColumnOf[];
  ends: ColumnOf[];
  brk: ColumnOf;
  worked: ColumnOf;
  ot: ColumnOf;
  hw: ColumnOf;
  ln: ColumnOf;
  scheduled: ColumnOf;
  dayType: ColumnOf;
  legend: Map<string, string> | undefined;
  /** The holiday-work column says only 休日 (休日出勤, 休出): a hint, HW only on the statutory holiday. */
  holidayHint: boolean;
  /** Every number column, for the row's signature and its unreadable check. */
  all: ColumnOf[];
  /** The break of each row: a column, break pairs, or the company's rule. */
  breaks: DayBreaks;
  nextDay: ColumnOf;
}

function columnsOf(c: Cells, collector: Collector): DailyColumns {
  const pairs = c.pairCount();
  const starts: ColumnOf[] = [];
  const ends: ColumnOf[] = [];
  for (let p = 1; p <= pairs; p++) {
    starts.push(c.column(p === 1 ? 'start' : `start#${p}`));
    ends.push(c.column(p === 1 ? 'end' : `end#${p}`));
  }
  const [brk, worked, ot, hw, ln, scheduled] = (
    ['break', 'worked', 'overtime', 'holidayWork', 'lateNight', 'scheduled'] as FieldId[]
  ).map((f) => c.column(f));
  const legend = c.read.layout.placed.find((p) => p.field === 'dayType')?.legend;
  return {
    holidayHint: isHolidayHint(c),
    starts,
    ends,
    brk,
    worked,
    ot,
    hw,
    ln,
    scheduled,
    dayType: c.column('dayType'),
    legend,
    all: [...starts, ...ends, brk, worked, ot, hw, ln, scheduled],
    breaks: new DayBreaks(c, c.read.layout.breakRule ?? collector.options.breakRule),
    nextDay: c.column('nextDay'),
  };
}

/**
 * True when the sheet's holiday-work column(s) say only 休日 (休日出勤, 休出, 休日労働時間): which day was the statutory
 * holiday is then the rules' to decide. A header that says 法定休日 — or a column the user placed on the field — is HW.
 */
function isHolidayHint(c: Cells): boolean {
  const placed = c.read.layout.placed.find((p) => p.field === 'holidayWork' && p.index >= 0);
  if (!placed || placed.byUser) return false;
  const headers = [placed.index, ...(placed.parts ?? [])].map((i) => c.read.layout.headerKeys[i] ?? '');
  return !headers.some((h) => /法定休日|法休|statutory|legal/i.test(h.normalize('NFKC')));
}

/** A punch log (one row per punch) is read by its own reader; true when the sheet was one. */
function readAsPunchLog(c: Cells, collector: Collector): boolean {
  const punch = c.read.layout.placed.find((p) => p.field === 'punchTime' && p.index >= 0);
  if (punch) readPunchLog(c, collector, punch.index, c.read.layout.breakRule ?? collector.options.breakRule);
  return punch !== undefined;
}

function readDaily(c: Cells, collector: Collector): void {
  if (readAsPunchLog(c, collector)) return;
  const n = c.length;
  const sheetIndex = collector.seenDays.addSheet(c.sheet());
  const cols = columnsOf(c, collector);
  if (cols.dayType.present && c.length > 0)
    collector.dayTypeColumns.set(c.sheet(), c.address('dayType', 0).replace(/\d+$/, ''));
  const ids = c.column('employeeId');
  const dates = c.column('date');
  collector.days.reserve(n * cols.starts.length);
  collector.seenDays.reserve(n);
  const sigValues = new Float64Array(cols.all.length);
  const span = new Float64Array(2);
  let lastId: string | undefined;
  let seen: SeenDays | undefined;
  const firstEntry = collector.days.length;
  for (let i = 0; i < n; i++) {
    let id = ids.values[i] as string | undefined;
    if (id === undefined) id = collector.employeeId(c, i);
    else if (id !== lastId && !collector.seenIds.has(id))
      collector.seenIds.set(id, { sheet: c.sheet(), cell: c.address('employeeId', i) });
    let date = dates.values[i] as string | undefined;
    if (date === undefined) date = collector.required<string>(c, 'date', i, 'employeeId');
    if (id === undefined || date === undefined) continue;
    if (id !== lastId) {
      lastId = id;
      seen = collector.seenDays.of(id);
    }
    for (let k = 0; k < cols.all.length; k++) sigValues[k] = cols.all[k].nums[i];
    spanOf(cols, i, span);
    const repeat = collector.seenDays.visit(
      seen!,
      dayNumber(date),
      sheetIndex,
      c.rowNumber(i),
      rowSignature(sigValues),
      span[0],
      span[1],
    );
    if (repeat !== undefined) {
      collector.issue(
        c.sheet(),
        c.address('date', i),
        c.raw('date', i),
        msg(repeat.overlap ? 'issue.duplicate-day-overlap' : 'issue.duplicate-day-row', {
          id,
          date,
          first: repeat.where,
        }),
      );
      continue;
    }
    pushRow(c, collector, cols, i, id, date);
  }
  joinNightContinuations(collector.days, firstEntry);
  cols.breaks.state(c, collector);
}

/** The row's whole punch span into `out`: the earliest start and the latest end of its pairs (NaN when none). */
function spanOf(cols: DailyColumns, i: number, out: Float64Array): void {
  let from = Number.NaN;
  let to = Number.NaN;
  for (let p = 0; p < cols.starts.length; p++) {
    const s = cols.starts[p].nums[i];
    const e = cols.ends[p].nums[i];
    if (s !== s || e !== e) continue;
    const end = adjustEndMinute(s, e);
    if (!(s >= from)) from = s;
    if (!(end <= to)) to = end;
  }
  out[0] = from;
  out[1] = to;
}

/** A punch segment of a row: minutes on the start's clock. */
interface Segment {
  start: number;
  end: number;
}

/** The row's punch segments, or null (with an issue) when a pair has only one of its two times. */
function segmentsOf(
  c: Cells,
  collector: Collector,
  cols: DailyColumns,
  i: number,
  hasWorked: boolean,
): Segment[] | null {
  const out: Segment[] = [];
  for (let p = 0; p < cols.starts.length; p++) {
    const s = cols.starts[p].nums[i];
    const e = cols.ends[p].nums[i];
    if (s !== s && e !== e) continue;
    if (s !== s || e !== e) {
      if (hasWorked && cols.starts.length === 1) return [];
      const missing: FieldId = s !== s ? 'start' : 'end';
      const other: FieldId = s !== s ? 'end' : 'start';
      const key = p === 0 ? missing : `${missing}#${p + 1}`;
      collector.issue(
        c.sheet(),
        c.address(key, i),
        '',
        msg('issue.half-pair-blank', { missing: FIELD_LABELS[missing], other: FIELD_LABELS[other] }),
      );
      return null;
    }
    // A later pair after a break past midnight (22:00–2:00, then 3:00–7:00) is on the next morning of the shift.
    const after = out.length > 0 && s < out[out.length - 1].start && s + 1440 >= out[out.length - 1].end ? 1440 : 0;
    out.push({ start: s + after, end: adjustEndMinute(s, e) + after });
  }
  return out;
}

/** One row's hours into the day table, one entry per segment; an unreadable or half-blank row is not counted. */
function pushRow(c: Cells, collector: Collector, cols: DailyColumns, i: number, id: string, date: string): void {
  // A row with an unreadable time cell is not counted; its issue is already listed.
  if (cols.all.some((col) => col.bad[i] === 1) || cols.breaks.bad(i)) return;
  const raw = cols.dayType.values[i] as string | undefined;
  const type = raw === undefined || raw === '' ? undefined : (cols.legend?.get(String(raw).trim()) ?? raw);
  const kind = dayKindOf(type);
  const w = cols.worked.nums[i];
  if (cols.starts.length === 1) {
    pushOnePair(c, collector, cols, i, id, date, type, kind);
    return;
  }
  const segments = segmentsOf(c, collector, cols, i, w === w);
  if (segments === null) return;
  const given = (col: ColumnOf, first: boolean) => (col.present ? (first ? orZero(col.nums[i]) : 0) : Number.NaN);
  const scheduled = cols.scheduled.nums[i];
  if (segments.length === 0) {
    const lateNight = cols.ln.present ? orZero(cols.ln.nums[i]) : Number.NaN;
    collector.days.push(
      id,
      date,
      w === w ? w : 0,
      kind,
      given(cols.ot, true),
      given(cols.hw, true),
      lateNight,
      Number.NaN,
      Number.NaN,
      type,
      c.ref(i),
      scheduled,
      cols.holidayHint,
    );
    return;
  }
  const worked = segmentHours(segments, cols.breaks.hours(i, Number.NaN, Number.NaN), w);
  if (worked === null) {
    if (segments.some((s) => s.end < s.start))
      collector.issue(c.sheet(), c.address('end', i), c.raw('end', i), msg('issue.end-before-start'));
    else collector.issue(c.sheet(), c.address('break', i), c.raw('break', i), msg('issue.break-too-long'));
    return;
  }
  segments.forEach((seg, k) => {
    const lateNight = cols.ln.present ? given(cols.ln, k === 0) : computeLateNightHours(seg.start, seg.end, worked[k]);
    collector.days.push(
      id,
      date,
      worked[k],
      kind,
      given(cols.ot, k === 0),
      given(cols.hw, k === 0),
      lateNight,
      seg.start,
      seg.end,
      type,
      c.ref(i),
      k === 0 ? scheduled : Number.NaN,
      cols.holidayHint,
    );
  });
}

/**
 * A row with one punch pair (the usual sheet), without a segment list: hundreds of thousands of rows allocate
 * nothing here.
 */
function pushOnePair(
  c: Cells,
  collector: Collector,
  cols: DailyColumns,
  i: number,
  id: string,
  date: string,
  type: string | undefined,
  kind: DayKind,
): void {
  const s = cols.starts[0].nums[i];
  let e = cols.ends[0].nums[i];
  const w = cols.worked.nums[i];
  // A next-day flag on an end not before the start: the shift ran past 24 hours' clock (9:00 → 翌10:00).
  if (cols.nextDay.values[i] === true && e >= s && e < 1440) e += 1440;
  if ((s !== s) !== (e !== e) && w !== w) {
    segmentsOf(c, collector, cols, i, false);
    return;
  }
  let workedHours = w === w ? w : 0;
  let lateNight = cols.ln.present ? orZero(cols.ln.nums[i]) : Number.NaN;
  let startMinute = Number.NaN;
  let endMinute = Number.NaN;
  if (s === s && e === e) {
    const span = computeWorkedHours(s, e, cols.breaks.hours(i, s, e));
    if (span === null) {
      reportUncountableSpan(c, collector, i, s, e);
      return;
    }
    startMinute = s;
    endMinute = adjustEndMinute(s, e);
    workedHours = w === w ? w : span;
    if (!cols.ln.present) lateNight = computeLateNightHours(s, e, workedHours);
  }
  collector.days.push(
    id,
    date,
    workedHours,
    kind,
    cols.ot.present ? orZero(cols.ot.nums[i]) : Number.NaN,
    cols.hw.present ? orZero(cols.hw.nums[i]) : Number.NaN,
    lateNight,
    startMinute,
    endMinute,
    type,
    c.ref(i),
    cols.scheduled.nums[i],
    cols.holidayHint,
  );
}

/**
 * The issue of a one-pair row whose span cannot be counted: the end is before the start even as the next day,
 * or the break is longer than the span. Which cell is named tells the user what to fix.
 */
function reportUncountableSpan(c: Cells, collector: Collector, i: number, s: number, e: number): void {
  // A start past 24:00 (翌1:00) with an earlier end is before the start even on the next day.
  if (adjustEndMinute(s, e) < s)
    collector.issue(
      c.sheet(),
      c.address('end', i),
      c.raw('end', i),
      '退勤時刻が出勤時刻より前です（翌日としても前です）。この日の時間は数えません',
    );
  else
    collector.issue(
      c.sheet(),
      c.address('break', i),
      c.raw('break', i),
      '休憩時間が出勤から退勤までの時間より長いです。この日の時間は数えません',
    );
}

/**
 * Worked hours of each segment: its span, the break taken from the first segments; with a worked-hours column the
 * first segment carries what the others do not, so the day's total is the sheet's figure. Null when the break is
 * longer than the spans.
 * Example: 9:00–12:00 and 13:00–18:00 with no break → [3, 5].
 */
function segmentHours(segments: Segment[], breakHours: number, workedColumn: number): number[] | null {
  const spans = segments.map((s) => (s.end - s.start) / 60);
  if (spans.some((s) => s < 0)) return null;
  if (workedColumn === workedColumn) {
    const others = spans.slice(1).reduce((a, b) => a + b, 0);
    return [Math.max(0, workedColumn - others), ...spans.slice(1)];
  }
  let rest = breakHours;
  const out = spans.map((span) => {
    const taken = Math.min(rest, span);
    rest -= taken;
    return Math.round((span - taken) * 1e6) / 1e6;
  });
  return rest > 1e-9 ? null : out;
}

export const dailyReader: SheetReader = { kind: 'daily', read: readDaily };
