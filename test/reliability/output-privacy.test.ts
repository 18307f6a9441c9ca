/**
 * Trust: the task pane's data stays in the browser. The page's Content-Security-Policy lets it talk to its own
 * origin only; office.js comes from the Office CDN (the one other origin, for scripts and office.js's own frame) in
 * the default build, and from the pane's origin in the closed-network build. No source file calls a network API
 * except the one same-origin fetch of the bundled sample; the browser tests block every other origin.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SAMPLE_URL } from '../../src/taskpane/sample';

const root = path.join(__dirname, '..', '..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const CDN_ORIGIN = 'https://appsforoffice.microsoft.com';

/** The CSP of an HTML page's `<meta http-equiv="Content-Security-Policy">` (quoted or minified attributes). */
function cspOf(html: string): Map<string, string[]> {
  const meta = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((m) => /http-equiv=["']?Content-Security-Policy/i.test(m));
  expect(meta).toHaveLength(1);
  const content = /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
  expect(content).not.toBeNull();
  const policy = new Map<string, string[]>();
  for (const part of (content![1] ?? content![2]).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Script and stylesheet URLs a page loads. */
function resourcesOf(html: string): string[] {
  return [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

interface BuildConfig {
  plugins: { userOptions?: { filename?: string; templateParameters?: Record<string, string> }; patterns?: unknown }[];
}

/** webpack.config.js as `webpack --mode production [--env officejs=local]` sees it. */
async function configFor(officejs?: 'local' | 'cdn'): Promise<BuildConfig> {
  // webpack.config.js is CommonJS without types.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require('../../webpack.config.js') as (env: object, argv: object) => Promise<BuildConfig>;
  return makeConfig(officejs ? { officejs } : {}, { mode: 'production' });
}

/** src/taskpane/taskpane.html with the parameters the build fills in. */
async function pageOf(officejs?: 'local' | 'cdn'): Promise<string> {
  const html = (await configFor(officejs)).plugins.find((p) => p.userOptions?.filename === 'taskpane.html');
  const parameters = html?.userOptions?.templateParameters ?? {};
  return read('src/taskpane/taskpane.html').replace(/<%= (\w+) %>/g, (_, name: string) => parameters[name]);
}

/** The copy patterns of the build (what it copies into dist/ besides the bundle). */
async function copiedBy(officejs?: 'local' | 'cdn'): Promise<{ from: string; context?: string; to?: string }[]> {
  const copy = (await configFor(officejs)).plugins.find((p) => Array.isArray(p.patterns));
  return copy?.patterns as { from: string; context?: string; to?: string }[];
}

/** Each build's page, and the built one in dist/ when there is one (its kind read from the page). */
const pages: [string, () => Promise<string>, string[]][] = [
  ['the default build (office.js from the CDN)', () => pageOf(), [CDN_ORIGIN]],
  ['the closed-network build (--env officejs=local)', () => pageOf('local'), []],
];
if (fs.existsSync(path.join(root, 'dist', 'taskpane.html'))) {
  const built = read('dist/taskpane.html');
  pages.push(['dist/taskpane.html', async () => built, built.includes(CDN_ORIGIN) ? [CDN_ORIGIN] : []]);
}

describe.each(pages)('Content-Security-Policy of %s', (_, page, remote) => {
  let csp: Map<string, string[]>;
  let html: string;
  beforeAll(async () => {
    html = await page();
    csp = cspOf(html);
  });

  test('default, connect, image and font sources are this origin only; scripts this origin and office.js’s', () => {
    for (const directive of ['default-src', 'connect-src', 'img-src', 'font-src'])
      expect({ directive, sources: csp.get(directive) }).toEqual({ directive, sources: ["'self'"] });
    expect(csp.get('script-src')).toEqual(["'self'", ...remote]);
  });

  test('frames: only office.js’s own page from the CDN (its trust prompt), none in the closed-network build', () => {
    expect(csp.get('frame-src')).toEqual(remote.length ? remote : undefined);
  });

  test('styles: this origin plus inline styles (Fluent UI injects <style> at run time), nothing remote', () => {
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  test('no plugins, no base rewriting, no form posts, no eval, no wildcard, no remote origin but the CDN', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    for (const [directive, sources] of csp) {
      for (const source of sources.filter((s) => !remote.includes(s))) {
        expect({ directive, source }).not.toEqual({
          directive,
          source: expect.stringMatching(/^\*|^https?:|^wss?:|^data:|^blob:|unsafe-eval|^[a-z0-9-]+\.[a-z]/i),
        });
      }
    }
  });

  test('every script and stylesheet is loaded from this origin (a relative URL), but office.js from the CDN', () => {
    const urls = resourcesOf(html);
    const officeJs = urls.filter((u) => /office\.js$/.test(u));
    expect(officeJs).toEqual([remote.length ? `${CDN_ORIGIN}/lib/1/hosted/office.js` : 'office-js/office.js']);
    for (const url of urls.filter((u) => !officeJs.includes(u)))
      expect(url).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
  });
});

test('the build refuses an unknown --env officejs value instead of guessing', async () => {
  await expect(configFor('bogus' as 'local')).rejects.toThrow('officejs=bogus');
});

describe('no telemetry in the source', () => {
  /** Every .ts/.tsx/.html/.js file under src/, comments removed (doc examples mention URLs). */
  function sources(): [string, string][] {
    const out: [string, string][] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const rel = path.join(dir, e.name);
        if (e.isDirectory()) walk(rel);
        else if (/\.(tsx?|html|js)$/.test(e.name)) out.push([rel, stripComments(read(rel))]);
      }
    };
    walk('src');
    return out;
  }
  const stripComments = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

  const NETWORK =
    /\bfetch\s*\(|XMLHttpRequest|sendBeacon|\bWebSocket\b|\bEventSource\b|\bWebTransport\b|RTCPeerConnection|importScripts|new\s+Image\s*\(|createElement\(\s*['"`](?:script|img|iframe|link)['"`]/;

  test('the only network call is the same-origin fetch of the bundled sample workbook', () => {
    const hits = sources().flatMap(([file, text]) =>
      text.split('\n').flatMap((line, i) => (NETWORK.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([
      expect.stringMatching(
        /^src\/taskpane\/sample\.ts:\d+: const response = await fetch\(url, \{ credentials: 'same-origin' \}\);$/,
      ),
    ]);
    expect(SAMPLE_URL).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/|\/)/i);
    // Called with its default, relative URL only.
    for (const [file, text] of sources()) {
      for (const m of text.matchAll(/openSampleWorkbook\(([^)]*)\)/g))
        if (!/sample\.ts$/.test(file)) expect({ file, args: m[1].trim() }).toEqual({ file, args: '' });
    }
  });

  /** XML namespace names of the .xlsx format: identifiers that are never fetched. */
  const XML_NAMESPACE =
    /^http:\/\/(?:schemas\.openxmlformats\.org|schemas\.microsoft\.com|www\.w3\.org|purl\.org|purl\.oclc\.org)\//;

  test('no absolute http(s) or ws URL in code (outside comments and XML namespace names)', () => {
    const hits = sources().flatMap(([file, text]) =>
      [...text.matchAll(/\b(?:https?|wss?):\/\/[^\s'"`)]+/g)]
        .filter((m) => !XML_NAMESPACE.test(m[0]))
        .map((m) => `${file}: ${m[0]}`),
    );
    expect(hits).toEqual([]);
  });

  test('only the closed-network build copies office.js (from node_modules, without its telemetry folders)', async () => {
    expect((await copiedBy()).filter((p) => p.to === 'office-js/')).toEqual([]);
    const copies = (await copiedBy('local')).filter((p) => p.to === 'office-js/');
    expect(copies.map((p) => p.from)).toEqual(expect.arrayContaining(['office.js', 'o15apptofilemappingtable.js']));
    for (const p of copies) {
      expect(p.context).toBe(path.dirname(require.resolve('@microsoft/office-js/dist/office.js')));
      expect(p).toMatchObject({ globOptions: { ignore: expect.arrayContaining(['**/telemetry/**']) } });
    }
    // The logger's frame is switched off in that copy (the closed-network browser test reads the copied file).
    expect(read('webpack.config.js')).toMatch(/loadProxyFrame=function\\\(\\\)\\\{\)\/g/);
  });

  test('the browser tests block every other origin, and fail on any request but the CDN’s office.js', () => {
    const test = read('test/browser/taskpane.browser.test.ts');
    expect(test).toMatch(/context\.route\('\*\*\/\*'/);
    expect(test).toMatch(/route\.abort\(\)/);
    expect(test).toMatch(/expect\(foreignRequests\)\.toEqual\(\[OFFICE_JS_CDN\]\)/);
    const cdn = read('test/browser/officejs.browser.test.ts');
    expect(cdn).toMatch(/expect\(foreign\)\.toEqual\(\[OFFICE_JS_CDN\]\)/);
    expect(cdn).toMatch(/expect\(foreign\)\.toEqual\(\[\]\)/);
  });
});
