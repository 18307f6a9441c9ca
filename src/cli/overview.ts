/**
 * The overview of a batch run: one row per input, one column per criterion, the status words of the summary
 * sheet (達成 / 未達 / データ不足 / 対象外) in its colours, and a link to each input's report workbook.
 * Written as `overview.xlsx` and as `overview.csv` (UTF-8 with a byte-order mark, CRLF, so Excel opens it in
 * Japanese without an import dialog).
 */
import type { CellStyle, CellValue, SheetLayout } from '../report/layout';
import type { Status, Verdict } from '../rules/types';
import { statusLabel, wordsFor } from '../report';
import { HEADER_STYLE, NOTE_STYLE, STATUS_STYLES, TITLE_STYLE } from '../report/labels';
import { StyleCollector } from '../report/styles';
import { writeLayout } from '../host/xlsx';

/** What a batch run learnt about one input. */
type InputState = 'ok' | 'unusable' | 'unreadable';

export interface OverviewRow {
  /** The input's name (relative path). */
  name: string;
  state: InputState;
  /** Why it could not be read, or why nothing in it was usable. */
  reason?: string;
  inputIssues?: number;
  /** The report workbook, relative to the output folder with `/`; absent when none was written. */
  report?: string;
  /** Each criterion's status, and its word and colour when a legal one fails (違反 / 警告 / 注意, not 未達). */
  criteria?: { id: string; title: string; category: string; status: Status; word?: string; style?: CellStyle }[];
  /** The input's verdict (the same words as its summary sheet). */
  verdict?: Verdict;
}

export interface OverviewMeta {
  asOf: string;
  profileLabel: string;
  generatedAt: string;
}

const STATE_LABELS: Record<InputState, string> = {
  ok: '読み込み済み',
  unusable: '使えるデータなし',
  unreadable: '読めません',
};
const STATE_STYLES = { ok: {}, unusable: STATUS_STYLES['insufficient-data'], unreadable: STATUS_STYLES.fail };
/** The verdict's colour: green only when met with no legal violation. */
const VERDICT_STYLES: Record<Verdict['outcome'], CellStyle> = {
  met: STATUS_STYLES.pass,
  'met-but-legal-violations': STATUS_STYLES.fail,
  'not-met': STATUS_STYLES.fail,
  'insufficient-data': STATUS_STYLES['insufficient-data'],
  'not-applicable': STATUS_STYLES['not-applicable'],
};
const FIXED_HEADERS = ['ファイル', '読み込み', '理由', '入力エラー', '判定', '法令違反'];
const FIRST_DATA_ROW = 8;

/**
 * The criteria columns: every criterion of the reports, in the order of the first report that has it (all
 * reports of a run share one profile, so this is the profile's order).
 */
function overviewColumns(rows: OverviewRow[]): { id: string; title: string; category: string }[] {
  const seen = new Map<string, { id: string; title: string; category: string }>();
  for (const row of rows)
    for (const c of row.criteria ?? [])
      if (!seen.has(c.id)) seen.set(c.id, { id: c.id, title: c.title, category: c.category });
  return [...seen.values()];
}

/** A criterion's word in a cell: 違反 / 警告 / 注意 for a failing legal one, else its status word. */
function wordOf(c: NonNullable<OverviewRow['criteria']>[number] | undefined): string | null {
  if (!c) return null;
  return c.word ?? statusLabel(c.status, 'ja');
}

/** When the batch ran, in Japan time as the reports say it (`2026年12月7日 10:46`). */
const japanTime = (instant: string): string => wordsFor('ja').dates.instant(instant);

/** The count line under the title: how many inputs in each state. */
function countLine(rows: OverviewRow[]): string {
  const n = (s: InputState) => rows.filter((r) => r.state === s).length;
  return `${rows.length} 件（読み込み済み ${n('ok')}・使えるデータなし ${n('unusable')}・読めません ${n('unreadable')}）`;
}

/** One input's row: its state, verdict and criteria words, styled; returns the row's values. */
function addInputRow(
  styles: StyleCollector,
  row: OverviewRow,
  r: number,
  columns: { id: string }[],
  width: number,
): CellValue[] {
  const byId = new Map((row.criteria ?? []).map((c) => [c.id, c]));
  if (row.verdict) styles.addCell(r, 5, VERDICT_STYLES[row.verdict.outcome]);
  if (row.verdict && row.verdict.legalViolations > 0) styles.addCell(r, 6, STATUS_STYLES.fail);
  styles.addRange({ row: r, col: 1, colEnd: width }, { border: true });
  styles.addCell(r, 3, { wrap: true });
  styles.addCell(r, 2, STATE_STYLES[row.state]);
  columns.forEach((c, k) => {
    const result = byId.get(c.id);
    if (result) styles.addCell(r, FIXED_HEADERS.length + 1 + k, result.style ?? STATUS_STYLES[result.status]);
  });
  return [
    row.name,
    STATE_LABELS[row.state],
    row.reason ?? null,
    row.inputIssues ?? null,
    row.verdict ? wordsFor('ja').verdict.short[row.verdict.outcome] : null,
    row.verdict?.legalViolations ?? null,
    ...columns.map((c) => wordOf(byId.get(c.id))),
  ];
}

