/** `wlb-check --lang`: ja (default) or en; anything else is a bad argument (exit 2) with a bilingual message. */
import { parseArgs } from '../../src/cli/args';

const parse = (...argv: string[]) => parseArgs(argv, '2026-04-01', () => true);

test('Japanese by default, English with --lang en or --lang=en', () => {
  const ja = parse('in.xlsx');
  const en = parse('in.xlsx', '--lang', 'en');
  const inline = parse('in.xlsx', '--lang=en');
  expect(ja.ok && ja.request.lang).toBe('ja');
  expect(en.ok && en.request.lang).toBe('en');
  expect(inline.ok && inline.request.lang).toBe('en');
});

test('--lang fr and a missing value are refused', () => {
  const fr = parse('in.xlsx', '--lang', 'fr');
  expect(fr).toEqual({ ok: false, usage: false, message: '--lang は ja か en です: fr / --lang must be ja or en' });
  const missing = parse('in.xlsx', '--lang');
  expect(missing.ok).toBe(false);
});
