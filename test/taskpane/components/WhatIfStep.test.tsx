/** @jest-environment jsdom */
/**
 * The what-if step's summary of what a change would do. In jsdom with Testing Library, with an axe-core run where a
 * person sees it.
 */
import { fireEvent, screen } from '@testing-library/react';
import { defaultParams } from '../../../src/rules';
import { WhatIfStep } from '../../../src/taskpane/components/WhatIfStep';
import type { Action } from '../../../src/taskpane/state';
import { renderPane, seriousAxeViolations } from '../render';
import { criterion, report } from './reports';

describe('What-if summary', () => {
  it('shows real → what-if counts and the changed row right under the controls', async () => {
    // Real: 2 met, 0 not met. What-if target 70 % makes the 60 % male rate fail: 達成 2 → 1, 未達 0 → 1.
    const real = report('kurumin-2025', [
      criterion('childcare.male-rate', 'pass', { value: 0.6, threshold: 0.3, unit: 'rate' }),
      criterion('childcare.female-rate', 'pass', { value: 1, threshold: 0.75, unit: 'rate' }),
    ]);
    const tried = report('kurumin-2025', [
      criterion('childcare.male-rate', 'fail', { value: 0.6, threshold: 0.7, unit: 'rate', gap: 'あと1人' }),
      real.criteria[1],
    ]);
    const whatIf = { thresholds: { 'childcare.male-rate': 0.7 }, extraMen: 0, overtimeCutPercent: 0 };
    const { container } = renderPane(
      <WhatIfStep
        profile="kurumin-2025"
        params={defaultParams('2026-03-31')}
        whatIf={whatIf}
        whatIfCriterion="childcare.male-rate"
        report={tried}
        realReport={real}
        names={new Map()}
        expanded={[]}
        dispatch={() => {}}
      />,
    );
    const rows = [...screen.getByTestId('whatif-summary').querySelectorAll('li')].map((li) => li.textContent);
    expect(rows).toEqual(['達成 2 → 1', '未達 0 → 1', 'データ不足 0 → 0', '法令違反 0 → 0']);
    expect(screen.getByTestId('active-changes').textContent).toContain('基準値 70.0%');
    const changed = screen.getByTestId('changed');
    expect(changed.querySelector('[data-criterion="childcare.male-rate"]')?.textContent).toContain(
      '実データ 達成 → 試算 未達',
    );
    // Order on the page: summary, controls, then the changed rows.
    const order = ['whatif-summary', 'whatif-controls', 'changed'].map((id) => screen.getByTestId(id));
    expect(order[0].compareDocumentPosition(order[1]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(order[1].compareDocumentPosition(order[2]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId('whatif-criterion')).toHaveProperty('value', 'childcare.male-rate');
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('says the range for a 120 % cut instead of "enter a number", and does not commit it', () => {
    const actions: Action[] = [];
    const real = report('kurumin-2025', []);
    renderPane(
      <WhatIfStep
        profile="kurumin-2025"
        params={defaultParams('2026-03-31')}
        whatIf={null}
        whatIfCriterion={null}
        report={real}
        realReport={real}
        names={new Map()}
        expanded={[]}
        dispatch={(a) => actions.push(a)}
      />,
    );
    fireEvent.change(screen.getByTestId('overtime-cut'), { target: { value: '120' } });
    expect(screen.getByText('0〜100 % の整数で入力してください。')).toBeTruthy();
    fireEvent.change(screen.getByTestId('extra-men'), { target: { value: '-5' } });
    expect(screen.getByText('0〜1,000 の整数で入力してください。')).toBeTruthy();
    expect(actions).toEqual([]);
  });
});
