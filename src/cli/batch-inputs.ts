/**
 * The inputs of a batch run and where each one's report goes.
 *
 * Readings chosen:
 * - A folder is searched recursively for `.xlsx` and `.csv` (any letter case), in code-point order of the
 *   names so every machine lists them alike. Skipped: Office's lock files (`~$…`), macOS' resource files
 *   (`._…`), this tool's outputs (`*.wlb-report.xlsx`), the output folder itself, and any folder an earlier
 *   batch run wrote (it holds {@link OUTPUT_MARKER}), so a second run over the same tree does not check its
 *   own reports. Symbolic links to folders are not followed (no loops).
 * - A file named on the command line is an input whatever its extension: the user asked for it, and an `.xls`
 *   or a missing file becomes a row saying why it could not be read, not a silent skip.
 * - Names: a file named on the command line is known by its file name; a file found in a folder by its path
 *   under that folder, prefixed with the folder's name when several arguments were given. Its report is
 *   `<that path without extension>.wlb-report.xlsx` / `.json` in the output folder. When two inputs would share
 *   a report name (`勤怠.xlsx` and `勤怠.csv`, or the same name under two arguments; compared without letter
 *   case, as Windows and macOS do), the extension is kept in the name and then ` (2)`, ` (3)`… is added.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Marks a folder written by a batch run (the output folder); such folders are never searched for inputs. */
export const OUTPUT_MARKER = '.wlb-check-output';
const REPORT_SUFFIX = '.wlb-report';

const INPUT_EXTENSIONS = new Set(['.xlsx', '.csv']);

export interface BatchInput {
  /** The path to open. */
  file: string;
  /** How the overview names it: a relative path with `/`. */
  name: string;
  /** Its reports in the output folder, without the extension (`A社/勤怠.wlb-report`), with `/`. */
  report: string;
}

/**
 * Expands the command-line inputs into files, in order: each argument in turn, a folder's files sorted.
 *
 * @example collectInputs(['clients'], 'out') // [{ file: 'clients/A社/勤怠.xlsx', name: 'A社/勤怠.xlsx', … }, …]
 */
export function collectInputs(args: string[], outDir: string): BatchInput[] {
  const found: { file: string; name: string }[] = [];
  const skipRoot = path.resolve(outDir);
  for (const arg of args) {
    if (!isDirectory(arg)) {
      found.push({ file: arg, name: path.basename(arg) });
      continue;
    }
    const prefix = args.length > 1 ? path.basename(path.resolve(arg)) + '/' : '';
    for (const rel of walk(arg, '', skipRoot))
      found.push({ file: path.join(arg, ...rel.split('/')), name: prefix + rel });
  }
  return planReports(found);
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Relative paths (with `/`) of the input files under `root`, sorted by code point at each level. */
function walk(root: string, rel: string, skipRoot: string): string[] {
  const dir = path.join(root, ...rel.split('/').filter(Boolean));
  if (path.resolve(dir) === skipRoot || fs.existsSync(path.join(dir, OUTPUT_MARKER))) return [];
  const out: string[] = [];
  const entries = fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(root, child, skipRoot));
    else if (isInputName(entry.name) && (entry.isFile() || isFile(path.join(dir, entry.name)))) out.push(child);
  }
  return out;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * true for a file name a folder search picks up.
 *
 * @example isInputName('~$勤怠.xlsx') // false (Excel's lock file)
 */
export function isInputName(name: string): boolean {
  if (name.startsWith('~$') || name.startsWith('._')) return false;
  const ext = path.extname(name).toLowerCase();
  return INPUT_EXTENSIONS.has(ext) && !name.toLowerCase().endsWith(REPORT_SUFFIX + ext);
}

/**
 * Gives every input a report name no other input shares (letter case ignored).
 *
 * @example planReports([{ file: 'a/勤怠.xlsx', name: '勤怠.xlsx' }, { file: 'a/勤怠.csv', name: '勤怠.csv' }]).map((i) => i.report)
 * // ['勤怠_xlsx.wlb-report', '勤怠_csv.wlb-report']
 */
export function planReports(found: { file: string; name: string }[]): BatchInput[] {
  const stem = (name: string) => name.slice(0, name.length - path.posix.extname(name).length);
  const countOf = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const plain = countOf(found.map((f) => stem(f.name).toLowerCase()));
  const stems = found.map((f) =>
    plain.get(stem(f.name).toLowerCase())! > 1
      ? stem(f.name) + '_' + path.posix.extname(f.name).slice(1)
      : stem(f.name),
  );
  const used = new Set<string>();
  return found.map((f, i) => {
    let candidate = stems[i];
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stems[i]} (${n})`;
    used.add(candidate.toLowerCase());
    return { ...f, report: candidate + REPORT_SUFFIX };
  });
}
