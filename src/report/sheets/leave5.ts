/**
 * The annual-leave sheet (年休5日チェック): one row per grant of 10 days or more, with the one-year window, the days
 * taken in it, the days still needed to reach 5, and the status.
 *
 * Rows come from the evidence of `leave.five-day-obligation`; the status comes from that criterion's findings
 * (a violation once the window is over, at-risk while it is open). Rows are sorted violations first, then
 * at-risk, then the rest, each by employee id and grant date.
 */
import type { CriterionResult, Dataset, EvidenceRow, Finding, Report } from '../../rules/types';
import type { CriterionId } from '../../rules';
import type { CellStyle, SheetLayout } from '../layout';
import { SheetDraft } from '../draft';
import { pickField, toEvidenceCell } from '../evidence';
import { compareNatural } from '../format';
import { getEndOfOneYearPeriod, isIsoDate } from '../../rules/dates';
import type { ReportCatalogue } from '../locale';
import { HEADER_STYLE, NOTE_STYLE, SEVERITY_STYLES, SHEET_NAMES, STATUS_STYLES, TITLE_STYLE } from '../labels';

const CRITERION_ID: CriterionId = 'leave.five-day-obligation';
const REQUIRED_DAYS = 5;
const MIN_GRANT_DAYS = 10;

/** Spellings the rule module may use for each column. */
const FIELDS = {
  grantDate: ['grantDate', 'grantedOn', 'date'],
  days: ['grantDays', 'days', 'granted'],
  windowEnd: ['windowEnd', 'deadline', 'until', 'end'],
  taken: ['taken', 'takenDays', 'daysTaken'],
  remaining: ['remaining', 'needed', 'daysNeeded', 'shortfall'],
  status: ['status', 'result'],
} as const;

interface GrantRow {
  employeeId: string;
  grantDate?: string;
  days?: number;
  windowEnd?: string;
  taken?: number;
  remaining?: number;
  status: string;
  style?: CellStyle;
  rank: number;
}

