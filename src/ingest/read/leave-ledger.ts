/**
 * A leave ledger kept one row per person and grant: 付与日, 付与日数, 繰越, the dates taken as a list in one cell
 * (`5/31、6/3`, `4/2,4/3(半)`) and 取得日数計. The row gives a grant (and its carry-over) and one taking per listed
 * date, each in the leave year that starts at the grant; a 取得日数計 that disagrees with the list is said.
 */
import { msg } from '../../rules/messages';
import type { Collector } from './collector';
import { parseDateList } from '../parse/date-list';
import type { Cells } from './sheet';

/** Reads the takings listed on row i of a ledger (the grant of the row is read as on any leave sheet). */
export function readTakenList(c: Cells, i: number, id: string, collector: Collector): void {
  const raw = c.get<string>('takenDates', i);
  if (raw === undefined || raw === '') return;
  const grantDate = c.get<string>('grantDate', i) ?? c.get<string>('date', i);
  const list = parseDateList(raw, grantDate);
  if (!list.ok) {
    collector.issue(c.sheet(), c.address('takenDates', i), raw, list.ref ?? list.message);
    return;
  }
  let total = 0;
  for (const t of list.value) {
    collector.takings.push({ employeeId: id, date: t.date, days: t.days, ref: c.ref(i) });
    total += t.days;
  }
  const stated = c.get<number>('takenDays', i);
  if (stated !== undefined && Math.abs(stated - total) > 1e-9)
    collector.issue(
      c.sheet(),
      c.address('takenDays', i),
      String(stated),
      msg('reading.taken-total-differs', { listed: total, stated }),
    );
}
