/**
 * Families of layouts with one row per employee-day: a header row with the vocabulary's synonyms (or none at all),
 * breaks in every form or none (the company break rule), punch pairs 出勤1/退勤1 …, worked hours only, and the
 * same rows split into one sheet or one file per person.
 */
import { CONTAINERS, isCsv, type Cell, type Container, type Sheet } from './containers';
import {
  BREAK_STYLES,
  breakColumn,
  breakPairColumns,
  dateColumn,
  dateStyles,
  dayTypeColumn,
  headerOf,
  idColumn,
  lateNightColumn,
  nameColumn,
  nextDayFlagColumn,
  pairColumns,
  timeStyles,
  workedColumn,
} from './columns';
import { identitiesOf, layoutOf, records, table, type Column, type Layout, type Rand } from './layout';
import { EMPLOYEES } from './month';
import { DURATION_STYLES, shuffled, type DurationStyle, type NightStyle } from './values';

/** Options a user gives for a file without a break column: the statutory minimum of 労基法34条. */
export const BREAK_RULE_ARGS = ['--param', 'breakRule=statutory'];

const SHEET_NAMES = ['勤怠', '出勤簿', 'Sheet1', '勤務実績', '勤怠データ'];
const FILE_STEMS = ['勤怠_2025年6月', 'attendance', '勤務実績_202506', 'timecard', '出勤簿'];
const TITLES: Cell[][][] = [[], [['勤怠データ（2025年6月）']], [['勤務実績一覧'], ['出力日', '2025/07/01']]];

/** The container, and the identity columns of a table. */
export function basics(rand: Rand, containers: readonly Container[] = CONTAINERS) {
  const container = rand.pick(containers);
  const identity = rand.pick(['id', 'name', 'id+name'] as const);
  return { container, identity, synonyms: rand.chance(0.5) };
}

export function identityColumns(identity: 'id' | 'name' | 'id+name', rand: Rand, synonyms: boolean): Column[] {
  const cols: Column[] = [];
  if (identity !== 'name') cols.push(idColumn(headerOf('id', rand, synonyms)));
  if (identity !== 'id') cols.push(nameColumn(headerOf('name', rand, synonyms)));
  return cols;
}

export function identityKinds(identity: 'id' | 'name' | 'id+name'): ('id' | 'name')[] {
  return identity === 'id' ? ['id'] : identity === 'name' ? ['name'] : ['id', 'name'];
}

/** One file holding one sheet of the table. */
function oneFile(
  container: Container,
  rand: Rand,
  rows: Cell[][],
): { name: string; container: Container; sheets: Sheet[] } {
  const stem = rand.pick(FILE_STEMS);
  const name = `${stem}.${isCsv(container) ? 'csv' : 'xlsx'}`;
  return { name, container, sheets: [{ name: isCsv(container) ? stem : rand.pick(SHEET_NAMES), rows }] };
}

/** Night ends: `7:00`, `31:00`, or `7:00` with a flag column. */
export function nightColumns(night: NightStyle, rand: Rand): Column[] {
  return night === 'flag' ? [nextDayFlagColumn(rand.pick(['翌日', '翌', '日跨ぎ']), rand.pick(['翌', '*', '○']))] : [];
}

/** A header row with synonyms, column order, units of break and worked hours, day types, title rows. */
export function dayRows(n: number, rand: Rand): Layout {
  const { container, identity, synonyms } = basics(rand);
  const dateStyle = rand.pick(dateStyles(container));
  const timeStyle = rand.pick(timeStyles(container));
  const night = rand.pick(['wrap', 'over24', 'flag'] as const);
  const breakStyle = rand.pick(BREAK_STYLES.filter((s) => !isCsv(container) || s !== 'fraction'));
  const worked = rand.pick<DurationStyle | 'none'>([
    'none',
    'none',
    ...DURATION_STYLES.filter((s) => !isCsv(container) || s !== 'fraction'),
  ]);
  const dayType = rand.chance(0.4);
  const titles = rand.pick(TITLES);
  const order = rand.chance(0.6) ? 'shuffled' : 'usual';
  const rowOrder = rand.pick(['employee', 'date'] as const);
  let cols: Column[] = [
    ...identityColumns(identity, rand, synonyms),
    dateColumn(headerOf('date', rand, synonyms), dateStyle),
    ...(dayType ? [dayTypeColumn(headerOf('dayType', rand, synonyms))] : []),
    ...pairColumns([headerOf('start', rand, synonyms), headerOf('end', rand, synonyms)], timeStyle, night),
    ...nightColumns(night, rand),
    breakColumn(headerOf('break', rand, synonyms), breakStyle),
    ...(worked === 'none' ? [] : [workedColumn(headerOf('worked', rand, synonyms), worked)]),
  ];
  if (order === 'shuffled') cols = shuffled(cols, rand);
  const rows = table(cols, records({ split: 'rows', leave: dayType, order: rowOrder }), { header: true, titles });
  const blocks = { container, identity, synonyms, date: dateStyle, time: timeStyle, night, break: breakStyle, worked };
  return layoutOf(
    'day-rows',
    n,
    { ...blocks, dayType, titles: titles.length, order, rowOrder },
    [oneFile(container, rand, rows)],
    {
      identities: identitiesOf(identityKinds(identity)),
    },
  );
}

