/**
 * 勤怠・出勤簿: one row per employee-day. Rows go to the collector's column-wise DayTable (no object per day);
 * the hours side turns them into monthly OT / HW / late-night figures.
 */
import type { Collector } from '../collector';
import { isStatutoryHoliday } from '../day-kind';
import { FIELD_LABELS } from '../fields';
import { adjustEndMinute, computeLateNightHours, computeWorkedHours, dayNumber } from '../hours';
import type { SeenDays } from '../seen-days';
import { orZero, type Cells } from '../sheet-read';
import type { FieldId } from '../types';
import type { SheetReader } from './reader';

const DAILY_FIELDS: FieldId[] = ['employeeId', 'date', 'start', 'end', 'break', 'worked', 'overtime', 'holidayWork', 'lateNight', 'dayType'];

type DailyColumns = ReturnType<Cells['column']>[];

function readDaily(c: Cells, collector: Collector): void {
  const n = c.length;
  const sheetIndex = collector.seenDays.addSheet(c.sheet());
  // Column arrays fetched once: this loop runs for every attendance row (hundreds of thousands). Duplicates are found
  // per employee by day number, without a map while an employee's dates only go forward (the usual sheet).
  const cols = DAILY_FIELDS.map((f) => c.column(f));
  const [ids, dates] = cols;
  collector.days.reserve(n);
  collector.seenDays.reserve(n);
  let lastId: string | undefined;
  let seen: SeenDays | undefined;
  for (let i = 0; i < n; i++) {
    let id = ids.values[i] as string | undefined;
    if (id === undefined) id = collector.employeeId(c, i);
    else if (id !== lastId && !collector.seenIds.has(id)) collector.seenIds.set(id, { sheet: c.sheet(), cell: c.address('employeeId', i) });
    let date = dates.values[i] as string | undefined;
    if (date === undefined) date = collector.required<string>(c, 'date', i, 'employeeId');
    if (id === undefined || date === undefined) continue;
    if (id !== lastId) {
      lastId = id;
      seen = collector.seenDays.of(id);
    }
    const day = dayNumber(date);
    const first = collector.seenDays.firstSeen(seen!, day);
    if (first !== undefined) {
      collector.issue(c.sheet(), c.address('date', i), c.raw('date', i),
        `社員番号 ${id} の ${date} の行が重複しています（最初の行: ${first}）。この行は数えません`);
      continue;
    }
    collector.seenDays.mark(seen!, day, sheetIndex, c.rowNumber(i));
    pushDay(c, collector, cols, i, id, date);
  }
}

/** One row's hours into the day table; a row with an unreadable or half-blank time is not counted (with an issue). */
function pushDay(c: Cells, collector: Collector, cols: DailyColumns, i: number, id: string, date: string): void {
  const [, , start, end, brk, worked, ot, hw, ln, dayType] = cols;
  // A row with an unreadable time cell is not counted; its issue is already listed.
  if (start.bad[i] | end.bad[i] | brk.bad[i] | worked.bad[i] | ot.bad[i] | hw.bad[i] | ln.bad[i]) return;
  const type = (dayType.values[i] as string | undefined) || undefined;
  // NaN = blank.
  const s = start.nums[i];
  const e = end.nums[i];
  const w = worked.nums[i];
  if ((s !== s) !== (e !== e) && w !== w) {
    const missing: FieldId = s !== s ? 'start' : 'end';
    const other: FieldId = s !== s ? 'end' : 'start';
    collector.issue(c.sheet(), c.address(missing, i), '', `${FIELD_LABELS[missing].ja}が空欄です（${FIELD_LABELS[other].ja}はあります）。この日の時間は数えません`);
    return;
  }
  let workedHours = w === w ? w : 0;
  let lateNight = ln.present ? orZero(ln.nums[i]) : Number.NaN;
  let startMinute = Number.NaN;
  let endMinute = Number.NaN;
  if (s === s && e === e) {
    const span = computeWorkedHours(s, e, orZero(brk.nums[i]));
    if (span === null) {
      // A start past 24:00 (翌1:00) with an earlier end is before the start even on the next day.
      if (adjustEndMinute(s, e) < s) collector.issue(c.sheet(), c.address('end', i), c.raw('end', i), '退勤時刻が出勤時刻より前です（翌日としても前です）。この日の時間は数えません');
      else collector.issue(c.sheet(), c.address('break', i), c.raw('break', i), '休憩時間が出勤から退勤までの時間より長いです。この日の時間は数えません');
      return;
    }
    startMinute = s;
    endMinute = adjustEndMinute(s, e);
    workedHours = w === w ? w : span;
    if (!ln.present) lateNight = computeLateNightHours(s, e, workedHours);
  }
  collector.days.push(id, date, workedHours, isStatutoryHoliday(type), ot.present ? orZero(ot.nums[i]) : Number.NaN,
    hw.present ? orZero(hw.nums[i]) : Number.NaN, lateNight, startMinute, endMinute, type, c.ref(i));
}

export const dailyReader: SheetReader = { kind: 'daily', read: readDaily };
