/**
 * The worker pool with real forked processes, driven by small worker scripts written here: a worker that ends
 * in the middle of a file costs only that file's row, and a worker that ends a file above the memory one job
 * may use (500 MiB) is replaced before the next file.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runJobs } from '../../src/cli/batch-pool';
import type { BatchJob } from '../../src/cli/batch-job';
import { defaultParams } from '../../src/rules/params';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-pool-'));

/** A worker script: answers each job with its pid in `reason`; `behaviour` decides per file name. */
function workerScript(behaviour: string): string {
  const file = path.join(dir, `worker-${Math.random().toString(36).slice(2)}.js`);
  fs.writeFileSync(
    file,
    `process.on('message', (m) => {
  const job = m.job;
  ${behaviour}
  process.send({ type: 'done', index: job.index, row: { name: job.name, state: 'ok', reason: String(process.pid) }, rss: 1 });
});
process.on('disconnect', () => process.exit(0));
`,
  );
  return file;
}

const job = (index: number, name: string): BatchJob => ({
  index,
  file: name,
  name,
  reportXlsx: '',
  reportJson: '',
  reportLink: '',
  profile: 'all',
  params: defaultParams('2026-03-31'),
  ingest: {},
  generatedAt: '2026-04-01T00:00:00.000Z',
});

test('a worker ending in the middle of a file: that file is a row with the reason, the rest are checked by a new worker', async () => {
  const script = workerScript(
    `if (job.name === 'crash.xlsx') { process.stderr.write('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'); process.exit(134); }`,
  );
  const rows = await runJobs([job(0, 'a.xlsx'), job(1, 'crash.xlsx'), job(2, 'b.xlsx')], 1, {}, script);
  expect(rows.map((r) => [r.name, r.state])).toEqual([
    ['a.xlsx', 'ok'],
    ['crash.xlsx', 'unreadable'],
    ['b.xlsx', 'ok'],
  ]);
  expect(rows[1].reason).toMatch(/メモリが足りず、処理が止まりました（終了コード 134）/);
  // One lane: a.xlsx and b.xlsx were answered by different processes, the second started after the crash.
  expect(rows[0].reason).not.toBe(rows[2].reason);
});

test('a worker ending a file above 500 MiB is replaced; below it, the same worker takes the next file', async () => {
  const script = workerScript(
    `if (job.name === 'big.xlsx') { process.send({ type: 'done', index: job.index, row: { name: job.name, state: 'ok', reason: String(process.pid) }, rss: 600 * 1024 * 1024 }); return; }`,
  );
  const rows = await runJobs([job(0, 'a.xlsx'), job(1, 'b.xlsx'), job(2, 'big.xlsx'), job(3, 'c.xlsx')], 1, {}, script);
  expect(rows.map((r) => r.state)).toEqual(['ok', 'ok', 'ok', 'ok']);
  const pids = rows.map((r) => r.reason);
  expect(pids[1]).toBe(pids[0]);
  expect(pids[2]).toBe(pids[0]);
  expect(pids[3]).not.toBe(pids[2]);
});

test("width 3: three workers at once, rows kept in the jobs' order whatever order they finish in", async () => {
  // a.xlsx waits until the pool has recorded e.xlsx as done (a flag file the parent writes then): it can only finish
  // after e.xlsx, and only if the other lanes go on meanwhile (one lane would wait forever). The flag is the
  // parent's, not e's worker's: two workers' messages may reach the parent in either order.
  const flag = path.join(dir, 'flag');
  const script = workerScript(`
  if (job.name === 'a.xlsx') {
    const timer = setInterval(() => {
      if (!require('fs').existsSync(${JSON.stringify(flag)})) return;
      clearInterval(timer);
      process.send({ type: 'done', index: job.index, row: { name: job.name, state: 'ok', reason: String(process.pid) }, rss: 1 });
    }, 10);
    return;
  }`);
  const names = ['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx', 'e.xlsx'];
  const done: string[] = [];
  const rows = await runJobs(
    names.map((n, i) => job(i, n)),
    3,
    {
      onDone: (j) => {
        done.push(j.name);
        if (j.name === 'e.xlsx') fs.writeFileSync(flag, '');
      },
    },
    script,
  );
  expect(rows.map((r) => r.name)).toEqual(names);
  expect(new Set(rows.map((r) => r.reason)).size).toBe(3);
  expect(done.indexOf('a.xlsx')).toBeGreaterThan(done.indexOf('e.xlsx'));
});
