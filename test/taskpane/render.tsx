/**
 * Renders a pane component the way the pane does (Fluent provider, the locale's messages) in jsdom, and runs
 * axe-core over it. jsdom lacks a few browser APIs Fluent reads; they get minimal stand-ins here.
 */
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import { I18nContext, loadMessages, messagesFor } from '../../src/taskpane/i18n';
import type { Lang } from '../../src/taskpane/state';

// English is a chunk the pane fetches when chosen; every test file that renders through here has it loaded first.
beforeAll(() => loadMessages('en'));

if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (typeof window !== 'undefined' && !window.scrollTo.toString().includes('noop')) {
  window.scrollTo = function noop() {} as typeof window.scrollTo;
}

export function renderPane(ui: ReactElement, locale: Lang = 'ja'): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme} lang={locale}>
      <I18nContext.Provider value={{ locale, m: messagesFor(locale) }}>{ui}</I18nContext.Provider>
    </FluentProvider>,
  );
}

/** axe-core violations of impact serious or critical (colour contrast cannot be computed in jsdom). */
export async function seriousAxeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
