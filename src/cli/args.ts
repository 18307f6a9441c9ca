/**
 * Command-line arguments of `wlb-check` → a checked request. Pure: no file access, no clock (the default
 * as-of date is passed in), so every rejection is testable.
 */
import type { Lang } from '../rules/messages';
import type { IngestOptions } from '../ingest/types';
import { parseBreakRule, type BreakRule } from '../ingest/read/break-rule';
import { defaultParams, type ManagementLevel, type Params } from '../rules/params';
import { PROFILES } from '../rules/profiles';
import { isIsoDate } from '../rules/dates';
import { applyRuleParameter, PARAMETER_META } from '../rules/param-meta';

export interface CliRequest {
  /** The first input (the only one of a single-file run). */
  input: string;
  /** Every input as given: files or folders (several, or any with `--out-dir`, make a batch run). */
  inputs: string[];
  /** Batch runs: where each report and the overview go. */
  outDir?: string;
  /** Batch runs: files checked at a time (default: chosen from cores and free memory, see ./jobs.ts). */
  jobs?: number;
  out?: string;
  /** `-` = standard output. */
  json?: string;
  table: boolean;
  asOf: string;
  profile: string;
  mappingFile?: string;
  /** `--agreement`: the company's 36協定 as a JSON file (one object, or a list with name and covers). */
  agreementFile?: string;
  /** `--param agreement.<field>=…`, in the order given: applied over the file's agreements (or as one of its own). */
  agreementParams: [string, string][];
  params: Params;
  ingest: Omit<IngestOptions, 'mapping' | 'excludeSheets' | 'date1904'>;
  /** `--lang`: the language of the report workbook, the terminal table and the JSON's texts (default Japanese). */
  lang: Lang;
  /** `--company`: the company's name on the printed sheets (default: the workbook's Company property). */
  company?: string;
  /** `--explain`: print the reading of every sheet (header row, columns, context, units, break rule, identity). */
  explain?: boolean;
}

export type ParsedArgs =
  { ok: true; request: CliRequest } | { ok: false; usage: true } | { ok: false; usage: false; message: string };

export const USAGE = `使い方 / usage:
  wlb-check <input.xlsx|input.csv> [--out <report.xlsx>] [--json <report.json>|-] [--as-of YYYY-MM-DD]
            [--profile <id>] [--mapping <mapping.json>] [--agreement <agreement.json>] [--param key=value ...]
            [--table] [--company <会社名>] [--lang ja|en]
  wlb-check <ファイル|フォルダー> [...] --out-dir <出力フォルダー> [--jobs N] [--as-of …] [--profile …] …

  --out       入力ブックのコピーに判定シートを追加して保存（入力ファイルは変更しません）
  --json      判定結果を JSON で保存（- は標準出力）
  --as-of     基準日（既定: 今日）
  --profile   認定・基準のプロファイル（既定: all）: ${PROFILES.map((p) => p.id).join(', ')}
  --mapping   列の割り当て（シート名 → {kind, headerRow, columns}）の JSON ファイル
  --agreement 会社の36協定（1か月・1年・特別条項…）の JSON ファイル。--param agreement.monthHours=45 なども可
  --param     agreementStartMonth, minRestHours, maxLateNightDaysPerMonth, approachingRatio,
              monthlyOvertimeLimit, hoursPerLeaveDay, planStart, planEnd, threshold.<基準ID>=<数値>,
              position.<役職名>=係長|課長補佐|課長|部長, dailyLimitHours, weeklyLimitHours, weekStartsOn (0=日…6=土),
              manager.<役職名>=true, ${PARAMETER_META.map((m) => m.key).join(', ')}
  --lang      レポート（シート・不足分・指摘・入力エラー・一覧表）と JSON の文章の言語: ja（既定）| en
  --company   印刷するシートに載せる会社名（既定: ブックのプロパティの会社名）
  --table     基準の一覧表を表示（--json - のとき以外は常に表示）
  --explain   シートごとの読み方（見出し行・列・シート上部の値・単位・休憩・社員の特定）と、同じ読み方の --mapping を表示
              （--json - のときは標準エラーへ）。--param breakRule=statutory|none|12:00-13:00 で休憩の列がないシートの休憩を指定
  --out-dir   複数のファイル・フォルダーをまとめて確認し、ファイルごとのレポートと一覧（overview.xlsx / overview.csv）を保存
  --jobs      同時に確認するファイル数（既定: CPU コア数と空きメモリ 500 MB あたり 1 の小さいほう）

終了コード / exit status: 0 実行した（まとめて確認ではすべて読めた）, 1 入力を読めない・出力を書き込めない, 2 引数の誤り,
  3 読めたが使える勤怠・休暇の行がない（まとめて確認では 1 つでもあれば 1・3。両方なら 1）`;

const NUMBER_PARAMS = [
  'minRestHours',
  'maxLateNightDaysPerMonth',
  'approachingRatio',
  'monthlyOvertimeLimit',
  'hoursPerLeaveDay',
] as const;
const INGEST_PARAMS = ['dailyLimitHours', 'weeklyLimitHours', 'weekStartsOn'] as const;
const LEVELS: ManagementLevel[] = ['係長', '課長補佐', '課長', '部長'];

