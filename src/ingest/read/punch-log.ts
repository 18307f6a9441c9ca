/**
 * A punch log (one row per punch: a person, a date and time or one timestamp, and a kind or none) read into days:
 * each person's punches are paired in time order (./punch-pairs), a pair across midnight belongs to the day it
 * started, and each pair is a segment of that day. A punch without its partner is an input issue for its day, and
 * that day is not counted. A log with break punches records its breaks; in one without, a shift of several segments
 * has its breaks in the gaps and a shift of one segment (clock-in / clock-out) gets the company's break rule, said
 * once for the sheet.
 */
import type { Collector } from './collector';
import { parseDate } from '../parse/dates';
import { isDateFormat, isTimeFormat } from '../parse/formats';
import { msg } from '../../rules/messages';
import { computeLateNightHours, DAY_KIND, dayNumber } from '../hours/hours';
import type { Cells } from './sheet';
import { normalizeText, toA1 } from '../parse/text';
import { parseTimeOfDay } from '../parse/times';
import type { RawValue } from '../types';
import { DEFAULT_BREAK_RULE, breakRuleLabel, ruleBreakHours, type BreakRule } from './break-rule';
import { pairByKind, pairInOrder, punchKindOf, type Pairing, type Punch, type PunchSegment } from './punch-pairs';

const STAMP = /^(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?(?:\s*\([^)]*\))?[\sT]+(\d{1,2}:\d{2}(?::\d{2})?)$/;

/** A timestamp cell (`2025/04/01 09:00`, a date-time serial) → minutes since 1970-01-01, or NaN. */
function timestampMinutes(value: RawValue, format: string | undefined, date1904 = false): number {
  if (typeof value === 'number') {
    if (!isDateFormat(format) || value < 1) return Number.NaN;
    const date = parseDate(Math.floor(value), format, date1904);
    if (!date.ok) return Number.NaN;
    return dayNumber(date.value) * 1440 + Math.round((value - Math.floor(value)) * 1440);
  }
  if (typeof value !== 'string') return Number.NaN;
  const m = STAMP.exec(normalizeText(value));
  if (!m) return Number.NaN;
  const date = parseDate(`${m[1]}/${m[2]}/${m[3]}`, undefined);
  const time = parseTimeOfDay(m[4]);
  return date.ok && time.ok ? dayNumber(date.value) * 1440 + time.value : Number.NaN;
}

/** The minute since the epoch of data row i: a timestamp, or the date column plus a time of day. */
function punchAt(c: Cells, i: number, timeIndex: number): number {
  const row = c.read.rows[i];
  const raw = c.read.grid.values[row]?.[timeIndex] ?? null;
  const format = c.read.grid.numberFormats[row]?.[timeIndex];
  const stamp = timestampMinutes(raw, format, c.read.date1904);
  if (stamp === stamp) return stamp;
  const date = c.get<string>('date', i);
  if (date === undefined) return Number.NaN;
  const time = typeof raw === 'number' && !isTimeFormat(format) && raw >= 1 ? null : parseTimeOfDay(raw, format);
  return time && time.ok ? dayNumber(date) * 1440 + time.value : Number.NaN;
}

/** ISO date of a day number. */
function isoOfDay(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

interface PersonPunches {
  punches: Punch[];
}

/** Every person's punches; rows whose time cannot be read are said (their issue names the cell). */
function collectPunches(c: Cells, collector: Collector, timeIndex: number): Map<string, PersonPunches> {
  const people = new Map<string, PersonPunches>();
  const kinds = c.column('punchKind');
  for (let i = 0; i < c.length; i++) {
    const id = collector.employeeId(c, i);
    if (id === undefined) continue;
    const at = punchAt(c, i, timeIndex);
    const row = c.read.rows[i];
    if (at !== at) {
      const cell = toA1(c.read.grid.firstRow + row, c.read.grid.firstCol + timeIndex);
      collector.issue(
        c.sheet(),
        cell,
        String(c.read.grid.values[row]?.[timeIndex] ?? ''),
        msg('issue.cell', {
          reason: { ja: '打刻の日時として読めません', en: 'Cannot be read as a punch date and time' },
          column: { ja: '打刻', en: 'Punch' },
        }),
      );
      continue;
    }
    const kindText = kinds.values[i];
    const kind = typeof kindText === 'string' ? punchKindOf(kindText) : undefined;
    let person = people.get(id);
    if (!person) people.set(id, (person = { punches: [] }));
    person.punches.push({ at, kind, row: i });
  }
  return people;
}

/** One issue per day that has an unpaired punch; returns those days (person|date) so none of their segments count. */
function reportUnpaired(c: Cells, collector: Collector, id: string, pairing: Pairing): Set<string> {
  const days = new Set<string>();
  for (const { punch, detail } of pairing.unpaired) {
    const date = isoOfDay(Math.floor(punch.at / 1440));
    if (days.has(date)) continue;
    days.add(date);
    collector.issue(
      c.sheet(),
      c.address('punchTime', punch.row),
      c.raw('punchTime', punch.row),
      msg('reading.punch-unpaired', { id, date, detail }),
    );
  }
  return days;
}

/** Reads the punch log on `c`: `timeIndex` is the 0-based column of the punch time (or timestamp). */
export function readPunchLog(c: Cells, collector: Collector, timeIndex: number, rule: BreakRule | undefined): void {
  const people = collectPunches(c, collector, timeIndex);
  const byKind = (c.read.layout.punchPairing ?? (c.has('punchKind') ? 'kind' : 'order')) === 'kind';
  // A log with break punches records its breaks: a day without them had none. Otherwise the company's rule.
  const recordsBreaks = [...people.values()].some((p) => p.punches.some((x) => x.kind === 'breakStart'));
  const applied: BreakRule = recordsBreaks ? { kind: 'none' } : (rule ?? DEFAULT_BREAK_RULE);
  let ruleDays = 0;
  for (const [id, person] of people) {
    const pairing = byKind ? pairByKind(person.punches) : pairInOrder(person.punches);
    const skip = reportUnpaired(c, collector, id, pairing);
    const split = splitShifts(pairing.segments);
    for (const seg of pairing.segments) {
      const day = seg.day;
      const date = isoOfDay(day);
      if (skip.has(date)) continue;
      const start = seg.start - day * 1440;
      const end = seg.end - day * 1440;
      // A shift of several stretches has its breaks in the gaps; a single stretch gets the company's rule.
      const breakHours = split.has(seg.shift) ? 0 : ruleBreakHours(applied, start, end);
      if (breakHours > 0) ruleDays++;
      const worked = Math.max(0, Math.round(((end - start) / 60 - breakHours) * 1e6) / 1e6);
      const late = computeLateNightHours(start, end, worked);
      const ref = c.ref(seg.rows[0]);
      collector.days.push(id, date, worked, DAY_KIND.unlabelled, NaN, NaN, late, start, end, undefined, ref, NaN);
    }
  }
  if (applied.kind !== 'none' && ruleDays > 0)
    collector.issue(c.sheet(), '', '', msg('reading.break-assumed', { rule: breakRuleLabel(applied), days: ruleDays }));
}

/** The shifts (by their first punch) that hold two segments or more: their gaps are their breaks. */
function splitShifts(segments: PunchSegment[]): Set<number> {
  const seen = new Set<number>();
  const split = new Set<number>();
  for (const s of segments) {
    if (seen.has(s.shift)) split.add(s.shift);
    seen.add(s.shift);
  }
  return split;
}
