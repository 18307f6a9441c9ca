/**
 * Runs a layout as a user would: each of its files through `wlb-check --json -` (in process, the command's own
 * `main`), with the options every run of this month takes (the company's statutory rest day is Sunday) and the
 * layout's own; then sorts the outcome into read / asked / refused / misread.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/wlb-check';
import type { Report } from '../../src/rules/types';
import { fileBytes } from './containers';
import type { Layout } from './layout';
import { MONTH, type MonthFigures } from './month';

/** Every run: the figures of June as of the end of July; Sunday is the company's statutory rest day (労基法35条). */
const COMMON_ARGS = ['--json', '-', '--as-of', '2025-07-31', '--param', 'statutoryHolidayWeekday=0'];

/**
 * Input issues that are questions to the user (a unit, a header row, a reading to choose): codes agreed with the
 * reader. A stated assumption (the break rule applied) is not a question.
 */
function isQuestion(code: string | undefined): boolean {
  return code !== undefined && (code === 'issue.duration-ambiguous' || code.startsWith('ask.'));
}

export type Outcome = 'read' | 'asked' | 'refused' | 'misread';

export interface RunResult {
  outcome: Outcome;
  /** What differed, for a misread; why, for a refusal or a question. */
  detail: string;
}

interface FileRun {
  code: number;
  report?: Report;
  stderr: string;
}

async function runFile(file: string, args: string[]): Promise<FileRun> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
    now: () => new Date(Date.UTC(2025, 6, 31, 3)),
  };
  const code = await main([file, ...COMMON_ARGS, ...args], io);
  return { code, stderr, report: stdout ? (JSON.parse(stdout) as Report) : undefined };
}

const normalise = (s: string) => s.normalize('NFKC').replace(/\s/g, '');

/** The employee a report's id stands for, by any identity the layout wrote for them. */
function employeeOf(reportId: string, layout: Layout): string | undefined {
  const want = normalise(reportId);
  return Object.keys(layout.identities).find((id) => layout.identities[id].some((k) => normalise(k) === want));
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 0.01);

/** Differences between the month the reports give and the known figures; empty when they are equal. */
function differences(reports: Report[], layout: Layout): string[] {
  const diffs: string[] = [];
  const seen = new Map<string, Record<keyof MonthFigures, number | null>>();
  for (const m of reports.flatMap((r) => r.monthlyHours ?? [])) {
    const emp = employeeOf(m.employeeId, layout);
    if (!emp || m.month !== MONTH || seen.has(emp)) {
      diffs.push(`unexpected ${m.employeeId} ${m.month} (OT ${m.overtime}, HW ${m.holidayWork}, worked ${m.worked})`);
      continue;
    }
    seen.set(emp, {
      overtime: m.overtime,
      holidayWork: m.holidayWork,
      worked: m.worked,
      lateNightDays: m.lateNightDays,
    });
  }
  for (const [emp, want] of Object.entries(layout.expected)) {
    const got = seen.get(emp);
    if (!got) {
      diffs.push(`${emp}: missing`);
      continue;
    }
    for (const k of ['overtime', 'holidayWork', 'worked', 'lateNightDays'] as const) {
      if (!close(got[k], want[k])) diffs.push(`${emp} ${k} ${got[k]} ≠ ${want[k]}`);
    }
  }
  return diffs;
}

/** Writes the layout's files into a folder of their own and runs each; classifies the whole layout. */
export async function runLayout(layout: Layout, root: string): Promise<RunResult> {
  const dir = path.join(root, layout.id.replace('#', '-'));
  fs.mkdirSync(dir, { recursive: true });
  const runs: FileRun[] = [];
  for (const f of layout.files) {
    const file = path.join(dir, f.name);
    fs.writeFileSync(file, await fileBytes(f.sheets, f.container));
    runs.push(await runFile(file, layout.args));
  }
  const reports = runs.flatMap((r) => (r.report ? [r.report] : []));
  const diffs = reports.length === runs.length ? differences(reports, layout) : ['a file was not read'];
  if (diffs.length === 0) return { outcome: 'read', detail: '' };
  const questions = reports.flatMap((r) => r.inputIssues.filter((i) => isQuestion(i.messageRef?.code)));
  if (runs.some((r) => r.code === 3) || questions.length) {
    const why = questions.length ? questions[0].message : runs.find((r) => r.code === 3)!.stderr.trim();
    return { outcome: 'asked', detail: why.slice(0, 200) };
  }
  if (runs.some((r) => r.code !== 0)) {
    return {
      outcome: 'refused',
      detail: runs
        .find((r) => r.code !== 0)!
        .stderr.trim()
        .slice(0, 300),
    };
  }
  return { outcome: 'misread', detail: diffs.slice(0, 6).join('; ') };
}

/** A temporary folder for the generated files. */
export function scratchDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-metamorphic-'));
}