/**
 * How a time recorder writes a leading 所属コード: none, `01` text, the number 1, each employee's own `01`–`04`, or
 * three digits that look like a card number themselves: `101` for everyone, `101` / `102` for two people each (as
 * numbers), or each employee's own `101`–`104`.
 */
type DepartmentCode =
  'none' | 'text' | 'number' | 'per-person' | 'three-digit' | 'three-digit-few' | 'three-digit-per-person';

const DEPARTMENT_CODES: DepartmentCode[] = [
  'none',
  'none',
  'text',
  'number',
  'per-person',
  'three-digit',
  'three-digit-few',
  'three-digit-per-person',
];

/** A 所属コード column: small numbers that look like days of the month, or three digits that look like an id. */
function departmentCodeColumns(code: DepartmentCode): Column[] {
  if (code === 'none') return [];
  const place = (id: string) => EMPLOYEES.findIndex((e) => e.id === id);
  const values: Record<Exclude<DepartmentCode, 'none'>, (id: string) => Cell> = {
    text: () => '01',
    number: () => 1,
    'per-person': (id) => String(place(id) + 1).padStart(2, '0'),
    'three-digit': () => '101',
    'three-digit-few': (id) => (place(id) < 2 ? 101 : 102),
    'three-digit-per-person': (id) => 101 + place(id),
  };
  return [{ role: 'departmentCode', header: '', value: (r) => values[code](r.emp.id) }];
}

/**
 * A time recorder's export without a header row: (a 所属コード,) card number, (name,) date, then two punch columns
 * (the break by the company rule) or four (出勤 / 外出 / 戻り / 退勤: the break is the gap), a next-day flag or not.
 */
export function noHeader(n: number, rand: Rand): Layout {
  const container = rand.pick([
    'csv-utf8',
    'csv-sjis',
    'csv-utf8',
    'csv-sjis',
    'xlsx-exceljs',
    'xlsx-openpyxl',
  ] as const);
  const withName = rand.chance(0.4);
  // A time recorder writes machine dates: 2025/06/02, 2025/6/2, 2025-06-02 (or a date cell once opened in Excel).
  const dateStyle = rand.pick(dateStyles(container).filter((s) => !['kanji', 'era-kanji', 'era'].includes(s)));
  const timeStyle = rand.pick(timeStyles(container).filter((s) => s !== 'kanji' && s !== 'fullwidth'));
  const night = rand.pick(['wrap', 'flag', 'over24'] as const);
  const punches = rand.pick([2, 4] as const);
  const code = rand.pick(DEPARTMENT_CODES);
  const cols: Column[] = [
    ...departmentCodeColumns(code),
    idColumn(''),
    ...(withName ? [nameColumn('')] : []),
    dateColumn('', dateStyle),
  ];
  if (punches === 2) cols.push(...pairColumns(['', ''], timeStyle, night));
  else
    cols.push(...pairColumns(['', ''], timeStyle, night, 0, true), ...pairColumns(['', ''], timeStyle, night, 1, true));
  cols.push(...nightColumns(night, rand).map((c) => ({ ...c, header: '' })));
  const recs = records({ split: punches === 2 ? 'rows' : 'pairs', order: rand.pick(['employee', 'date'] as const) });
  const rows = table(cols, recs, { header: false });
  return layoutOf(
    'no-header',
    n,
    { container, code, withName, date: dateStyle, time: timeStyle, night, punches },
    [oneFile(container, rand, rows)],
    {
      args: punches === 2 ? BREAK_RULE_ARGS : [],
      identities: identitiesOf(withName ? ['id', 'name'] : ['id']),
    },
  );
}

const PAIR_LABELS: [string, string][] = [
  ['出勤1', '退勤1'],
  ['出勤時刻1', '退勤時刻1'],
  ['始業1', '終業1'],
  ['出勤#1', '退勤#1'],
  ['出勤(1)', '退勤(1)'],
];

