/**
 * Task-pane build, shaped like the official React template (`yo office`): one entry per page, one
 * HtmlWebpackPlugin per page, ts-loader (transpile only: `npm run lint` type-checks), an https dev server on
 * port 3000.
 *
 * office.js, two ways (README § Privacy):
 * - default (`npm run build`): from the Office CDN, as Microsoft supports it, so Office can update it; nothing of
 *   Microsoft's is copied or changed.
 * - closed network (`npm run build:closed-network`, i.e. `--env officejs=local`): for a company whose Excel
 *   cannot reach the CDN, a copy of the @microsoft/office-js npm package served from the pane's own origin, with
 *   its telemetry frame switched off. That copy is frozen: it is updated by hand, with the package.
 * Either way the page's Content-Security-Policy lets the pane send nothing anywhere (`connect-src 'self'`).
 */
'use strict';
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** Microsoft's CDN address for office.js, version 1 (always the current release of the 1.x API). */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_CDN_ORIGIN = new URL(OFFICE_JS_CDN).origin;
/** Where the closed-network build serves its copy, relative to taskpane.html. */
const OFFICE_JS_LOCAL = 'office-js/office.js';

/**
 * The page's Content-Security-Policy. The pane runs its own scripts and office.js, talks to its own origin only,
 * and frames nothing but the one page office.js itself may frame from the CDN: on an Office-on-the-web host it
 * does not recognise, office.js shows Microsoft's trust prompt (AgaveErrorUX/index.html, under the office.js
 * address) in a hidden frame before it starts. office.js's telemetry frame (another origin) stays blocked.
 * Fluent UI's Griffel injects <style> elements at run time, hence 'unsafe-inline' for styles only.
 */
function contentSecurityPolicy(officeJsLocal) {
  const cdn = officeJsLocal ? [] : [OFFICE_JS_CDN_ORIGIN];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...cdn].join(' '),
    "connect-src 'self'",
    ...cdn.map((origin) => `frame-src ${origin}`),
    "img-src 'self'",
    "font-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** `--env officejs=local` → the closed-network build; no value (or `cdn`) → the default. Anything else is a typo. */
function wantsLocalOfficeJs(env) {
  const choice = (env && env.officejs) || 'cdn';
  if (choice !== 'cdn' && choice !== 'local') {
    throw new Error(`--env officejs=${choice}: expected officejs=local (closed network) or officejs=cdn (default)`);
  }
  return choice === 'local';
}

const officeJsDist = () => path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/**
 * Closed-network build only. office.js's logger frames telemetryservice.firstpartyapps.oaspapps.com three seconds
 * after it loads (outside Office it loads o15apptofilemappingtable.js, which does so). The page's CSP would block
 * it, but noisily; this makes the logger's proxy frame a no-op instead, in every copied file that has it. The
 * mapping table must have it: if an office-js upgrade renames the function the build fails rather than silently
 * phoning home.
 */
function disableOfficeTelemetry(content, absoluteFrom) {
  const text = content.toString('utf8');
  const pattern = /(\.prototype\.loadProxyFrame=function\(\)\{)/g;
  const patched = text.replace(pattern, '$1return;');
  if (patched === text && /o15apptofilemappingtable\.js$/.test(absoluteFrom)) {
    throw new Error(`office-js telemetry proxy not found in ${absoluteFrom}: check disableOfficeTelemetry`);
  }
  return Buffer.from(patched, 'utf8');
}

/** Closed-network build only: the office.js files the page needs (loader, Excel host scripts, string tables). */
function officeJsCopyPatterns() {
  return ['office.js', 'o15apptofilemappingtable.js', 'es6-promise.js', 'excel*.js', '*/office_strings.js'].map(
    (glob) => ({
      from: glob,
      context: officeJsDist(),
      to: 'office-js/',
      globOptions: { ignore: ['**/*.debug.js', '**/ariatelemetry/**', '**/telemetry/**'] },
      transform: glob.endsWith('strings.js') ? undefined : disableOfficeTelemetry,
      noErrorOnMissing: true,
    }),
  );
}

/**
 * https options from office-addin-dev-certs, or null (plain http, with a warning) when no certificate is
 * installed or the package cannot make one here.
 */
async function loadHttpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(
      `\n*** office-addin-dev-certs: no development certificate (${error && error.message}).\n` +
        '*** Serving plain http on port 3000. Excel needs https: run `npx office-addin-dev-certs install` first.\n',
    );
    return null;
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const https = serving ? await loadHttpsOptions() : null;
  const officeJsLocal = wantsLocalOfficeJs(env);
  return {
    devtool: dev ? 'source-map' : false,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // The pipeline is host-neutral; if a Node-only module is reached by mistake, fail quietly here rather
      // than pulling polyfills into the pane.
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      // exceljs's browser build is a self-contained, minified UMD bundle: nothing in it for webpack to parse.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: dev } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // exceljs (the outside-Office preview only) in its own lazily loaded chunk, never in the first load.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: {
          officeJsSrc: officeJsLocal ? OFFICE_JS_LOCAL : OFFICE_JS_CDN,
          contentSecurityPolicy: contentSecurityPolicy(officeJsLocal),
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: '[name][ext]', noErrorOnMissing: true },
          { from: 'assets/sample-company.xlsx', to: 'sample-company.xlsx', noErrorOnMissing: true },
          ...(officeJsLocal ? officeJsCopyPatterns() : []),
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : { type: 'http' },
      static: { directory: path.resolve(__dirname, 'dist') },
    },
  };
};
