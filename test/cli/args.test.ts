import { isIsoDate, localIsoDate, parseArgs } from '../../src/cli/args';

const profiles = ['all', 'law36', 'kurumin-2025'];
const parse = (argv: string[]) =>
  parseArgs(
    argv,
    '2026-04-01',
    (id) => profiles.includes(id),
    (id) => id === 'childcare.male-rate',
  );

test('defaults: as-of = today, profile all, table on, default params', () => {
  const r = parse(['in.xlsx']);
  expect(r).toMatchObject({
    ok: true,
    request: { input: 'in.xlsx', asOf: '2026-04-01', profile: 'all', table: false },
  });
  if (!r.ok) throw new Error();
  expect(r.request.params.agreementStartMonth).toBe(4);
  expect(r.request.params.asOf).toBe('2026-04-01');
});

test('every flag of report.md, in both --flag value and --flag=value forms, and several --param values', () => {
  const r = parse([
    'in.xlsx',
    '--out',
    'o.xlsx',
    '--json=-',
    '--as-of',
    '2026-03-31',
    '--profile',
    'law36',
    '--mapping',
    'm.json',
    '--param',
    'agreementStartMonth=10',
    'threshold.childcare.male-rate=0.5',
    'weekStartsOn=1',
    '--param',
    'planStart=2023-04-01',
    '--param',
    'position.グループ長=課長',
    '--table',
  ]);
  if (!r.ok) throw new Error(JSON.stringify(r));
  expect(r.request).toMatchObject({
    out: 'o.xlsx',
    json: '-',
    asOf: '2026-03-31',
    profile: 'law36',
    mappingFile: 'm.json',
    table: true,
  });
  expect(r.request.params).toMatchObject({
    asOf: '2026-03-31',
    agreementStartMonth: 10,
    planStart: '2023-04-01',
    thresholds: { 'childcare.male-rate': 0.5 },
  });
  expect(r.request.params.positionLevels['グループ長']).toBe('課長');
  expect(r.request.ingest).toEqual({ weekStartsOn: 1 });
});

test.each([
  [['in.xlsx', '--as-of', '2026-02-30'], /--as-of/],
  [['in.xlsx', '--as-of'], /値がありません/],
  [['in.xlsx', '--profile', 'nope'], /不明なプロファイル/],
  [['in.xlsx', '--param', 'agreementStartMonth=13'], /1〜12/],
  [['in.xlsx', '--param', 'threshold.no.such=1'], /不明な基準ID/],
  [['in.xlsx', '--param', 'minRestHours=abc'], /0 以上の数値/],
  [['in.xlsx', '--param', 'colour=red'], /不明なキー/],
  [['in.xlsx', '--param', 'weekStartsOn=7'], /0〜6/],
  [['in.xlsx', '--frobnicate'], /不明なオプション/],
  [['a.xlsx', 'b.xlsx'], /--out-dir/],
  [['a.xlsx', '--jobs', '2'], /--jobs は --out-dir と使います/],
  [['a.xlsx', '--out-dir', 'o', '--jobs', '0'], /1 以上の整数/],
  [['a.xlsx', '--out-dir', 'o', '--jobs', '1.5'], /1 以上の整数/],
  [['a.xlsx', 'b', '--out-dir', 'o', '--out', 'x.xlsx'], /同時に使えません/],
  [['a', '--out-dir', 'o', '--json', '-'], /同時に使えません/],
  [['--out', 'o.xlsx'], /入力ファイルを指定/],
])('rejects %j with a one-line Japanese message', (argv, message) => {
  const r = parse(argv);
  expect(r.ok).toBe(false);
  if (r.ok || r.usage) throw new Error('expected a message');
  expect(r.message).toMatch(message);
  expect(r.message).not.toContain('\n');
});

test('no arguments asks for usage', () => {
  expect(parse([])).toEqual({ ok: false, usage: true });
});

test('calendar dates and the local date', () => {
  expect(isIsoDate('2024-02-29')).toBe(true);
  expect(isIsoDate('2025-02-29')).toBe(false);
  expect(isIsoDate('2025/02/01')).toBe(false);
  expect(localIsoDate(new Date(2026, 2, 31, 23, 59))).toBe('2026-03-31');
});

test('several inputs with --out-dir and --jobs make a batch request; one file with --out-dir is a batch of one', () => {
  const r = parse(['clients', 'extra.csv', '--out-dir', 'out', '--jobs', '3', '--profile', 'law36']);
  if (!r.ok) throw new Error(JSON.stringify(r));
  expect(r.request).toMatchObject({
    input: 'clients',
    inputs: ['clients', 'extra.csv'],
    outDir: 'out',
    jobs: 3,
    profile: 'law36',
  });
  const one = parse(['a.xlsx', '--out-dir=out']);
  expect(one).toMatchObject({ ok: true, request: { inputs: ['a.xlsx'], outDir: 'out', jobs: undefined } });
});
