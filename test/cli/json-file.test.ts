/**
 * The JSON report written piece by piece (src/cli/json-file.ts) must be byte for byte what
 * `JSON.stringify(value, null, 2) + '\n'` gives, whatever the value holds.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeJsonFile } from '../../src/cli/json-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-json-'));

const written = (value: unknown): string => {
  const file = path.join(dir, 'report.json');
  writeJsonFile(file, value);
  return fs.readFileSync(file, 'utf8');
};

test('the same text as JSON.stringify(value, null, 2), for every kind of property and list element', () => {
  const values: unknown[] = [
    {
      asOf: '2026-03-31',
      empty: [],
      none: {},
      skipped: undefined,
      fn: () => 1,
      nested: { a: [1, { b: 'x\ny "quoted"' }], c: null },
      list: [{ id: 'E017', month: '2025-12', overtime: 86.5 }, undefined, () => 0, [[]], 'テキスト', new Date(0)],
      dated: new Date(Date.UTC(2026, 3, 1)),
      '1': 'an index-like key comes first',
    },
    {},
    { only: undefined },
    [1, { a: [] }],
    'text',
    null,
    { toJSON: () => ({ replaced: [1, 2] }) },
    { list: Object.assign([1, 2], { extra: 'ignored' }) },
  ];
  for (const value of values) expect(written(value)).toBe(JSON.stringify(value, null, 2) + '\n');
});

test('a long list is written in several batches and still reads back whole', () => {
  // 60,000 employee-months (5,000 employees × 12) of about 150 characters: ≈ 9 million characters, many batches.
  const monthlyHours = Array.from({ length: 60_000 }, (_, i) => ({
    employeeId: `E${String(i % 5000).padStart(5, '0')}`,
    month: `2025-${String((i % 12) + 1).padStart(2, '0')}`,
    overtime: (i % 97) / 4,
    system: 'general',
  }));
  const report = { criteria: [{ id: 'hours.avg', status: 'pass' }], monthlyHours };
  const text = written(report);
  expect(text).toBe(JSON.stringify(report, null, 2) + '\n');
  expect(JSON.parse(text).monthlyHours).toHaveLength(60_000);
});

test('lists written a slice at a time: the same text at every length around a slice’s end', () => {
  // 128 elements go into one JSON.stringify call; lengths on each side of one and two slices, nested elements too.
  for (const length of [1, 2, 127, 128, 129, 255, 256, 257]) {
    const list = Array.from({ length }, (_, i) =>
      i % 3 === 0 ? { i, nested: { list: [i, [i]] } } : i % 3 === 1 ? [i] : null,
    );
    const value = { before: 1, list, after: { list } };
    expect(written(value)).toBe(JSON.stringify(value, null, 2) + '\n');
  }
});
