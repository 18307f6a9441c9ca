/**
 * Generates assets/sample-company.xlsx: a 30-person company's HR workbook as HR staff keep it (title rows,
 * Japanese headers with units, real Excel times in some rows and typed text in others, a totals row) with a few
 * planted mistakes, so `npm run demo` shows an interesting mix at as-of 2026-03-31.
 *
 * Deterministic (seeded PRNG, fixed document dates). Usage: node dist-node/scripts/generate-sample.js <out.xlsx>
 *
 * What it plants (as-of 2026-03-31):
 * - E017 (課長): overtime over 45 h in most months and about 104 h of OT+HW in 2025-12 → 36協定 violations;
 *   E019 near 80 % of 45 h in 2026-03 → at-risk.
 * - E005: grant of 12 days on 2024-10-01, only 3 days taken by 2025-09-30 → 年休5日 violation;
 *   E024 (hired 2025-04) has 2 of 5 days so far → at-risk.
 * - Births in the 3-year window: women E004, E012 (both on 育児休業); men's spouses: E003 (産後パパ育休),
 *   E008 (配偶者出産休暇 only), E015 (none), E020 (育児休業), E013 (育児休業) → male rate 3/5.
 * - Leavers: E025 出産のため (2024-03-31), E026 家族の介護 (2025-06-30), E027 転職 (2025-12-31).
 * - Mistakes: `9;00`, `２０２５/13/01`, a `#N/A` break, an unknown id E099, a duplicated day.
 */
import type { CellSpec, SheetSpec } from './workbook-builders';
import { dateCell, seededRandom, timeCell, writeWorkbook } from './workbook-builders';

interface Person {
  id: string;
  name: string;
  gender: '男' | '女';
  birth: string;
  type: '正社員' | 'パート' | '契約社員';
  weekly: number;
  hire: string;
  leave?: string;
  reason?: string;
  position?: string;
  dept: string;
  /** Mean daily overtime in hours on a working day. */
  ot: number;
}

const P = (
  id: string,
  name: string,
  gender: '男' | '女',
  birth: string,
  type: Person['type'],
  weekly: number,
  hire: string,
  dept: string,
  ot: number,
  position?: string,
  leave?: string,
  reason?: string,
): Person => ({ id, name, gender, birth, type, weekly, hire, dept, ot, position, leave, reason });

export const PEOPLE: Person[] = [
  P('E001', '佐藤 健一', '男', '1972-05-12', '正社員', 40, '1995-04-01', '総務部', 0.5, '部長'),
  P('E002', '鈴木 美咲', '女', '1985-08-20', '正社員', 40, '2008-04-01', '総務部', 0.8, '課長'),
  P('E003', '高橋 大輔', '男', '1990-02-14', '正社員', 40, '2013-04-01', '製造部', 1.0, '係長'),
  P('E004', '田中 由美', '女', '1991-11-03', '正社員', 40, '2014-04-01', '営業部', 0.4),
  P('E005', '伊藤 翔太', '男', '1988-07-07', '正社員', 40, '2012-10-01', '製造部', 1.2),
  P('E006', '渡辺 直子', '女', '1979-03-25', 'パート', 20, '2018-06-01', '総務部', 0),
  P('E007', '山本 健', '男', '1983-09-09', '正社員', 40, '2007-04-01', '製造部', 1.1, '課長'),
  P('E008', '中村 拓也', '男', '1993-12-01', '正社員', 40, '2016-04-01', '営業部', 0.9),
  P('E009', '小林 恵', '女', '1996-04-18', '契約社員', 40, '2021-04-01', '営業部', 0.3),
  P('E010', '加藤 誠', '男', '1987-01-30', '正社員', 40, '2010-04-01', '製造部', 0.7),
  P('E011', '吉田 彩', '女', '1994-06-06', '正社員', 40, '2017-04-01', '営業部', 0.9, '課長代理'),
  P('E012', '山田 花子', '女', '1992-10-10', '正社員', 40, '2015-04-01', '開発部', 0.6),
  P('E013', '佐々木 亮', '男', '1989-05-05', '正社員', 40, '2012-04-01', '開発部', 1.0, '係長'),
  P('E014', '山口 千尋', '女', '1998-02-02', 'パート', 24, '2022-09-01', '製造部', 0),
  P('E015', '松本 悠斗', '男', '1995-03-15', '正社員', 40, '2018-04-01', '開発部', 1.3),
  P('E016', '井上 真理', '女', '1986-12-24', '契約社員', 30, '2019-04-01', '総務部', 0),
  P('E017', '木村 剛', '男', '1984-08-08', '正社員', 40, '2006-04-01', '開発部', 2.6, '課長'),
  P('E018', '林 優子', '女', '1990-09-19', '正社員', 40, '2013-04-01', '総務部', 0.5, '係長'),
  P('E019', '斎藤 翼', '男', '1997-11-11', '正社員', 40, '2020-04-01', '営業部', 1.75),
  P('E020', '清水 航', '男', '1991-04-04', '正社員', 40, '2014-04-01', '製造部', 0.8),
  P('E021', '山崎 さくら', '女', '2001-05-20', '正社員', 40, '2025-04-01', '営業部', 0.3),
  P('E022', '森 一郎', '男', '1966-02-28', '正社員', 40, '1990-04-01', '製造部', 0.4, '部長'),
  P('E023', '池田 萌', '女', '2002-08-30', 'パート', 20, '2025-07-01', '総務部', 0),
  P('E024', '橋本 陽介', '男', '2000-01-15', '正社員', 40, '2025-04-01', '開発部', 0.6),
  P(
    'E025',
    '阿部 智子',
    '女',
    '1989-07-17',
    '正社員',
    40,
    '2011-04-01',
    '営業部',
    0.5,
    undefined,
    '2024-03-31',
    '出産のため',
  ),
  P(
    'E026',
    '石川 修',
    '男',
    '1970-10-05',
    '正社員',
    40,
    '2000-04-01',
    '製造部',
    0.6,
    undefined,
    '2025-06-30',
    '家族の介護',
  ),
  P(
    'E027',
    '前田 奈々',
    '女',
    '1993-01-09',
    '契約社員',
    40,
    '2019-10-01',
    '開発部',
    0.7,
    undefined,
    '2025-12-31',
    '転職',
  ),
  P('E028', '藤田 浩二', '男', '1981-06-21', '正社員', 40, '2009-04-01', '営業部', 1.0, '課長代理'),
  P('E029', '後藤 結衣', '女', '1999-03-03', '正社員', 40, '2022-04-01', '開発部', 0.5),
  P('E030', '岡田 隆', '男', '1975-11-30', '正社員', 40, '2002-04-01', '製造部', 0.6, '部長'),
];

