/**
 * A simulated Excel inside the built pane's page: the script served in place of office.js (the browser tests
 * fulfil the Office CDN's address with it). It is ./fake-excel.ts — the same strict simulation the office-js host
 * tests use (commands queued until `context.sync()`, properties unreadable before `load`) — compiled for the browser,
 * holding the workbook given, and exposed as `Office` (host Excel, ja-JP) and `Excel.run`. The page keeps it as
 * `window.__fakeExcel`, so a test can read what the pane wrote (its settings) and what it must not have changed.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** One sheet of the simulated workbook from A1: values as Excel holds them, and their number formats. */
interface FakeSheetSeed {
  name: string;
  values: (string | number | boolean | null)[][];
  formats?: string[][];
}

export interface FakeWorkbookSeed {
  sheets: FakeSheetSeed[];
  /** `workbook.settings` as stored (the pane keeps its own under one key, as a JSON string). */
  settings?: Record<string, unknown>;
}

let compiled: string | undefined;

/** ./fake-excel.ts as browser JavaScript (CommonJS wrapped; `Buffer.byteLength` by TextEncoder). */
function fakeExcelJs(): string {
  if (compiled) return compiled;
  const source = fs.readFileSync(path.join(__dirname, 'fake-excel.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  compiled = outputText;
  return compiled;
}

/**
 * The office.js stand-in for a page: the simulated Excel holding `seed`.
 *
 * @example await context.route(OFFICE_JS_CDN, (r) => r.fulfill({ contentType: 'text/javascript', body: fakeOfficeScript(seed) }))
 */
export function fakeOfficeScript(seed: FakeWorkbookSeed): string {
  return `(function () {
  var module = { exports: {} };
  var exports = module.exports;
  var Buffer = { byteLength: function (s) { return new TextEncoder().encode(s).length; } };
${fakeExcelJs()}
  var seed = ${JSON.stringify(seed)};
  var excel = new exports.FakeExcel(seed.sheets.map(function (s) { return s.name; }));
  seed.sheets.forEach(function (s) { excel.setCells(s.name, 'A1', s.values, s.formats); });
  Object.keys(seed.settings || {}).forEach(function (k) { excel.settings.set(k, seed.settings[k]); });
  window.__fakeExcel = excel;
  window.Excel = { run: function (batch) { return excel.run(batch); } };
  window.Office = {
    HostType: { Excel: 'Excel' },
    onReady: function () { return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }); },
    context: { displayLanguage: 'ja-JP', requirements: { isSetSupported: function () { return true; } } },
  };
})();`;
}
