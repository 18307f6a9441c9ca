/**
 * Entry point: waits for office.js, then renders the pane. Inside Excel it reads the open workbook through
 * the office-js port; anywhere else it offers the in-memory sample. "Anywhere else" is either office.js loaded
 * outside Office (`Office.onReady()` gives host null) or office.js not loaded at all (`Office` undefined: the
 * CDN blocked or unreachable, as in a closed network or the browser tests).
 */
import { createRoot } from 'react-dom/client';
import { OfficeWorkbookPort, getDisplayLanguage, selectCell } from '../host/officejs';
import { App } from './components/App';
import { languageFromQuery, pickLocale, storedLocale } from './i18n';

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
  const locale =
    storedLocale() ?? pickLocale(inExcel ? getDisplayLanguage() : languageFromQuery(window.location.search));
  document.documentElement.lang = locale;
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <App
      locale={locale}
      today={todayIso()}
      excelPort={inExcel ? new OfficeWorkbookPort() : undefined}
      selectCell={inExcel ? selectCell : undefined}
    />,
  );
}

void start();