const COMPANY = '株式会社ふくやま精機';
/** Re-seeded by buildSampleSheets, so every build gives the same workbook. */
let rand = seededRandom(20260331);

/** ISO dates from `from` to `to` inclusive. */
function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(from + 'T00:00:00Z'); t <= Date.parse(to + 'T00:00:00Z'); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}
const weekday = (iso: string) => new Date(iso + 'T00:00:00Z').getUTCDay();
const hhmm = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
const kanjiTime = (minutes: number) =>
  minutes % 60 === 0 ? `${Math.floor(minutes / 60)}時` : `${Math.floor(minutes / 60)}時${minutes % 60}分`;

/** Periods without attendance rows (maternity / childcare leave). */
const ABSENT: Record<string, [string, string]> = {
  E012: ['2025-06-20', '2026-08-31'],
  E013: ['2026-02-01', '2026-04-30'],
};

/** Annual-leave takings (full days, half days, hours) decided up front so attendance shows 年休 on those days. */
interface Taking {
  id: string;
  date: string;
  days: number | '半日' | null;
  hours?: number;
}

function grantsOf(p: Person): { date: string; days: number }[] {
  const hireMonth = p.hire.slice(5);
  const anniversary = hireMonth === '10-01' ? '10-01' : '04-01';
  const years = anniversary === '10-01' ? ['2024', '2025'] : ['2024', '2025'];
  return years
    .map((y) => `${y}-${anniversary}`)
    .filter((d) => d >= addMonths(p.hire, 6) && (!p.leave || d <= p.leave))
    .map((date) => ({
      date,
      days:
        p.weekly >= 30
          ? Math.min(20, 10 + Math.floor((Number(date.slice(0, 4)) - Number(p.hire.slice(0, 4))) / 1.5))
          : p.weekly >= 24
            ? 7
            : 5,
    }));
}

