/** @jest-environment jsdom */
/**
 * The self-declared checklist answered in the pane. In jsdom with Testing Library, with an axe-core run where a person
 * sees it.
 */
import { fireEvent, screen } from '@testing-library/react';
import { ChecklistPanel } from '../../../src/taskpane/components/ChecklistPanel';
import type { Action } from '../../../src/taskpane/state';
import { renderPane, seriousAxeViolations } from '../render';
import { criterion } from './reports';

describe('Checklist answered in the pane', () => {
  it('sends ○ and the note for item 58, with the evidence the Q&A asks for shown beside it', async () => {
    const item = criterion('checklist.58', 'insufficient-data', {
      evidence: [
        {
          itemNo: '58',
          text: '勤務間インターバル制度を設けている',
          answer: null,
          evidenceAsked: '制度が分かる就業規則等',
          evidenceGiven: null,
        },
      ],
    });
    const actions: Action[] = [];
    const { container } = renderPane(
      <ChecklistPanel items={[item]} unsaved={false} onSave={() => {}} dispatch={(a) => actions.push(a)} />,
    );
    expect(screen.getByText('必要な資料: 制度が分かる就業規則等')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '○ 該当' }));
    fireEvent.change(screen.getByRole('textbox', { name: '証拠書類（ファイル名・メモ）' }), {
      target: { value: '就業規則 第12条' },
    });
    expect(actions).toEqual([
      { type: 'checklistAnswered', itemNo: '58', draft: { answer: true, evidence: '' } },
      { type: 'checklistAnswered', itemNo: '58', draft: { answer: undefined, evidence: '就業規則 第12条' } },
    ]);
    expect((screen.getByTestId('checklist-save') as HTMLButtonElement).disabled).toBe(true);
    expect(await seriousAxeViolations(container)).toEqual([]);
  });
});