/** Punch pairs in one row (出勤1/退勤1/出勤2/退勤2, jinjer style): the break is the gap between the pairs. */
export function segments(n: number, rand: Rand): Layout {
  const { container, identity, synonyms } = basics(rand);
  const dateStyle = rand.pick(dateStyles(container));
  const timeStyle = rand.pick(timeStyles(container));
  const night = rand.pick(['wrap', 'over24'] as const);
  const labels = rand.pick(PAIR_LABELS);
  const second = labels.map((l) => l.replace('1', '2')) as [string, string];
  const dayType = rand.chance(0.3);
  const cols: Column[] = [
    ...identityColumns(identity, rand, synonyms),
    dateColumn(headerOf('date', rand, synonyms), dateStyle),
    ...(dayType ? [dayTypeColumn(headerOf('dayType', rand, synonyms))] : []),
    ...pairColumns(labels, timeStyle, night, 0, true),
    ...pairColumns(second, timeStyle, night, 1, true),
  ];
  const rows = table(cols, records({ split: 'pairs', leave: dayType }), { header: true });
  const blocks = { container, identity, date: dateStyle, time: timeStyle, night, labels: labels[0], dayType };
  return layoutOf('segments', n, blocks, [oneFile(container, rand, rows)], {
    identities: identitiesOf(identityKinds(identity)),
  });
}

const BREAK_PAIR_LABELS: [string, string][] = [
  ['休憩開始', '休憩終了'],
  ['休憩開始#1', '休憩終了#1'],
  ['休憩開始1', '休憩終了1'],
  ['休憩入', '休憩戻'],
  ['休憩開始時刻', '休憩終了時刻'],
];

/** Break start / end columns instead of a break length. */
export function breakPairs(n: number, rand: Rand): Layout {
  const { container, identity, synonyms } = basics(rand);
  const dateStyle = rand.pick(dateStyles(container));
  const timeStyle = rand.pick(timeStyles(container));
  const night = rand.pick(['wrap', 'over24', 'flag'] as const);
  const labels = rand.pick(BREAK_PAIR_LABELS);
  const cols: Column[] = [
    ...identityColumns(identity, rand, synonyms),
    dateColumn(headerOf('date', rand, synonyms), dateStyle),
    ...pairColumns([headerOf('start', rand, synonyms), headerOf('end', rand, synonyms)], timeStyle, night),
    ...nightColumns(night, rand),
    ...breakPairColumns(labels, timeStyle, night),
  ];
  const rows = table(cols, records({ split: 'rows' }), { header: true });
  const blocks = { container, identity, date: dateStyle, time: timeStyle, night, labels: labels[0] };
  return layoutOf('break-pairs', n, blocks, [oneFile(container, rand, rows)], {
    identities: identitiesOf(identityKinds(identity)),
  });
}

/** No break anywhere in the file: the user chose the company rule "the 労基法34条 minimum". */
export function breakRule(n: number, rand: Rand): Layout {
  const { container, identity, synonyms } = basics(rand);
  const dateStyle = rand.pick(dateStyles(container));
  const timeStyle = rand.pick(timeStyles(container));
  const night = rand.pick(['wrap', 'over24', 'flag'] as const);
  const dayType = rand.chance(0.3);
  const cols: Column[] = [
    ...identityColumns(identity, rand, synonyms),
    dateColumn(headerOf('date', rand, synonyms), dateStyle),
    ...(dayType ? [dayTypeColumn(headerOf('dayType', rand, synonyms))] : []),
    ...pairColumns([headerOf('start', rand, synonyms), headerOf('end', rand, synonyms)], timeStyle, night),
    ...nightColumns(night, rand),
  ];
  const rows = table(cols, records({ split: 'rows', leave: dayType }), { header: true });
  const blocks = { container, identity, date: dateStyle, time: timeStyle, night, dayType };
  return layoutOf('break-rule', n, blocks, [oneFile(container, rand, rows)], {
    args: BREAK_RULE_ARGS,
    identities: identitiesOf(identityKinds(identity)),
  });
}

/** Worked and late-night hours per day, no times: the unit of both columns in every style. */
export function durations(n: number, rand: Rand): Layout {
  const { container, identity, synonyms } = basics(rand);
  const dateStyle = rand.pick(dateStyles(container));
  const unit = rand.pick(DURATION_STYLES.filter((s) => !isCsv(container) || s !== 'fraction'));
  const dayType = rand.chance(0.4);
  const cols: Column[] = [
    ...identityColumns(identity, rand, synonyms),
    dateColumn(headerOf('date', rand, synonyms), dateStyle),
    ...(dayType ? [dayTypeColumn(headerOf('dayType', rand, synonyms))] : []),
    workedColumn(headerOf('worked', rand, synonyms), unit),
    lateNightColumn(headerOf('lateNight', rand, synonyms), unit),
  ];
  const rows = table(cols, records({ split: 'pairs', leave: dayType }), { header: true });
  return layoutOf(
    'durations',
    n,
    { container, identity, date: dateStyle, unit, dayType },
    [oneFile(container, rand, rows)],
    {
      identities: identitiesOf(identityKinds(identity)),
    },
  );
}

