/** @jest-environment jsdom */
/**
 * 試算 under a certification counts the legal violations too: a change that clears or creates one says so, and each
 * applied change has its own 元に戻す. Reports built by hand with the hours in the comments; in jsdom.
 */
import { fireEvent, screen } from '@testing-library/react';
import { defaultParams } from '../../../src/rules';
import type { Finding } from '../../../src/rules/types';
import { WhatIfStep } from '../../../src/taskpane/components/WhatIfStep';
import { reducePane, createInitialState, type Action, type WhatIfState } from '../../../src/taskpane/state';
import { renderPane, seriousAxeViolations } from '../render';
import { criterion, report } from './reports';

// E017 worked 104.5 h of OT + HW in 2025-12: ≥ 100 h in one month (労基法36条6項2号). Cut by 20 %: 104.5 × 0.8 = 83.6 h,
// under 100 h — the violation is cleared (83.6 h is still over 80 h, but one month alone is no 2〜6-month mean).
const month100: Finding = {
  rule: 'law36.month-100-or-more',
  employeeId: 'E017',
  period: '2025-12',
  value: 104.5,
  severity: 'violation',
};
const male = criterion('childcare.male-rate', 'pass', { value: 0.6, threshold: 0.3, unit: 'rate' });

function renderStep(whatIf: WhatIfState, findings: { real: Finding[]; tried: Finding[] }, locale: 'ja' | 'en' = 'ja') {
  const actions: Action[] = [];
  const view = renderPane(
    <WhatIfStep
      profile="kurumin-2025"
      params={defaultParams('2026-03-31')}
      whatIf={whatIf}
      whatIfCriterion={null}
      report={report('kurumin-2025', [male], findings.tried)}
      realReport={report('kurumin-2025', [male], findings.real)}
      names={new Map([['E017', '佐藤 健']])}
      expanded={[]}
      dispatch={(a) => actions.push(a)}
    />,
    locale,
  );
  return { ...view, actions };
}

describe('試算 and the legal violations', () => {
  it('says the 20 % cut clears the 100-hour month, counts it among the changes and offers 元に戻す for it', async () => {
    const cut: WhatIfState = { thresholds: {}, extraMen: 0, overtimeCutPercent: 20 };
    const { container, actions } = renderStep(cut, { real: [month100], tried: [] });
    const change = screen.getByTestId('legal-change');
    expect(change.getAttribute('data-change')).toBe('cleared');
    expect(change.textContent).toBe('法令違反が解消: 時間外・休日労働が単月100時間以上（E017 佐藤 健 2025年12月）');
    expect(screen.getByTestId('changed').querySelector('h3')?.textContent).toBe('判定が変わった項目 (1)');
    const rows = [...screen.getByTestId('whatif-summary').querySelectorAll('li')].map((li) => li.textContent);
    expect(rows).toContain('法令違反 1 → 0');
    // The change is listed in HR's words, with its own undo.
    const active = screen.getByTestId('active-change');
    expect(active.textContent).toContain('時間外労働を20%減らす');
    fireEvent.click(screen.getByRole('button', { name: '元に戻す: 時間外労働を20%減らす' }));
    expect(actions).toEqual([{ type: 'whatIfUndone', key: 'overtimeCut' }]);
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('says when a change creates a violation (the what-if has one the real data has not)', () => {
    const raise: WhatIfState = { thresholds: {}, extraMen: 0, overtimeCutPercent: 0, planStart: '2024-04-01' };
    renderStep(raise, { real: [], tried: [month100] }, 'en');
    const change = screen.getByTestId('legal-change');
    expect(change.getAttribute('data-change')).toBe('created');
    expect(change.textContent).toBe(
      'Legal violation created: Overtime + holiday work of 100 h or more in a month (E017 佐藤 健, Dec 2025)',
    );
  });

  it('undoes one change and keeps the others; undoing the last goes back to the real data', () => {
    // Two changes: +2 men and a 20 % cut. Undo the cut: the men stay. Undo the men: nothing is left → real data.
    let state = createInitialState('ja', '2026-03-31');
    state = reducePane(state, { type: 'whatIfChanged', patch: { extraMen: 2 } });
    state = reducePane(state, { type: 'whatIfChanged', patch: { overtimeCutPercent: 20 } });
    state = reducePane(state, { type: 'whatIfUndone', key: 'overtimeCut' });
    expect(state.whatIf).toEqual({ thresholds: {}, extraMen: 2, overtimeCutPercent: 0 });
    state = reducePane(state, { type: 'whatIfChanged', patch: { thresholds: { 'childcare.male-rate': 0.7 } } });
    state = reducePane(state, { type: 'whatIfUndone', key: 'threshold:childcare.male-rate' });
    expect(state.whatIf).toEqual({ thresholds: {}, extraMen: 2, overtimeCutPercent: 0 });
    state = reducePane(state, { type: 'whatIfUndone', key: 'extraMen' });
    expect(state.whatIf).toBeNull();
  });
});
