/** @jest-environment jsdom */
/**
 * The settings step: what a person can set and what it dispatches. In jsdom with Testing Library, with an axe-core run
 * where a person sees it.
 */
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { defaultParams } from '../../../src/rules';
import { SettingsStep } from '../../../src/taskpane/components/SettingsStep';
import type { Action } from '../../../src/taskpane/state';
import { renderPane, seriousAxeViolations } from '../render';

describe('Settings', () => {
  function Harness({ profile, onAction }: { profile: string; onAction: (a: Action) => void }) {
    const [params] = useState(defaultParams('2026-03-31'));
    return (
      <SettingsStep profile={profile} companyName="" params={params} rosterHasSystem={false} dispatch={onAction} />
    );
  }

  it('asks the certification first, refuses 2026/02/30 with a message in the box’s own format, and commits 2026/3/31', async () => {
    const actions: Action[] = [];
    const { container } = renderPane(<Harness profile="" onAction={(a) => actions.push(a)} />);
    expect(screen.getByText('先に「何の準備をしていますか？」を選んでください。')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'くるみん（2025年4月〜）' }));
    expect(actions).toEqual([{ type: 'profileChosen', profile: 'kurumin-2025' }]);
    const asOf = screen.getByTestId('as-of');
    expect((asOf as HTMLInputElement).value).toBe('2026/03/31');
    fireEvent.change(asOf, { target: { value: '2026/02/30' } });
    expect(screen.getByText('日付は 年/月/日 の形（例: 2026/03/31）で入力してください。')).toBeTruthy();
    fireEvent.change(asOf, { target: { value: '2026/3/31' } });
    expect(actions.slice(1)).toEqual([{ type: 'dateSet', key: 'asOf', value: '2026-03-31' }]);
    fireEvent.change(screen.getByTestId('statutory-weekday'), { target: { value: '0' } });
    expect(actions.at(-1)).toEqual({ type: 'statutoryWeekdaySet', weekday: 0 });
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('shows the 36協定 limits (360 h, 720 h) as 法定, with no box to edit them', () => {
    renderPane(<Harness profile="law36" onAction={() => {}} />);
    const limits = screen.getAllByTestId('legal-limit').map((e) => e.textContent);
    expect(limits).toContain('法定年 720 時間');
    expect(limits).toContain('法定年 360 時間（特別条項なし）');
    expect(screen.queryByRole('textbox', { name: /720時間超/ })).toBeNull();
  });
});