export { isIsoDate };

/** Flags that take one value (`--flag value` or `--flag=value`). */
const VALUE_FLAGS = [
  '--out',
  '--json',
  '--as-of',
  '--profile',
  '--mapping',
  '--agreement',
  '--out-dir',
  '--jobs',
  '--lang',
  '--company',
];

/** argv sorted into its kinds, before any value is checked. */
interface ScannedArgs {
  inputs: string[];
  /** `--param` assignments, `key=value`, in the order given. */
  assignments: string[];
  flags: Record<string, string>;
  table: boolean;
  explain: boolean;
}

/**
 * Parses argv (without `node` and the script).
 *
 * @example parseArgs(['in.xlsx', '--as-of', '2026-03-31'], '2026-04-01', () => true).ok // true
 */
export function parseArgs(
  argv: string[],
  today: string,
  isProfile: (id: string) => boolean,
  isCriterion: (id: string) => boolean = () => true,
): ParsedArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { ok: false, usage: true };
  const fail = (message: string): ParsedArgs => ({ ok: false, usage: false, message });
  const scanned = scanArgv(argv);
  if (typeof scanned === 'string') return fail(scanned);
  const { inputs, assignments, flags, table, explain } = scanned;
  const batchError = checkBatchFlags(inputs, flags);
  if (batchError) return fail(batchError);
  const checked = checkValueFlags(flags, today, isProfile);
  if (typeof checked === 'string') return fail(checked);
  const { asOf, profile, lang } = checked;
  const params = defaultParams(asOf);
  const ingest: CliRequest['ingest'] = {};
  const agreementParams: [string, string][] = [];
  for (const a of assignments) {
    const eq = a.indexOf('=');
    if (a.startsWith('agreement.')) {
      agreementParams.push([a.slice('agreement.'.length, eq), a.slice(eq + 1)]);
      continue;
    }
    const error = applyParam(a, params, ingest, isCriterion);
    if (error) return fail(error);
  }
  return {
    ok: true,
    request: {
      input: inputs[0],
      inputs,
      outDir: flags['--out-dir'],
      jobs: flags['--jobs'] === undefined ? undefined : Number(flags['--jobs']),
      out: flags['--out'],
      json: flags['--json'],
      table,
      asOf,
      profile,
      mappingFile: flags['--mapping'],
      agreementFile: flags['--agreement'],
      agreementParams,
      params,
      ingest,
      lang,
      ...(flags['--company']?.trim() ? { company: flags['--company'].trim() } : {}),
      ...(explain ? { explain } : {}),
    },
  };
}

/**
 * Walks argv once, sorting each word into inputs, `--param` assignments and flag values. Only the shape is
 * checked here (a missing value, an unknown option), so the first such mistake in argv order is the one reported.
 * Returns the message of that mistake.
 */
function scanArgv(argv: string[]): ScannedArgs | string {
  const scanned: ScannedArgs = { inputs: [], assignments: [], flags: {}, table: false, explain: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] =
      argv[i].startsWith('--') && argv[i].includes('=')
        ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)]
        : [argv[i], undefined];
    if (flag === '--table') {
      scanned.table = true;
    } else if (flag === '--explain') {
      scanned.explain = true;
    } else if (flag === '--param') {
      const first = inline ?? argv[++i];
      if (first === undefined || !first.includes('='))
        return '--param には key=value を指定してください / --param needs key=value';
      scanned.assignments.push(first);
      // `--param a=1 b=2`: the assignments that follow belong to the same `--param`.
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--') && /^[\w.\-\u3000-\u9fff]+=/.test(argv[i + 1]))
        scanned.assignments.push(argv[++i]);
    } else if (VALUE_FLAGS.includes(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (value.startsWith('--') && value !== '-'))
        return `${flag} に値がありません / ${flag} needs a value`;
      scanned.flags[flag] = value;
    } else if (flag.startsWith('-') && flag !== '-') {
      return `不明なオプション: ${flag} / unknown option ${flag}`;
    } else {
      scanned.inputs.push(argv[i]);
    }
  }
  return scanned;
}

/**
 * Checks the flag values that have a closed set of forms (`--as-of`, `--profile`, `--lang`) and fills in their
 * defaults. Returns the message of the first bad one.
 */
function checkValueFlags(
  flags: Record<string, string>,
  today: string,
  isProfile: (id: string) => boolean,
): { asOf: string; profile: string; lang: Lang } | string {
  const asOf = flags['--as-of'] ?? today;
  if (!isIsoDate(asOf)) return `--as-of は YYYY-MM-DD の日付です: ${asOf} / --as-of must be a date YYYY-MM-DD`;
  const profile = flags['--profile'] ?? 'all';
  if (!isProfile(profile))
    return `不明なプロファイル: ${profile}。次のいずれかを指定してください: ${PROFILES.map((p) => p.id).join(', ')} / unknown profile`;
  const lang = flags['--lang'] ?? 'ja';
  if (lang !== 'ja' && lang !== 'en') return `--lang は ja か en です: ${lang} / --lang must be ja or en`;
  return { asOf, profile, lang };
}

