/**
 * The compiled CLI (dist-node/) for the tests that run it as a user would. tsc may exit non-zero over a type error
 * elsewhere and still emit JavaScript, so its exit code is not the test: the entry point must exist afterwards.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

/** Compiles tsconfig.node.json and fails the calling hook when `dist-node/src/cli/<entry>` was not produced. */
export function buildNodeCli(entry = 'wlb-check.js'): void {
  try {
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.node.json'],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
  } catch {
    /* reported by the existence check below */
  }
  expect(fs.existsSync(path.join(ROOT, 'dist-node', 'src', 'cli', entry))).toBe(true);
}
