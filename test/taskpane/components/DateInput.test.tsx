/** @jest-environment jsdom */
/** The date input: what a person types and what the pane keeps. In jsdom with Testing Library. */
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { DateInput } from '../../../src/taskpane/components/DateInput';
import { renderPane } from '../render';

describe('DateInput', () => {
  /** The box beside a button that sets its value from outside, as 「既定に戻す」 or a profile change does. */
  function Harness() {
    const [value, setValue] = useState<string | undefined>('2026-03-31');
    return (
      <>
        <DateInput label="基準日" value={value} onCommit={setValue} testId="as-of" />
        <button onClick={() => setValue('2025-03-31')}>reset</button>
        <output data-testid="committed">{value}</output>
      </>
    );
  }

  it('keeps what the user typed while it means the value, and follows a change made outside', () => {
    renderPane(<Harness />);
    const box = screen.getByTestId('as-of') as HTMLInputElement;
    expect(box.value).toBe('2026/03/31');
    // 2026-3-1 is a real day: committed as 2026-03-01, and the typed form stays under the cursor.
    fireEvent.change(box, { target: { value: '2026-3-1' } });
    expect(screen.getByTestId('committed').textContent).toBe('2026-03-01');
    expect(box.value).toBe('2026-3-1');
    // 2026/2/30 is not a day: nothing is committed and the box says so.
    fireEvent.change(box, { target: { value: '2026/2/30' } });
    expect(screen.getByTestId('committed').textContent).toBe('2026-03-01');
    expect(screen.getByText(/日付/)).toBeTruthy();
    // A value set from outside replaces the half-typed text.
    fireEvent.click(screen.getByRole('button', { name: 'reset' }));
    expect(box.value).toBe('2025/03/31');
  });
});