/** Sheet names of per-person sheets, and what they identify the person by. */
const PERSON_SHEET_NAMES: { kinds: ('id' | 'name')[]; name: (e: { id: string; name: string }) => string }[] = [
  { kinds: ['name'], name: (e) => e.name.replace(' ', '') },
  { kinds: ['name'], name: (e) => e.name },
  { kinds: ['id'], name: (e) => e.id },
  { kinds: ['id', 'name'], name: (e) => `${e.id}_${e.name.replace(' ', '')}` },
];

/** One sheet per person (xlsx): the person from the sheet name or a header block above the rows. */
export function personSheets(n: number, rand: Rand): Layout {
  const container = rand.pick(CONTAINERS.filter((c) => !isCsv(c)));
  const dateStyle = rand.pick(dateStyles(container));
  const timeStyle = rand.pick(timeStyles(container));
  const night = rand.pick(['wrap', 'over24'] as const);
  const breakStyle = rand.pick(['minutes', 'hmm', 'minutes-text'] as const);
  const person = rand.pick(['sheet-name', 'block-cells', 'block-one-cell'] as const);
  const sheetName = rand.pick(PERSON_SHEET_NAMES);
  const cols: Column[] = [
    dateColumn('日付', dateStyle),
    ...pairColumns(['出勤', '退勤'], timeStyle, night),
    breakColumn('休憩', breakStyle),
  ];
  const all = records({ split: 'rows' });
  const sheets: Sheet[] = EMPLOYEES.map((e, i) => {
    const block: Cell[][] =
      person === 'block-cells'
        ? [['社員番号', e.id, null, '氏名', e.name], []]
        : person === 'block-one-cell'
          ? [[`氏名：${e.name}`], [`社員番号：${e.id}`], []]
          : [];
    const name = person === 'sheet-name' ? sheetName.name(e) : `Sheet${i + 1}`;
    return {
      name,
      rows: table(
        cols,
        all.filter((r) => r.emp.id === e.id),
        { header: true, titles: block },
      ),
    };
  });
  const kinds: ('id' | 'name')[] = person === 'sheet-name' ? sheetName.kinds : ['id', 'name'];
  return layoutOf(
    'person-sheets',
    n,
    { container, date: dateStyle, time: timeStyle, night, break: breakStyle, person },
    [{ name: rand.pick(['勤怠_個人別.xlsx', '出勤簿_2025年6月.xlsx', 'timecards.xlsx']), container, sheets }],
    { identities: identitiesOf(kinds) },
  );
}

const PERSON_FILE_NAMES = [
  (e: { id: string; name: string }) => `2025_06_01-2025_06_30-${e.name.replace(' ', '')}`,
  (e: { id: string; name: string }) => `${e.name.replace(' ', '')}_202506`,
  (e: { id: string; name: string }) => `timecard_${e.id}_2025-06`,
];

/** One file per person: the person only in the file name (`2025_06_01-2025_06_30-佐藤花子.csv`). */
export function personFiles(n: number, rand: Rand): Layout {
  const container = rand.pick(['csv-utf8', 'csv-sjis', 'csv-utf8-bom', 'xlsx-exceljs'] as const);
  const dateStyle = rand.pick(dateStyles(container));
  const timeStyle = rand.pick(timeStyles(container));
  const night = rand.pick(['wrap', 'over24'] as const);
  const breakStyle = rand.pick(['minutes', 'hmm', 'minutes-bare'] as const);
  const fileName = rand.pick(PERSON_FILE_NAMES);
  const cols: Column[] = [
    dateColumn(rand.pick(['日付', '勤務日']), dateStyle),
    ...pairColumns(['出勤', '退勤'], timeStyle, night),
    breakColumn('休憩', breakStyle),
  ];
  const all = records({ split: 'rows' });
  const files = EMPLOYEES.map((e) => {
    const stem = fileName(e);
    const rows = table(
      cols,
      all.filter((r) => r.emp.id === e.id),
      { header: true },
    );
    return {
      name: `${stem}.${isCsv(container) ? 'csv' : 'xlsx'}`,
      container,
      sheets: [{ name: isCsv(container) ? stem : '勤怠', rows }],
    };
  });
  const byId = fileName({ id: 'x', name: 'a b' }).includes('x');
  return layoutOf(
    'person-files',
    n,
    { container, date: dateStyle, time: timeStyle, night, break: breakStyle, file: byId ? 'id' : 'name' },
    files,
    {
      identities: identitiesOf(byId ? ['id'] : ['name']),
    },
  );
}
