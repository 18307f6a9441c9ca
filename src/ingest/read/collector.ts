/**
 * Collects records and input issues across the sheets of one workbook; the sheet readers (./) add to it.
 */
import type {
  ChecklistAnswer,
  Dataset,
  Employee,
  FamilyEvent,
  InputIssue,
  LeaveGrant,
  LeaveTaking,
  MonthlyHours,
  SourceRef,
  WorkingTimeSystem,
} from '../../rules/types';
import { FIELD_LABELS } from '../detect/fields';
import { msg, textAndRef, type MessageRef } from '../../rules/messages';
import { computeMonthlyHoursOf, DayTable } from '../hours/hours';
import { NameIdentity } from './identity';
import { SeenDayIndex } from './seen-days';
import type { Cells } from './sheet';
import type { FieldId, IngestOptions } from '../types';

/** One per ingestWorkbook call. */
export class Collector {
  readonly issues: InputIssue[] = [];
  readonly employees: Employee[] = [];
  readonly givenMonthly = new Map<string, MonthlyHours>();
  /** Where each monthly summary row's month cell is, to point at it when it overrides daily rows. */
  readonly givenMonthlyCell = new Map<string, { sheet: string; cell: string; raw: string }>();
  readonly days = new DayTable();
  readonly grants: LeaveGrant[] = [];
  readonly takings: LeaveTaking[] = [];
  readonly family: FamilyEvent[] = [];
  readonly checklist: ChecklistAnswer[] = [];
  /** Roster ids → where each was first listed. */
  readonly rosterIds = new Map<string, string>();
  readonly seenDays = new SeenDayIndex();
  /** First cell where each employee id appears on a non-roster sheet, for the "not on the roster" check. */
  readonly seenIds = new Map<string, { sheet: string; cell: string }>();
  /** The column letter of each daily sheet's day-type column, for the issues of a typed 法定休日. */
  readonly dayTypeColumns = new Map<string, string>();

  constructor(readonly options: IngestOptions) {}

  /** Adds an input issue: a message ref (its Japanese text is `message`), or a plain Japanese string. */
  issue(sheet: string, cell: string, value: string, message: string | MessageRef): void {
    this.issues.push({ sheet, cell, value, ...textAndRef(message) });
  }

  /** Names as identity, joined to the roster (read before any other sheet). */
  readonly names = new NameIdentity(this);

  /** The row's employee id, or undefined (with an issue for a blank id on a row that has data). */
  employeeId(c: Cells, i: number, roster = false): string | undefined {
    if (!roster && c.read.layout.identity === 'name') return this.names.idOf(c, i);
    const id = c.get<string>('employeeId', i);
    if (id === undefined) {
      if (!c.bad('employeeId', i)) this.issue(c.sheet(), c.address('employeeId', i), '', msg('issue.blank-id-skipped'));
      return undefined;
    }
    if (!roster && !this.seenIds.has(id)) this.seenIds.set(id, { sheet: c.sheet(), cell: c.address('employeeId', i) });
    return id;
  }

  /** A required cell: its value, or undefined with an issue when blank (an unreadable one already has its issue). */
  required<T>(c: Cells, field: FieldId, i: number, fallbackField?: FieldId): T | undefined {
    const v = c.get<T>(field, i);
    if (v !== undefined || c.bad(field, i)) return v;
    const cell = c.has(field) ? c.address(field, i) : fallbackField ? c.address(fallbackField, i) : '';
    this.issue(c.sheet(), cell, '', msg('issue.blank-field-skipped', { field: FIELD_LABELS[field] }));
    return undefined;
  }

  /** The first of `fields` the sheet has that holds a value on row i (or is unreadable there). */
  firstOf<T>(c: Cells, i: number, fields: FieldId[]): { value?: T; bad: boolean; field: FieldId } {
    let placedField: FieldId | undefined;
    for (const f of fields) {
      if (!c.has(f)) continue;
      placedField ??= f;
      if (c.bad(f, i)) return { bad: true, field: f };
      const v = c.get<T>(f, i);
      if (v !== undefined) return { value: v, bad: false, field: f };
    }
    return { bad: false, field: placedField ?? fields[0] };
  }

  /** firstOf, with an issue when none of the fields holds a value. */
  need<T>(c: Cells, i: number, fields: FieldId[]): T | undefined {
    const got = this.firstOf<T>(c, i, fields);
    if (got.value !== undefined || got.bad) return got.value;
    this.issue(
      c.sheet(),
      c.has(got.field) ? c.address(got.field, i) : c.address('employeeId', i),
      '',
      msg('issue.blank-field-skipped', { field: FIELD_LABELS[got.field] }),
    );
    return undefined;
  }

  /** Employees on attendance or leave sheets but not on the roster (when there is one): one issue each. */
  checkAgainstRoster(): void {
    if (this.rosterIds.size === 0) return;
    for (const [id, where] of this.seenIds) {
      if (!this.rosterIds.has(id)) this.issue(where.sheet, where.cell, id, msg('issue.not-on-roster', { id }));
    }
  }

  dataset(sources: Dataset['sources']): Dataset {
    // The hours side takes the company-wide options and each employee's working-time system from the roster.
    const systems = new Map<string, WorkingTimeSystem>();
    for (const e of this.employees) if (e.workingTimeSystem) systems.set(e.id, e.workingTimeSystem);
    const byId = new Map(this.employees.map((e) => [e.id, e]));
    const hoursOptions = {
      ...this.options,
      systemOf: (id: string) => systems.get(id),
      employmentOf: (id: string) => byId.get(id),
      dayTypeCell: (ref: SourceRef) => {
        const column = this.dayTypeColumns.get(ref.sheet);
        return column ? `${column}${ref.row}` : '';
      },
    };
    const computed = computeMonthlyHoursOf(this.days, hoursOptions);
    // Variable hours without scheduled hours and the like: said once, by the hours side.
    if (computed.issues) this.issues.push(...computed.issues);
    // A monthly summary row wins over the month computed from daily rows for the same employee and month; each
    // such month is reported on the summary row, so the daily rows' hours do not vanish without a word.
    const monthly =
      this.givenMonthly.size === 0
        ? computed.monthlyHours
        : computed.monthlyHours.filter((m) => {
            const key = `${m.employeeId}|${m.month}`;
            const where = this.givenMonthlyCell.get(key);
            if (!where) return true;
            const daily = m.refs?.[0];
            const at = daily ? msg('text.sheet-row', { sheet: daily.sheet, row: daily.row }) : '';
            this.issue(
              where.sheet,
              where.cell,
              where.raw,
              msg('issue.monthly-overrides-daily', { id: m.employeeId, month: m.month, at }),
            );
            return false;
          });
    monthly.push(...this.givenMonthly.values());
    return {
      employees: this.employees,
      monthlyHours: monthly,
      shifts: computed.shifts,
      leaveGrants: this.grants,
      leaveTakings: this.takings,
      familyEvents: this.family,
      checklist: this.checklist,
      sources,
    };
  }
}
