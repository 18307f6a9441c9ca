/**
 * The JSON report written to a file piece by piece, exactly as `JSON.stringify(value, null, 2) + '\n'` writes it:
 * each property of the report, and each element of a property that is a list (the monthly hours, the findings…),
 * becomes text on its own and is written in batches, so the report is never one string nor one buffer as a whole
 * (at 5,000 employees the text is ≈ 50 million characters: ≈ 100 MB as a string, ≈ 60 MB more as UTF-8).
 */
import * as fs from 'fs';

/**
 * Text handed to the file in batches of about this many characters: small enough that each batch is a short-lived
 * string the young generation collects (a megabyte-long one would be allocated among the long-lived objects).
 */
const BATCH = 1 << 14;

/**
 * Writes `JSON.stringify(value, null, 2) + '\n'` to `file`.
 *
 * @example writeJsonFile('report.json', { a: [1, 2] }) // the file holds '{\n  "a": [\n    1,\n    2\n  ]\n}\n'
 */
export function writeJsonFile(file: string, value: unknown): void {
  const fd = fs.openSync(file, 'w');
  try {
    const out = new BatchedText(fd);
    writeObject(out, value);
    out.add('\n');
    out.flush();
  } finally {
    fs.closeSync(fd);
  }
}

/** A plain object or array (JSON.stringify would not call a `toJSON` of its own). */
function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** The top level: its properties one by one (anything else as JSON.stringify writes it). */
function writeObject(out: BatchedText, value: unknown): void {
  if (!isPlain(value) || Array.isArray(value)) {
    out.add(JSON.stringify(value, null, 2) ?? '');
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (Array.isArray(v) && isPlain(v)) {
      out.add(`${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `);
      writeList(out, v);
    } else {
      // Properties JSON.stringify leaves out (undefined, functions, symbols) are left out here too.
      const text = JSON.stringify(v, null, 2);
      if (text === undefined) continue;
      out.add(`${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: ${indent(text, '  ')}`);
    }
    first = false;
  }
  out.add(first ? '{}' : '\n}');
}

/** Elements of a list written by one `JSON.stringify` call (tens of KB of text: short-lived, like a batch). */
const ELEMENTS_PER_CALL = 128;

/** What `JSON.stringify({ l: elements }, null, 2)` writes around the elements, indented as at depth 1. */
const LIST_HEAD = '{\n  "l": [\n';
const LIST_TAIL = '\n  ]\n}';

/**
 * A list at depth 1, a slice of elements at a time (an element JSON.stringify cannot write is `null`, as in a
 * list). Each slice is written by JSON.stringify inside a one-property object, which indents its elements exactly as
 * they stand in the report, and the text around them is cut off: no pass over the text to indent it.
 */
function writeList(out: BatchedText, list: unknown[]): void {
  if (list.length === 0) {
    out.add('[]');
    return;
  }
  out.add('[\n');
  for (let from = 0; from < list.length; from += ELEMENTS_PER_CALL) {
    const text = JSON.stringify({ l: list.slice(from, from + ELEMENTS_PER_CALL) }, null, 2);
    out.add((from === 0 ? '' : ',\n') + text.slice(LIST_HEAD.length, text.length - LIST_TAIL.length));
  }
  out.add('\n  ]');
}

/** Text of a nested value, its lines after the first indented by `by` (JSON text breaks lines only between tokens). */
function indent(text: string, by: string): string {
  return text.includes('\n') ? text.replace(/\n/g, `\n${by}`) : text;
}

/** Pieces of text gathered and written to a file descriptor a batch at a time. */
class BatchedText {
  private pieces: string[] = [];
  private length = 0;

  constructor(private readonly fd: number) {}

  add(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
    if (this.length >= BATCH) this.flush();
  }

  flush(): void {
    if (this.pieces.length > 0) fs.writeSync(this.fd, this.pieces.join(''));
    this.pieces = [];
    this.length = 0;
  }
}
