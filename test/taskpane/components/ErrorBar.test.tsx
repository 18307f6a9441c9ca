/** @jest-environment jsdom */
/** The error bar at the top of the pane. In jsdom with Testing Library. */
import { screen } from '@testing-library/react';
import { ErrorBar } from '../../../src/taskpane/components/ErrorBar';
import { renderPane } from '../render';

describe('Error bar', () => {
  it('labels the close button in the pane’s language', () => {
    renderPane(<ErrorBar error={{ kind: 'read' }} onDismiss={() => {}} />, 'en');
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });
});
