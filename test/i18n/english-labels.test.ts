/**
 * The English catalogue (src/report/locale/en.ts) on the texts with figures that the sample workbook does not
 * produce: the rule module's evidence notes, plurals, dates and the checklist. Each expectation says the same as
 * the Japanese, worked out by a person.
 */
import { wordsFor } from '../../src/report';
import { checklistText } from '../../src/report/checklist-english';
import { FUKUYAMA_CHECKLIST } from '../../src/rules';

const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
const en = wordsFor('en');

test.each([
  ['産後休業中（2026-05-27 まで）のため対象外', 'Left out: on postpartum leave (until 2026-05-27)'],
  [
    '分割付与（2025-04-01・2025-10-01の付与の合計が10日に達した日から1年）',
    'Split grant (a year from the day the grants of 2025-04-01, 2025-10-01 reached 10 days)',
  ],
  [
    '前倒し付与の比例按分（2025-04-01〜2026-09-30 に 7.5日、取得8日）で達成',
    'Met by the pro-rated reading (2025-04-01 to 2026-09-30: 7.5 days, 8 taken)',
  ],
  ['対象外: 退職（2025-08-31）', 'Not applicable: left (2025-08-31)'],
  ['対象外: 期間中ずっと育児休業', 'Not applicable: on childcare leave throughout'],
  [
    '対象外: 育児休業・介護休業のため、休業以外の平日が3日（必要な5日より少ない）',
    'Not applicable: on childcare leave, family-care leave, 3 weekdays besides (fewer than the 5 days needed)',
  ],
])('evidence note %s → %s', (ja, text) => expect(en.evidenceNote(ja)).toBe(text));

test("a user's own text is left as it is", () => {
  expect(en.evidenceNote('勤怠_上期')).toBe('勤怠_上期');
  expect(wordsFor('ja').evidenceNote('産後休業中（2026-05-27 まで）のため対象外')).toBe(
    '産後休業中（2026-05-27 まで）のため対象外',
  );
});

test('plurals: 1 case, 2 cases, 0 cases; 1 person, 3 people', () => {
  expect([en.count(1, 'case'), en.count(2, 'case'), en.count(0, 'case')]).toEqual(['1 case', '2 cases', '0 cases']);
  expect([en.count(1, 'person'), en.count(3, 'person')]).toEqual(['1 person', '3 people']);
  expect(wordsFor('ja').count(2, 'case')).toBe('2件');
});

test.each(FUKUYAMA_CHECKLIST.map((i) => [i.itemNo, i]))(
  'checklist item %s: its text and documents in English',
  (_no, item) => {
    expect(checklistText(item.text, 'en')).not.toMatch(JAPANESE);
    expect(checklistText(item.evidence, 'en')).not.toMatch(JAPANESE);
  },
);
