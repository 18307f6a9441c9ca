/**
 * Families of layouts that are not one row per employee-day: punch logs (one row per punch), English timesheets
 * (Toggl / Clockify entries), 出勤簿 forms (a header block above day-of-month rows, one sheet or file per person)
 * and monthly totals without a date column.
 */
import { CONTAINERS, dateSerial, isCsv, type Cell, type Sheet } from './containers';
import { clockOf, dateStyles, timeStyles } from './columns';
import {
  identitiesOf,
  layoutOf,
  records,
  stretches,
  type DayRecord,
  type Layout,
  type LayoutFile,
  type Rand,
} from './layout';
import { DAYS, EMPLOYEES, EXPECTED, EXPECTED_MONTHLY, WEEKDAYS, minutesOf, nextDate, weekdayOf } from './month';
import { BREAK_RULE_ARGS } from './families-days';
import {
  DOM_STYLES,
  dateValue,
  dayOfMonthValue,
  durationUnitLabel,
  durationValue,
  timeValue,
  type DurationStyle,
  type TimeStyle,
} from './values';

interface Punch {
  rec: DayRecord;
  date: string;
  time: string;
  kind: 0 | 1 | 2 | 3;
}

/** The record's punches with the calendar date each was made on (after midnight: the next day). */
function punchesOf(r: DayRecord, breaks: 'kinds' | 'stretches' | 'none'): Punch[] {
  const at = (time: string, kind: Punch['kind']): Punch => ({
    rec: r,
    time,
    kind,
    date: minutesOf(time) < minutesOf(r.segments[0].start) ? nextDate(r.date) : r.date,
  });
  if (breaks === 'kinds' && r.breakAt) {
    const s = r.segments[0];
    return [at(s.start, 0), at(r.breakAt.start, 2), at(r.breakAt.end, 3), at(s.end, 1)];
  }
  const list = breaks === 'none' ? r.segments : stretches(r);
  return list.flatMap((s) => [at(s.start, 0), at(s.end, 1)]);
}

const PUNCH_KINDS: [string, string, string, string][] = [
  ['出勤', '退勤', '休憩開始', '休憩終了'],
  ['出社', '退社', '休憩入', '休憩戻'],
  ['Clock in', 'Clock out', 'Break start', 'Break end'],
];

/** One row per punch: id or name, date and time (or one timestamp), and a kind — or no kind, paired in order. */
export function punchLog(n: number, rand: Rand): Layout {
  const container = rand.pick(CONTAINERS);
  const pairing = rand.pick(['kind', 'kind', 'order-breaks', 'order-inout'] as const);
  const stamp = rand.pick(['date+time', 'timestamp'] as const);
  const identity = rand.pick(['id', 'name'] as const);
  // A timestamp is machine-written (2025/06/02 09:00, 2025-06-02 09:00, 2025年6月2日 09:00).
  const stampDates = ['slash', 'slash-short', 'iso', 'kanji'];
  const dateStyle = rand.pick(
    dateStyles(container).filter((s) => (stamp === 'timestamp' ? stampDates.includes(s) : true)),
  );
  const timeStyle = rand.pick(['hmm', 'hhmm', 'hhmmss'] as const);
  const words = rand.pick(PUNCH_KINDS);
  const order = rand.pick(['employee', 'time'] as const);
  const recs = records({ split: 'pairs' });
  const punches = recs.flatMap((r) =>
    punchesOf(r, pairing === 'kind' ? 'kinds' : pairing === 'order-breaks' ? 'stretches' : 'none'),
  );
  if (order === 'time') {
    punches.sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        minutesOf(a.time) - minutesOf(b.time) ||
        a.rec.emp.id.localeCompare(b.rec.emp.id),
    );
  }
  const header: Cell[] = [identity === 'id' ? '社員番号' : '氏名'];
  header.push(...(stamp === 'timestamp' ? ['打刻日時'] : ['日付', '時刻']));
  if (pairing === 'kind') header.push('打刻区分');
  const rows: Cell[][] = [header];
  for (const p of punches) {
    const row: Cell[] = [identity === 'id' ? p.rec.emp.id : p.rec.emp.name];
    const time = timeValue(p.time, timeStyle) as string;
    if (stamp === 'timestamp')
      row.push(`${dateValue(p.date, dateStyle === 'serial' ? 'slash' : dateStyle) as string} ${time}`);
    else row.push(dateValue(p.date, dateStyle), time);
    if (pairing === 'kind') row.push(words[p.kind]);
    rows.push(row);
  }
  const stem = rand.pick(['打刻データ_202506', 'punches', '打刻履歴']);
  const file: LayoutFile = {
    name: `${stem}.${isCsv(container) ? 'csv' : 'xlsx'}`,
    container,
    sheets: [{ name: isCsv(container) ? stem : '打刻', rows }],
  };
  return layoutOf(
    'punch-log',
    n,
    { container, pairing, stamp, identity, date: dateStyle, time: timeStyle, kinds: words[0], order },
    [file],
    {
      args: pairing === 'order-inout' ? BREAK_RULE_ARGS : [],
      identities: identitiesOf([identity]),
    },
  );
}

