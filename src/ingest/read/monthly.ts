/**
 * 月次勤怠集計: one row per employee-month; a row wins over the month computed from daily rows.
 */
import type { MonthlyHours } from '../../rules/types';
import type { Collector } from './collector';
import { msg } from '../../rules/messages';
import type { Cells } from './sheet';
import type { SheetReader } from './reader';

function readMonthly(c: Cells, collector: Collector): void {
  for (let i = 0; i < c.length; i++) {
    const id = collector.employeeId(c, i);
    const month = collector.required<string>(c, 'month', i, 'employeeId');
    if (id === undefined || month === undefined) continue;
    if (c.bad('overtime', i) || c.bad('holidayWork', i)) continue;
    const key = `${id}|${month}`;
    const first = collector.givenMonthly.get(key);
    if (first) {
      collector.issue(
        c.sheet(),
        c.address('month', i),
        c.raw('month', i),
        msg('issue.duplicate-month-row', {
          id,
          month,
          first: msg('text.sheet-row', { sheet: first.refs?.[0]?.sheet ?? '', row: first.refs?.[0]?.row ?? '' }),
        }),
      );
      continue;
    }
    // A blank overtime or holiday-work cell on a monthly summary means none that month.
    const m: MonthlyHours = {
      employeeId: id,
      month,
      overtime: c.get<number>('overtime', i) ?? 0,
      holidayWork: c.get<number>('holidayWork', i) ?? 0,
      refs: [c.ref(i)],
    };
    const worked = c.get<number>('worked', i);
    if (worked !== undefined) m.worked = worked;
    const late = c.get<number>('lateNight', i);
    if (late !== undefined) m.lateNight = late;
    collector.givenMonthly.set(key, m);
    collector.givenMonthlyCell.set(key, { sheet: c.sheet(), cell: c.address('month', i), raw: c.raw('month', i) });
  }
}

export const monthlyReader: SheetReader = { kind: 'monthly', read: readMonthly };
