/**
 * The message catalogue (issue 11): every code renders in Japanese and in English, the English carries no
 * Japanese character, and the Japanese is the sentence the checker always wrote.
 */
import '../../src/rules'; // the criterion modules: their own sentences join the catalogue as they load
import { MESSAGE_CODES, msg, renderMessage, type MessageParam, type MessageRef } from '../../src/rules/messages';
import { joinMessages, peopleRef } from '../../src/rules/messages';

/** Hiragana, Katakana, CJK ideographs, CJK punctuation (、。「」〜) and full-width forms (（）：). */
const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

/** Sample parameters: every name a catalogue entry reads, with values in the shape the call sites pass. */
const SAMPLE: Record<string, MessageParam> = {
  id: 'E017',
  month: '2025-12',
  date: '2025-12-03',
  period: '2025-04..2026-03',
  start: '2025-04',
  end: '2026-03',
  hours: '104.5',
  total: '38.5',
  mean: '61.2',
  limit: 45,
  level: { ja: '係長', en: 'section chief' },
  percent: 80,
  n: 3,
  count: 7,
  women: 1,
  target: '30.0%',
  needed: 12,
  granted: 120,
  taken: 60,
  short: 2,
  people: peopleRef(['E1', 'E2']),
  months: ['2025-07'],
  label: { ja: '（雇用区分なし）', en: '(no employment category)' },
  what: { ja: '時間外労働', en: 'overtime' },
  note: msg('law36.note.driver'),
  doctor: '',
  duty: { ja: '本人に通知', en: 'tell the employee' },
  a: { ja: 'A', en: 'A' },
  b: { ja: 'B', en: 'B' },
  aGap: '—',
  bGap: '—',
  title: { ja: 'T', en: 'T' },
  text: { ja: '文', en: 'A sentence' },
  gap: '—',
  who: { ja: '男性の育児休業', en: "men's childcare leave" },
  item: '58',
  evidence: '就業規則等',
  columns: [{ ja: '退職日', en: 'leave date' }],
  profile: 'x',
  field: { ja: '日付', en: 'Date' },
  missing: { ja: '日付', en: 'Date' },
  other: { ja: '出勤時刻', en: 'Clock in' },
  first: msg('text.sheet-row', { sheet: 'S', row: 3 }),
  at: '',
  kind: { ja: '勤怠（日次）', en: 'Daily attendance' },
  expected: '',
  key: 'K_*',
  ref: 'F',
  origin: 'sheet name',
  where: { ja: 'シート名', en: 'sheet name' },
  letter: 'D',
  header: 'H',
  example: '1.30',
  decH: 1,
  decM: 18,
  sexH: 1,
  sexM: 30,
  names: peopleRef(['E1']),
  reason: msg('parse.not-a', { what: { ja: '時刻', en: 'a time of day' } }),
  column: { ja: '出勤時刻', en: 'Clock in' },
  why: { ja: 'エラー値です', en: 'an error value' },
  max: 24,
  shown: ['E1'],
  more: 0,
  weekday: 'Thu',
  actual: { ja: '水', en: 'Wednesday' },
  rule: { ja: '12:00〜13:00', en: '12:00–13:00' },
  days: 3,
  detail: { ja: '打刻の数が奇数です', en: 'an odd number of punches' },
  name: 'Sato',
  ids: ['1002', '1003'],
  listed: 1.5,
  stated: 2,
  items: [msg('gap.need-family-sheet')],
  sheet: 'S',
  row: 3,
};

describe('every message code', () => {
  test.each(MESSAGE_CODES)('%s renders in both languages, the English without Japanese', (code) => {
    const ref = msg(code, SAMPLE);
    const ja = renderMessage(ref, 'ja');
    const en = renderMessage(ref, 'en');
    expect(ja.length).toBeGreaterThan(0);
    expect(en.length).toBeGreaterThan(0);
    expect(en).not.toMatch(JAPANESE);
    // A parameter the sentence reads but the sample lacks would show as "undefined".
    expect(`${ja} ${en}`).not.toContain('undefined');
  });
});

describe('renderings a person wrote out', () => {
  test('the Japanese is the sentence the checker always wrote', () => {
    // 2025-12: 104.5 h of OT + HW is over the single-month 100 h cap (労基法36条6項2号).
    const ref = msg('finding.law36.month-100', { id: 'E017', month: '2025-12', hours: '104.5', note: '', doctor: '' });
    expect(renderMessage(ref, 'ja')).toBe(
      'E017 の 2025-12 の時間外・休日労働 104.5時間は単月100時間未満の上限に違反しています',
    );
    expect(renderMessage(ref, 'en')).toBe(
      'E017: overtime + holiday work in 2025-12 is 104.5 h, breaking the under-100 h single-month cap',
    );
  });

  test('a people list is cut at 5 with the rest counted: 7 ids → 5 shown and "2 more"', () => {
    const ids = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'];
    expect(renderMessage(peopleRef(ids), 'ja')).toBe('E1、E2、E3、E4、E5 ほか2人');
    expect(renderMessage(peopleRef(ids), 'en')).toBe('E1, E2, E3, E4, E5 and 2 more');
  });

  test('several sentences are one gap: 。 in Japanese, ". " in English', () => {
    // Both are the family-care criterion's own sentences (its module is loaded with the rules).
    const careUse: MessageRef = { code: 'gap.need-care-use', params: {} };
    const unknown: MessageRef = { code: 'gap.unknown-reason', params: { people: peopleRef(['E3']) } };
    const joined = joinMessages([careUse, unknown])!;
    expect(renderMessage(joined, 'ja')).toBe(
      '介護休業・介護休暇の利用実績が1件以上必要。退職理由が分からない退職者がいます: E3',
    );
    expect(renderMessage(joined, 'en')).toBe(
      'At least one use of family-care leave or care days is needed. Leavers whose reason is unknown: E3',
    );
  });

  test('a ref survives JSON: a program re-renders what the report carries', () => {
    // gap.takeup is the take-up rate's own sentence, in its module.
    const ref: MessageRef = {
      code: 'gap.takeup',
      params: { target: '70.0%', needed: 12.5, granted: 200, taken: 127.5 },
    };
    const back = JSON.parse(JSON.stringify(ref));
    // 70 % of 200 days = 140; 140 − 127.5 = 12.5 more days.
    expect(renderMessage(back, 'en')).toBe(
      '12.5 more days taken in all needed to reach 70.0% (200 days granted, 127.5 taken)',
    );
  });
});