function addMonths(iso: string, months: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

function planTakings(): Taking[] {
  const takings: Taking[] = [];
  for (const p of PEOPLE) {
    for (const g of grantsOf(p)) {
      const end = addMonths(g.date, 12);
      const stop = [end, p.leave ?? '9999', '2026-03-31'].sort()[0];
      let target = p.id === 'E005' && g.date === '2024-10-01' ? 3 : Math.round(g.days * (0.45 + rand() * 0.4));
      if (p.id === 'E024') target = 2;
      const days = eachDay(g.date, stop).filter((d) => weekday(d) % 6 !== 0 && !inAbsence(p.id, d));
      for (let n = 0; n < target && days.length; n++) {
        const date = days.splice(Math.floor(rand() * days.length), 1)[0];
        const kind = rand();
        if (kind < 0.15) takings.push({ id: p.id, date, days: '半日' });
        else if (kind < 0.22) takings.push({ id: p.id, date, days: null, hours: 2 });
        else takings.push({ id: p.id, date, days: 1 });
      }
    }
  }
  return takings.sort((a, b) => (a.id + a.date).localeCompare(b.id + b.date));
}

function inAbsence(id: string, date: string): boolean {
  const a = ABSENT[id];
  return a !== undefined && date >= a[0] && date <= a[1];
}

function rosterSheet(): SheetSpec {
  const header = [
    '社員番号',
    '氏名',
    '性別',
    '生年月日',
    '雇用形態',
    '週所定労働時間（時間）',
    '入社日',
    '退職日',
    '退職理由',
    '役職',
    '所属',
  ];
  const rows: CellSpec[][] = [
    [`${COMPANY} 社員名簿`],
    ['作成日', dateCell('2026-03-31', 'yyyy"年"m"月"d"日"')],
    header,
  ];
  for (const p of PEOPLE) {
    rows.push([
      p.id,
      p.name,
      p.gender,
      dateCell(p.birth),
      p.type,
      p.weekly,
      dateCell(p.hire),
      p.leave ? dateCell(p.leave) : null,
      p.reason ?? null,
      p.position ?? null,
      p.dept,
    ]);
  }
  return { name: '社員名簿', rows, merges: ['A1:E1'], columnWidths: [10, 14, 6, 12, 10, 12, 12, 12, 14, 10, 10] };
}

/** One attendance row; `text` writes times as typed text (`9:00`, `18時30分`), as some offices do. */
function attendanceRow(
  id: string,
  date: string,
  type: string,
  start?: number,
  end?: number,
  breakMin?: number,
  text = false,
): CellSpec[] {
  const time = (m: number) => (text ? (rand() < 0.5 ? hhmm(m % 1440) : kanjiTime(m % 1440)) : timeCell(hhmm(m % 1440)));
  return [
    id,
    dateCell(date),
    type,
    start === undefined ? null : time(start),
    end === undefined ? null : time(end),
    breakMin ?? null,
  ];
}

function attendanceSheets(takings: Taking[]): SheetSpec[] {
  const header = ['社員番号', '日付', '勤務区分', '出勤時刻', '退勤時刻', '休憩（分）'];
  const taken = new Set(takings.filter((t) => t.days !== null).map((t) => `${t.id} ${t.date}`));
  const halves: CellSpec[][][] = [[], []];
  for (const date of eachDay('2025-04-01', '2026-03-31')) {
    const half = date < '2025-10-01' ? 0 : 1;
    for (const p of PEOPLE) {
      if (date < p.hire || (p.leave && date > p.leave) || inAbsence(p.id, date)) continue;
      const dow = weekday(date);
      const text = half === 1 && p.dept === '営業部';
      if (dow === 0) {
        // E017 works two Sundays (法定休日) in December.
        if (p.id === 'E017' && (date === '2025-12-07' || date === '2025-12-14'))
          halves[half].push(attendanceRow(p.id, date, '法定休日', 540, 1080, 60, text));
        continue;
      }
      if (dow === 6) continue;
      if (p.weekly < 40 && dow === 5 && p.weekly <= 20) continue;
      if (taken.has(`${p.id} ${date}`)) {
        halves[half].push([p.id, dateCell(date), '年休', null, null, null]);
        continue;
      }
      if (p.weekly < 40) {
        halves[half].push(
          attendanceRow(p.id, date, '出勤', 540, 540 + (p.weekly <= 20 ? 300 : 360), p.weekly <= 20 ? 0 : 45, text),
        );
        continue;
      }
      let ot = Math.max(0, Math.round(p.ot * (0.4 + rand() * 1.2) * 4) / 4);
      if (p.id === 'E017' && date.startsWith('2025-12')) ot = 4.5;
      if (p.id === 'E019' && date.startsWith('2026-03')) ot = 1.75;
      if (p.id === 'E010' && date === '2025-11-14') {
        halves[half].push(attendanceRow(p.id, date, '出勤', 1320, 1320 + 540, 60, text)); // overnight 22:00–7:00
        continue;
      }
      halves[half].push(attendanceRow(p.id, date, '出勤', 540, 1080 + Math.round(ot * 60), 60, text));
    }
  }
  plantMistakes(halves[0]);
  return halves.map((rows, i) => ({
    name: i === 0 ? '勤怠_上期' : '勤怠_下期',
    rows: [
      [`${COMPANY} 出勤簿（${i === 0 ? '2025年4月〜9月' : '2025年10月〜2026年3月'}）`],
      header,
      ...rows,
      ['合計', `${rows.length}件`],
    ],
    columnWidths: [10, 12, 10, 10, 10, 10],
  }));
}

/** The mistakes a real workbook has: a mistyped time, an impossible date, an error cell, an unknown id, a duplicate. */
function plantMistakes(rows: CellSpec[][]): void {
  const find = (id: string, iso: string) =>
    rows.findIndex((r) => r[0] === id && JSON.stringify(r[1]) === JSON.stringify(dateCell(iso)));
  const i1 = find('E007', '2025-05-13');
  if (i1 >= 0) rows[i1][3] = '9;00';
  const i2 = find('E013', '2025-06-03');
  if (i2 >= 0) rows[i2][1] = '２０２５/13/01';
  const i3 = find('E014', '2025-07-08');
  if (i3 >= 0) rows[i3][5] = { formula: 'VLOOKUP(A1,休憩表!A:B,2,FALSE)', result: { error: '#N/A' } };
  const i4 = find('E003', '2025-06-02');
  if (i4 >= 0) rows.splice(i4 + 1, 0, [...rows[i4]]);
  rows.push(attendanceRow('E099', '2025-09-30', '出勤', 540, 1080, 60));
}

function leaveSheet(takings: Taking[]): SheetSpec {
  const rows: CellSpec[][] = [
    [`${COMPANY} 年次有給休暇管理簿`],
    ['社員番号', '氏名', '区分', '日付', '日数', '時間数', '備考'],
  ];
  const name = (id: string) => PEOPLE.find((p) => p.id === id)?.name ?? null;
  for (const p of PEOPLE)
    for (const g of grantsOf(p)) rows.push([p.id, p.name, '付与', dateCell(g.date), g.days, null, null]);
  for (const t of takings)
    rows.push([t.id, name(t.id), '取得', dateCell(t.date), t.days, t.hours ?? null, t.hours ? '時間単位' : null]);
  return { name: '年次有給休暇管理簿', rows, columnWidths: [10, 14, 8, 12, 8, 8, 12] };
}

function familySheet(): SheetSpec {
  const rows: CellSpec[][] = [['社員番号', '氏名', '種別', '開始日', '終了日', '子の生年月日', '配偶者出産', '備考']];
  const add = (
    id: string,
    kind: string,
    start: string,
    end: string | null,
    child: string | null,
    spouse = false,
    note: string | null = null,
  ) =>
    rows.push([
      id,
      PEOPLE.find((p) => p.id === id)!.name,
      kind,
      dateCell(start),
      end ? dateCell(end) : null,
      child ? dateCell(child) : null,
      spouse ? '○' : null,
      note,
    ]);
  add('E020', '出産', '2023-07-01', null, '2023-07-01', true);
  add('E020', '育児休業', '2023-07-01', '2023-09-30', '2023-07-01');
  add('E004', '出産', '2024-06-10', null, '2024-06-10');
  add('E004', '産前産後休業', '2024-04-29', '2024-08-05', '2024-06-10');
  add('E004', '育児休業', '2024-08-06', '2025-06-30', '2024-06-10');
  add('E008', '出産', '2024-11-15', null, '2024-11-15', true);
  add('E008', '配偶者出産休暇', '2024-11-15', '2024-11-16', '2024-11-15');
  add('E003', '出産', '2025-05-20', null, '2025-05-20', true);
  add('E003', '産後パパ育休', '2025-05-21', '2025-06-10', '2025-05-20');
  add('E012', '出産', '2025-08-01', null, '2025-08-01');
  add('E012', '産前産後休業', '2025-06-20', '2025-09-26', '2025-08-01');
  add('E012', '育児休業', '2025-09-27', '2026-08-31', '2025-08-01');
  add('E015', '出産', '2025-09-10', null, '2025-09-10', true, '休業の申出なし');
  add('E013', '出産', '2026-01-20', null, '2026-01-20', true);
  add('E013', '育児休業', '2026-02-01', '2026-04-30', '2026-01-20');
  add('E022', '介護休暇', '2025-10-14', '2025-10-14', null, false, '父の通院付き添い');
  add('E022', '介護休暇', '2025-11-20', '2025-11-20', null);
  return { name: '育児・介護休業', rows, columnWidths: [10, 14, 14, 12, 12, 12, 10, 24] };
}

/**
 * Builds every sheet of the sample workbook.
 *
 * @example buildSampleSheets().map((s) => s.name) // ['社員名簿', '勤怠_上期', '勤怠_下期', '年次有給休暇管理簿', '育児・介護休業']
 */
export function buildSampleSheets(): SheetSpec[] {
  rand = seededRandom(20260331);
  const takings = planTakings();
  return [rosterSheet(), ...attendanceSheets(takings), leaveSheet(takings), familySheet()];
}

if (require.main === module) {
  const out = process.argv[2] ?? 'assets/sample-company.xlsx';
  writeWorkbook(out, buildSampleSheets()).then(
    () => console.log(`wrote ${out}`),
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
