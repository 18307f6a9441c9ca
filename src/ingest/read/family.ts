/**
 * 育児・介護休業等: one row per leave or birth.
 */
import type { FamilyEvent } from '../../rules/types';
import type { Collector } from './collector';
import type { Cells } from './sheet';
import type { FieldId } from '../types';
import type { FamilyKindReading } from '../parse/values';
import type { SheetReader } from './reader';

function readFamily(c: Cells, collector: Collector): void {
  for (let i = 0; i < c.length; i++) {
    const id = collector.employeeId(c, i);
    const reading = collector.required<FamilyKindReading>(c, 'kind', i, 'employeeId');
    if (id === undefined || reading === undefined) continue;
    const order: FieldId[] =
      reading.kind === 'birth' ? ['childBirthDate', 'date', 'leaveStart'] : ['leaveStart', 'date', 'childBirthDate'];
    const date = collector.need<string>(c, i, order);
    if (date === undefined) continue;
    const ev: FamilyEvent = { employeeId: id, kind: reading.kind, date, ref: c.ref(i) };
    const end = c.get<string>('leaveEnd', i);
    if (end !== undefined) ev.endDate = end;
    const child = c.get<string>('childBirthDate', i);
    if (child !== undefined) ev.childBirthDate = child;
    const spouse = c.get<boolean>('spouseBirth', i) ?? reading.spouseBirth;
    if (spouse !== undefined) ev.spouseBirth = spouse;
    collector.family.push(ev);
  }
}

export const familyReader: SheetReader = { kind: 'family', read: readFamily };
