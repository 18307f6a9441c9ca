/**
 * The report's English pass (src/report/english.ts) on the texts with figures that the sample workbook does not
 * produce: the rule module's evidence notes, labelled lists and month ranges. Each expectation says the same as the
 * Japanese note, worked out by a person.
 */
import { toEnglish } from '../../src/report/english';
import { FUKUYAMA_CHECKLIST } from '../../src/rules';

const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

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
  ['係長 30.0% / 課長 15.0%', 'Section chief 30.0% / Manager 15.0%'],
  ['違反 3 / 警告 11 / 注意 1', 'Violation 3 / Warning 11 / At risk 1'],
  ['2025/12〜2026/01', '2025/12–2026/01'],
  ['45.0時間', '45.0 h'],
  ['2025年度 45h超の月数', 'FY2025 months over 45 h'],
])('%s → %s', (ja, en) => expect(toEnglish(ja)).toBe(en));

test("a user's own text is left as it is", () => {
  expect(toEnglish('勤怠_上期')).toBe('勤怠_上期');
  expect(toEnglish('山田 太郎')).toBe('山田 太郎');
});

test.each(FUKUYAMA_CHECKLIST.map((i) => [i.itemNo, i]))(
  'checklist item %s: its text and documents in English',
  (_no, item) => {
    expect(toEnglish(item.text)).not.toMatch(JAPANESE);
    expect(toEnglish(item.evidence)).not.toMatch(JAPANESE);
  },
);
