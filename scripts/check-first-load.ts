/**
 * The task pane's first load: the gzip size of the scripts taskpane.html loads before the pane can paint (office.js
 * and the entry bundle), measured on a production build (`npm run build`, or the closed-network build). Excel on
 * the web pays this on every open; what is loaded on demand (exceljs and the sample, the steps after 検出, the
 * English texts) is only listed.
 *
 * The default build loads office.js from the Office CDN, which cannot be measured offline: the loader of the
 * @microsoft/office-js package (the copy the closed-network build serves) stands in for it, and the output says so.
 *
 * Usage: node dist-node/scripts/check-first-load.js [dist] [--max-kb 250]   → exit 1 over the budget.
 * 1 KB = 1,024 bytes, gzip level 9.
 */
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';

/** The only foreign script the default page may load. */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEFAULT_MAX_KB = 250;

export interface FirstLoad {
  /** The scripts of taskpane.html in document order; `note` says what was measured for a foreign one. */
  scripts: { src: string; note: string; bytes: number; gzip: number }[];
  totalGzip: number;
  /** Every other script of the build (webpack's lazily loaded chunks), largest first. */
  onDemand: { src: string; gzip: number }[];
}

/**
 * The src of every <script> element of a page, in document order, quoted or not (minified HTML drops quotes).
 *
 * @example scriptSources('<script src=office-js/office.js></script><script defer src="taskpane.js">') // ['office-js/office.js', 'taskpane.js']
 */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

const gzipBytes = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** The file measured for one script of the page; a foreign script other than the CDN's office.js is refused. */
function measuredFile(dist: string, src: string): { file: string; note: string } {
  if (src === OFFICE_JS_CDN) {
    const file = require.resolve('@microsoft/office-js/dist/office.js');
    const { version } = JSON.parse(fs.readFileSync(path.join(file, '..', '..', 'package.json'), 'utf8'));
    return { file, note: `Office CDN; measured as the loader of @microsoft/office-js ${version}` };
  }
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) throw new Error(`taskpane.html loads a script from elsewhere: ${src}`);
  return { file: path.join(dist, src.split(/[?#]/)[0]), note: '' };
}

/**
 * The first-load scripts of a built pane with their gzip sizes, and the chunks loaded on demand.
 *
 * @example measureFirstLoad('dist').totalGzip // bytes, e.g. 190123
 */
export function measureFirstLoad(dist: string): FirstLoad {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const scripts = scriptSources(html).map((src) => {
    const { file, note } = measuredFile(dist, src);
    return { src, note, bytes: fs.statSync(file).size, gzip: gzipBytes(file) };
  });
  const firstLoad = new Set(scripts.map((s) => s.src));
  const onDemand = fs
    .readdirSync(dist)
    .filter((name) => name.endsWith('.js') && !firstLoad.has(name))
    .map((name) => ({ src: name, gzip: gzipBytes(path.join(dist, name)) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { scripts, totalGzip: scripts.reduce((sum, s) => sum + s.gzip, 0), onDemand };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The figures as the command prints them. */
export function formatFirstLoad({ scripts, totalGzip, onDemand }: FirstLoad, maxKb = DEFAULT_MAX_KB): string {
  const width = Math.max(...scripts.map((s) => s.src.length), 'total'.length);
  const onDemandGzip = onDemand.reduce((sum, c) => sum + c.gzip, 0);
  return [
    'task pane first load (the scripts taskpane.html loads before first paint, gzip -9):',
    ...scripts.map((s) => `  ${s.src.padEnd(width)}  ${kb(s.gzip).padStart(9)}${s.note ? `  (${s.note})` : ''}`),
    `  ${'total'.padEnd(width)}  ${kb(totalGzip).padStart(9)}  (budget ${maxKb} KB)`,
    `loaded on demand, ${kb(onDemandGzip)} in all: ${onDemand.map((c) => `${c.src} ${kb(c.gzip)}`).join(', ')}`,
  ].join('\n');
}

function main(argv: string[]): void {
  const maxAt = argv.indexOf('--max-kb');
  const maxKb = maxAt >= 0 ? Number(argv[maxAt + 1]) : DEFAULT_MAX_KB;
  if (!(maxKb > 0)) throw new Error('--max-kb needs a positive number');
  const dist = path.resolve(argv.find((a, i) => !a.startsWith('--') && (maxAt < 0 || i !== maxAt + 1)) ?? 'dist');
  const measured = measureFirstLoad(dist);
  console.log(formatFirstLoad(measured, maxKb));
  if (measured.totalGzip > maxKb * 1024) {
    console.error(`first load ${kb(measured.totalGzip)} is over the ${maxKb} KB budget`);
    process.exitCode = 1;
  }
}

if (require.main === module) main(process.argv.slice(2));
