/**
 * Shared by the structural-reader tests: one April of hand-computed attendance, files written as the user has them
 * (.xlsx by exceljs, CSV in UTF-8), and `wlb-check` run on them in-process with `--json -`.
 *
 * The month (2025-04-01 is a Tuesday), for 1001 山田 太郎, every break the 労基法34条 minimum (60 min on spans over
 * 9 h), so a layout without a break column must give the same figures:
 *   4/1 火 9:00–18:00   − 1:00 = 8.0 h, OT 0
 *   4/2 水 9:00–20:00   − 1:00 = 10.0 h, OT 2.0
 *   4/3 木 9:00–19:30   − 1:00 = 9.5 h, OT 1.5
 *   4/4 金 22:00–翌7:00 − 1:00 = 8.0 h, OT 0; late night 22:00–5:00 = 7 h (≤ 8 h worked) → one late-night day
 * worked 35.5 h; OT by the day 2.0 + 1.5 = 3.5 h; the week's hours within 8 h a day are 32 h ≤ 40 h, so no weekly
 * OT; no holiday work.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type CliIO } from '../../src/cli/wlb-check';
import { writeWorkbook, type SheetSpec } from '../../scripts/workbook-builders';

export const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-reading-'));

export interface Day {
  date: string;
  weekday: string;
  start: string;
  end: string;
}

export const APRIL: Day[] = [
  { date: '2025-04-01', weekday: '火', start: '9:00', end: '18:00' },
  { date: '2025-04-02', weekday: '水', start: '9:00', end: '20:00' },
  { date: '2025-04-03', weekday: '木', start: '9:00', end: '19:30' },
  { date: '2025-04-04', weekday: '金', start: '22:00', end: '7:00' },
];

/** The month of 1001 as computed above. */
export const EXPECTED_APRIL = { overtime: 3.5, holidayWork: 0, worked: 35.5, lateNightDays: 1 };

/** `2025/04/01` from `2025-04-01`. */
export const slash = (iso: string) => iso.replace(/-/g, '/');

/** Writes a CSV (rows of text joined by commas, CRLF) in UTF-8; returns its path. */
export function writeCsv(name: string, rows: (string | number | null)[][]): string {
  const text = rows.map((r) => r.map((v) => (v === null ? '' : String(v))).join(',')).join('\r\n') + '\r\n';
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

/** Writes an .xlsx with exceljs; returns its path. */
export async function writeXlsx(name: string, sheets: SheetSpec[]): Promise<string> {
  const file = path.join(tmp, name);
  await writeWorkbook(file, sheets);
  return file;
}

export interface Run {
  code: number;
  out: string;
  err: string;
  /** The JSON report (when `--json -` printed one). */
  report: {
    monthlyHours: {
      employeeId: string;
      month: string;
      overtime: number;
      holidayWork: number;
      worked: number;
      lateNightDays: number | null;
    }[];
    inputIssues: { sheet: string; cell: string; value: string; message: string; messageRef?: { code: string } }[];
    sheets?: { sheet: string; kind: string; columns: Record<string, string>; layout?: string }[];
  };
}

/** Runs `wlb-check <file> --json - --as-of 2026-03-31 …extra` in-process. */
export async function run(file: string, ...extra: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    now: () => new Date('2026-04-01T00:00:00Z'),
  };
  const code = await main([file, '--json', '-', '--as-of', '2026-03-31', ...extra], io);
  let report: Run['report'] = { monthlyHours: [], inputIssues: [] };
  try {
    report = JSON.parse(out);
  } catch {
    // No JSON: the run refused the file (exit 1) and said why on standard error.
  }
  return { code, out, err, report };
}

/** One employee-month of a run, as the tests compare it. */
export function month(r: Run, id: string, ym = '2025-04'): Record<string, unknown> | undefined {
  const m = r.report.monthlyHours.find((x) => x.employeeId === id && x.month === ym);
  return m && { overtime: m.overtime, holidayWork: m.holidayWork, worked: m.worked, lateNightDays: m.lateNightDays };
}

/** The codes of a run's input issues. */
export function codes(r: Run): string[] {
  return r.report.inputIssues.map((i) => i.messageRef?.code ?? '');
}
