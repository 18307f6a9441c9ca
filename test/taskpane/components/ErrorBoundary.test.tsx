/** @jest-environment jsdom */
/**
 * A render error shows a plain message and a way to try again, never a blank pane. In jsdom with Testing Library, with
 * an axe-core run where a person sees it.
 */
import { screen } from '@testing-library/react';
import { ErrorBoundary } from '../../../src/taskpane/components/ErrorBoundary';
import { renderPane, seriousAxeViolations } from '../render';

describe('Error boundary', () => {
  function Broken(): JSX.Element {
    throw new Error('boom');
  }

  it('shows a plain message and a way to try again instead of a blank pane', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = renderPane(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByText('画面の表示中にエラーが起きました。')).toBeTruthy();
    expect(screen.getByText('詳細: boom')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'もう一度表示する' })).toBeTruthy();
    expect(await seriousAxeViolations(container)).toEqual([]);
    warn.mockRestore();
    error.mockRestore();
  });
});
