/**
 * The built task pane for the tests that need it: a production build of either kind (office.js from the Office
 * CDN, the default; or the closed-network build with its own copy), rebuilt only when a source is newer, one
 * build at a time across jest workers; a static server for it; and Debian's Chromium.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { OFFICE_JS_CDN } from '../../scripts/check-first-load';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
/** Where the tests put the closed-network build (dist/ keeps the default one). */
export const CLOSED_NETWORK_DIST = path.join(ROOT, 'test-output', 'closed-network-dist');
const CHROMIUM = '/usr/bin/chromium';

export type OfficeJsSource = 'cdn' | 'local';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Newest modification time under a folder (or of a file). */
function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

/** The kind of production build in a folder, or null (none, a development build, or older than a source). */
function freshBuildIn(dir: string): OfficeJsSource | null {
  const html = path.join(dir, 'taskpane.html');
  // A development build (it has source maps) is never reused: sizes are measured on the production bundle.
  if (!fs.existsSync(html) || fs.existsSync(path.join(dir, 'taskpane.js.map'))) return null;
  const sources = Math.max(
    ...['src', 'assets', 'webpack.config.js', 'package.json'].map((p) => newestMtime(path.join(ROOT, p))),
  );
  if (newestMtime(path.join(dir, 'taskpane.js')) <= sources) return null;
  return fs.readFileSync(html, 'utf8').includes(OFFICE_JS_CDN) ? 'cdn' : 'local';
}

/** Blocks for a while (a synchronous sleep, for the lock below). */
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs `build` holding a lock folder, so two test files never write the same output at once. */
function withLock<T>(lock: string, build: () => T): T {
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > deadline) throw new Error(`${lock} held for 20 minutes: remove it if no build is running`);
      sleep(2_000);
    }
  }
  try {
    return build();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * A production build of the given kind in `dir` (built unless one is there and newer than every source).
 *
 * @example ensureBuild('local', CLOSED_NETWORK_DIST) // runs `webpack --mode production --env officejs=local`
 */
export function ensureBuild(officeJs: OfficeJsSource, dir: string = DIST): string {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  return withLock(`${dir}.lock`, () => {
    if (freshBuildIn(dir) === officeJs) return dir;
    const args = ['--mode', 'production', '--env', `officejs=${officeJs}`, '--output-path', dir];
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), ...args], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    return dir;
  });
}

/** A static server for a built pane on a free local port. */
export async function serveDir(dir: string): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.normalize(path.join(dir, urlPath));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Stops a server made by serveDir (or nothing, when it was never started). */
export function stopServer(server: http.Server | undefined): Promise<void> {
  return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

/** Debian's headless Chromium, with the flags that keep it from calling home on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Without Chromium a browser suite is one loud SKIPPED test (a failure when REQUIRE_BROWSER=1, as in CI).
 * Returns true when the suite can run.
 */
export function chromiumOrSkip(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  it('needs /usr/bin/chromium', () => {
    const message = `SKIPPED: chromium not installed (${CHROMIUM}); install with: apt-get install -y chromium fonts-ipafont-gothic`;
    if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${message}`);
    console.warn(`\n${'!'.repeat(78)}\n!!! ${message}\n${'!'.repeat(78)}\n`);
    expect(process.env.REQUIRE_BROWSER).not.toBe('1');
  });
  return false;
}

/** The default build served on a local port and a Chromium to open it in, for one describe block. */
export interface BuiltPane {
  readonly origin: string;
  readonly browser: Browser;
}

/**
 * Registers the hooks that build the default pane, serve dist/ and start Chromium before the block's tests, and
 * close both after them; the returned object is filled in once the block's first test runs.
 */
export function useBuiltPane(): BuiltPane {
  const pane = {} as { origin: string; browser: Browser; server: http.Server };
  beforeAll(async () => {
    ensureBuild('cdn');
    ({ server: pane.server, origin: pane.origin } = await serveDir(DIST));
    pane.browser = await launchChromium();
  }, 1_200_000);
  afterAll(async () => {
    await pane.browser?.close();
    await stopServer(pane.server);
  });
  return pane;
}
