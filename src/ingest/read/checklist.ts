/**
 * チェックリスト: the user's answers to the items no sheet can prove.
 */
import type { ChecklistAnswer } from '../../rules/types';
import type { Collector } from './collector';
import { msg } from '../../rules/messages';
import type { Cells } from './sheet';
import type { SheetReader } from './reader';

function readChecklist(c: Cells, collector: Collector): void {
  for (let i = 0; i < c.length; i++) {
    const itemNo = c.get<string>('itemNo', i) ?? '';
    const text = c.get<string>('itemText', i) ?? '';
    if (!itemNo && !text) {
      // An answer or a note without an item: say so rather than drop the row (an unreadable item has its issue).
      if (!c.bad('itemNo', i) && !c.bad('itemText', i))
        collector.issue(
          c.sheet(),
          c.address(c.has('itemText') ? 'itemText' : 'itemNo', i),
          '',
          msg('issue.checklist-blank-item'),
        );
      continue;
    }
    const item: ChecklistAnswer = { itemNo, text, ref: c.ref(i) };
    // A blank 該当 cell is "not answered yet", not ×.
    const answer = c.get<boolean>('answer', i);
    if (answer !== undefined) item.answer = answer;
    const evidence = c.get<string>('evidence', i);
    if (evidence) item.evidence = evidence;
    collector.checklist.push(item);
  }
}

export const checklistReader: SheetReader = { kind: 'checklist', read: readChecklist };
