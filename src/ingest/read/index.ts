/**
 * The sheet readers, one per kind.
 */
import type { SheetKind } from '../../rules/types';
import { checklistReader } from './checklist';
import { dailyReader } from './daily';
import { familyReader } from './family';
import { leaveReader } from './leave';
import { monthlyReader } from './monthly';
import type { SheetReader } from './reader';
import { rosterReader } from './roster';

export type { SheetReader } from './reader';

export const READERS: Record<SheetKind, SheetReader> = {
  roster: rosterReader,
  daily: dailyReader,
  monthly: monthlyReader,
  leave: leaveReader,
  family: familyReader,
  checklist: checklistReader,
};
