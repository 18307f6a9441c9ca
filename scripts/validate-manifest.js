#!/usr/bin/env node
/**
 * Validates manifest.xml against the Office add-in XML manifest schema, offline (`npm run validate`).
 * `office-addin-manifest validate` posts the file to an online service, which CI cannot reach; the schemas are
 * committed under schemas/office-addin-manifest/ (a fresh clone has no ../shared) and checked with libxml2
 * compiled to WebAssembly (xmllint-wasm), so no system package is needed either.
 *
 * Usage: node scripts/validate-manifest.js [manifest.xml]   → exit 0 when valid, 1 with the errors otherwise.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { validateXML } = require('xmllint-wasm');

const SCHEMA_DIR = path.join(__dirname, '..', 'schemas', 'office-addin-manifest');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** Reads the main schema and every schema it imports (all other .xsd files of the folder). */
function loadSchemas(dir = SCHEMA_DIR) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xsd'))
    .sort();
  const read = (fileName) => ({ fileName, contents: fs.readFileSync(path.join(dir, fileName), 'utf8') });
  return { schema: read(MAIN_SCHEMA), preload: files.filter((f) => f !== MAIN_SCHEMA).map(read) };
}

/**
 * Validates manifest XML text; never throws for an invalid manifest (the errors say why).
 *
 * @example await validateManifest(fs.readFileSync('manifest.xml', 'utf8')) // { valid: true, errors: [] }
 */
async function validateManifest(xmlText, fileName = 'manifest.xml') {
  const { schema, preload } = loadSchemas();
  const result = await validateXML({ xml: [{ fileName, contents: xmlText }], schema: [schema], preload });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage || e.message) };
}

async function main() {
  const file = path.resolve(process.argv[2] || path.join(__dirname, '..', 'manifest.xml'));
  const { valid, errors } = await validateManifest(fs.readFileSync(file, 'utf8'), path.basename(file));
  if (!valid) {
    console.error(`${path.relative(process.cwd(), file)} does not match ${MAIN_SCHEMA}:\n${errors.join('\n')}`);
    process.exit(1);
  }
  console.log(`${path.relative(process.cwd(), file)}: valid (${MAIN_SCHEMA})`);
}

module.exports = { validateManifest, SCHEMA_DIR };

if (require.main === module) {
  main().catch((err) => {
    console.error(err && err.message ? err.message : err);
    process.exit(1);
  });
}
