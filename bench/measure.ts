/**
 * Parent-side measuring: fork a task script, time it wall-clock from fork to exit, collect what it reports.
 * Also the bundle figure (gzip size of the scripts the task pane's HTML names).
 */
import { fork, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { measureFirstLoad } from '../scripts/check-first-load';

/** What a forked task reported, plus the wall time the parent saw. */
export interface ChildOutcome {
  wallMs: number;
  message: Record<string, unknown> & { ok: boolean; error?: string; maxRssBytes?: number };
}

/**
 * Forks `node script task argsJson`, waits for its IPC report and its exit.
 * Example: `await runChild('dist-node/bench/child.js', 'read-floor', { file })` → `{ wallMs: 812, message: { ok: true, rows: … } }`.
 */
export function runChild(
  script: string,
  task: string,
  args: unknown,
  options: { timeoutMs?: number; execArgv?: string[] } = {},
): Promise<ChildOutcome> {
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = fork(script, [task, JSON.stringify(args)], {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      execArgv: options.execArgv ?? [],
    });
    let message: ChildOutcome['message'] | null = null;
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('message', (m) => {
      message = m as ChildOutcome['message'];
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const failure = `exited with ${signal ?? code} without a report${output ? `:\n${output}` : ''}`;
      resolve({ wallMs, message: message ?? { ok: false, error: failure } });
    });
  });
}

/** Newest modification time (ms) of the files under `dir`, skipping node_modules. */
function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry !== 'node_modules') newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** true when dist/taskpane.html is missing or older than the sources and config it is built from. */
export function isBundleStale(root: string): boolean {
  const html = path.join(root, 'dist', 'taskpane.html');
  if (!fs.existsSync(html)) return true;
  const built = fs.statSync(html).mtimeMs;
  const inputs = ['src', 'assets', 'webpack.config.js', 'package.json'].map((p) => newestMtime(path.join(root, p)));
  return Math.max(...inputs) > built;
}

export interface BundleFigure {
  buildMs: number | null;
  initialGzipBytes: number;
  initialFiles: { file: string; bytes: number; gzipBytes: number }[];
  /** Webpack chunks in dist/ (top level) not named by taskpane.html: loaded later, gzip bytes. */
  deferredGzipBytes: number;
}

/**
 * Builds the task pane when asked (or when dist/ is stale), then sums the gzip size of the scripts
 * taskpane.html names — what the pane downloads before its first paint.
 */
export function measureBundle(root: string, options: { build: boolean }): BundleFigure {
  let buildMs: number | null = null;
  if (options.build) {
    const started = performance.now();
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    buildMs = performance.now() - started;
    if (build.status !== 0) throw new Error(`npm run build failed:\n${(build.stdout + build.stderr).slice(-2000)}`);
  }
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(path.join(dist, 'taskpane.html')))
    throw new Error('dist/taskpane.html is missing (run `npm run build`)');
  // The build check's own measure (office.js from the CDN counted as the npm package's loader).
  const measured = measureFirstLoad(dist);
  return {
    buildMs,
    initialGzipBytes: measured.totalGzip,
    initialFiles: measured.scripts.map((s) => ({ file: s.src, bytes: s.bytes, gzipBytes: s.gzip })),
    deferredGzipBytes: measured.onDemand.reduce((sum, chunk) => sum + chunk.gzip, 0),
  };
}
