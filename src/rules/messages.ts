/**
 * Messages as codes with parameters: the rules and the ingest side say *what* happened
 * (`{ code: 'gap.no-births', params: { start: '2025-04', … } }`), and whoever shows it — the JSON report, the summary
 * sheet, the task pane — renders it in the user's language. The Japanese rendering is the text the checker has
 * always written, so `CriterionResult.gap`, `Finding.message` and `InputIssue.message` keep their Japanese strings
 * and gain an optional ref (`gapRef`, `messageRef`) next to them.
 *
 * Pure: no clock, no host. Parameters are what the user's data says (ids, months, figures already rounded),
 * labels with both languages (`{ ja, en }`), lists, or other refs (a gap made of several sentences).
 */
import { INPUT_MESSAGES } from './messages-input';
import { READING_MESSAGES } from './messages-reading';
import { RULE_MESSAGES } from './messages-rules';

export type Lang = 'ja' | 'en';

/** A label the checker owns in both languages (a field, a sheet kind, a management level…). */
export interface Localized {
  ja: string;
  en: string;
}

/** One parameter: a value from the data, a two-language label, a list of those, or a nested message. */
export type MessageParam = string | number | Localized | MessageRef | MessageParam[];

/** Rendering functions receive every parameter already rendered into the target language. */
type RenderedParams = Record<string, string>;

/** A message catalogue entry: the Japanese and the English sentence for the same parameters. */
export interface MessageEntry {
  ja: (p: RenderedParams) => string;
  en: (p: RenderedParams) => string;
}

/** Lists and joins shared by every message (a people list cut at 5, several sentences as one gap). */
const COMMON_MESSAGES = {
  'list.people': {
    ja: (p) => (Number(p.more) > 0 ? `${p.shown} ほか${p.more}人` : p.shown),
    en: (p) => (Number(p.more) > 0 ? `${p.shown} and ${p.more} more` : p.shown),
  },
  'list.months': {
    ja: (p) => (Number(p.more) > 0 ? `${p.shown} ほか${p.more}か月` : p.shown),
    en: (p) => (Number(p.more) > 0 ? `${p.shown} and ${p.more} more months` : p.shown),
  },
  /** Several sentences as one text: `。` between them in Japanese, `. ` in English. */
  'join.sentences': {
    ja: (p) => p.items.split(SENTENCE_SEPARATOR).join('。'),
    en: (p) => p.items.split(SENTENCE_SEPARATOR).join('. '),
  },
  /** A sentence the caller already wrote in both languages (`{ text: { ja, en } }`). */
  'text.localized': {
    ja: (p) => p.text,
    en: (p) => p.text,
  },
  /** A place in the user's workbook: `勤怠 12行目` / `勤怠 row 12`. */
  'text.sheet-row': {
    ja: (p) => `${p.sheet} ${p.row}行目`,
    en: (p) => `${p.sheet} row ${p.row}`,
  },
} satisfies Record<string, MessageEntry>;

const CATALOG = { ...COMMON_MESSAGES, ...RULE_MESSAGES, ...INPUT_MESSAGES, ...READING_MESSAGES };

/** Every message code; a code that is not in the catalogue does not compile. */
export type MessageCode = keyof typeof CATALOG;

/**
 * The code of a sentence only one criterion writes: it lives in that criterion's module (`texts`, ./criterion.ts),
 * which makes its refs with `textsOf` and so checks the code there.
 */
type TextCode = string;

/** A message as data: JSON-serialisable, rendered by `renderMessage` in either language. */
export interface MessageRef {
  code: MessageCode | TextCode;
  params: Record<string, MessageParam>;
}

/** The criteria's own sentences, added by each criterion module as it loads (`defineCriterion`). */
const CRITERION_TEXTS = new Map<string, MessageEntry>();

