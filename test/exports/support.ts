/**
 * Shared by the export tests: write a generated workbook to a temporary file, read it back through the .xlsx host
 * and the pipeline with no mapping, and pick an employee-month out of the JSON report.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openXlsxFile } from '../../src/host/xlsx/read/file';
import type { Mapping } from '../../src/ingest/types';
import { runCheck } from '../../src/pipeline';
import { defaultParams } from '../../src/rules/params';
import type { Report } from '../../src/rules/types';
import type { SheetSpec } from '../../scripts/workbook-builders';
import { writeWorkbook } from '../../scripts/workbook-builders';

export const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-exports-'));

/** Writes the sheets as `<fileName>` in a temporary folder; returns its path. */
export async function writeExport(fileName: string, sheets: SheetSpec[]): Promise<string> {
  const file = path.join(tmpDir, fileName);
  await writeWorkbook(file, sheets);
  return file;
}

/** Reads a workbook file as `wlb-check` does (the file name as context), optionally with a mapping. */
export async function check(file: string, mapping?: Mapping): Promise<Awaited<ReturnType<typeof runCheck>>> {
  const port = await openXlsxFile(file);
  return runCheck(port, {
    profile: 'all',
    params: defaultParams('2026-03-31'),
    mapping,
    ingest: { sourceName: path.basename(file) },
  });
}

/** One employee-month of the JSON report's `monthlyHours`, without the system. */
export function monthOf(report: Report, employeeId: string, month = '2025-04'): Record<string, unknown> | undefined {
  const m = report.monthlyHours?.find((x) => x.employeeId === employeeId && x.month === month);
  if (!m) return undefined;
  return { overtime: m.overtime, holidayWork: m.holidayWork, worked: m.worked, lateNightDays: m.lateNightDays };
}

/** The input issues about the sheets' cells (not the rules' notes about the roster, which have no sheet). */
export function cellIssues(report: Report): Report['inputIssues'] {
  return report.inputIssues.filter((i) => i.sheet !== '');
}
