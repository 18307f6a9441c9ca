/** @jest-environment jsdom */
/**
 * 設定's 36協定 form: what is typed becomes the agreement the rules use (origin 設定), is remembered in the workbook,
 * and a figure above the statute shows the bound it breaks.
 */
import { fireEvent, screen } from '@testing-library/react';
import { AgreementForm } from '../../../src/taskpane/components/AgreementForm';
import {
  createInitialState,
  reducePane,
  restoreSettings,
  selectStoredSettings,
  type Action,
  type PaneState,
} from '../../../src/taskpane/state';
import { renderPane } from '../render';

test('typed figures become the agreement, are stored in the workbook and restored', () => {
  let state: PaneState = createInitialState('ja', '2026-03-31');
  const dispatch = (action: Action) => (state = reducePane(state, action));
  dispatch({ type: 'agreementFieldSet', field: 'monthHours', value: 45 });
  dispatch({ type: 'agreementFieldSet', field: 'special', value: false });
  expect(state.params.agreements).toEqual([{ origin: 'settings', monthHours: 45, special: false }]);
  const stored = selectStoredSettings(state);
  expect(stored.params?.agreement).toEqual({ monthHours: 45, special: false });
  const restored = restoreSettings(createInitialState('ja', '2026-03-31'), JSON.parse(JSON.stringify(stored)));
  expect(restored.params.agreements).toEqual([{ origin: 'settings', monthHours: 45, special: false }]);
  // Clearing every field leaves no agreement from 設定.
  dispatch({ type: 'agreementFieldSet', field: 'monthHours', value: null });
  dispatch({ type: 'agreementFieldSet', field: 'special', value: null });
  expect(state.params.agreements).toBeUndefined();
});

test('1か月 50 h without 特別条項 shows the 45 h bound (36条4項)', () => {
  const state = createInitialState('ja', '2026-03-31');
  const params = { ...state.params, agreements: [{ origin: 'settings' as const, monthHours: 50, special: false }] };
  const actions: Action[] = [];
  renderPane(<AgreementForm params={params} dispatch={(a) => actions.push(a)} />);
  expect(screen.getByRole('alert').textContent).toContain('45');
  fireEvent.change(screen.getByTestId('agreement-yearHours'), { target: { value: '360' } });
  expect(actions).toEqual([{ type: 'agreementFieldSet', field: 'yearHours', value: 360 }]);
});