/** Adds a criterion's own sentences to the catalogue; a code that is already taken is a programming error. */
export function addTexts(texts: Readonly<Record<string, MessageEntry>>): void {
  for (const [code, entry] of Object.entries(texts)) {
    const taken = code in CATALOG || (CRITERION_TEXTS.has(code) && CRITERION_TEXTS.get(code) !== entry);
    if (taken) throw new Error(`message code ${code} is defined twice`);
    CRITERION_TEXTS.set(code, entry);
  }
}

/**
 * The maker of refs to a criterion's own sentences, typed by their codes.
 * Example: `const text = textsOf(TEXTS); text('gap.health.notify', { people, n })`.
 */
export function textsOf<T extends Readonly<Record<string, MessageEntry>>>(_texts: T) {
  return (code: keyof T & string, params: Record<string, MessageParam> = {}): MessageRef => ({ code, params });
}

/** Internal marker between the items of `join.sentences` (never in user text: a control character). */
const SENTENCE_SEPARATOR = '\u0001';

/** All message codes, for the catalogue test. */
export const MESSAGE_CODES = Object.keys(CATALOG) as MessageCode[];

/**
 * Makes a message ref. Example: `msg('gap.months-missing', { months: ['2025-07'] })`.
 */
export function msg(code: MessageCode, params: Record<string, MessageParam> = {}): MessageRef {
  return { code, params };
}

/** True for a nested message (as opposed to a `{ ja, en }` label or a value). */
function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'code' in value && 'params' in value;
}

function renderParam(value: MessageParam, lang: Lang, inList = false): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const separator = inList ? SENTENCE_SEPARATOR : lang === 'ja' ? '、' : ', ';
    return value.map((v) => renderParam(v, lang)).join(separator);
  }
  if (isMessageRef(value)) return renderMessage(value, lang);
  return value[lang];
}

/**
 * Renders a message in a language. Example: `renderMessage(msg('gap.months-missing', { months: ['2025-07'] }), 'en')
 * === 'No attendance data for 2025-07'`.
 */
export function renderMessage(ref: MessageRef, lang: Lang): string {
  const entry: MessageEntry | undefined =
    (CATALOG as Record<string, MessageEntry>)[ref.code] ?? CRITERION_TEXTS.get(ref.code);
  if (!entry) return ref.code;
  const rendered: RenderedParams = {};
  for (const [key, value] of Object.entries(ref.params)) {
    rendered[key] = renderParam(value, lang, ref.code === 'join.sentences' && key === 'items');
  }
  return entry[lang](rendered);
}

/**
 * Several sentences as one gap; null when there is none, the sentence itself when there is one.
 * Example: `joinMessages([a, b])` renders as `a。b` in Japanese and `a. b` in English.
 */
export function joinMessages(items: MessageRef[]): MessageRef | null {
  if (items.length === 0) return null;
  if (items.length === 1) return items[0];
  return msg('join.sentences', { items });
}

/** Ids for a gap, at most `max` of them: `E1、E2 ほか1人` / `E1, E2 and 1 more`. */
export function peopleRef(ids: string[], max = 5): MessageRef {
  return msg('list.people', { shown: ids.slice(0, max), more: Math.max(0, ids.length - max) });
}

/** Months for a gap, at most `max` of them: `2025-07、2025-08 ほか1か月`. */
export function monthsRef(months: string[], max = 6): MessageRef {
  return msg('list.months', { shown: months.slice(0, max), more: Math.max(0, months.length - max) });
}

/** A message's Japanese text with its ref, to spread into a Finding or an InputIssue. */
export function messageOf(ref: MessageRef): { message: string; messageRef: MessageRef } {
  return { message: renderMessage(ref, 'ja'), messageRef: ref };
}

/** A plain Japanese string (from code not converted yet) or a ref, as the Japanese text and the ref if any. */
export function textAndRef(message: string | MessageRef): { message: string; messageRef?: MessageRef } {
  return typeof message === 'string' ? { message } : messageOf(message);
}
