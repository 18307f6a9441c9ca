#!/usr/bin/env node
// Entry point of the `wlb-check` command; the TypeScript is compiled to dist-node/ by `npm run prepare`
// (run automatically by `npm ci` / `npm install`).
'use strict';
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'dist-node', 'src', 'cli', 'wlb-check.js');
if (!fs.existsSync(entry)) {
  console.error('wlb-check: not built yet. Run `npm install` (or `npm run prepare`) in ' + path.join(__dirname, '..'));
  process.exit(1);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
