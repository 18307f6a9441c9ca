/**
 * 社員名簿: one row per employee.
 */
import type { Employee } from '../../rules/types';
import type { Collector } from './collector';
import { msg } from '../../rules/messages';
import type { Cells } from './sheet';
import type { FieldId } from '../types';
import { readEmploymentType } from '../parse/values';
import type { SheetReader } from './reader';

function readRoster(c: Cells, collector: Collector): void {
  const n = c.length;
  const canTell = c.has('fullTime') || c.has('weeklyHours') || c.has('employmentType') || c.has('dailyHours');
  if (!canTell && n > 0) {
    collector.issue(c.sheet(), '', '', msg('issue.roster-no-fulltime-columns'));
  }
  for (let i = 0; i < n; i++) {
    const id = collector.employeeId(c, i, true);
    if (id === undefined) continue;
    const first = collector.rosterIds.get(id);
    if (first !== undefined) {
      collector.issue(c.sheet(), c.address('employeeId', i), id, msg('issue.duplicate-roster-id', { id, first }));
      continue;
    }
    collector.rosterIds.set(id, `${c.sheet()}!${c.address('employeeId', i)}`);
    collector.employees.push(readEmployee(c, i, id, canTell, collector));
  }
}

/**
 * The scheduled hours of a roster row: a 1日の所定労働時間 column is daily; a 所定労働時間 column is weekly when its
 * header says 週, daily when it says 日, else daily for a value up to 12 h and weekly above (no one is scheduled
 * more than 12 h a day, nor 12 h or less a week while counting as full-time).
 */
function readScheduledHours(c: Cells, i: number, e: Employee): void {
  const daily = c.get<number>('dailyHours', i);
  if (daily !== undefined) e.dailyScheduledHours = daily;
  const hours = c.get<number>('weeklyHours', i);
  if (hours === undefined) return;
  const placed = c.read.layout.placed.find((p) => p.field === 'weeklyHours');
  const header =
    placed && placed.index >= 0
      ? (c.read.layout.detected.columns.find((col) => col.field === 'weeklyHours')?.header ?? '')
      : '';
  const text = header.normalize('NFKC');
  const isDaily = /週/.test(text) ? false : /日/.test(text) ? true : hours <= 12;
  if (isDaily) e.dailyScheduledHours ??= hours;
  else e.weeklyScheduledHours = hours;
}

function readEmployee(c: Cells, i: number, id: string, canTell: boolean, collector: Collector): Employee {
  const e: Employee = { id, ref: c.ref(i) };
  const text = (f: FieldId) => {
    const v = c.get<string>(f, i);
    return v ? v : undefined;
  };
  e.name = text('name');
  e.gender = c.get('gender', i);
  e.birthDate = c.get('birthDate', i);
  e.employmentType = text('employmentType');
  readScheduledHours(c, i, e);
  e.workingTimeSystem = c.get('workingTimeSystem', i);
  e.sector = c.get('sector', i);
  e.hireDate = c.get('hireDate', i);
  e.leaveDate = c.get('leaveDate', i);
  e.leaveReason = text('leaveReason');
  e.rehired = c.get('rehired', i);
  e.position = text('position');
  e.department = text('department');
  e.workplace = text('workplace');
  const flag = c.get<boolean>('fullTime', i);
  const unreadable = c.bad('fullTime', i) || c.bad('weeklyHours', i) || c.bad('employmentType', i);
  // Only a full-time column is a flag: the employment type and the scheduled hours are weighed by the rules
  // against the company's own normal hours (37.5 h at a 37.5 h company is full-time).
  e.fullTime = flag;
  const typed = e.employmentType ? readEmploymentType(e.employmentType).fullTime : undefined;
  const hours = e.weeklyScheduledHours ?? e.dailyScheduledHours;
  if (flag === undefined && typed === undefined && hours === undefined && !unreadable && canTell) {
    const where = c.has('employmentType') ? 'employmentType' : 'employeeId';
    collector.issue(c.sheet(), c.address(where, i), c.raw(where, i), msg('issue.fulltime-undecidable', { id }));
  }
  const fixed = c.get<boolean>('fixedTerm', i);
  e.fixedTerm = fixed ?? (e.employmentType ? readEmploymentType(e.employmentType).fixedTerm : undefined);
  for (const key of Object.keys(e) as (keyof Employee)[]) if (e[key] === undefined) delete e[key];
  return e;
}

export const rosterReader: SheetReader = { kind: 'roster', read: readRoster };