const EMAIL: Record<string, string> = {
  '1001': 'yamada@example.co.jp',
  '1002': 'sato@example.co.jp',
  '1003': 'suzuki@example.co.jp',
  '1004': 'takahashi@example.co.jp',
};

/** `09:00:00 AM` (Clockify's 12-hour clock). */
function twelveHour(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  const hh = h % 12 === 0 ? 12 : h % 12;
  return `${String(hh).padStart(2, '0')}:${String(m).padStart(2, '0')}:00 ${h < 12 ? 'AM' : 'PM'}`;
}

/** Toggl / Clockify detailed reports: one entry per stretch of work (the break is the gap between entries). */
export function english(n: number, rand: Rand): Layout {
  const container = rand.pick(['csv-utf8', 'csv-utf8-bom', 'xlsx-exceljs'] as const);
  // Clockify writes dates as the account's locale: 06/02/2025 (US, month first) or 02/06/2025 (day first).
  const tool = rand.pick(['toggl', 'clockify-24h', 'clockify-12h', 'clockify-day-first'] as const);
  const entries = records({ split: 'pairs' }).flatMap((r) =>
    stretches(r).map((s) => {
      const startDate = minutesOf(s.start) < minutesOf(r.segments[0].start) ? nextDate(r.date) : r.date;
      const endDate = minutesOf(s.end) <= minutesOf(s.start) ? nextDate(startDate) : startDate;
      const minutes = (minutesOf(s.end) - minutesOf(s.start) + 1440) % 1440;
      return { r, s, startDate, endDate, minutes };
    }),
  );
  const hms = (min: number) =>
    `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}:00`;
  const us = (iso: string) =>
    tool === 'clockify-day-first'
      ? `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`
      : `${iso.slice(5, 7)}/${iso.slice(8)}/${iso.slice(0, 4)}`;
  let rows: Cell[][];
  if (tool === 'toggl') {
    rows = [
      [
        'User',
        'Email',
        'Client',
        'Project',
        'Task',
        'Description',
        'Billable',
        'Start date',
        'Start time',
        'End date',
        'End time',
        'Duration',
        'Tags',
      ],
    ];
    for (const e of entries) {
      rows.push([
        e.r.emp.name,
        EMAIL[e.r.emp.id],
        '',
        '社内業務',
        '',
        '勤務',
        'No',
        e.startDate,
        `${e.s.start.padStart(5, '0')}:00`,
        e.endDate,
        `${e.s.end.padStart(5, '0')}:00`,
        hms(e.minutes),
        '',
      ]);
    }
  } else {
    const clock = (t: string) => (tool === 'clockify-12h' ? twelveHour(t) : `${t.padStart(5, '0')}:00`);
    rows = [
      [
        'Project',
        'Client',
        'Description',
        'Task',
        'User',
        'Group',
        'Email',
        'Tags',
        'Billable',
        'Start Date',
        'Start Time',
        'End Date',
        'End Time',
        'Duration (h)',
        'Duration (decimal)',
      ],
    ];
    for (const e of entries) {
      rows.push([
        '社内業務',
        '',
        '勤務',
        '',
        e.r.emp.name,
        '',
        EMAIL[e.r.emp.id],
        '',
        'No',
        us(e.startDate),
        clock(e.s.start),
        us(e.endDate),
        clock(e.s.end),
        hms(e.minutes),
        (e.minutes / 60).toFixed(2),
      ]);
    }
  }
  const stem =
    tool === 'toggl'
      ? 'Toggl_time_entries_2025-06-01_to_2025-06-30'
      : 'Clockify_Time_Report_Detailed_01_06_2025-30_06_2025';
  const file: LayoutFile = {
    name: `${stem}.${isCsv(container) ? 'csv' : 'xlsx'}`,
    container,
    sheets: [{ name: isCsv(container) ? stem : 'Detailed Report', rows }],
  };
  const identities = Object.fromEntries(EMPLOYEES.map((e) => [e.id, [e.name, EMAIL[e.id]]]));
  return layoutOf('english', n, { container, tool }, [file], { identities });
}

const MONTH_BLOCKS = ['reiwa', 'seireki', 'period-cells', 'period-one-cell', 'sheet-name', 'file-name'] as const;

