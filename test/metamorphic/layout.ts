/**
 * What a generated layout is (files, the options a user would give, the figures it must give) and the pieces
 * the family generators share: the month as table records, header synonyms, and column blocks.
 */
import type { Cell, Container, Sheet } from './containers';
import {
  DAYS,
  EMPLOYEES,
  EXPECTED,
  LEAVE_DAYS,
  endsNextDay,
  type DayKind,
  type Employee,
  type MonthFigures,
  type Segment,
} from './month';
import type { seeded } from './values';

export interface LayoutFile {
  name: string;
  container: Container;
  sheets: Sheet[];
}

export interface Layout {
  /** `family#n`. */
  id: string;
  family: string;
  /** The blocks chosen (`key=value`), printed with a misread and matched by the pending list. */
  blocks: string[];
  files: LayoutFile[];
  /** Command-line options beyond the common ones (a break rule the user chose…). */
  args: string[];
  expected: Record<string, MonthFigures>;
  /** What may stand for each employee in the report: the id, the name as written, an e-mail. */
  identities: Record<string, string[]>;
}

export type Rand = ReturnType<typeof seeded>;

/** One row's worth of the month: an employee-day, or one segment of the split day. */
export interface DayRecord {
  emp: Employee;
  date: string;
  kind: DayKind;
  segments: Segment[];
  breakMinutes: number;
  breakAt?: Segment;
  worked: number;
  lateNight: number;
}

/**
 * The month as records. `split: 'rows'` writes the split day as two records of one segment each (its break 0);
 * `'pairs'` keeps both segments in one record. `leave` adds the 年休 day (a day-type column can say it).
 */
export function records(options: {
  split: 'rows' | 'pairs';
  leave?: boolean;
  order?: 'employee' | 'date';
}): DayRecord[] {
  const out: DayRecord[] = [];
  const byId = new Map(EMPLOYEES.map((e) => [e.id, e]));
  for (const d of DAYS) {
    const emp = byId.get(d.id)!;
    if (d.segments.length > 1 && options.split === 'rows') {
      for (const s of d.segments) {
        out.push({ ...d, emp, segments: [s], breakMinutes: 0, breakAt: undefined, worked: hoursOf(s), lateNight: 0 });
      }
    } else {
      out.push({ ...d, emp });
    }
  }
  if (options.leave) {
    for (const l of LEAVE_DAYS) {
      out.push({
        emp: byId.get(l.id)!,
        date: l.date,
        kind: 'leave',
        segments: [],
        breakMinutes: 0,
        worked: 0,
        lateNight: 0,
      });
    }
  }
  const byEmployee = (a: DayRecord, b: DayRecord) => a.emp.id.localeCompare(b.emp.id) || a.date.localeCompare(b.date);
  const byDate = (a: DayRecord, b: DayRecord) => a.date.localeCompare(b.date) || a.emp.id.localeCompare(b.emp.id);
  return out.sort(options.order === 'date' ? byDate : byEmployee);
}

function hoursOf(s: Segment): number {
  const [sh, sm] = s.start.split(':').map(Number);
  const [eh, em] = s.end.split(':').map(Number);
  return ((eh * 60 + em - sh * 60 - sm + (endsNextDay(s) ? 1440 : 0)) / 60) as number;
}

/** The segments of a record as worked stretches: the break taken out of a single segment (two stretches). */
export function stretches(r: DayRecord): Segment[] {
  if (r.segments.length !== 1 || !r.breakAt) return r.segments;
  const s = r.segments[0];
  return [
    { start: s.start, end: r.breakAt.start },
    { start: r.breakAt.end, end: s.end },
  ];
}

/** Header words of the vocabulary HR sheets use, per field (the first is the most common). */
export const HEADERS = {
  id: [
    '社員番号',
    '社員No',
    '社員ID',
    '従業員番号',
    '従業員ID',
    '職員番号',
    '個人コード',
    '社員コード',
    'Employee ID',
    'ID',
  ],
  name: ['氏名', '名前', '社員名', '従業員名', 'Name'],
  date: ['日付', '勤務日', '年月日', '出勤日', 'Date'],
  start: ['出勤', '出勤時刻', '始業', '始業時刻', '出社', 'Start', 'Clock in'],
  end: ['退勤', '退勤時刻', '終業', '終業時刻', '退社', 'End', 'Clock out'],
  break: ['休憩', '休憩時間', 'Break'],
  worked: ['実働', '実働時間', '労働時間', '勤務時間', 'Worked hours'],
  dayType: ['勤務区分', '区分', '勤怠区分', '種別', 'Day type'],
  lateNight: ['深夜', '深夜労働', '深夜時間', 'Late night'],
} as const;

/** The day type as HR writes it. */
export const DAY_TYPE_TEXT: Record<DayKind, string> = {
  work: '出勤',
  statutory: '法定休日',
  prescribed: '所定休日',
  half: '午前半休',
  leave: '年休',
};

/** A column: its header and how a record is written in it. */
export interface Column {
  role: string;
  header: string;
  value: (r: DayRecord) => Cell;
}

/** A sheet of records under a header row (or none), with title rows above. */
export function table(columns: Column[], recs: DayRecord[], options: { header: boolean; titles?: Cell[][] }): Cell[][] {
  const rows: Cell[][] = [...(options.titles ?? [])];
  if (options.header) rows.push(columns.map((c) => c.header));
  for (const r of recs) rows.push(columns.map((c) => c.value(r)));
  return rows;
}

/** Employee → the identities a layout wrote for them. */
export function identitiesOf(kinds: ('id' | 'name')[]): Record<string, string[]> {
  return Object.fromEntries(EMPLOYEES.map((e) => [e.id, kinds.map((k) => (k === 'id' ? e.id : e.name))]));
}

/** The common parts of a layout. */
export function layoutOf(
  family: string,
  n: number,
  blocks: Record<string, string | number | boolean>,
  files: LayoutFile[],
  more: Partial<Pick<Layout, 'args' | 'expected' | 'identities'>> = {},
): Layout {
  return {
    id: `${family}#${n}`,
    family,
    blocks: Object.entries(blocks).map(([k, v]) => `${k}=${v}`),
    files,
    args: more.args ?? [],
    expected: more.expected ?? EXPECTED,
    identities: more.identities ?? identitiesOf(['id', 'name']),
  };
}