function asNumber(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function asDate(v: unknown): string | undefined {
  return typeof v === 'string' && isIsoDate(v) ? v : undefined;
}

/** The finding about this grant: same employee, and its date (or month) falls in the grant's window. */
function matchFinding(
  row: { employeeId: string; grantDate?: string; windowEnd?: string },
  findings: Finding[],
  grantsOfEmployee: number,
): Finding | undefined {
  const mine = findings.filter((f) => f.employeeId === row.employeeId);
  if (mine.length === 0) return undefined;
  const { grantDate, windowEnd } = row;
  const inWindow = mine.find((f) => {
    if (!grantDate || !windowEnd) return false;
    const day = f.period.slice(0, 10);
    if (isIsoDate(day)) return day >= grantDate && day <= windowEnd;
    const month = f.period.slice(0, 7);
    return month >= grantDate.slice(0, 7) && month <= windowEnd.slice(0, 7);
  });
  return inWindow ?? (grantsOfEmployee === 1 ? mine[0] : undefined);
}

/** The finding decides; the evidence's own status word is the fallback (the same words as a severity). */
function describeStatus(
  finding: Finding | undefined,
  evidenceStatus: unknown,
  taken: number | undefined,
  words: ReportCatalogue,
): Pick<GrantRow, 'status' | 'style' | 'rank'> {
  const severity =
    finding?.severity ?? (evidenceStatus === 'violation' || evidenceStatus === 'at-risk' ? evidenceStatus : undefined);
  if (severity === 'violation') return { status: words.leave5.violation, style: SEVERITY_STYLES.violation, rank: 0 };
  if (severity === 'warning')
    return { status: '要確認（退職までに5日未満）', style: SEVERITY_STYLES['at-risk'], rank: 1 };
  if (severity !== undefined) return { status: words.leave5.mustTake, style: SEVERITY_STYLES['at-risk'], rank: 1 };
  if (taken !== undefined && taken >= REQUIRED_DAYS)
    return { status: words.leave5.met, style: STATUS_STYLES.pass, rank: 3 };
  if (typeof evidenceStatus === 'string' && evidenceStatus !== '') {
    return { status: words.evidenceValues[evidenceStatus] ?? evidenceStatus, rank: 2 };
  }
  return { status: '', rank: 2 };
}

function toGrantRows(criterion: CriterionResult, findings: Finding[], words: ReportCatalogue): GrantRow[] {
  const evidence = (criterion.evidence ?? []).filter((r) => {
    const days = asNumber(pickField(r, FIELDS.days));
    return days === undefined || days >= MIN_GRANT_DAYS;
  });
  const grantsPerEmployee = new Map<string, number>();
  for (const r of evidence)
    grantsPerEmployee.set(r.employeeId ?? '', (grantsPerEmployee.get(r.employeeId ?? '') ?? 0) + 1);
  return evidence.map((r: EvidenceRow) => {
    const employeeId = r.employeeId ?? '';
    const grantDate = asDate(pickField(r, FIELDS.grantDate));
    const windowEnd =
      asDate(pickField(r, FIELDS.windowEnd)) ?? (grantDate ? getEndOfOneYearPeriod(grantDate) : undefined);
    const taken = asNumber(pickField(r, FIELDS.taken));
    const remaining =
      asNumber(pickField(r, FIELDS.remaining)) ??
      (taken !== undefined ? Math.max(0, REQUIRED_DAYS - taken) : undefined);
    const finding = matchFinding(
      { employeeId, grantDate, windowEnd },
      findings,
      grantsPerEmployee.get(employeeId) ?? 0,
    );
    return {
      employeeId,
      grantDate,
      days: asNumber(pickField(r, FIELDS.days)),
      windowEnd,
      taken,
      remaining,
      ...describeStatus(finding, pickField(r, FIELDS.status), taken, words),
    };
  });
}

/**
 * Lays out the annual-leave sheet.
 *
 * @example buildLeave5Layout(report, dataset, wordsFor('ja')).values[2] // ['社員番号', '氏名', '付与日', …]
 */
export function buildLeave5Layout(report: Report, dataset: Dataset, words: ReportCatalogue): SheetLayout {
  const w = words.leave5;
  const draft = new SheetDraft();
  draft.styles.addRange({ row: draft.push([w.title]), col: 1 }, TITLE_STYLE);
  const note = draft.push([w.note]);
  draft.merges.push({ row: note, col: 1, colEnd: w.headers.length });
  draft.styles.addRange({ row: note, col: 1 }, { ...NOTE_STYLE, wrap: true });
  const headerRow = draft.push([...w.headers]);
  draft.styles.addRange({ row: headerRow, col: 1, colEnd: w.headers.length }, HEADER_STYLE);
  const layoutOptions = {
    freezeRows: headerRow,
    freezeColumns: 2,
    tabColor: '#548235',
    fit: { fromRow: headerRow, max: 30 },
  };
  const criterion = report.criteria.find((c) => c.id === CRITERION_ID);
  if (!criterion) {
    draft.push([w.notEvaluated]);
    return draft.toLayout(SHEET_NAMES.leave5, layoutOptions);
  }
  const rows = toGrantRows(
    criterion,
    report.findings.filter((f) => f.rule === CRITERION_ID),
    words,
  );
  if (rows.length === 0) {
    draft.push([w.noGrants]);
    return draft.toLayout(SHEET_NAMES.leave5, layoutOptions);
  }
  rows.sort(
    (a, b) =>
      a.rank - b.rank ||
      compareNatural(a.employeeId, b.employeeId) ||
      (a.grantDate ?? '').localeCompare(b.grantDate ?? ''),
  );
  const names = new Map(dataset.employees.map((e) => [e.id, e.name ?? null]));
  for (const r of rows) {
    const row = draft.push([
      r.employeeId,
      names.get(r.employeeId) ?? null,
      toEvidenceCell(r.grantDate, words),
      r.days ?? null,
      toEvidenceCell(r.windowEnd, words),
      r.taken ?? null,
      r.remaining ?? null,
      r.status,
    ]);
    if (r.style) draft.styles.addCell(row, 8, r.style);
  }
  const lastRow = draft.nextRow - 1;
  draft.styles.addRange({ row: headerRow + 1, col: 3, rowEnd: lastRow }, { numberFormat: words.dates.dateFormat });
  draft.styles.addRange({ row: headerRow + 1, col: 5, rowEnd: lastRow }, { numberFormat: words.dates.dateFormat });
  draft.styles.addRange({ row: headerRow + 1, col: 4, rowEnd: lastRow }, { numberFormat: words.units.days });
  draft.styles.addRange({ row: headerRow + 1, col: 6, rowEnd: lastRow, colEnd: 7 }, { numberFormat: words.units.days });
  draft.styles.addRange({ row: headerRow + 1, col: 1, rowEnd: lastRow, colEnd: w.headers.length }, { border: true });
  return draft.toLayout(SHEET_NAMES.leave5, layoutOptions);
}