/** The month as a 出勤簿 writes it above the table. */
function monthBlock(kind: (typeof MONTH_BLOCKS)[number], csv: boolean): Cell[][] {
  const tilde = csv ? '～' : '〜';
  switch (kind) {
    case 'reiwa':
      return [['令和7年6月分']];
    case 'seireki':
      return [['2025年6月度']];
    case 'period-cells':
      return [['期間', `2025/06/01${tilde}2025/06/30`]];
    case 'period-one-cell':
      return [[`期間 2025/06/01${tilde}2025/06/30`]];
    default:
      return [];
  }
}

interface FormStyle {
  dom: (typeof DOM_STYLES)[number];
  weekdayColumn: boolean;
  dayType: boolean;
  time: TimeStyle;
  night: 'wrap' | 'over24' | 'flag';
  split: 'pairs' | 'rows';
  break: 'minutes' | 'hmm' | 'fraction';
  worked: boolean;
  totals: boolean;
}

/** The rows of one person's 出勤簿 under its header row: every day of June, blank where not worked. */
function formTable(empId: string, st: FormStyle): Cell[][] {
  const header: Cell[] = ['日', ...(st.weekdayColumn ? ['曜日'] : []), ...(st.dayType ? ['区分'] : []), '出勤', '退勤'];
  if (st.split === 'pairs') header.push('出勤2', '退勤2');
  if (st.night === 'flag') header.push('翌日');
  header.push(st.break === 'minutes' ? '休憩（分）' : '休憩');
  if (st.worked) header.push('実働');
  const recs = records({ split: st.split === 'pairs' ? 'pairs' : 'rows', leave: true }).filter(
    (r) => r.emp.id === empId,
  );
  const rows: Cell[][] = [header];
  for (let d = 1; d <= 30; d++) {
    const iso = `2025-06-${String(d).padStart(2, '0')}`;
    const todays = recs.filter((r) => r.date === iso);
    for (const r of todays.length ? todays : [undefined]) rows.push(formRow(iso, r, st));
  }
  if (st.totals && st.worked) {
    const total = DAYS.filter((x) => x.id === empId).reduce((s, x) => s + x.worked, 0);
    const row: Cell[] = header.map(() => null);
    row[0] = '合計';
    row[header.length - 1] = durationValue(total, 'hmm');
    rows.push(row);
  }
  return rows;
}

function formRow(iso: string, r: DayRecord | undefined, st: FormStyle): Cell[] {
  const worked = r && r.segments.length > 0;
  const timeStyle = st.time;
  const row: Cell[] = [dayOfMonthValue(iso, st.dom)];
  if (st.weekdayColumn) row.push(WEEKDAYS[weekdayOf(iso)]);
  if (st.dayType)
    row.push(
      r
        ? { work: '出勤', statutory: '法定休日', prescribed: '所定休日', half: '午前半休', leave: '年休' }[r.kind]
        : null,
    );
  const clock = (t: string) => clockOf(r!, t, timeStyle, st.night === 'over24' ? 'over24' : 'wrap');
  row.push(worked ? clock(r.segments[0].start) : null, worked ? clock(r.segments[0].end) : null);
  if (st.split === 'pairs') {
    const s2 = worked ? r.segments[1] : undefined;
    row.push(s2 ? clock(s2.start) : null, s2 ? clock(s2.end) : null);
  }
  if (st.night === 'flag')
    row.push(
      worked && minutesOf(r.segments[r.segments.length - 1].end) <= minutesOf(r.segments[r.segments.length - 1].start)
        ? '翌'
        : null,
    );
  const b = r?.breakMinutes ?? 0;
  row.push(
    !worked
      ? null
      : st.break === 'minutes'
        ? b
        : st.break === 'hmm'
          ? durationValue(b / 60, 'hmm')
          : { v: b / 1440, fmt: 'h:mm' },
  );
  if (st.worked) row.push(worked ? durationValue(r.worked, 'hmm') : null);
  return row;
}