/**
 * The overview sheet as a layout (the same writer as the report's sheets), plus the links to each report
 * (external links to files, which a layout's in-workbook links cannot express).
 *
 * @example buildOverviewLayout(rows, { asOf: '2026-03-31', profileLabel: 'すべての基準', generatedAt }).layout.values[6]
 */
function buildOverviewLayout(
  rows: OverviewRow[],
  meta: OverviewMeta,
): { layout: SheetLayout; links: { row: number; col: number; target: string }[] } {
  const columns = overviewColumns(rows);
  const styles = new StyleCollector();
  const values: CellValue[][] = [
    ['WLB基準チェック 一覧'],
    [
      '基準日',
      { date: meta.asOf },
      'プロファイル',
      meta.profileLabel,
      '作成日時（日本時間）',
      japanTime(meta.generatedAt),
    ],
    ['件数', countLine(rows)],
    [],
    [...FIXED_HEADERS.map(() => null), ...columns.map((c) => c.category)],
    [...FIXED_HEADERS, ...columns.map((c) => c.title)],
    [...FIXED_HEADERS.map(() => null), ...columns.map((c) => c.id)],
  ];
  styles.addCell(1, 1, TITLE_STYLE);
  const width = FIXED_HEADERS.length + columns.length;
  styles.addRange({ row: 5, col: 1, rowEnd: 6, colEnd: width }, HEADER_STYLE);
  styles.addRange({ row: 7, col: 1, colEnd: width }, { ...NOTE_STYLE, fontSize: 8, border: true });
  const links: { row: number; col: number; target: string }[] = [];
  rows.forEach((row, i) => {
    values.push(addInputRow(styles, row, FIRST_DATA_ROW + i, columns, width));
    if (row.report) links.push({ row: FIRST_DATA_ROW + i, col: 1, target: row.report });
  });
  const layout: SheetLayout = {
    name: '一覧',
    values,
    styles: styles.finish(),
    columnWidths: [36, 16, 48, 10, 16, 10, ...columns.map(() => 13)],
    merges: [],
    hyperlinks: [],
    charts: [],
    freezeRows: FIRST_DATA_ROW - 1,
    tabColor: '#1F4E79',
  };
  return { layout, links };
}

/**
 * Writes `overview.xlsx` into `file`: the overview sheet, and each input's name linking to its report (a path
 * relative to the overview, so the output folder can be moved or zipped as a whole).
 */
export async function writeOverviewXlsx(file: string, rows: OverviewRow[], meta: OverviewMeta): Promise<void> {
  const { layout, links } = buildOverviewLayout(rows, meta);
  // Loaded here: a single-file run never writes an overview, so it need not load exceljs at start-up.
  const { Workbook } = await import('exceljs');
  const wb = new Workbook();
  const ws = wb.addWorksheet(layout.name, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  writeLayout(ws, layout, { sheetNames: {}, date1904: false });
  for (const link of links) {
    const cell = ws.getCell(link.row, link.col);
    // Each segment percent-encoded: a relationship target is a URI, and Japanese folder names are common.
    cell.value = {
      text: String(cell.value ?? link.target),
      hyperlink: link.target.split('/').map(encodeURIComponent).join('/'),
    };
    cell.font = { underline: true, color: { argb: 'FF0563C1' } };
  }
  await wb.xlsx.writeFile(file);
}

/**
 * `overview.csv`: the same rows and columns, criteria headed `項目 [id]`, UTF-8 with a byte-order mark.
 *
 * @example overviewCsv(rows).startsWith('\uFEFFファイル,読み込み,理由,入力エラー,レポート') // true
 */
export function overviewCsv(rows: OverviewRow[]): string {
  const columns = overviewColumns(rows);
  const lines = [[...FIXED_HEADERS, 'レポート', ...columns.map((c) => `${c.title} [${c.id}]`)]];
  for (const row of rows) {
    const byId = new Map((row.criteria ?? []).map((c) => [c.id, c]));
    lines.push([
      row.name,
      STATE_LABELS[row.state],
      row.reason ?? '',
      row.inputIssues === undefined ? '' : String(row.inputIssues),
      row.verdict ? wordsFor('ja').verdict.short[row.verdict.outcome] : '',
      row.verdict ? String(row.verdict.legalViolations) : '',
      row.report ?? '',
      ...columns.map((c) => wordOf(byId.get(c.id)) ?? ''),
    ]);
  }
  return '\uFEFF' + lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-` or `@` gets a `'`
 * so Excel shows a file name such as `=集計.xlsx` instead of running it as a formula.
 */
function csvField(text: string): string {
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
