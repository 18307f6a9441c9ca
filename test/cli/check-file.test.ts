import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeWhole } from '../../src/cli/check-file';

describe('writeWhole', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'write-whole-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a plain file is replaced whole, with no temporary file left', async () => {
    const target = path.join(dir, 'report.json');
    fs.writeFileSync(target, 'old');
    await writeWhole(target, (tmp) => fs.writeFileSync(tmp, 'new'));
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['report.json']);
  });

  // `wlb-check --json /dev/null` once renamed a plain file over /dev/null; a named pipe stands in for the device here.
  test('a named pipe is written into and stays a pipe', async () => {
    const fifo = path.join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const received = new Promise<string>((resolve, reject) => {
      let text = '';
      fs.createReadStream(fifo, 'utf8')
        .on('data', (chunk) => (text += chunk))
        .on('end', () => resolve(text))
        .on('error', reject);
    });
    await writeWhole(fifo, (target) => fs.promises.writeFile(target, '{"ok":true}'));
    expect(await received).toBe('{"ok":true}');
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });
});
