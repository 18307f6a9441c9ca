import { useEffect } from 'react';
import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { LOCALES, loadMessages, rememberLocale, useMessages } from '../i18n';
import type { Dispatch, Lang } from '../state';

const useStyles = makeStyles({
  group: { display: 'flex', columnGap: tokens.spacingHorizontalXS },
});

/** The words on each button, each in its own language, so a reader of either finds theirs. */
const NAMES: Record<Lang, string> = { ja: '日本語', en: 'English' };

/**
 * 日本語 / English: the pane's language, chosen here whatever Office's display language is, and remembered in this
 * browser's localStorage (a person's choice, not the workbook's: a colleague opening the same file keeps theirs).
 */
export function LanguageSwitch({ dispatch }: { dispatch: Dispatch }) {
  const { m, locale } = useMessages();
  const c = useStyles();
  // The page's language follows the pane's, so screen readers and fonts read the text as what it is.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // English is a chunk of its own: load it first; if it cannot be had, the pane stays as it is.
  const choose = (next: Lang) =>
    void loadMessages(next).then(
      () => {
        rememberLocale(next);
        dispatch({ type: 'localeChosen', locale: next });
      },
      () => undefined,
    );
  return (
    <div role="group" aria-label={m.language} className={c.group} data-testid="language-switch">
      {LOCALES.map((l) => (
        <ToggleButton
          key={l}
          size="small"
          appearance="subtle"
          checked={locale === l}
          lang={l}
          data-locale={l}
          onClick={() => choose(l)}
        >
          {NAMES[l]}
        </ToggleButton>
      ))}
    </div>
  );
}
