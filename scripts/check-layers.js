#!/usr/bin/env node
/**
 * Keeps the one-way layering of docs/architecture.md: each folder under src/ may import only the
 * folders listed for it. Run by `npm run lint` (and so by `npm test`).
 */
'use strict';
const fs = require('fs');
const path = require('path');

const allowed = {
  rules: ['rules'],
  ingest: ['ingest', 'rules'],
  report: ['report', 'rules'],
  host: ['host', 'ingest', 'report', 'rules'],
  pipeline: ['pipeline', 'host', 'ingest', 'report', 'rules'],
  cli: ['cli', 'pipeline', 'host', 'ingest', 'report', 'rules'],
  taskpane: ['taskpane', 'pipeline', 'host', 'ingest', 'report', 'rules'],
};
const forbiddenPackages = {
  rules: /^(exceljs|react|react-dom|@fluentui|office-addin|@microsoft\/office-js|fs|path|node:)/,
  ingest: /^(exceljs|react|react-dom|@fluentui|office-addin|@microsoft\/office-js|fs|path|node:)/,
  report: /^(exceljs|react|react-dom|@fluentui|office-addin|@microsoft\/office-js|fs|path|node:)/,
};

/** The two workbook hosts under src/host/ stand apart: Excel's never reaches into the .xlsx one, nor the reverse. */
const separateHosts = { 'host/officejs': 'host/xlsx', 'host/xlsx': 'host/officejs' };
/**
 * What the layers above the hosts may import from src/host/: the port contract and the public entry of each host
 * they run on. The pipeline runs on any host, so only through the port; the CLI runs in Node (.xlsx, .csv), the task
 * pane in Excel (its sample preview on the in-memory .xlsx port). Everything else in src/host/ is the hosts' own, so
 * a CLI run never loads an Excel-host file and a host can be rearranged without touching its users.
 */
const hostEntries = {
  pipeline: ['host/port.ts'],
  cli: ['host/port.ts', 'host/csv.ts', 'host/xlsx/index.ts'],
  // display-language.ts: the pane picks its locale before the rest of the office-js host (a chunk of its own) loads.
  taskpane: [
    'host/port.ts',
    'host/officejs/index.ts',
    'host/officejs/errors.ts',
    'host/officejs/display-language.ts',
    'host/xlsx/memory-port.ts',
  ],
};
const src = path.join(__dirname, '..', 'src');
const problems = [];
function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (/\.tsx?$/.test(entry.name)) check(full);
  }
}
function check(file) {
  const rel = path.relative(src, file);
  const layer = rel.split(path.sep)[0];
  if (!allowed[layer]) return;
  const text = fs.readFileSync(file, 'utf8');
  const importRe =
    /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  let m;
  while ((m = importRe.exec(text))) {
    const spec = m[1] || m[2] || m[3];
    if (spec.startsWith('.')) {
      const target = path.relative(src, path.resolve(path.dirname(file), spec)).split(path.sep)[0];
      if (allowed[target] && !allowed[layer].includes(target))
        problems.push(`${rel}: ${layer} must not import ${target} (${spec})`);
      const fromHost = Object.keys(separateHosts).find((dir) =>
        rel
          .split(path.sep)
          .join('/')
          .startsWith(dir + '/'),
      );
      const targetPath = path
        .relative(src, path.resolve(path.dirname(file), spec))
        .split(path.sep)
        .join('/');
      if (hostEntries[layer] && target === 'host' && !hostEntries[layer].includes(sourceFileOf(targetPath)))
        problems.push(`${rel}: ${layer} may import from host/ only ${hostEntries[layer].join(', ')} (${spec})`);
      const other = fromHost && separateHosts[fromHost];
      if (other && (targetPath === other || targetPath.startsWith(other + '/')))
        problems.push(`${rel}: ${fromHost} must not import ${other} (${spec})`);
    } else if (forbiddenPackages[layer] && forbiddenPackages[layer].test(spec)) {
      problems.push(`${rel}: ${layer} must stay host-neutral and must not import ${spec}`);
    }
  }
  if (layer === 'rules' && /new Date\(\)|Date\.now\(/.test(text))
    problems.push(`${rel}: the rule module must not read the clock`);
}
/** The file an import of `target` (relative to src/, without extension) resolves to: `x.ts`, `x.tsx` or `x/index.ts`. */
function sourceFileOf(target) {
  for (const candidate of [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`, `${target}/index.tsx`])
    if (fs.existsSync(path.join(src, candidate)) && fs.statSync(path.join(src, candidate)).isFile()) return candidate;
  return target;
}
walk(src);
if (problems.length) {
  console.error('Layering violations (see docs/architecture.md):\n' + problems.join('\n'));
  process.exit(1);
}
console.log('layers: ok');
