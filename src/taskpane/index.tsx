/**
 * Entry point: waits for office.js, then renders the pane. Inside Excel it reads the open workbook through
 * the office-js port; anywhere else it offers the in-memory sample. "Anywhere else" is either office.js loaded
 * outside Office (`Office.onReady()` gives host null) or office.js not loaded at all (`Office` undefined: the
 * CDN blocked or unreachable, as in a closed network or the browser tests).
 */
import { createRoot } from 'react-dom/client';
import { getDisplayLanguage } from '../host/officejs/display-language';
import { App } from './components/App';
import { languageFromQuery, loadMessages, pickLocale, storedLocale } from './i18n';
import { lazyExcelPort, selectCellLazily } from './lazy-excel';

/** Today in the user's time zone as YYYY-MM-DD (the default as-of date). */
function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Resolves with the Office host, or null outside Office (and when office.js could not be loaded). */
async function detectHost(): Promise<Office.HostType | null> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return null;
  const info = await Office.onReady();
  return info.host ?? null;
}

async function start(): Promise<void> {
  const host = await detectHost().catch(() => null);
  const inExcel = host !== null && host === Office.HostType.Excel;
  // The pane's own switch wins over Office's display language (and `?lang=` outside Office).
  const wanted =
    storedLocale() ?? pickLocale(inExcel ? getDisplayLanguage() : languageFromQuery(window.location.search));
  // English is fetched only when chosen; should that fail, the pane speaks Japanese rather than nothing.
  const locale = await loadMessages(wanted).then(
    () => wanted,
    () => 'ja' as const,
  );
  document.documentElement.lang = locale;
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <App
      locale={locale}
      today={todayIso()}
      excelPort={inExcel ? lazyExcelPort() : undefined}
      selectCell={inExcel ? selectCellLazily : undefined}
    />,
  );
}

void start();
