/** @jest-environment jsdom */
/**
 * The step list: names for a screen reader, focus on the step heading, the chosen step reported. In jsdom with Testing
 * Library, with an axe-core run where a person sees it.
 */
import { fireEvent, screen } from '@testing-library/react';
import { Stepper } from '../../../src/taskpane/components/Stepper';
import type { StepId } from '../../../src/taskpane/state';
import { renderPane, seriousAxeViolations } from '../render';

describe('Stepper', () => {
  it('names every step for a screen reader, focuses the step heading and reports the chosen step', async () => {
    const chosen: StepId[] = [];
    const { container } = renderPane(
      <Stepper step="settings" reachable={(s) => s !== 'export'} onChoose={(s) => chosen.push(s)} />,
    );
    expect(screen.getByRole('tablist', { name: '手順' })).toBeTruthy();
    const names = screen.getAllByRole('tab').map((t) => t.getAttribute('aria-label'));
    expect(names).toEqual(['1. 検出', '2. 列の確認', '3. 設定', '4. 結果', '5. 試算', '6. 書き出し']);
    expect(document.activeElement?.textContent).toBe('設定');
    expect(document.activeElement?.tagName).toBe('H2');
    fireEvent.click(screen.getByRole('tab', { name: '4. 結果' }));
    expect(chosen).toEqual(['results']);
    expect((screen.getByRole('tab', { name: '6. 書き出し' }) as HTMLButtonElement).disabled).toBe(true);
    expect(await seriousAxeViolations(container)).toEqual([]);
  });
});
