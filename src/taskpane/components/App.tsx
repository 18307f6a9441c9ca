import { Suspense, useMemo } from 'react';
import { FluentProvider, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { WorkbookPort } from '../../host/port';
import { usePane } from '../hooks/usePane';
import { I18nContext, messagesFor } from '../i18n';
import type { Lang } from '../state';
import { ErrorBar } from './ErrorBar';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { lazyComponent } from './lazy';
import { OutsideOffice } from './OutsideOffice';
import { ReadProgressBar } from './ReadProgressBar';

export interface AppProps {
  locale: Lang;
  /** Today as YYYY-MM-DD: the default as-of date. */
  today: string;
  /** Present inside Excel: the office-js port. Absent outside Office (the sample is offered instead). */
  excelPort?: WorkbookPort;
  /** Selects a cell in Excel (input issues); absent outside Office. */
  selectCell?: (sheet: string, cell: string) => Promise<void>;
}

/** The steps and the analysis behind them: a chunk of their own, not needed for the first screen. */
const Workspace = lazyComponent(() =>
  import(/* webpackChunkName: "workspace" */ './Workspace').then((m) => m.Workspace),
);

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
});

/** The task pane: one reducer (./usePane), the analysis derived from it (./Workspace), one step on screen. */
export function App(props: AppProps) {
  const c = useStyles();
  const { state, dispatch, sampleLoading, commands } = usePane(props);
  const i18n = useMemo(() => ({ locale: state.locale, m: messagesFor(state.locale) }), [state.locale]);
  return (
    <FluentProvider theme={webLightTheme} lang={state.locale}>
      <I18nContext.Provider value={i18n}>
        <ErrorBoundary>
          <main className={c.root} data-testid="pane">
            <div className={c.header}>
              <Text as="h1" size={400} weight="bold" style={{ margin: 0 }}>
                {i18n.m.appTitle}
              </Text>
              <LanguageSwitch dispatch={dispatch} />
            </div>
            {state.error ? (
              <ErrorBar error={state.error} onDismiss={() => dispatch({ type: 'errorDismissed' })} />
            ) : null}
            {state.mode === null && !props.excelPort ? (
              <OutsideOffice loading={sampleLoading} onTrySample={commands.trySample} />
            ) : null}
            {state.phase === 'reading' ? <ReadProgressBar progress={state.progress} /> : null}
            {state.phase === 'writing' ? <ReadProgressBar progress={null} label={i18n.m.progress.writing} /> : null}
            <Suspense fallback={null}>
              <Workspace state={state} dispatch={dispatch} commands={commands} />
            </Suspense>
          </main>
        </ErrorBoundary>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
