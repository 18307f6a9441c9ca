/**
 * Where office.js comes from, and that nothing else is ever asked for.
 *
 * - The default build (`npm run build`) names office.js at the Office CDN, allows that one origin for scripts (and
 *   for the trust-prompt frame office.js may open from there), and ships nothing of Microsoft's. In headless
 *   Chromium with the CDN blocked — as in a closed network, or any test — `Office` is undefined: the pane still says
 *   it is outside Excel and runs the sample, and the only foreign origin the page ever asks for is the CDN's.
 * - The closed-network build (`npm run build:closed-network`) serves its own copy of office.js with the telemetry
 *   frame switched off; its page names no other origin at all, and asks for none, telemetry timer included.
 *
 * Without /usr/bin/chromium the browser part passes with a loud SKIPPED line, unless REQUIRE_BROWSER=1 (CI).
 */
import * as fs from 'fs';
import type * as http from 'http';
import * as path from 'path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import {
  CLOSED_NETWORK_DIST,
  DIST,
  chromiumOrSkip,
  ensureBuild,
  launchChromium,
  serveDir,
  stopServer,
} from '../support/pane-build';

const CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_CDN = `${CDN_ORIGIN}/lib/1/hosted/office.js`;
const BUILD_TIMEOUT = 1_200_000;

/** The directives of the page's Content-Security-Policy meta element, as written. */
function cspOf(html: string): string[] {
  const meta = [...html.matchAll(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy[^>]*>/gi)].map((m) => m[0]);
  expect(meta).toHaveLength(1);
  const content = /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
  return (content?.[1] ?? content?.[2] ?? '').split(';').map((d) => d.trim());
}

/** Script URLs of the page in document order (html-webpack-plugin's minified output drops the quotes). */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

/** Every file of a build (relative paths). */
function filesOf(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

/** The CSP the pane had before the CDN: its own origin only. */
const SELF_ONLY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

describe('the default build: office.js from the Office CDN', () => {
  let html: string;
  beforeAll(() => {
    ensureBuild('cdn');
    html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  }, BUILD_TIMEOUT);

  it('names office.js at the CDN first, then the pane’s own entry script', () => {
    expect(scriptsOf(html)).toEqual([OFFICE_JS_CDN, 'taskpane.js']);
  });

  it('allows the CDN for scripts and frames only; connections, images, fonts stay on the pane’s origin', () => {
    expect(cspOf(html)).toEqual([
      "default-src 'self'",
      `script-src 'self' ${CDN_ORIGIN}`,
      "connect-src 'self'",
      `frame-src ${CDN_ORIGIN}`,
      ...SELF_ONLY.slice(3),
    ]);
  });

  it('ships nothing of Microsoft’s: no office-js folder, no patched logger', () => {
    const files = filesOf(DIST);
    expect(files.filter((f) => /office-js|office_strings|o15apptofilemappingtable/i.test(f))).toEqual([]);
    const patched = files.filter(
      (f) => f.endsWith('.js') && fs.readFileSync(path.join(DIST, f), 'utf8').includes('loadProxyFrame'),
    );
    expect(patched).toEqual([]);
  });
});

describe('the closed-network build: its own copy of office.js', () => {
  let html: string;
  beforeAll(() => {
    ensureBuild('local', CLOSED_NETWORK_DIST);
    html = fs.readFileSync(path.join(CLOSED_NETWORK_DIST, 'taskpane.html'), 'utf8');
  }, BUILD_TIMEOUT);

  it('names the local copy, and its CSP names no other origin', () => {
    expect(scriptsOf(html)).toEqual(['office-js/office.js', 'taskpane.js']);
    expect(cspOf(html)).toEqual(SELF_ONLY);
    expect(html).not.toContain('appsforoffice');
  });

  it('copies office.js without its telemetry folders, the logger’s proxy frame made a no-op', () => {
    const files = filesOf(path.join(CLOSED_NETWORK_DIST, 'office-js'));
    expect(files).toEqual(expect.arrayContaining(['office.js', 'o15apptofilemappingtable.js', 'excel-web-16.00.js']));
    expect(files.filter((f) => /telemetry|\.debug\.js$/i.test(f))).toEqual([]);
    const table = fs.readFileSync(path.join(CLOSED_NETWORK_DIST, 'office-js', 'o15apptofilemappingtable.js'), 'utf8');
    // The build patches in `return;`, which the minifier then folds into an empty body.
    expect(table.match(/\.prototype\.loadProxyFrame=function\(\)\{[^}]*\}/g)).toEqual([
      '.prototype.loadProxyFrame=function(){}',
    ]);
  });
});

describe('in headless Chromium', () => {
  if (!chromiumOrSkip()) return;

  let browser: Browser;
  const servers: http.Server[] = [];
  beforeAll(async () => {
    ensureBuild('cdn');
    ensureBuild('local', CLOSED_NETWORK_DIST);
    browser = await launchChromium();
  }, BUILD_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map(stopServer));
  });

  /** Opens a build's page, blocking (and recording) every request that leaves its origin. */
  async function open(
    dir: string,
  ): Promise<{ page: Page; foreign: string[]; errors: ConsoleMessage[]; thrown: Error[] }> {
    const { server, origin } = await serveDir(dir);
    servers.push(server);
    const context = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: 'ja-JP' });
    const foreign: string[] = [];
    const errors: ConsoleMessage[] = [];
    const thrown: Error[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      foreign.push(url);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message);
    });
    page.on('pageerror', (error) => thrown.push(error));
    await page.goto(`${origin}/taskpane.html`);
    return { page, foreign, errors, thrown };
  }

  it('default build, CDN unreachable: outside Excel, the sample runs, and only the CDN was ever asked for', async () => {
    const { page, foreign, errors, thrown } = await open(DIST);
    await page.getByText('Excel の外で開かれています').waitFor();
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('undefined');
    await page.getByRole('button', { name: 'サンプルで試す' }).click();
    await page.getByTestId('step-detect').waitFor({ timeout: 60_000 });
    // Through to the results, so every chunk the pane loads on demand has been asked for too.
    await page.getByRole('tab', { name: '3. 設定' }).click();
    await page.getByRole('radio', { name: 'くるみん（2025年4月〜）', exact: true }).check();
    await page.getByTestId('next').click();
    await page.getByTestId('verdict').waitFor();
    expect([...new Set(foreign.map((url) => new URL(url).origin))]).toEqual([CDN_ORIGIN]);
    expect(foreign).toEqual([OFFICE_JS_CDN]);
    // The one console error is the blocked office.js itself.
    expect(errors.map((e) => e.location().url)).toEqual([OFFICE_JS_CDN]);
    expect(thrown).toEqual([]);
  }, 240_000);

  it('closed-network build: office.js loads from the pane’s origin and nothing leaves it, telemetry timer included', async () => {
    const { page, foreign, errors, thrown } = await open(CLOSED_NETWORK_DIST);
    await page.getByText('Excel の外で開かれています').waitFor();
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('object');
    // office.js's logger would frame its telemetry page three seconds after loading: wait past that.
    await page.waitForTimeout(4_000);
    expect(foreign).toEqual([]);
    expect(errors.map((e) => e.text())).toEqual([]);
    expect(thrown).toEqual([]);
  }, 120_000);
});
