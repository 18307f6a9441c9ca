/**
 * Task-pane build, shaped like the official React template (`yo office`): one entry per page, one
 * HtmlWebpackPlugin per page, ts-loader (transpile only: `npm run lint` type-checks), an https dev server on
 * port 3000.
 *
 * Privacy: the page loads only its own origin's files. office.js is therefore copied from
 * node_modules/@microsoft/office-js (not the CDN) into dist/office-js/, with the host scripts and string
 * tables it loads at run time, but without its telemetry folders.
 */
'use strict';
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const officeJsDist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/**
 * office.js's logger frames telemetryservice.firstpartyapps.oaspapps.com three seconds after it loads (outside
 * Office it loads o15apptofilemappingtable.js, which does so). The page's CSP would block it, but noisily; this
 * makes the logger's proxy frame a no-op instead, in every copied file that has it. The mapping table must have
 * it: if an office-js upgrade renames the function the build fails rather than silently phoning home.
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

/** office.js files the page needs: the loader, Excel host scripts, and each locale's string table. */
const officeJsPatterns = [
  'office.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'excel*.js',
  '*/office_strings.js',
].map((glob) => ({
  from: glob,
  context: officeJsDist,
  to: 'office-js/',
  globOptions: { ignore: ['**/*.debug.js', '**/ariatelemetry/**', '**/telemetry/**'] },
  transform: glob.endsWith('strings.js') ? undefined : disableOfficeTelemetry,
  noErrorOnMissing: true,
}));

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
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: '[name][ext]', noErrorOnMissing: true },
          { from: 'assets/sample-company.xlsx', to: 'sample-company.xlsx', noErrorOnMissing: true },
          ...officeJsPatterns,
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
