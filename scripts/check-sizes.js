#!/usr/bin/env node
/**
 * Keeps modules small enough to read in one sitting: every file under src/ at most 400 lines and every function
 * at most 60 lines (counted from its first to its last line, as Prettier formats it). Run by `npm run lint`.
 * Parses with the TypeScript compiler so arrow functions and methods count too.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 60;
const src = path.join(__dirname, '..', 'src');

function sourceFiles(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** The name a function is known by: its own, or the variable or property it is assigned to. */
function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent))) return parent.name.getText();
  return '(anonymous)';
}

const problems = [];
for (const file of sourceFiles(src)) {
  const text = fs.readFileSync(file, 'utf8');
  const rel = path.relative(path.join(src, '..'), file);
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_FILE_LINES) problems.push(`${rel}: ${lines} lines (at most ${MAX_FILE_LINES}; split it by meaning)`);
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = sourceFile.getLineAndCharacterOfPosition(node.getEnd()).line;
      const length = last - first + 1;
      if (length > MAX_FUNCTION_LINES) {
        problems.push(
          `${rel}:${first + 1} ${nameOf(node)}: ${length} lines (at most ${MAX_FUNCTION_LINES}; name its steps)`,
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
}
if (problems.length) {
  console.error('Too big to read in one sitting:\n' + problems.join('\n'));
  process.exit(1);
}
console.log(`sizes: ok (files ≤ ${MAX_FILE_LINES} lines, functions ≤ ${MAX_FUNCTION_LINES} lines)`);
