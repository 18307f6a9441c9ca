/**
 * The generated layouts: for each family, a fixed number of distinct combinations of its blocks, drawn from a
 * seeded generator (the same layouts on every run; a combination already drawn is drawn again).
 */
import {
  breakPairs,
  breakRule,
  dayRows,
  durations,
  noHeader,
  personFiles,
  personSheets,
  segments,
} from './families-days';
import { english, form, monthly, punchLog } from './families-other';
import { dayOfMonth } from './families-context';
import type { Layout, Rand } from './layout';
import { seeded } from './values';

const FAMILIES: { family: string; make: (n: number, rand: Rand) => Layout; count: number }[] = [
  { family: 'day-rows', make: dayRows, count: 73 },
  { family: 'day-of-month', make: dayOfMonth, count: 30 },
  { family: 'no-header', make: noHeader, count: 40 },
  { family: 'segments', make: segments, count: 20 },
  { family: 'break-pairs', make: breakPairs, count: 20 },
  { family: 'break-rule', make: breakRule, count: 20 },
  { family: 'durations', make: durations, count: 20 },
  { family: 'person-sheets', make: personSheets, count: 20 },
  { family: 'person-files', make: personFiles, count: 15 },
  { family: 'punch-log', make: punchLog, count: 30 },
  { family: 'english', make: english, count: 12 },
  { family: 'form', make: form, count: 40 },
  { family: 'monthly', make: monthly, count: 30 },
];

/** Every layout of every family, in a fixed order. */
export function generateLayouts(): Layout[] {
  const out: Layout[] = [];
  for (const { family, make, count } of FAMILIES) {
    const seen = new Set<string>();
    // Seeded by the family's name, so adding a family leaves the others' layouts as they were.
    let seed = [...family].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7) % 1_000_000;
    for (let n = 1; n <= count; n++) {
      let layout = make(n, seeded(seed++));
      for (let tries = 0; seen.has(layout.blocks.join()) && tries < 50; tries++) layout = make(n, seeded(seed++));
      seen.add(layout.blocks.join());
      out.push(layout);
    }
  }
  return out;
}
