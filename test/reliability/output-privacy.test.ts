/**
 * Trust: the task pane's data stays in the browser. The page's Content-Security-Policy allows its own origin
 * only (office.js is served from that origin, not the CDN); no source file calls a network API except the one
 * same-origin fetch of the bundled sample; the browser test blocks and fails on any request to another origin.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SAMPLE_URL } from '../../src/taskpane/sample';

const root = path.join(__dirname, '..', '..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

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

/** The source html and, when a production build is there, the built one. */
const pages: [string, string][] = [['src/taskpane/taskpane.html', read('src/taskpane/taskpane.html')]];
if (fs.existsSync(path.join(root, 'dist', 'taskpane.html')))
  pages.push(['dist/taskpane.html', read('dist/taskpane.html')]);

describe.each(pages)('Content-Security-Policy of %s', (_, html) => {
  const csp = cspOf(html);

  test('default, script, connect, image and font sources are this origin only', () => {
    for (const directive of ['default-src', 'script-src', 'connect-src', 'img-src', 'font-src'])
      expect({ directive, sources: csp.get(directive) }).toEqual({ directive, sources: ["'self'"] });
  });

  test('styles: this origin plus inline styles (Fluent UI injects <style> at run time), nothing remote', () => {
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  test('no plugins, no base rewriting, no form posts, no eval, no wildcard or remote origin anywhere', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    for (const [directive, sources] of csp) {
      for (const source of sources) {
        expect({ directive, source }).not.toEqual({
          directive,
          source: expect.stringMatching(/^\*|^https?:|^wss?:|^data:|^blob:|unsafe-eval|^[a-z0-9-]+\.[a-z]/i),
        });
      }
    }
  });

  test('every script and stylesheet, office.js included, is loaded from this origin (a relative URL)', () => {
    const urls = resourcesOf(html);
    expect(urls.some((u) => /office\.js$/.test(u))).toBe(true);
    for (const url of urls) expect(url).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
  });
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

  test('the build copies office.js from node_modules without its telemetry folders and disables its logger frame', () => {
    const config = read('webpack.config.js');
    expect(config).toMatch(/require\.resolve\('@microsoft\/office-js\/dist\/office\.js'\)/);
    expect(config).toMatch(/ignore: \[[^\]]*'\*\*\/telemetry\/\*\*'/);
    expect(config).toMatch(/loadProxyFrame=function\\\(\\\)\\\{\)\/g/);
  });

  test('the browser test blocks and fails on any request to another origin', () => {
    const test = read('test/browser/taskpane.browser.test.ts');
    expect(test).toMatch(/context\.route\('\*\*\/\*'/);
    expect(test).toMatch(/route\.abort\(\)/);
    expect(test).toMatch(/expect\(foreignRequests\)\.toEqual\(\[\]\)/);
  });
});