/**
 * The rules of a batch run: several inputs need `--out-dir` (each report needs a place of its own), and
 * `--out` / `--json` name one file, so they belong to a single-file run. Returns the message of a violation.
 */
function checkBatchFlags(inputs: string[], flags: Record<string, string>): string | null {
  if (inputs.length === 0) return '入力ファイルを指定してください / no input file';
  const batch = inputs.length > 1 || flags['--out-dir'] !== undefined;
  if (batch && flags['--out-dir'] === undefined) {
    return `入力が複数のときは --out-dir で出力フォルダーを指定してください: ${inputs.join(' ')} / several inputs need --out-dir`;
  }
  if (batch && (flags['--out'] !== undefined || flags['--json'] !== undefined)) {
    return '--out-dir と --out / --json は同時に使えません（--out-dir にファイルごとのレポートと JSON を保存します） / --out-dir replaces --out and --json';
  }
  if (flags['--jobs'] !== undefined) {
    if (!batch) return '--jobs は --out-dir と使います / --jobs needs --out-dir';
    if (!/^[1-9]\d*$/.test(flags['--jobs']))
      return `--jobs は 1 以上の整数です: ${flags['--jobs']} / --jobs must be a whole number ≥ 1`;
  }
  return null;
}

/** Applies one `key=value`; returns a one-line message when it is not accepted. */
function applyParam(
  assignment: string,
  params: Params,
  ingest: CliRequest['ingest'],
  isCriterion: (id: string) => boolean,
): string | null {
  const eq = assignment.indexOf('=');
  const key = assignment.slice(0, eq);
  const value = assignment.slice(eq + 1);
  const num = value.trim() === '' ? NaN : Number(value);
  const bad = (what: string) => `--param ${key}: ${what} / bad value ${value}`;
  if (key.startsWith('threshold.')) {
    const id = key.slice('threshold.'.length);
    if (!isCriterion(id)) return `--param: 不明な基準ID ${id} / unknown criterion id`;
    if (!Number.isFinite(num)) return bad('数値を指定してください');
    params.thresholds[id] = num;
  } else if (key.startsWith('position.')) {
    if (!LEVELS.includes(value as ManagementLevel)) return bad(`役職の区分は ${LEVELS.join(' / ')} のいずれかです`);
    params.positionLevels[key.slice('position.'.length)] = value as ManagementLevel;
  } else if (key === 'agreementStartMonth') {
    if (!Number.isInteger(num) || num < 1 || num > 12) return bad('1〜12 の整数を指定してください');
    params.agreementStartMonth = num;
  } else if (key === 'planStart' || key === 'planEnd') {
    if (!isIsoDate(value)) return bad('YYYY-MM-DD の日付を指定してください');
    params[key] = value;
  } else if ((NUMBER_PARAMS as readonly string[]).includes(key)) {
    if (!Number.isFinite(num) || num < 0) return bad('0 以上の数値を指定してください');
    params[key as (typeof NUMBER_PARAMS)[number]] = num;
  } else if (key === 'breakRule') {
    const rule = breakRuleOfParam(value);
    if (!rule)
      return bad('statutory（労基法34条の最低限）、none（休憩なし）、12:00-13:00 のいずれかを指定してください');
    ingest.breakRule = rule;
  } else if ((INGEST_PARAMS as readonly string[]).includes(key)) {
    if (!Number.isFinite(num) || num < 0 || (key === 'weekStartsOn' && (!Number.isInteger(num) || num > 6)))
      return bad('数値を指定してください（weekStartsOn は 0〜6）');
    ingest[key as (typeof INGEST_PARAMS)[number]] = num;
  } else {
    // The law rules' parameters (working-time system, statutory rest weekday, window…): their own table.
    const rule = applyRuleParameter(key, value, params, ingest);
    if (rule === null) return `--param: 不明なキー ${key} / unknown parameter`;
    if (rule.error) return bad(rule.error);
  }
  return null;
}

/**
 * `--param breakRule=…`: `statutory`, `none` or a window `12:00-13:00`; null when it is none of them.
 *
 * @example breakRuleOfParam('12:00-13:00') // { kind: 'fixed', start: '12:00', end: '13:00' }
 */
function breakRuleOfParam(value: string): BreakRule | null {
  if (value === 'statutory' || value === 'none') return { kind: value };
  const m = /^(\d{1,2}:\d{2})\s*[-~〜]\s*(\d{1,2}:\d{2})$/.exec(value.trim());
  return m ? parseBreakRule({ kind: 'fixed', start: m[1], end: m[2] }) : null;
}

/**
 * The local calendar date (the default as-of date is "today" where the user is).
 *
 * @example localIsoDate(new Date(2026, 2, 31, 23, 59)) // '2026-03-31'
 */
export function localIsoDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
