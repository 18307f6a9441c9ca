/**
 * 年次有給休暇管理簿: one row per grant or taking (or both, on a sheet with 付与 and 取得 columns side by side).
 */
import type { LeaveGrant, LeaveTaking } from '../../rules/types';
import type { Collector } from './collector';
import { msg } from '../../rules/messages';
import type { Cells } from './sheet';
import type { FieldId } from '../types';
import type { AnnualLeaveKind } from '../parse/values';
import { readTakenList } from './leave-ledger';
import type { SheetReader } from './reader';

const SIDE_FIELDS: FieldId[] = ['grantDate', 'grantDays', 'takenDate', 'takenDays', 'leaveHours'];

/** How a leave sheet without a kind column is read: by its headers (付与日/付与日数 vs 取得日/取得日数), else its name. */
function leaveSheetMode(c: Cells): AnnualLeaveKind | 'both' | null {
  const grant = c.has('grantDate') || c.has('grantDays');
  const taken = c.has('takenDate') || c.has('takenDays') || c.has('leaveHours') || c.has('takenDates');
  if (grant && taken) return 'both';
  if (grant) return 'grant';
  if (taken) return 'taken';
  const name = c.sheet();
  if (/繰越/.test(name)) return 'carryOver';
  if (/付与|grant/i.test(name)) return 'grant';
  if (/取得|使用|taken/i.test(name)) return 'taken';
  return null;
}

function kindsOfRow(
  c: Cells,
  i: number,
  collector: Collector,
  sheetMode: AnnualLeaveKind | 'both' | null,
): AnnualLeaveKind[] | undefined {
  if (c.has('kind')) {
    const k = collector.required<AnnualLeaveKind>(c, 'kind', i);
    return k === undefined ? undefined : [k];
  }
  if (sheetMode !== 'both') return sheetMode ? [sheetMode] : [];
  const kinds: AnnualLeaveKind[] = [];
  if (c.get('grantDate', i) !== undefined || c.get('grantDays', i) !== undefined) kinds.push('grant');
  if (
    c.get('takenDate', i) !== undefined ||
    c.get('takenDays', i) !== undefined ||
    c.get('leaveHours', i) !== undefined
  )
    kinds.push('taken');
  // Neither side filled in: say so rather than drop the row (an unreadable cell already has its issue).
  if (kinds.length === 0 && !SIDE_FIELDS.some((f) => c.bad(f, i))) {
    collector.issue(c.sheet(), c.address('employeeId', i), c.raw('employeeId', i), msg('issue.leave-row-empty'));
  }
  return kinds;
}

function readLeave(c: Cells, collector: Collector): void {
  const mode = leaveSheetMode(c);
  if (mode === null && !c.has('kind')) {
    collector.issue(c.sheet(), '', '', msg('issue.leave-sheet-kind-unknown'));
    return;
  }
  for (let i = 0; i < c.length; i++) {
    const id = collector.employeeId(c, i);
    if (id === undefined) continue;
    if (c.has('takenDates')) {
      // A ledger row: its grant, and the dates taken listed in one cell (取得日数計 is their total, not a taking).
      if (c.get('grantDate', i) !== undefined || c.get('grantDays', i) !== undefined)
        readGrant(c, i, id, false, collector);
      readTakenList(c, i, id, collector);
      continue;
    }
    const kinds = kindsOfRow(c, i, collector, mode);
    for (const kind of kinds ?? []) {
      if (kind === 'taken' || kind === 'planned' || kind === 'hourly') readTaking(c, i, id, kind, collector);
      else readGrant(c, i, id, kind === 'carryOver', collector);
    }
  }
}

function readGrant(c: Cells, i: number, id: string, carryOver: boolean, collector: Collector): void {
  const date = collector.need<string>(c, i, ['grantDate', 'date', 'leaveStart']);
  const days = collector.need<number>(c, i, ['grantDays', 'days']);
  if (date === undefined || days === undefined) return;
  const grant: LeaveGrant = { employeeId: id, date, days, ref: c.ref(i) };
  const carry = c.get<boolean | number>('carryOver', i);
  if (carryOver || carry === true) grant.carryOver = true;
  collector.grants.push(grant);
  if (typeof carry === 'number' && carry > 0)
    collector.grants.push({ employeeId: id, date, days: carry, carryOver: true, ref: c.ref(i) });
}

/**
 * A taking. Hours make it hourly leave (時間単位年休) only when the row says so (区分 時間単位) or gives hours and no
 * days: a 0.5-day row with its 4 hours is a half day, a 1-day row with 8 hours a whole day. 計画年休 is marked planned.
 */
function readTaking(c: Cells, i: number, id: string, kind: AnnualLeaveKind, collector: Collector): void {
  const date = collector.need<string>(c, i, ['takenDate', 'date', 'leaveStart']);
  const days = collector.firstOf<number>(c, i, ['takenDays', 'days']);
  const hours = c.get<number>('leaveHours', i);
  if (days.bad || c.bad('leaveHours', i)) return;
  if (days.value === undefined && hours === undefined) {
    collector.need<number>(c, i, ['takenDays', 'days', 'leaveHours']);
    return;
  }
  if (date === undefined) return;
  const hourly = kind === 'hourly' || !days.value;
  if (kind === 'hourly' && !(hours !== undefined && hours > 0)) {
    collector.issue(
      c.sheet(),
      c.address(c.has('leaveHours') ? 'leaveHours' : 'kind', i),
      c.raw('leaveHours', i),
      msg('issue.hourly-no-hours'),
    );
    return;
  }
  const taking: LeaveTaking = {
    employeeId: id,
    date,
    days: hourly && kind === 'hourly' ? 0 : (days.value ?? 0),
    ref: c.ref(i),
  };
  if (hourly && hours !== undefined && hours > 0) taking.hours = hours;
  if (kind === 'planned') taking.planned = true;
  collector.takings.push(taking);
}

export const leaveReader: SheetReader = { kind: 'leave', read: readLeave };
