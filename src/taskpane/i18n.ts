/**
 * The pane's language: the one chosen with the pane's own switch (remembered in localStorage), else English when
 * Office (or `?lang=en` outside Office) says so, else Japanese.
 * Components read their strings from `useMessages()`; there is one messages file per locale.
 */
import { createContext, useContext } from 'react';
import { ja, type Messages } from './messages/ja';
import type { Lang } from './state';

/**
 * Picks the pane's locale from a language tag (`en-US`, `ja-JP`…): English for any `en`, Japanese otherwise.
 *
 * @example pickLocale('en-GB') // 'en'
 * @example pickLocale(undefined) // 'ja'
 */
export function pickLocale(languageTag: string | null | undefined): Lang {
  return /^en\b/i.test((languageTag ?? '').trim()) ? 'en' : 'ja';
}

/**
 * The `lang` query parameter of a page URL, used outside Office where there is no display language.
 *
 * @example languageFromQuery('?lang=en') // 'en'
 */
export function languageFromQuery(search: string): string | null {
  return new URLSearchParams(search).get('lang');
}

export const LOCALES: Lang[] = ['ja', 'en'];

/** Where the pane remembers the language chosen with its switch (this browser, every workbook). */
const LOCALE_KEY = 'wlb-checker.locale';

/**
 * The language chosen with the pane's switch earlier, or null (never chosen, or storage not available).
 *
 * @example rememberLocale('en'); storedLocale() // 'en'
 */
export function storedLocale(): Lang | null {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_KEY);
    return value === 'ja' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the language chosen with the switch; a browser that refuses storage just forgets it. */
export function rememberLocale(locale: Lang): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_KEY, locale);
  } catch {
    // Storage refused (private mode, policy): the choice holds for this session only.
  }
}

/** The strings of each locale loaded so far: Japanese is built in, English is fetched when the pane speaks it. */
const loaded: Partial<Record<Lang, Messages>> = { ja };

/**
 * Loads a locale's strings before the pane renders in it: English is a chunk of its own, so a Japanese pane never
 * downloads it.
 *
 * @example await loadMessages('en'); messagesFor('en').appTitle // 'WLB Criteria Checker'
 */
export async function loadMessages(locale: Lang): Promise<Messages> {
  if (locale === 'en') loaded.en ??= (await import(/* webpackChunkName: "messages-en" */ './messages/en')).en;
  return messagesFor(locale);
}

/** The strings of one locale, once loaded (see loadMessages). */
export function messagesFor(locale: Lang): Messages {
  const messages = loaded[locale];
  if (!messages) throw new Error(`the ${locale} texts are not loaded: await loadMessages('${locale}') first`);
  return messages;
}

export interface I18n {
  locale: Lang;
  m: Messages;
}

export const I18nContext = createContext<I18n>({ locale: 'ja', m: ja });

/** The current locale and its strings. */
export function useMessages(): I18n {
  return useContext(I18nContext);
}