/** 出勤簿 forms: name / id / month in a block above day-of-month rows; one sheet (or CSV file) per person. */
export function form(n: number, rand: Rand): Layout {
  const container = rand.pick(CONTAINERS);
  const csv = isCsv(container);
  const month = rand.pick(MONTH_BLOCKS.filter((m) => !(csv && m === 'sheet-name')));
  const person = rand.pick(['cells', 'one-cell', 'name-only'] as const);
  const st: FormStyle = {
    dom: rand.pick(DOM_STYLES),
    weekdayColumn: rand.chance(0.4),
    dayType: rand.chance(0.5),
    time: rand.pick(timeStyles(container).filter((s) => s !== 'fullwidth')),
    night: rand.pick(['wrap', 'over24', 'flag'] as const),
    split: rand.pick(['pairs', 'rows'] as const),
    break: rand.pick(['minutes', 'hmm', ...(csv ? [] : (['fraction'] as const))] as const),
    worked: rand.chance(0.5),
    totals: rand.chance(0.5),
  };
  const sheets: Sheet[] = EMPLOYEES.map((e) => {
    const who: Cell[][] =
      person === 'cells'
        ? [['氏名', e.name, null, '社員番号', e.id]]
        : person === 'one-cell'
          ? [[`社員番号：${e.id}`, `氏名：${e.name}`]]
          : [['氏名', e.name]];
    const rows = [['出勤簿'], ...monthBlock(month, csv), ...who, [], ...formTable(e.id, st)];
    const name = month === 'sheet-name' ? `2025年6月_${e.name.replace(' ', '')}` : e.name.replace(' ', '');
    return { name, rows };
  });
  const monthInName = month === 'file-name' ? '_2025年6月' : '';
  const files: LayoutFile[] = csv
    ? sheets.map((s) => ({
        name: `出勤簿_${s.name}${monthInName}.csv`,
        container,
        sheets: [{ ...s, name: `出勤簿_${s.name}${monthInName}` }],
      }))
    : [{ name: `出勤簿${monthInName}.xlsx`, container, sheets }];
  const blocks = { container, month, person, ...st };
  return layoutOf('form', n, blocks, files, {
    identities: identitiesOf(person === 'name-only' ? ['name'] : ['id', 'name']),
  });
}

const MONTH_FORMS = [
  'kanji',
  'compact',
  'slash',
  'era',
  'iso',
  'era-kanji',
  'date-cell',
  'sheet-name',
  'file-name',
] as const;

function monthValue(form: (typeof MONTH_FORMS)[number]): Cell {
  return (
    { kanji: '2025年6月', compact: '202506', slash: '2025/06', era: 'R7.6', iso: '2025-06', 'era-kanji': '令和7年6月' }[
      form as 'kanji'
    ] ?? { ...(dateSerial('2025-06-01') as { v: number; fmt: string }), fmt: 'yyyy/m' }
  );
}

/** Monthly totals: one row per employee-month, the month in a column in any form or only in the sheet / file name. */
export function monthly(n: number, rand: Rand): Layout {
  const container = rand.pick(CONTAINERS);
  const csv = isCsv(container);
  const monthForm = rand.pick(MONTH_FORMS.filter((f) => !(csv && (f === 'date-cell' || f === 'sheet-name'))));
  const unit: DurationStyle = rand.pick(
    (['decimal', 'hmm', 'minutes', 'sexagesimal', 'kanji', 'fraction'] as const).filter(
      (u) => !csv || u !== 'fraction',
    ),
  );
  const withName = rand.chance(0.5);
  const labels = {
    id: rand.pick(['社員番号', '社員コード', '従業員番号', 'ID']),
    month: rand.pick(['年月', '対象月', '対象年月', '月度', '月']),
    ot: rand.pick(['法定時間外', '法定時間外労働', '時間外労働時間', '時間外', '残業時間']),
    hw: rand.pick(['法定休日労働', '法定休日労働時間']),
    worked: rand.pick(['総労働時間', '実働時間', '労働時間']),
  };
  const inColumn = monthForm !== 'sheet-name' && monthForm !== 'file-name';
  const u = durationUnitLabel(unit);
  const header: Cell[] = [
    labels.id,
    ...(withName ? ['氏名'] : []),
    ...(inColumn ? [labels.month] : []),
    `${labels.ot}${u}`,
    `${labels.hw}${u}`,
    `${labels.worked}${u}`,
  ];
  const rows: Cell[][] = [header];
  for (const e of EMPLOYEES) {
    const f = EXPECTED[e.id];
    rows.push([
      e.id,
      ...(withName ? [e.name] : []),
      ...(inColumn ? [monthValue(monthForm)] : []),
      durationValue(f.overtime, unit),
      durationValue(f.holidayWork, unit),
      durationValue(f.worked, unit),
    ]);
  }
  const stem = monthForm === 'file-name' ? rand.pick(['月次集計_20250601_20250630', 'summary_2025年6月']) : '月次集計';
  const sheetName = monthForm === 'sheet-name' ? rand.pick(['2025年6月', '202506', '2025-06']) : '集計';
  const file: LayoutFile = {
    name: `${stem}.${csv ? 'csv' : 'xlsx'}`,
    container,
    sheets: [{ name: csv ? stem : sheetName, rows }],
  };
  return layoutOf('monthly', n, { container, monthForm, unit, withName, ...labels }, [file], {
    expected: EXPECTED_MONTHLY,
    identities: identitiesOf(['id']),
  });
}
